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
