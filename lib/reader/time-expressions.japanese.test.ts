import { describe, expect, it } from 'vitest';
import { findNamedDate } from './time-expressions';

/**
 * Japanese replies name their days in words of their own: 来週の金曜日までに (by Friday next week), 月末まで (until
 * the end of the month), ゴールデンウィーク明け (after Golden Week), 来月中旬 (mid next month), 年明け (once the New
 * Year's days are over), 来年度 (the next fiscal year, from April). Each row was no day at all before; formal mail,
 * a terse chat line and the polite forms of asking, promising and putting off.
 */

/** Tuesday 10 November 2026, 10:00 local. */
const NOW = new Date(2026, 10, 10, 10).getTime();

function ymd(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('Japanese time words', () => {
  it.each<[string, string, string, boolean?]>([
    // asked of us by a day (deadline when the day is the end of a period)
    ['お世話になっております。来週の金曜日までにお見積りをお送りください。', '2026-11-20', '来週の金曜日までに'],
    ['月末までにご返信ください。', '2026-11-30', '月末までに', true],
    ['金曜日までにご確認をお願いいたします', '2026-11-13', '金曜日までに'],
    ['年度末までに書類をご提出ください', '2027-03-31', '年度末までに', true],
    ['お手数ですが、今月末までにご回答いただけますでしょうか。', '2026-11-30', '今月末までに', true],
    // put off until a time
    ['ゴールデンウィーク明けにご連絡します', '2027-05-06', 'ゴールデンウィーク'],
    ['GW明けに改めてご連絡させていただきます', '2027-05-06', 'GW'],
    ['来月中旬に検討します', '2026-12-15', '来月中旬'],
    ['年明けに改めてご連絡します', '2027-01-04', '年明け'],
    ['年内はバタバタしておりますので、年明けにこちらからご連絡いたします。', '2027-01-04', '年明け'],
    ['年末年始明けにご連絡いたします', '2027-01-04', '年末年始明け'],
    ['現在社内で検討中です。来年度の予算で改めてご相談させてください。', '2027-04-01', '来年度'],
    ['再来週の月曜日に改めてご連絡いたします', '2026-11-23', '再来週の月曜日'],
    ['週明けにお電話いたします', '2026-11-16', '週明け'],
    ['2週間後にご連絡します', '2026-11-24', '2週間後'],
    ['3ヶ月後に改めてご相談させてください', '2027-02-10', '3ヶ月後'],
    ['12月中旬に打ち合わせをお願いします', '2026-12-15', '12月中旬'],
    // N日以降 "from the Nth" is a day of the month (was 20 days on: Nov 30); 後 and 以内 count days
    ['20日以降にお電話します', '2026-11-20', '20日'],
    ['申し訳ありません、5日以降でしたら時間が取れます。', '2026-12-05', '5日'],
    ['3日後にご連絡します', '2026-11-13', '3日後'],
    ['10日以内にご返信いただけますか', '2026-11-20', '10日以内'],
    // before a holiday: its last working day before (お盆: 13 August)
    ['お盆前にお見積りをいただけますでしょうか。', '2027-08-12', 'お盆前'],
    // a chat line
    ['了解です！来週水曜ミーティングでお願いします', '2026-11-18', '来週水曜'],
  ])('%s → %s', (text, day, words, deadline) => {
    const named = findNamedDate(text, NOW, 'jp');
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.text).toBe(words);
    if (deadline) expect(named?.deadline).toBe(true);
  });

  it.each<[string, number, string]>([
    // 今月は…N日以降: the Nth (this month's, or next month's once past), not the day after this month nor after the Nth
    // (were 1 December or the 6th: 今月 beside 立て込んで read as a busy spell, 忙しい making the 5th "after" it)
    ['今月は立て込んでおり、5日以降でしたら対応可能です。', new Date(2026, 11, 2, 10).getTime(), '2026-12-05'],
    ['今月は忙しいので5日以降にお願いします', new Date(2026, 11, 2, 10).getTime(), '2026-12-05'],
    ['今月は立て込んでおり、5日以降でしたら対応可能です。', new Date(2026, 11, 7, 10).getTime(), '2027-01-05'],
    ['今月はバタバタしていますので、20日以降にご連絡ください。', new Date(2026, 11, 7, 10).getTime(), '2026-12-20'],
  ])('%s (written %s) → %s', (text, now, day) => {
    const named = findNamedDate(text, now, 'jp');
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.text).not.toBe('今月');
  });

  it('a habit is no day: 毎週月曜日', () => {
    expect(findNamedDate('毎週月曜日に定例会議があります', NOW, 'jp')).toBeNull();
  });

  it('Chinese 10日后 stays "after the 10th": the Japanese count is read only beside kana', () => {
    const named = findNamedDate('10日后再说吧', NOW);
    expect(named && ymd(named.at)).not.toBe('2026-11-20');
  });
});
