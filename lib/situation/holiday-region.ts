import { CHINA_PLACES, findNamedDate, KANA, type HolidayRegion } from '../reader/time-expressions';
import type { LastWord, SituationContact, SituationDeal } from './types';

/**
 * Where a customer keeps their holidays, from what is stored of them: the place on their profile ("Osaka, Japan",
 * 台北市, "Hong Kong SAR"), their phone's country code (+81, +886, +852, +86), their email's country domain (.co.jp,
 * .com.tw, .hk, .cn) or Japanese kana in their name or company (株式会社…ホールディングス). Null when nothing tells.
 */
const PLACES: readonly [HolidayRegion, RegExp][] = [
  ['jp', /\bjapan\b|\btokyo\b|\bosaka\b|\bkyoto\b|\byokohama\b|\bnagoya\b|\bfukuoka\b|\bsapporo\b|\bkobe\b|日本|東京|东京|大阪|京都|横浜|名古屋|福岡|札幌|神戸/i],
  ['tw', /\btaiwan\b|\btaipei\b|\bkaohsiung\b|\btaichung\b|\btainan\b|\bhsinchu\b|\btaoyuan\b|台灣|臺灣|台湾|台北|臺北|高雄|台中|臺中|台南|臺南|新竹|桃園/i],
  ['hk', /\bhong kong\b|\bkowloon\b|\bmaca[uo]\b|香港|九龍|九龙|澳門|澳门/i],
  ['cn', CHINA_PLACES],
];
/** The country code, however the number goes on ("+86 21 …", "+8613812345678", "(+852) …"): the longer codes first (886 and 852 before 86). */
const PHONE: readonly [HolidayRegion, RegExp][] = [
  ['tw', /^\s*\(?\s*(?:\+|00)\s*886/],
  ['hk', /^\s*\(?\s*(?:\+|00)\s*85[23]/],
  ['jp', /^\s*\(?\s*(?:\+|00)\s*81/],
  ['cn', /^\s*\(?\s*(?:\+|00)\s*86/],
];
const DOMAIN: readonly [HolidayRegion, RegExp][] = [
  ['jp', /\.jp$/i],
  ['tw', /\.tw$/i],
  ['hk', /\.(?:hk|mo)$/i],
  ['cn', /\.cn$/i],
];

type Known = Pick<SituationContact, 'location' | 'name' | 'company'> & { phone?: string | undefined; email?: string | undefined };

function placeOf(text: string | undefined, table: readonly [HolidayRegion, RegExp][]): HolidayRegion | null {
  if (!text) return null;
  return table.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** Where the person keeps their holidays, first by what says it most surely: their place, their phone, their email, kana in their name. */
export function holidayRegionOf(contact: Known | null, deal: Pick<SituationDeal, 'record'> | null): HolidayRegion | null {
  const person = deal?.record.contacts[0];
  const people: Known[] = [...(contact ? [contact] : []), ...(person ? [{ name: person.name, email: person.email, phone: person.phone }] : [])];
  for (const p of people) {
    const region = placeOf(p.location, PLACES) ?? placeOf(p.phone, PHONE) ?? placeOf(p.email?.split('@')[1], DOMAIN) ?? (KANA.test(`${p.name} ${p.company ?? ''}`) ? 'jp' : null);
    if (region) return region;
  }
  return null;
}

/**
 * Their words' named day with a holiday that differs by country read where they are: the reader reads the words alone
 * ("after Golden Week": Japan's unless China is named), the judgment knows the contact (in Shanghai, China's October
 * week; 國慶 from Hong Kong, 1 October). The words as they were when nothing is known of the contact or no such holiday is named.
 */
export function withTheirHolidays(word: LastWord | null, region: HolidayRegion | null, now: number): LastWord | null {
  const named = word?.reading.namedDate;
  if (!word || !named?.holiday || region === null) return word;
  const again = findNamedDate(word.text, word.at ?? now, region);
  return again ? { ...word, reading: { ...word.reading, namedDate: again } } : word;
}
