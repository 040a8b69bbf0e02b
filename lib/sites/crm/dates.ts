const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function localDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return undefined;
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 ? date.getTime() : undefined;
}

/**
 * A date as CRMs print it, to local midnight in ms: `2026-12-18`, `2026/12/18`, `2026年12月18日`,
 * `Dec 18, 2026`, `18 Dec 2026`, `12/18/2026` (US order; a first number above 12 reads as
 * day/month, as Zoho and Pipedrive print it in most of the world), with a time of day when one
 * follows. undefined when it is none.
 */
export function parseRecordDate(text: string): number | undefined {
  const day = parseDay(text);
  if (day === undefined) return undefined;
  // A time of day after the date ("2026-10-20 14:05", "Sep 8, 2026 04:20 PM").
  const time = /\b(\d{1,2}):(\d{2})\s*(am|pm)?/i.exec(text.normalize('NFKC').replace(/^.*?\d{4}/, ''));
  if (!time) return day;
  let hours = Number(time[1]);
  const pm = time[3]?.toLowerCase() === 'pm';
  if (pm && hours < 12) hours += 12;
  if (time[3]?.toLowerCase() === 'am' && hours === 12) hours = 0;
  const date = new Date(day);
  return hours < 24 ? new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, Number(time[2])).getTime() : day;
}

function parseDay(text: string): number | undefined {
  const value = text.normalize('NFKC').trim().toLowerCase();
  let match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(value);
  if (match) return localDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (match && MONTHS.includes(match[1] ?? '')) return localDay(Number(match[3]), MONTHS.indexOf(match[1] ?? '') + 1, Number(match[2]));
  match = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(value);
  if (match && MONTHS.includes(match[2] ?? '')) return localDay(Number(match[3]), MONTHS.indexOf(match[2] ?? '') + 1, Number(match[1]));
  match = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    return first > 12 ? localDay(Number(match[3]), second, first) : localDay(Number(match[3]), first, second);
  }
  return undefined;
}

/**
 * The number in an amount as CRMs print it: `$120,000.00`, `CN¥ 800,000`, `€45.000,50`,
 * `¥1,200,000.00`, `120 000 kr`, `45万` (ten thousands), `1.2M`. undefined when there is none.
 */
export function parseAmount(text: string): number | undefined {
  const value = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /(\d[\d.,']*)(万|萬|亿|億|k|m|million)?/i.exec(value);
  if (!match?.[1]) return undefined;
  let digits = match[1].replace(/'/g, '');
  // The last separator is the decimal one when one or two digits follow it ("45.000,50", "1,5");
  // otherwise every separator groups thousands ("45.000", "800,000").
  const decimalAt = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const decimals = digits.length - decimalAt - 1;
  digits = decimalAt >= 0 && decimals >= 1 && decimals <= 2 ? `${digits.slice(0, decimalAt).replace(/[.,]/g, '')}.${digits.slice(decimalAt + 1)}` : digits.replace(/[.,]/g, '');
  const number = Number(digits);
  if (!Number.isFinite(number)) return undefined;
  const unit = match[2]?.toLowerCase();
  const scale = unit === '万' || unit === '萬' ? 1e4 : unit === '亿' || unit === '億' ? 1e8 : unit === 'k' ? 1e3 : unit === 'm' || unit === 'million' ? 1e6 : 1;
  return number * scale;
}
