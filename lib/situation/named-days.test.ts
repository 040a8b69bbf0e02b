/**
 * The judgment on days the probe of session 25 found unread (C5), each in the three languages: their answer due by a day
 * ("expect comments by the 18th. Nothing needed from you until then"): wait until it, no follow-up overdue today; an answer
 * wanted from us by a day: our move before it; 开春: a wait until March; a lost deal's "in a year": re-opened then.
 */
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { DealId, StoredDeal } from '../deals/deal';
import type { StageId } from '../sop/stages';
import { advise } from './advise';

/** Monday 7 December 2026, 10:00; their reply came on Thursday the 3rd. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const DAY = 86_400_000;
const ymd = (at: number) => { const d = new Date(at); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };

function judged(text: string, stage: StageId = 'negotiate', locale: 'en' | 'zh-Hans' | 'zh-Hant' = 'en') {
  const at = NOW - 4 * DAY;
  const contact = { id: 'contact-days' as ContactId, identities: ['test:days'], sources: ['gmail' as const], name: 'Dana Reyes', company: 'Northwind Clinics', stage, stageChangedAt: NOW - 30 * DAY, createdAt: NOW - 30 * DAY, capturedAt: NOW - 30 * DAY };
  return advise({
    playbook, now: NOW, locale, contact, deal: null,
    conversation: { subject: 'MSA', messages: [{ direction: 'outbound', at: at - 2 * DAY, text: 'Hi Dana, the MSA and order form are attached.' }, { direction: 'inbound', at, text }] },
    touches: [], lastWord: { at, text, reading: readReply(text, at) },
  }).situation.action;
}

describe('their answer due by a day: wait until it, then follow up', () => {
  it.each([
    // (was a follow-up due the day they wrote, overdue)
    ['Hi, our legal team has the MSA now. They said to expect comments by the 18th. Nothing needed from you until then.', 'en', '2026-12-18'],
    ['法务在看合同，18号前会给意见，在那之前你们先等着就好。', 'zh-Hans', '2026-12-18'],
    ['法務睇緊份合約，18號之前會俾返意見，你哋暫時唔使做嘢。', 'zh-Hant', '2026-12-18'],
  ] as const)('%s', (text, locale, until) => {
    const action = judged(text, 'negotiate', locale);
    expect(action.kind).toBe('snooze');
    expect(ymd(action.due)).toBe(until);
    expect(action.overdue).toBe(false);
  });
});

describe('an answer wanted from us by a day: our move, before it', () => {
  it.each([
    ['Fine with the price as long as onboarding is included. I need an answer by Wednesday.', 'en', /Dec 9, 2026/],
    ['价格可以接受，希望周三前给答复。', 'zh-Hans', /12月9日/],
    ['老闆想我哋星期三之前覆佢。', 'zh-Hant', /12月9日/],
  ] as const)('%s', (text, locale, by) => {
    const action = judged(text, 'negotiate', locale);
    expect(action.kind).not.toBe('snooze');
    expect(action.why).toMatch(by);
  });
});

describe('开春: a wait until March', () => {
  it.each([
    ['老板说今年的预算已经花完了，开春以后再看吧。', 'zh-Hans'],
    ['老闆話今年預算用晒，開春之後再傾。', 'zh-Hant'],
    ['Budget is spent for this year; let us pick it up again in early spring.', 'en'],
  ] as const)('%s', (text, locale) => {
    const action = judged(text, 'present', locale);
    expect(action.kind).toBe('snooze');
    expect(ymd(action.due)).toBe('2027-03-01');
  });
});

/** Their words in the note of a HubSpot deal closed lost. */
function judgedLost(text: string, locale: 'en' | 'zh-Hans' | 'zh-Hant') {
  const at = NOW - 4 * DAY;
  const deal: StoredDeal = {
    id: 'hubspot:deal:lost-1' as DealId, crm: 'hubspot', contactIds: [], createdAt: NOW - 60 * DAY, capturedAt: NOW - 3_600_000,
    record: { type: 'deal', recordId: 'lost-1', name: 'Northwind Clinics', stage: 'Closed lost', contacts: [{ name: 'Dana Reyes', title: 'COO' }], activity: [{ text, at }], fields: [] },
  };
  return advise({ playbook, now: NOW, locale, contact: null, deal, conversation: null, touches: [], lastWord: { at, text, reading: readReply(text, at) } }).situation.action;
}

describe('a lost deal with a day to come back: re-opened then, with an offer', () => {
  it.each([
    ['We decided to build it in-house. Open to hearing from you in a year if it does not work out.', 'en', /in a year/],
    ['我们决定自己开发了，一年后可以再听听你们的方案。', 'zh-Hans', /一年后/],
    ['我哋決定自己做，一年之後再聽你哋介紹吓啦。', 'zh-Hant', /一年之後/],
  ] as const)('%s', (text, locale, when) => {
    const action = judgedLost(text, locale);
    // (was a snooze, or a re-opening on the default day three months on)
    expect(action.kind).toBe('reopen');
    expect(ymd(action.due)).toBe('2027-12-03');
    expect(action.why).toMatch(when);
  });
});
