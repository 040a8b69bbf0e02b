import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidayOn, workingDayFrom, type HolidayPlace } from './holiday';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const ymd = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };

describe('a follow-up day moved off a day nobody works where they are', () => {
  it.each<[string, number, HolidayPlace, string]>([
    // Taiwan's 雙十 2026 falls on a Saturday: Friday the 9th is off (was a working day: the holidays went by language)
    ['Taiwan, the Friday off for 雙十', day(2026, 10, 9), 'tw', '2026-10-12'],
    ['Hong Kong, 1 October', day(2026, 10, 1), 'hk', '2026-10-02'],
    ['Hong Kong, Christmas Day (a Friday)', day(2026, 12, 25), 'hk', '2026-12-28'],
    ['the mainland, 1 October', day(2026, 10, 1), 'cn', '2026-10-08'],
    ['Japan, Golden Week', day(2027, 5, 4), 'jp', '2027-05-06'],
    // the mainland's 2026 notice: weekdays of a break are off (Qingming's Monday, Labour Day's Tuesday, Mid-Autumn's Friday)
    ['the mainland, Qingming Monday', day(2026, 4, 6), 'cn', '2026-04-07'],
    ['the mainland, Labour Day break', day(2026, 5, 4), 'cn', '2026-05-06'],
    ['the mainland, Mid-Autumn Friday', day(2026, 9, 25), 'zh-Hans', '2026-09-28'],
    // (Sunday 4 January 2026 is worked)
    ['the mainland, 2 January', day(2026, 1, 2), 'cn', '2026-01-04'],
    // 调休: a Saturday or Sunday the mainland works is a working day for a mainland contact, not elsewhere
    ['the mainland, Saturday 28 February worked', day(2026, 2, 28), 'cn', '2026-02-28'],
    ['the mainland, Saturday 14 February worked', day(2026, 2, 14), 'zh-Hans', '2026-02-14'],
    ['the mainland, Sunday 20 September worked', day(2026, 9, 20), 'cn', '2026-09-20'],
    ['the mainland, Saturday 10 October worked', day(2026, 10, 10), 'cn', '2026-10-10'],
    ['Taiwan, Saturday 28 February: a weekend', day(2026, 2, 28), 'tw', '2026-03-02'],
    ['Hong Kong, Saturday 10 October: a weekend', day(2026, 10, 10), 'hk', '2026-10-12'],
    // (nothing known but Traditional Chinese: Taiwan or Hong Kong, their lunar new year only)
    ['Traditional Chinese, 9 October', day(2026, 10, 9), 'zh-Hant', '2026-10-09'],
    ['English, Christmas Day', day(2026, 12, 25), 'en', '2026-12-28'],
  ])('%s', (_, at, where, to) => {
    expect(ymd(workingDayFrom(at, where).at)).toBe(to);
  });

  it('says which holiday it skipped, and none on a make-up Saturday', () => {
    expect(workingDayFrom(day(2026, 10, 9), 'tw').skipped?.name['zh-Hant']).toBe('雙十節連假');
    expect(workingDayFrom(day(2026, 2, 28), 'cn').skipped).toBeNull();
    expect(holidayOn(day(2026, 2, 16), 'cn')?.name.en).toBe('the Spring Festival break');
  });

  it.each<[string, number, number, HolidayPlace, string]>([
    // the working day after Friday 27 February: the make-up Saturday on the mainland, Monday elsewhere
    ['mainland', day(2026, 2, 27), 1, 'cn', '2026-02-28'],
    ['Taiwan', day(2026, 2, 27), 1, 'tw', '2026-03-02'],
    // (two working days after Friday 13 February on the mainland: Saturday 14th, then the break to the 23rd: the 24th)
    ['mainland over the Spring Festival', day(2026, 2, 13), 2, 'cn', '2026-02-24'],
    // (no notice read for 2027: the rule of thumb, 除夕 to 初六, no make-up days)
    ['mainland 2027, no notice', day(2027, 2, 5), 1, 'cn', '2027-02-15'],
  ])('addWorkingDays, %s', (_, at, days, where, to) => {
    expect(ymd(addWorkingDays(at, days, where))).toBe(to);
  });
});
