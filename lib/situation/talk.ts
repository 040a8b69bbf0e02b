import type { Locale } from '../i18n/locales';
import { wholeAmount } from '../i18n/money';
import type { Playbook } from '../playbook/schema';
import type { StageId } from '../sop/stages';
import type { SituationInput } from './types';

/**
 * Chinese surnames as Hong Kong, Macau, Taiwan and Singapore passports romanise them: a name that
 * starts with one and has a two-syllable given name after it ("Wong Ka Ming", "Chan Siu Fung") is
 * written surname first, and the given name is the last two syllables.
 */
const SURNAME_FIRST = new Set(
  'wong chan cheung leung lau lee li lam ng ho tam yeung cheng chow chau tsang kwok mak yip siu fung tang chiu hui law lai lo kwan chu choi chung tse tsui wan yuen au chong poon sze lui pang kong ko mok fong tong chin lim tan goh ong teo koh tay chua wee'.split(' '),
);

/** One romanised Chinese syllable, capitalised: "Ka", "Ming", "Siu", "Chun", "Hsiao" (not "Ann", "Marie"). */
const SYLLABLE = /^(?:Ch|Sh|Zh|Ts|Hs|Ng|Kw|Gw|[BCDFGHJKLMNPQRSTWXYZ])?[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?$/;

/** "Mei Lin Chen" → "Mei"; "Wong Ka Ming" → "Ka Ming"; Chinese names stay whole ("王小明"). */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  if (/^[\p{Script=Han}]+$/u.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/);
  const [surname = '', given1 = '', given2 = ''] = words;
  if (words.length === 3 && SURNAME_FIRST.has(surname.toLowerCase()) && SYLLABLE.test(given1) && SYLLABLE.test(given2)) return `${given1} ${given2}`;
  return words[0] ?? trimmed;
}

/** The digit grouping the amount was written in, so a number beside it is grouped the same way ("₹ 42,00,000" → lakhs). */
function groupingOf(shown: string, language: Locale): string {
  if (/\d,\d\d,\d{3}(?!\d)/.test(shown)) return 'en-IN';
  if (/\d\.\d{3}(?:,\d+)?(?!\d)/.test(shown) && !/\d,\d{3}/.test(shown)) return 'de-DE';
  if (/\d[\s\u00a0\u202f]\d{3}(?!\d)/.test(shown)) return 'fr-FR';
  if (/\d'\d{3}(?!\d)/.test(shown)) return 'de-CH';
  return language === 'en' ? 'en-US' : language;
}

/** "$48,000.00" with 4000 → "$4,000": the amount's own currency marks and grouping around a new number. */
function formatLike(shown: string, value: number, language: Locale): string {
  const number = new Intl.NumberFormat(groupingOf(shown, language), { maximumFractionDigits: 0 }).format(value);
  const prefixRaw = /^[^\d]*/.exec(shown)?.[0] ?? '';
  const prefix = prefixRaw.trim();
  const suffix = /[^\d.,\s'\u00a0\u202f]*$/.exec(shown)?.[0].trim() ?? '';
  if (/万|萬/.test(suffix)) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value / 10_000)}${suffix}`;
  const gap = prefix && (/[A-Za-z]$/.test(prefix) || /\s$/.test(prefixRaw)) ? ' ' : '';
  return `${prefix}${gap}${number}${suffix ? (/^[A-Za-z]/.test(suffix) ? ' ' : '') + suffix : ''}`;
}

/**
 * A talk track's words for this deal: to a customer about their renewal, its renewal words; else naming the
 * product they use or need us to work with, when their words name it (`name`); else with the deal's own numbers
 * when the amount is known; else without numbers.
 */
export function trackText(response: Playbook['objections'][number]['responses'][number], language: Locale, input: Pick<SituationInput, 'deal'>, renewal = false, name: string | null = null): string {
  if (renewal && response.forRenewal) return response.forRenewal[language];
  // (the product they named, in their words: a plain string put in the text, never read as a placeholder or markup)
  if (name && response.withName) return response.withName[language].split('{name}').join(name);
  const record = input.deal?.record;
  if (response.withNumbers && record?.amount && record.amountValue && record.amountValue > 0) {
    const values: Record<string, string> = { amount: wholeAmount(record.amount), monthly: formatLike(record.amount, record.amountValue / 12, language) };
    return response.withNumbers[language].replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  }
  return response.text[language];
}

/** A renewal in their words, the thread's subject or our last message. */
const RENEWAL = /\brenew|\brenewal|续约|續約|续费|續費|续签|續簽|续订|續訂/i;

/**
 * Whether a customer's objection is about their renewal: the deal is signed (delivery or after-sales)
 * and the renewal is named in their words, the thread's subject or our last message. A prospect who
 * "just renewed with X" is not one.
 */
export function aboutRenewal(
  stage: StageId | 'lost',
  input: { conversation: { subject?: string | undefined; messages?: readonly { direction: 'inbound' | 'outbound'; text: string }[] | undefined } | null; lastWord: { text: string } | null },
): boolean {
  if (stage !== 'deliver' && stage !== 'retain') return false;
  const ourLast = [...(input.conversation?.messages ?? [])].reverse().find((m) => m.direction === 'outbound')?.text ?? '';
  return [input.lastWord?.text ?? '', input.conversation?.subject ?? '', ourLast].some((words) => RENEWAL.test(words));
}
