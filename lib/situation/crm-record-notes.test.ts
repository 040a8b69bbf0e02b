/**
 * A CRM record's tasks and our own logged moves (C2 of probe 3): an open task of ours past its day is our overdue step,
 * named in the reason; our own logged move is a touch of ours, never their reply; the record's Next step is named; their
 * promise to come back, quoted in the rep's note, is a wait (C3).
 */
import { describe, expect, it } from 'vitest';
import type { DealId, StoredDeal } from '../deals/deal';
import type { Locale } from '../i18n/locales';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { CrmRecord } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';
import { lastWordVoice } from './activity-voice';
import { advise } from './advise';
import { newestActivity } from './gather';
import { isChaseStep, openTask } from './open-task';
import type { LastWord } from './types';

const DAY = 86_400_000;
const t = (text: string): number => {
  const [date = '', time = '09:00'] = text.split(' ');
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm).getTime();
};
/** Monday 7 December 2026. */
const NOW = t('2026-12-07 10:00');
const iso = (at: number) => new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

let ids = 0;
function judgeDeal(crm: CrmSiteId, stage: string, activity: CrmRecord['activity'], contacts: CrmRecord['contacts'], locale: Locale = 'en', over: Partial<CrmRecord> = {}) {
  const record: CrmRecord = { type: 'deal', recordId: `task-${++ids}`, name: `${crm} deal ${ids}`, stage, contacts, activity, fields: [], ...over };
  const deal: StoredDeal = { id: `${crm}:deal:${record.recordId}` as DealId, crm, record, contactIds: [], createdAt: NOW - 60 * DAY, capturedAt: NOW - 3_600_000 };
  const word = newestActivity(deal);
  const lastWord: LastWord | null = word ? { at: word.at, text: word.text, reading: readReply(word.text, word.at ?? NOW), voice: lastWordVoice({ deal, lastWord: word, lastWordFrom: 'record' }) } : null;
  return advise({ playbook, now: NOW, locale, contact: null, deal, conversation: null, touches: [], lastWord });
}

describe('an open task of ours, as a CRM or a rep logs it', () => {
  it.each([
    ['Task (due Dec 2, 2026, not completed): Send revised proposal to Olivia with the phased rollout.', 'Send revised proposal to Olivia with the phased rollout'],
    ['Activity (due Dec 1, not done): Call Julia - follow up on the quote', 'Call Julia - follow up on the quote'],
    ['Overdue task: call Dan (due 30 Nov)', 'call Dan'],
    ['To-do · due 12/2 · open: send the SOW', 'send the SOW'],
    ['Open task - Pilot review with Helen (due 15/12/2026)', 'Pilot review with Helen'],
    ['待办（截止12月2日，已逾期）：给高总回电', '给高总回电'],
    ['任务（12月3日到期，未完成）：把修订版报价发给刘经理', '把修订版报价发给刘经理'],
    ['待辦（到期日12/2，未完成）：寄報價給陳經理', '寄報價給陳經理'],
    ['跟進任務（12月2號到期，未做）：打電話俾陳生', '打電話俾陳生'],
  ])('%s', (text, step) => {
    expect(openTask(text)?.step).toBe(step);
  });
  it.each([
    // done, or no task at all: a note, their words, a reminder of a fact
    'Task (completed Dec 2): Send revised proposal',
    'Task (done): call Julia',
    '任务（已完成）：发合同',
    '待辦（已完成）：寄報價',
    'Task: Rahul says the price is too high',
    'Activity: Call with Olivia - she wants a phased rollout',
    'Reminder, our contract with Salesforce ends in March',
    'Task - Olivia asked: can you do it by Friday?',
    '跟进：客户说下个月再谈',
  ])('no open task: %s', (text) => {
    expect(openTask(text)).toBeNull();
  });
  it('reads a label, a comma and a long run of spaces in linear time', () => {
    // ('Task ,' + 50,000 spaces + 'x' took minutes: the spaces read by the state's run and by the space around it; a linear read takes milliseconds)
    for (const opening of ['Task ,', 'Overdue task ·', '待办，', 'To-do · due 12/2 ,']) {
      const note = opening + ' '.repeat(50_000) + 'x';
      const started = performance.now();
      expect(openTask(note)).toBeNull();
      expect(performance.now() - started, opening).toBeLessThan(1_000);
    }
  });
  it('a call or a chase is a follow-up; something to send is not', () => {
    for (const step of ['Call Julia - follow up on the quote', 'ring Priya about the SOC 2 report', 'Follow up with Dan on the PO', '给高总回电', '打電話俾陳生', '跟進陳經理嘅報價']) expect(isChaseStep(step), step).toBe(true);
    for (const step of ['Send revised proposal to Olivia', 'Prepare the SOW', '把修订版报价发给刘经理', '寄報價給陳經理', 'Callaway Golf renewal pack']) expect(isChaseStep(step), step).toBe(false);
  });
});

describe('a CRM record with an open task past its day: our overdue step, named', () => {
  it('HubSpot, en-GB: a task to send the revised proposal, due Dec 2, after the call where she asked for it', () => {
    const { situation, draft } = judgeDeal('hubspot', 'Decision maker bought-in', [
      { text: 'Task (due Dec 2, 2026, not completed): Send revised proposal to Olivia with the phased rollout.', at: t('2026-11-27 10:00') },
      { text: 'Call with Olivia: likes it, wants the rollout phased by estate, asked for a revised proposal this week.', at: t('2026-11-26 14:00') },
    ], [{ name: 'Olivia Barnes', email: 'olivia.barnes@greywell.example' }], 'en', { nextStep: 'Send revised proposal (phased)' });
    expect(situation.action).toMatchObject({ kind: 'follow_up', overdue: true, step: 'own_promise' });
    expect(iso(situation.action.due)).toBe('2026-12-02');
    expect(situation.action.why).toMatch(/Send revised proposal to Olivia with the phased rollout.*Dec 2/);
    expect(draft.body).toMatch(/^Hi Olivia/);
    expect(draft.body).not.toMatch(/Thank you for your reply|Following up on my last message/);
  });
  it('Pipedrive, en: an overdue call after our quote email, Julia never replied: a follow-up due Dec 1, no "thank you for your reply"', () => {
    const { situation, draft } = judgeDeal('pipedrive', 'Proposal made', [
      { text: 'Activity (due Dec 1, not done): Call Julia - follow up on the quote', at: t('2026-11-24 09:00') },
      { text: 'Email sent to Julia: quote for 3 practices attached.', at: t('2026-11-24 09:05') },
    ], [{ name: 'Julia Marsh', email: 'julia@carrowvets.example' }]);
    expect(situation.last.who).toBe('us');
    expect(situation.action).toMatchObject({ kind: 'follow_up', overdue: true });
    expect(situation.action.step).toBeUndefined();
    expect(iso(situation.action.due)).toBe('2026-12-01');
    expect(situation.action.why).toMatch(/Call Julia/);
    expect(draft.body).not.toMatch(/Thank you for your reply/);
  });
  it('纷享销客, 简体: 待办已逾期, the quote sent by us before it', () => {
    const { situation } = judgeDeal('fxiaoke', '谈判审核', [
      { text: '待办（截止12月2日，已逾期）：把修订版报价发给高总，确认审批进度', at: t('2026-11-25 10:00') },
      { text: '给高总发了修订版报价，等他们内部审批。', at: t('2026-11-24 10:00') },
    ], [{ name: '高志远', title: '物流总监' }], 'zh-Hans');
    expect(situation.action).toMatchObject({ kind: 'follow_up', overdue: true, step: 'own_promise' });
    expect(iso(situation.action.due)).toBe('2026-12-02');
    expect(situation.action.why).toMatch(/待办.*把修订版报价发给高总/);
  });
  it('Zoho, 繁體: 待辦 past its day, a call to make', () => {
    const { situation } = judgeDeal('zoho', 'Negotiation/Review', [
      { text: '待辦（到期日12/3，未完成）：打電話給陳經理確認合約', at: t('2026-11-30 15:00') },
      { text: '已寄出合約，等對方回覆', at: t('2026-11-30 14:00') },
    ], [{ name: '陳嘉欣', title: '採購經理' }], 'zh-Hant');
    expect(situation.action).toMatchObject({ kind: 'follow_up', overdue: true });
    expect(iso(situation.action.due)).toBe('2026-12-03');
    expect(situation.action.why).toMatch(/待辦.*打電話給陳經理/);
  });

  it('near-misses: a task not yet due, a task done, their word after the task: no overdue step', () => {
    const notDue = judgeDeal('hubspot', 'Decision maker bought-in', [{ text: 'Task (due Dec 14, 2026, not completed): Send revised proposal to Olivia', at: t('2026-12-04 10:00') }], [{ name: 'Olivia Barnes' }]);
    expect(notDue.situation.action.why).not.toMatch(/was due/);
    const done = judgeDeal('pipedrive', 'Proposal made', [{ text: 'Activity (due Dec 1, done): Call Julia - follow up on the quote', at: t('2026-11-24 09:00') }, { text: 'Email sent to Julia: quote attached.', at: t('2026-11-24 09:05') }], [{ name: 'Julia Marsh' }]);
    expect(done.situation.action.why).not.toMatch(/was due/);
    const answered = judgeDeal('zoho', 'Negotiation/Review', [
      { text: 'Email from Rahul: Could you also include the AMC pricing in the quote?', at: t('2026-12-04 11:00') },
      { text: 'Task (due Dec 2, not completed): Call Rahul about the quote', at: t('2026-11-30 10:00') },
    ], [{ name: 'Rahul Kulkarni' }]);
    expect(answered.situation.action.why).not.toMatch(/was due/);
    expect(answered.situation.action.kind).toBe('answer_question');
    const doneZh = judgeDeal('fxiaoke', '谈判审核', [{ text: '待办（截止12月2日，已完成）：给高总回电', at: t('2026-11-25 10:00') }], [{ name: '高志远' }], 'zh-Hans');
    expect(doneZh.situation.action.why).not.toMatch(/待办/);
  });
});

describe('the record’s Next step field is named beside the follow-up', () => {
  it.each([
    ['salesforce', 'Proposal/Price Quote', 'Email: Sent proposal to Anita', 'Call Anita re pilot results', 'en', /next step: “Call Anita re pilot results”/],
    ['hubspot', '谈判', '已发送报价给赵总', '周四前电话确认折扣', 'zh-Hans', /下一步：“周四前电话确认折扣”/],
    ['zoho', 'Proposal/Price Quote', '已寄出報價，等對方回覆', '打電話確認報價', 'zh-Hant', /下一步：「打電話確認報價」/],
  ] as const)('%s: %s', (crm, stage, text, nextStep, locale, why) => {
    const { situation } = judgeDeal(crm, stage, [{ text, at: t('2026-11-20 09:00') }], [{ name: 'Anita Shah' }], locale, { nextStep });
    expect(situation.action.kind).toBe('follow_up');
    expect(situation.action.why).toMatch(why);
  });
  it('no field, no words about it', () => {
    const { situation } = judgeDeal('salesforce', 'Proposal/Price Quote', [{ text: 'Email: Sent proposal to Anita', at: t('2026-11-20 09:00') }], [{ name: 'Anita Shah' }]);
    expect(situation.action.why).not.toMatch(/next step/i);
  });
});

describe('their promise to come back, quoted in the rep’s note, is a wait, not a brush-off (C3 of probe 3)', () => {
  it.each([
    ['zoho', 'Proposal/Price Quote', 'Sent revised quote on Dec 1. Rahul replied "will revert shortly".', 'Rahul Kulkarni', 'en'],
    ['hubspot', 'Proposal', 'Emailed the pricing for 40 seats. Priya said “Will get back to you.”', 'Priya Nair', 'en'],
    ['pipedrive', 'Proposal made', 'Chased on the quote. Ananya replied "Will get back to you".', 'Ananya Rao', 'en'],
    // (the Chinese ones read as a promise before too: the quotation marks did not hide 再回复 from it; kept as guards)
    ['fxiaoke', '方案/报价', '已发修订版报价。刘总回复“我们研究一下再回复你”。', '刘建国', 'zh-Hans'],
    ['zoho', 'Proposal/Price Quote', '已寄出報價。陳經理回覆「我們研究一下再回覆您」。', '陳嘉欣', 'zh-Hant'],
  ] as const)('%s: %s', (crm, stage, text, name, locale) => {
    const { situation, draft } = judgeDeal(crm, stage, [{ text, at: t('2026-12-01 18:10') }], [{ name }], locale);
    expect(situation.action.kind).not.toBe('answer_objection');
    expect(situation.action.step).toMatch(/^promise/);
    expect(draft.body).not.toMatch(/case from your industry|call Thursday|案例/);
  });
  it('a quoted brush-off with no promise stays an objection', () => {
    const { situation } = judgeDeal('zoho', 'Proposal/Price Quote', [{ text: 'Sent revised quote on Dec 1. Rahul replied "just send me some brochures".', at: t('2026-12-04 18:10') }], [{ name: 'Rahul Kulkarni' }]);
    expect(situation.action.step ?? '').not.toMatch(/^promise/);
  });
});
