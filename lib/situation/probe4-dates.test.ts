/**
 * The dates and meeting steps probe4 (session 29) found wrong, judged whole: a meeting they agreed to or moved is
 * confirmed the day they wrote (the meeting stays on its day); a week they name to talk in, to our ask, is two times
 * offered now; a date that only describes (someone moving, a count's horizon) or a start the work waits for once terms
 * are on the table parks nothing; a 民國 date books the meeting; "we signed with someone else, maybe next year" comes
 * back late next year. Rows in English, 简体 and 繁體, and near misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import type { Locale } from '../i18n/locales';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { StageId } from '../sop/stages';
import { advise } from './advise';
import type { SituationInput, SituationMessage } from './types';

/** Friday 4 December 2026, 10:00. */
const AT = new Date(2026, 11, 4, 10).getTime();
const THEY_WROTE = AT - 2 * 3_600_000;
const OURS_AT = THEY_WROTE - 86_400_000;
const iso = (at: number | null | undefined) => {
  if (at == null) return null;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function judge(locale: Locale, stage: StageId, ours: string, theirs: string) {
  const messages: SituationMessage[] = [{ direction: 'outbound', at: OURS_AT, text: ours }, { direction: 'inbound', at: THEY_WROTE, text: theirs }];
  const contact: Contact = { id: 'contact-p4' as ContactId, identities: ['test:p4'], sources: ['linkedin'], name: 'Alex Morgan', company: 'Northwind', stage, stageChangedAt: AT - 20 * 86_400_000, createdAt: AT - 30 * 86_400_000, capturedAt: AT - 30 * 86_400_000 };
  const input: SituationInput = {
    playbook,
    now: AT,
    locale,
    contact,
    deal: null,
    conversation: { subject: 'Re: next steps', messages },
    touches: messages.map((m) => ({ at: m.at ?? AT, direction: m.direction })),
    lastWord: { at: THEY_WROTE, text: theirs, reading: readReply(theirs, THEY_WROTE) },
  };
  return advise(input);
}

describe('a meeting they agreed to or moved: confirmed the day they wrote, the meeting on its day', () => {
  it.each([
    // (each was due on the meeting's day, its "confirmed for…" draft with it)
    ['en', "You're all set for Thursday, Dec 10 at 2:00 PM ET. Does that still work?", "Something came up Thursday. Any chance we can push to Tuesday the 15th, same time?", '2026-12-15'],
    ['en', 'Confirming our review this Thursday 12/10 at 11:00 AM ET?', 'Need to move Thursday - board prep ate my week. Can we do 12/14 at 3:30 PM ET instead?', '2026-12-14'],
    ['zh-Hans', '王总，下周三上午十点的演示还方便吗？', '周三临时有会，改到下周四同一时间可以吗？', '2026-12-10'],
    ['zh-Hant', '鄭副理您好，下週三（12/16）下午三點線上聊 20 分鐘，方便嗎？', '可以', '2026-12-16'],
    ['zh-Hant', '黎小姐，確認下星期二上午10點喺貴公司做系統示範？', '唔好意思，可唔可以改到禮拜五（11號）下晝三點？地點一樣。', '2026-12-11'],
    // (民國 dates: the day read, the meeting booked; was a nurture "值得聊嗎")
    ['zh-Hant', '蔡經理您好，想跟您約一個時間到貴公司做系統展示，請問下週哪個時段比較方便？', '115/12/15（二）下午2:00可以，地點在我們內湖的辦公室。', '2026-12-15'],
    ['zh-Hans', '蔡经理您好，想约个时间到贵公司做系统演示，请问下周哪个时段方便？', '民国115年12月15日下午两点可以，地点在我们公司。', '2026-12-15'],
    ['en', 'Would you have time next week for a 30-minute demo?', '115/12/15 at 2pm works for us, at our Neihu office.', '2026-12-15'],
  ] as const)('%s: %s / %s → confirm today, meeting %s', (locale, ours, theirs, day) => {
    const { situation, draft } = judge(locale, 'discover', ours, theirs);
    expect(situation.action.step).toBe('meeting');
    expect(iso(situation.action.due)).toBe(iso(THEY_WROTE));
    expect(iso(situation.meeting?.at)).toBe(day);
    expect(draft.body).not.toMatch(/get back to you|再联系您|再聯絡您|值得/);
  });

  it.each([
    // a meeting they set themselves: on its day, as before
    ['en', 'Happy to walk your team through it - pick any slot on my calendar.', 'Invitation: Reconciliation walkthrough\nWhen: Thursday, 10 December 2026 10:00 – 11:00', '2026-12-10'],
    ['zh-Hans', '下周四下午三点方便吗？', '下周四下午3点可以，会议邀请我发你。', '2026-12-10'],
    ['zh-Hant', '陳經理您好，方便時請從我的行事曆選個時間。', '會議邀請：導入說明會\n時間：2026年12月9日 週三 10:00-11:00', '2026-12-09'],
  ] as const)('unchanged, %s: %s / %s → on its day, %s', (locale, ours, theirs, day) => {
    const { situation } = judge(locale, 'discover', ours, theirs);
    expect(iso(situation.action.due)).toBe(day);
  });
});

describe('a week they name to talk in, to our ask: two times in it, offered today', () => {
  it.each([
    // (each was a snooze to the 14th)
    ['en', 'Hi Eleanor, would a 20-min call next week suit?', "Next week's chaos. Let's speak w/c 14th - Weds or Thurs morning suits."],
    ['en', 'Would a short call next week work?', "Busy next week. Let's speak the week of the 14th."],
    ['zh-Hans', '王总，下周能否约半小时电话？', '下周太忙了，14号那周再约吧。'],
    ['zh-Hant', '陳經理，下週能否約半小時通話？', '下週比較忙，16號那一週再約時間吧。'],
  ] as const)('%s: %s / %s', (locale, ours, theirs) => {
    const { situation } = judge(locale, 'prospect', ours, theirs);
    expect(situation.action.step).toBe('meeting_slots');
    expect(iso(situation.action.due)).toBe(iso(THEY_WROTE));
    expect(iso(situation.slotsFrom)).toBe('2026-12-14');
  });
  it.each([
    ['en', 'Hi Mei, would a short call make sense before year end?', "Tied up with the audit till then, let's speak Monday week.", 'snooze'],
    ['en', 'Would a short call next week work?', "Busy next week, I'll call you the week of the 14th.", 'snooze'],
    ['zh-Hans', '王总，下周能否约半小时电话？', '14号那周我出差，之后再说。', 'snooze'],
  ] as const)('unchanged, %s: %s / %s → %s', (locale, ours, theirs, kind) => {
    const { situation } = judge(locale, 'prospect', ours, theirs);
    expect(situation.action.kind).toBe(kind);
  });
});

describe('a date that is no time to talk parks nothing', () => {
  it.each([
    // a count's horizon (was a snooze to 1 March, "I will get back to you on March 1")
    ['en', 'qualify', 'How many depots would be on it from day one? And who would sign off?', "Seven depots to start, possibly nine by spring. Sign-off I'm not sure about yet."],
    ['zh-Hans', 'qualify', '一开始会有几个仓上线？', '先上三个仓，明年可能扩到五个仓。'],
    ['zh-Hant', 'qualify', '一開始會有幾間門市導入？', '先導入五間門市，預計明年會開到八間。'],
    // someone moving, described (was a snooze to January)
    ['zh-Hans', 'present', '周总监，方案评审的时间定了吗？', '我下个月调去集团总部，这个项目交给副总监吴磊负责，方案评审可能要推迟。'],
    ['zh-Hant', 'present', '周總監，方案評審的時間定了嗎？', '我下個月調去集團總部，這個專案交給副總監吳磊負責，方案評審可能要延後。'],
    ['en', 'present', 'Hi Greg, is the review still on for next week?', 'Greg transfers to group HQ next month and Linda takes over the project, so the review may slip.'],
    // a start the work waits for, once the price is agreed (was a snooze to March): sign now, start then
    ['en', 'negotiate', 'Hi Owen, as discussed: 8% off for annual prepay, $31,200 a year. Shall I send the agreement?', "The annual-prepay price works for us now, thanks for that. New problem: we can't start anything until our ERP migration goes live in March."],
    ['zh-Hans', 'negotiate', '王总，年付优惠后报价为31,200元/年，合同我这边发过去？', '价格没问题了。不过我们ERP系统要到三月才上线，三月之前没法开始新项目。'],
    ['zh-Hant', 'negotiate', '陳經理，年繳優惠後報價為每年31,200元，合約我這邊寄過去？', '價格沒問題了。不過我們ERP要到三月才上線，三月之前沒法開始新專案。'],
  ] as const)('%s at %s: %s / %s', (locale, stage, ours, theirs) => {
    const { situation, draft } = judge(locale, stage, ours, theirs);
    expect(situation.action.kind).not.toBe('snooze');
    expect(draft.body).not.toMatch(/get back to you on|再联系您|再聯絡您/);
  });
  it('the start at negotiation is answered with signing now and starting then', () => {
    const { draft } = judge('en', 'negotiate', 'Shall I send the agreement?', "The price works now. New problem: we can't start anything until our ERP migration goes live in March.");
    expect(draft.body).toMatch(/sign this quarter and start next/);
  });
  it.each([
    // a time to talk, or a start ruled out before anything is on the table: a snooze, as before
    ['en', 'qualify', 'How many depots would be on it?', 'Seven depots to start. Let us talk again in spring.'],
    ['en', 'prospect', 'Would a short call next week work?', "We can't start anything new before the audit in May."],
    ['zh-Hans', 'negotiate', '王总，合同我这边发过去？', '明年三月再谈吧。'],
    ['zh-Hant', 'prospect', '想約您聊聊排班系統？', '最快也要四月才能開始，到時再聯絡。'],
  ] as const)('unchanged, %s at %s: %s / %s → snooze', (locale, stage, ours, theirs) => {
    expect(judge(locale, stage, ours, theirs).situation.action.kind).toBe('snooze');
  });
});

describe('they signed with someone else, "maybe next year": back late next year, not on its first working day', () => {
  it.each([
    // (each was 4 January 2027)
    ['en', 'Will do! Sending a one-pager tomorrow.', 'Actually scratch that - just found out we signed with CareRoute last week. Maybe look me up next year.', '2027-10-01'],
    ['zh-Hans', '好的，明天把资料发给您。', '不好意思，我们上周已经和别家签了，明年再说吧。', '2027-10-08'],
    ['zh-Hant', '好的，明天把資料寄給您。', '不好意思，我們上週已經跟別家簽約了，明年再說吧。', '2027-10-01'],
  ] as const)('%s: %s → %s', (locale, ours, theirs, day) => {
    const { situation } = judge(locale, 'discover', ours, theirs);
    expect(situation.action.step).toBe('decided');
    expect(iso(situation.action.due)).toBe(day);
  });
  it.each([
    ['en', 'Will do! Sending a one-pager tomorrow.', 'Actually we signed with CareRoute last week. Maybe look me up in March.', '2027-03-01'],
    ['zh-Hans', '好的，明天把资料发给您。', '我们上周已经和别家签了，三月再联系吧。', '2027-03-01'],
  ] as const)('their named month kept, %s: %s → %s', (locale, ours, theirs, day) => {
    expect(iso(judge(locale, 'discover', ours, theirs).situation.action.due)).toBe(day);
  });
});

describe('a meeting moved "same time": the hour our message set, in the confirmation', () => {
  it.each([
    // (each was confirmed with no hour: ours named it for the day they leave)
    ['en', "You're all set for Thursday, Dec 10 at 2:00 PM ET.", 'Something came up Thursday. Any chance we can push to Tuesday the 15th, same time?', '2:00 PM ET'],
    ['zh-Hans', '王总，确认下周三（12月9日）上午十点的演示。', '周三临时有会，改到下周四同一时间可以吗？', '上午十点'],
    ['zh-Hant', '陳經理，確認週三（12月9日）下午兩點的會議。', '週三臨時有會，改到下週二同一時間好嗎？', '下午兩點'],
  ] as const)('%s: %s / %s → %s', (locale, ours, theirs, hour) => {
    const { situation, draft } = judge(locale, 'discover', ours, theirs);
    expect(situation.meeting?.time).toBe(hour);
    expect(draft.body).toContain(hour);
  });
  it('a move with an hour of its own keeps it', () => {
    const { situation } = judge('en', 'discover', "You're all set for Thursday, Dec 10 at 2:00 PM ET.", 'Something came up Thursday. Could we do Tuesday the 15th at 10am instead?');
    expect(situation.meeting?.time).toBe('10am');
  });
  it('no "same time", no hour taken from the day they leave', () => {
    const { situation } = judge('en', 'discover', "You're all set for Thursday, Dec 10 at 2:00 PM ET.", 'Something came up Thursday. Could we push to Tuesday the 15th, morning?');
    expect(situation.meeting?.time ?? null).not.toBe('2:00 PM ET');
  });
});
