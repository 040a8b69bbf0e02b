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
    // Japan's Golden Week is its national holidays, not the span: 30 April and 1 May 2026 are worked; Sunday 3 May's
    // substitute (振替休日) is Wednesday the 6th, after the 4th and 5th
    ['Japan, Thursday 30 April 2026: worked', day(2026, 4, 30), 'jp', '2026-04-30'],
    ['Japan, Friday 1 May 2026: worked', day(2026, 5, 1), 'jp', '2026-05-01'],
    ['Japan, Showa Day 2026', day(2026, 4, 29), 'jp', '2026-04-30'],
    ['Japan, Sunday 3 May 2026', day(2026, 5, 3), 'jp', '2026-05-07'],
    ['Japan, Wednesday 6 May 2026: the substitute holiday', day(2026, 5, 6), 'jp', '2026-05-07'],
    // (29 April 2029 is a Sunday: Monday the 30th is off)
    ['Japan, Monday 30 April 2029: the substitute holiday', day(2029, 4, 30), 'jp', '2029-05-01'],
    // Hong Kong: Christmas on a Sunday (2033) is taken on Tuesday the 27th, after the first weekday after it
    ['Hong Kong, Christmas Day on a Sunday', day(2033, 12, 25), 'hk', '2033-12-28'],
    ['Hong Kong, Tuesday 27 December 2033', day(2033, 12, 27), 'hk', '2033-12-28'],
    ['Hong Kong, Tuesday 27 December 2022: the substitute for Christmas', day(2022, 12, 27), 'hk', '2022-12-28'],
    ['Hong Kong, Sunday 27 December 2026: a weekend, no holiday', day(2026, 12, 27), 'hk', '2026-12-28'],
    // the lunar new year's eve (Monday 16 February 2026) is worked in Hong Kong, off in Taiwan
    ['Hong Kong, the lunar new year’s eve', day(2026, 2, 16), 'hk', '2026-02-16'],
    ['Hong Kong, the lunar new year', day(2026, 2, 17), 'hk', '2026-02-20'],
    ['Taiwan, the lunar new year’s eve', day(2026, 2, 16), 'tw', '2026-02-23'],
    // (the lunar new year 2029 is Tuesday 13 February: Friday the 16th, its fourth day, is worked; 2034's, Sunday 19 February, gives the 22nd too)
    ['Hong Kong, the fourth day of the lunar new year', day(2029, 2, 16), 'hk', '2029-02-16'],
    ['Hong Kong, the lunar new year on a Sunday', day(2034, 2, 19), 'hk', '2034-02-23'],
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
    // (two working days after Tuesday 28 April 2026 in Japan: Thursday 30 April, Friday 1 May)
    ['Japan over Golden Week 2026', day(2026, 4, 28), 2, 'jp', '2026-05-01'],
    ['Japan after Golden Week 2026', day(2026, 5, 1), 1, 'jp', '2026-05-07'],
  ])('addWorkingDays, %s', (_, at, days, where, to) => {
    expect(ymd(addWorkingDays(at, days, where))).toBe(to);
  });
});
