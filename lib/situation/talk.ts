import type { Locale } from '../i18n/locales';
import type { Playbook } from '../playbook/schema';
import type { SituationInput } from './types';

/** "Mei Lin Chen" → "Mei"; Chinese names stay whole ("王小明"). */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  if (/^[\p{Script=Han}]+$/u.test(trimmed)) return trimmed;
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

/** "$48,000.00" with 4000 → "$4,000": the amount's own currency marks around a new number. */
function formatLike(shown: string, value: number, language: Locale): string {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-US' : language, { maximumFractionDigits: 0 }).format(value);
  const prefix = /^[^\d]*/.exec(shown)?.[0].trim() ?? '';
  const suffix = /[^\d.,\s']*$/.exec(shown)?.[0].trim() ?? '';
  if (/万|萬/.test(suffix)) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value / 10_000)}${suffix}`;
  return `${prefix}${prefix && /[A-Za-z]$/.test(prefix) ? ' ' : ''}${number}${suffix ? (/^[A-Za-z]/.test(suffix) ? ' ' : '') + suffix : ''}`;
}

/** A talk track's words for this deal: with its own numbers when the amount is known, else without numbers. */
export function trackText(response: Playbook['objections'][number]['responses'][number], language: Locale, input: Pick<SituationInput, 'deal'>): string {
  const record = input.deal?.record;
  if (response.withNumbers && record?.amount && record.amountValue && record.amountValue > 0) {
    const values: Record<string, string> = { amount: record.amount, monthly: formatLike(record.amount, record.amountValue / 12, language) };
    return response.withNumbers[language].replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  }
  return response.text[language];
}
