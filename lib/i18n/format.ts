import type { Locale } from './locales';

/** What a message is filled with: text as is, numbers written the locale's way (`1,234`). */
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** A number as the locale writes it (`1,234.5` in English); any other text unchanged. */
export function formatNumber(locale: Locale, value: string | number): string {
  const number = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(number)) return String(value);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(number);
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i += 1) {
    if (template[i] === '{') depth += 1;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

interface Plural {
  name: string;
  branches: Map<string, string>;
}

/** `{count, plural, one {…} other {…}}` read into its branches (`=0`, `one`, `other`, …). */
function readPlural(body: string): Plural | null {
  const head = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
  if (!head?.[1]) return null;
  const branches = new Map<string, string>();
  let rest = body.slice(head[0].length);
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!selector?.[1]) break;
    const open = selector[0].length - 1;
    const end = closing(rest, open);
    if (end < 0) break;
    branches.set(selector[1], rest.slice(open + 1, end));
    rest = rest.slice(end + 1);
  }
  return branches.has('other') ? { name: head[1], branches } : null;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;
/** Han and the full-width punctuation and quotes set beside it: no space between two of them in Chinese. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/** The text before a value, its last space dropped between Chinese and a Chinese value, or one added between Han and a Latin one. */
function spacedBefore(before: string, value: string): string {
  const first = value.charAt(0);
  if (before.endsWith(' ') && CJK.test(before.charAt(before.length - 2)) && CJK.test(first)) return before.slice(0, -1);
  if (HAN.test(before.charAt(before.length - 1)) && LATIN.test(first)) return `${before} `;
  return before;
}

/**
 * Fills a message: `{name}` with its parameter, `{count, plural, one {# contact} other {# contacts}}`
 * with the branch `Intl.PluralRules` picks for the locale (`#` is the number, written the locale's
 * way; `=0` matches exactly). Chinese has one form, so its messages need no plural at all.
 *
 * @example formatMessage('en', '{n, plural, one {# touch} other {# touches}}', { n: 1200 }) // '1,200 touches'
 */
export function formatMessage(locale: Locale, template: string, params: MessageParams = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const end = closing(template, open);
    if (end < 0) break;
    out += template.slice(i, open);
    const body = template.slice(open + 1, end);
    const plural = readPlural(body);
    let skip = 0;
    if (plural) {
      const value = params[plural.name];
      // A number a caller already wrote the locale's way ("1,200") is still a number.
      const count = typeof value === 'number' ? value : Number((value ?? '').replace(/[,\s\u00a0\u202f']/g, ''));
      if (value === undefined || value === '' || !Number.isFinite(count)) out += template.slice(open, end + 1);
      else {
        const branch = plural.branches.get(`=${String(count)}`) ?? plural.branches.get(rulesFor(locale).select(count)) ?? plural.branches.get('other') ?? '';
        out += formatMessage(locale, branch.replace(/#/g, `{${plural.name}}`), { ...params, [plural.name]: typeof value === 'number' ? count : value });
      }
    } else {
      const value = /^\w+$/.test(body) ? params[body] : undefined;
      if (value === undefined) out += template.slice(open, end + 1);
      else {
        const text = formatNumber(locale, value);
        if (locale === 'en' || text === '') out += text;
        else {
          // Chinese: the space beside a value follows the value, not the template ("请在 {crm} 中" with
          // 纷享销客 Fxiaoke → 请在纷享销客 Fxiaoke 中; "{date} 仍无消息" with 12月8日 → 12月8日仍无消息).
          const after = template.charAt(end + 1);
          const last = text.charAt(text.length - 1);
          out = spacedBefore(out, text) + text;
          if (CJK.test(last) && after === ' ' && CJK.test(template.charAt(end + 2))) skip = 1;
          else if (LATIN.test(last) && HAN.test(after)) out += ' ';
        }
      }
    }
    i = end + 1 + skip;
  }
  return out + template.slice(i);
}

/** The names a message takes (`{name}` and the argument of every plural), sorted, each once. */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  const visit = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) return;
      const end = closing(text, open);
      if (end < 0) return;
      const body = text.slice(open + 1, end);
      const plural = readPlural(body);
      if (plural) {
        names.add(plural.name);
        for (const branch of plural.branches.values()) visit(branch);
      } else if (/^\w+$/.test(body)) names.add(body);
      i = end + 1;
    }
  };
  visit(template);
  return [...names].sort();
}

/** Whether every `{` of a message is closed and every plural has an `other` branch. */
export function isWellFormed(template: string): boolean {
  let depth = 0;
  for (const char of template) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  if (depth !== 0) return false;
  return [...template.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)].every((m) => {
    const end = closing(template, m.index);
    return readPlural(template.slice(m.index + 1, end)) !== null;
  });
}

/** `Reason: ` in English, `原因：` in Chinese: a label and the colon its language puts after it. */
export function withColon(locale: Locale, label: string): string {
  return locale === 'en' ? `${label}: ` : `${label}：`;
}

const LATIN_END = /[A-Za-z0-9%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/**
 * Items as the language lists them: `A, B and C`, `A、B和C`; in Chinese a Latin name keeps one space
 * from the Han word that joins it (`Wei Zhang 和 Tom Becker`, `Wei Zhang、Tom Becker 和王芳`).
 */
export function formatList(locale: Locale, items: readonly string[]): string {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items);
  if (locale === 'en') return parts.map((part) => part.value).join('');
  return parts
    .map((part, index) => {
      if (part.type !== 'literal' || !/\p{Script=Han}/u.test(part.value)) return part.value;
      const before = LATIN_END.test(parts[index - 1]?.value ?? '') ? ' ' : '';
      const after = LATIN_START.test(parts[index + 1]?.value ?? '') ? ' ' : '';
      return `${before}${part.value}${after}`;
    })
    .join('');
}

/**
 * One space between Han and a Latin letter or digit, the rule every Chinese text follows
 * (`SOP 銷售助手`, `3 個月`, `Orchid Precision 現在…`); full-width punctuation takes none.
 */
export function spaceLatinAndHan(text: string): string {
  return text.replace(/(\p{Script=Han})([A-Za-z0-9])/gu, '$1 $2').replace(/([A-Za-z0-9])(\p{Script=Han})/gu, '$1 $2');
}


/**
 * Fills `{name}` placeholders of a Chinese text with a space where a Latin value meets Han
 * (`{company}現在` with "Orchid" → `Orchid 現在`), leaving the value itself untouched; English
 * is filled as it is.
 */
export function fillSpaced(locale: Locale, template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string, offset: number) => {
    const value = values[key];
    if (value === undefined) return whole;
    if (locale === 'en' || value === '') return value;
    const before = template.charAt(offset - 1);
    const after = template.charAt(offset + whole.length);
    const first = value.charAt(0);
    const last = value.charAt(value.length - 1);
    const gap = (a: string, b: string) => (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b));
    return `${gap(before, first) ? ' ' : ''}${value}${gap(last, after) ? ' ' : ''}`;
  });
}
