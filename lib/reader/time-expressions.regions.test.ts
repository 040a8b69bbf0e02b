/**
 * Holidays whose name means other days in another country: Golden Week (Japan's, 29 April to 5 May; China's, 1–7
 * October) and National Day, 国庆 / 國慶 (the mainland's week from 1 October, Hong Kong's 1 October, Taiwan's 雙十).
 * Read where the customer is when the caller knows it; else where the words say (kana, Cantonese, Traditional
 * characters); else the reading the words themselves favour.
 */
import { describe, expect, it } from 'vitest';
import { findNamedDate, regionOfWords, type HolidayRegion } from './time-expressions';

/** Monday 7 December 2026. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const ymd = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };

describe('a holiday that differs by country, read from the words alone', () => {
  it.each([
    // (English "Golden Week" with nothing about China: Japan's; was 8 October, China's)
    ["Let's pick this up after Golden Week.", '2027-05-06', 'jp_golden_week'],
    ['Swamped until then; talk after the Golden Week holidays?', '2027-05-06', 'jp_golden_week'],
    ['After Golden Week works for me. よろしくお願いします', '2027-05-06', 'jp_golden_week'],
    // (China named beside it: the October week)
    ['After Golden Week in China we can talk again.', '2027-10-08', 'cn_national_day'],
    ['Can we talk after the October Golden Week?', '2027-10-08', 'cn_national_day'],
    ['黄金周后再联系', '2027-10-08', 'cn_national_day'],
    ['国庆后再联系', '2027-10-08', 'cn_national_day'],
    ['after the national day holiday', '2027-10-08', 'cn_national_day'],
    // (Traditional characters, no Cantonese: Taiwan's 國慶 is 雙十; was 8 October)
    ['國慶後再聯絡', '2027-10-12', 'tw_national_day'],
    ['好的，國慶連假後再約時間聊。', '2027-10-12', 'tw_national_day'],
    // (Cantonese: Hong Kong's National Day, 1 October; the 2nd, a Saturday, is still the day after it)
    ['國慶之後再傾啦', '2027-10-02', 'hk_national_day'],
  ])('%s → %s (%s)', (text, day, holiday) => {
    const named = findNamedDate(text, NOW);
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.holiday).toBe(holiday);
  });

  it.each([
    // (no holiday by country: nothing said of one)
    ['雙十連假過後再談', '2027-10-12'],
    // (10 October on a Tuesday, 2028: the working day after it is the 11th; was the 12th, as if the 9th to 11th were off)
    ['雙十連假過後再談', '2028-10-11', new Date(2027, 11, 7, 10).getTime()],
    // (on a Friday, 2026: its weekend, then Monday the 12th)
    ['双十节过后再联系', '2026-10-12', new Date(2026, 8, 7, 10).getTime()],
    ['十一长假后再说', '2027-10-08'],
    ['Talk after Christmas.', '2027-01-05'],
  ])('%s → %s, no holiday by country', (text, day, now = NOW) => {
    const named = findNamedDate(text, now);
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.holiday).toBeUndefined();
  });
});

describe('the same words where the customer is', () => {
  it.each<[string, HolidayRegion, string, string, number?]>([
    ["Let's pick this up after Golden Week.", 'cn', '2027-10-08', 'cn_national_day'],
    ["Let's pick this up after Golden Week.", 'hk', '2027-10-08', 'cn_national_day'],
    ["Let's pick this up after Golden Week.", 'jp', '2027-05-06', 'jp_golden_week'],
    ['黄金周后再联系', 'jp', '2027-05-06', 'jp_golden_week'],
    ['国庆后再联系', 'tw', '2027-10-12', 'tw_national_day'],
    ['国庆后再联系', 'tw', '2028-10-11', 'tw_national_day', new Date(2027, 11, 7, 10).getTime()],
    ['國慶後再聯絡', 'hk', '2027-10-02', 'hk_national_day'],
    ['國慶後再聯絡', 'cn', '2027-10-08', 'cn_national_day'],
  ])('%s, in %s → %s', (text, region, day, holiday, now = NOW) => {
    const named = findNamedDate(text, now, region);
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.holiday).toBe(holiday);
  });
});

describe('regionOfWords: what the script says', () => {
  it.each<[string, HolidayRegion | null]>([
    ['ゴールデンウィーク明けにご連絡します', 'jp'],
    ['Thanks! 田中より よろしく', 'jp'],
    ['國慶之後再傾啦', 'hk'],
    ['我哋下個禮拜再講', 'hk'],
    ['好的，國慶連假後再約時間聊。', 'tw'],
    ['好的，国庆后再联系吧。', null],
    ['Talk after Golden Week', null],
  ])('%s → %s', (text, region) => {
    expect(regionOfWords(text)).toBe(region);
  });
});

describe('before a holiday: by the last working day before its first day off, wherever it falls', () => {
  // (each was the first day off: 1 October, or Taiwan's Friday off before a Saturday 雙十; English "before National Day" and 国庆之前 were no day at all)
  const SEP = new Date(2026, 8, 10, 10).getTime();
  it.each<[string, HolidayRegion | null, string, number?]>([
    ['麻煩國慶前把報價寄過來', 'tw', '2026-10-08'],
    ['麻煩國慶前把報價寄過來', 'hk', '2026-09-30'],
    ['麻烦国庆前把报价发过来', 'cn', '2026-09-30'],
    ['国庆之前发给我', 'cn', '2026-09-30'],
    ['Please get the quote over before National Day.', 'tw', '2026-10-08'],
    ['Please get the quote over before National Day.', 'hk', '2026-09-30'],
    ['Kindly share the signed SOW ahead of the National Day holiday', 'cn', '2026-09-30'],
    ['唔該國慶前send份報價過嚟', null, '2026-09-30'],
    ['雙十前請把合約寄回', null, '2026-10-08'],
    // (2027: 10 October a Sunday, its Monday off; the Friday before)
    ['國慶前請回覆', 'tw', '2027-10-08', NOW],
    // (2028: a Tuesday; the Monday before)
    ['合約請國慶前寄回', 'tw', '2028-10-09', new Date(2027, 11, 7, 10).getTime()],
    // (the same for any holiday: Christmas Eve off, the Spring Festival from its eve)
    ['Please send it before Christmas.', null, '2026-12-23'],
    ['春节前把合同签了', null, '2027-02-04'],
  ])('%s (%s) → %s', (text, region, day, now = SEP) => {
    const named = findNamedDate(text, now, region);
    expect(named && ymd(named.at)).toBe(day);
  });

  it.each<[string, HolidayRegion, string]>([
    // (around it, or after it: the holiday's own days as before)
    ['国庆前后再联系', 'cn', '2026-10-01'],
    ['國慶後再聯絡', 'tw', '2026-10-12'],
    ['國慶之後再傾啦', 'hk', '2026-10-02'],
  ])('not before it: %s (%s) → %s', (text, region, day) => {
    const named = findNamedDate(text, SEP, region);
    expect(named && ymd(named.at)).toBe(day);
  });
});
