import { foldForMatching } from '../nlp/normalize';
import { LEGAL_FORMS } from '../nlp/name-shape';
import { nameKeyOf } from './contact-keys';
import type { Contact } from './schema';

/** What a match compares of two records. */
export type MatchFields = Pick<Contact, 'name'> & Partial<Pick<Contact, 'company' | 'email' | 'phone'>>;

/**
 * How sure two records are one person: `strong` when the name is the same and something of their
 * own ties them (the same company, the email's domain being the company's, a shared email or phone);
 * `weak` when only the name is the same (two John Smiths at two companies are two people until the
 * rep says otherwise); null when the names differ.
 */
export type MatchStrength = 'strong' | 'weak';

/**
 * A name as two records of one person write it: the merge key (width, case, spaces and dots), then
 * Traditional as Simplified (陳美玲 = 陈美玲) and no spaces between Han characters (陈 美玲 = 陈美玲).
 */
export function personNameKey(name: string): string {
  return foldForMatching(nameKeyOf(name)).replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');
}

/** Legal forms and what a company's name carries besides its name, at its end. */
// (the forms every reader knows, and those written with spaces for their dots or that only end a name: "s a", "Oy", "AB", "KG")
const LEGAL_TAIL = new RegExp(
  String.raw`(?:[\s,.]+(?:and|${LEGAL_FORMS.join('|')}|s a|sas|k k|oy|ab|as|spa|s p a|sl|se|kg|ohg|ug))+$|(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$`,
);

/**
 * A company's name as two records of one firm write it: folded (case, width, Traditional as
 * Simplified), what is in brackets and the legal form left off ("Orchid Precision Ltd" =
 * "Orchid Precision", 华辰科技有限公司 = 華辰科技), punctuation as spaces. Empty when nothing is left.
 */
export function companyKey(company: string): string {
  let key = foldForMatching(company.normalize('NFKC'))
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .replace(/[&+]/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(LEGAL_TAIL, '').trim();
  }
  return key.replace(/^the /, '');
}

/**
 * Whether two company names are one firm: the same key, or one the start of the other by two words
 * or more ("Orchid Precision" and "Orchid Precision Manufacturing"; "Acme" and "Acme Health" are
 * not enough to say).
 */
export function sameCompany(a: string, b: string): boolean {
  const [x, y] = [companyKey(a), companyKey(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(' ').length >= 2 && long.startsWith(`${short} `);
}

/** Mail services anyone can sign up to: their domain says nothing of where the person works. */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
  'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'yandex.ru', 'mail.ru', 'zoho.com', 'fastmail.com', 'hey.com',
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', '139.com', 'hinet.net', 'yahoo.com.tw', 'yahoo.com.hk', 'naver.com',
]);
/** Labels that are a registry's, not the firm's (`co` in acme.co.uk, `com` in acme.com.cn). */
const REGISTRY_LABEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ltd', 'plc', 'or', 'ne', 'go']);

/** The firm's own label of an email's domain (`mei@mail.orchid-precision.co.uk` → `orchid-precision`); null for a free-mail address. */
export function firmLabelOf(email: string): string | null {
  const domain = email.split('@')[1]?.toLowerCase().trim();
  if (!domain || FREE_MAIL.has(domain)) return null;
  const labels = domain.split('.').slice(0, -1);
  while (labels.length > 1 && REGISTRY_LABEL.has(labels.at(-1) ?? '')) labels.pop();
  const label = labels.at(-1);
  return label && !REGISTRY_LABEL.has(label) ? label : null;
}

/**
 * Whether an email's domain is a company's: its firm label, without hyphens, is the company's first
 * words run together (`orchid-precision` ~ "Orchid Precision Manufacturing", `lotusfoods` ~ "Lotus
 * Foods Ltd"), at least four letters of it.
 */
export function domainMatchesCompany(email: string, company: string): boolean {
  const label = firmLabelOf(email)?.replace(/[^a-z0-9]/g, '');
  const words = companyKey(company).split(' ').filter(Boolean);
  if (!label || label.length < 4 || words.length === 0) return false;
  let run = '';
  for (const word of words) {
    run += word;
    if (run === label) return true;
    if (run.length >= label.length) return false;
  }
  return false;
}

/** A phone number's digits, from its eighth-last on (the country code and a trunk 0 left off); null when too short to tell. */
const phoneKey = (phone: string): string | null => {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 8 ? digits.slice(-8) : null;
};

/**
 * How sure it is that two records are one person ({@link MatchStrength}); null when their names differ.
 *
 * @example matchStrength({ name: 'Mei Lin Chen', company: 'Orchid Precision' }, { name: 'Mei Lin Chen', email: 'mei.chen@orchid-precision.example' }) // 'strong'
 */
export function matchStrength(a: MatchFields, b: MatchFields): MatchStrength | null {
  const name = personNameKey(a.name);
  if (!name || name !== personNameKey(b.name)) return null;
  const email = (c: MatchFields) => c.email?.trim().toLowerCase();
  if (email(a) && email(a) === email(b)) return 'strong';
  const [pa, pb] = [a.phone ? phoneKey(a.phone) : null, b.phone ? phoneKey(b.phone) : null];
  if (pa && pa === pb) return 'strong';
  if (a.company && b.company && sameCompany(a.company, b.company)) return 'strong';
  if ((a.email && b.company && domainMatchesCompany(a.email, b.company)) || (b.email && a.company && domainMatchesCompany(b.email, a.company))) return 'strong';
  // (both at one firm's domain, neither naming the firm)
  const [fa, fb] = [a.email ? firmLabelOf(a.email) : null, b.email ? firmLabelOf(b.email) : null];
  if (fa && fa === fb && a.email?.split('@')[1]?.toLowerCase() === b.email?.split('@')[1]?.toLowerCase()) return 'strong';
  return 'weak';
}

/** What of a record tells whether another is its person's other record. */
export type RecordFields = MatchFields & Pick<Contact, 'id' | 'identities'>;

/**
 * Whether `other` is another record of `contact`'s person as the situation's gathering reads one
 * (lib/situation/gather.ts): not the record itself nor one sharing an identity with it, and a
 * strong match. Symmetric: `contact` is then `other`'s too, so the rows reading a record are found
 * from the record (lib/contacts/named.ts, `samePersonReaders`).
 */
export function isOtherRecordOf(contact: RecordFields, other: RecordFields): boolean {
  return other.id !== contact.id && !other.identities.some((i) => contact.identities.includes(i)) && matchStrength(contact, other) === 'strong';
}
