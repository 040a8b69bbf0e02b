/**
 * The mainland's public holidays as the State Council publishes them each November for the year after (国务院办公厅关于
 * 某年部分节假日安排的通知): the days off (放假调休), and the Saturdays and Sundays worked in exchange (调休上班) before or
 * after the long breaks. A weekday inside a break is a day off; a make-up weekend day is a working day, when an office
 * reads its mail as on any other.
 *
 * Only years whose notice has been read are listed; a year missing here falls back to the rule of thumb in
 * `lib/situation/holiday.ts` (除夕 to 初六, 1–7 October; no make-up days). 2027 is not listed: its notice was not found
 * (add it when it is, from the notice itself).
 */
export type ChinaHoliday = 'new_year' | 'spring_festival' | 'qingming' | 'labour_day' | 'dragon_boat' | 'mid_autumn' | 'national_day';

export interface ChinaYear {
  /** Each break: its holiday, first and last day off ([month 1–12, day]). */
  off: readonly (readonly [ChinaHoliday, readonly [number, number], readonly [number, number]])[];
  /** The Saturdays and Sundays that are working days. */
  worked: readonly (readonly [number, number])[];
}

export const CHINA_OFFICIAL: Readonly<Record<number, ChinaYear>> = {
  // 国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025 (Xinhua; politics.gmw.cn/2025-11/04/content_38391083.htm)
  2026: {
    off: [
      ['new_year', [1, 1], [1, 3]],
      ['spring_festival', [2, 15], [2, 23]],
      ['qingming', [4, 4], [4, 6]],
      ['labour_day', [5, 1], [5, 5]],
      ['dragon_boat', [6, 19], [6, 21]],
      ['mid_autumn', [9, 25], [9, 27]],
      ['national_day', [10, 1], [10, 7]],
    ],
    worked: [[1, 4], [2, 14], [2, 28], [5, 9], [9, 20], [10, 10]],
  },
};

/** The mainland holiday the local day falls on by the year's notice; undefined when the year has no notice here, null on no holiday. */
export function chinaOfficialHoliday(day: Date): ChinaHoliday | null | undefined {
  const year = CHINA_OFFICIAL[day.getFullYear()];
  if (!year) return undefined;
  const key = (day.getMonth() + 1) * 100 + day.getDate();
  return year.off.find(([, from, to]) => key >= from[0] * 100 + from[1] && key <= to[0] * 100 + to[1])?.[0] ?? null;
}

/** Whether the local day is a Saturday or Sunday the mainland works by the year's notice (2026: 14 and 28 February, 10 October…). */
export function chinaWorkedWeekend(day: Date): boolean {
  return CHINA_OFFICIAL[day.getFullYear()]?.worked.some(([m, d]) => day.getMonth() + 1 === m && day.getDate() === d) ?? false;
}
