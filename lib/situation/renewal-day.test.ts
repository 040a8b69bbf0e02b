/**
 * Our customer's renewal day named only in the record (the rep's HubSpot note "Renewal due 31 March 2027, they want to
 * add the Leeds site", 续约日期2027年3月31日, 合約3月底到期): the renewal step is timed from it, a quarter before, not
 * answered "today" as if they had written, nor a wait until the day. Another vendor's renewal in a prospect's note stays
 * their lock-in (lock-in.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { StageId } from '../sop/stages';
import { advise } from './advise';
import { renewalDay } from './renewal';

/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const DAY = 86_400_000;
const ymd = (at: number | null | undefined) => {
  if (at == null) return null;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('our renewal day in the words', () => {
  it.each([
    ['Renewal due 31 March 2027, they want to add the Leeds site.', '2027-03-31'],
    ['QBR went well. Contract renews 31/03/2027 - Aoife keen to add Leeds.', '2027-03-31'],
    ['Their subscription ends on 28 February 2027; usage is up.', '2027-02-28'],
    ['续约日期2027年3月31日，客户想加利兹的工厂。', '2027-03-31'],
    ['合約3月底到期，佢哋想加多個廠。', '2027-03-31'],
    ['合約明年3月到期，客戶想多開兩個門市。', '2027-03-31'],
  ])('%s → %s', (text, day) => {
    expect(ymd(renewalDay([{ text, at: NOW - 10 * DAY }])?.at)).toBe(day);
  });
  it.each([
    // (another vendor's, one already done, none ahead)
    'Their contract with Kinaxis renews 31 March 2027; they want to add the Leeds site.',
    '他们和用友的合同2027年3月31日到期，想加利兹的工厂。',
    '我們同Oracle嘅合約3月底到期。',
    'Renewal signed last week, all sorted until 2028.',
    'Renewal was due 31 March 2026.',
    'QBR went well, usage up 20%.',
  ])('none in %s', (text) => {
    expect(renewalDay([{ text, at: NOW - 10 * DAY }])).toBeNull();
  });
});

/** A HubSpot deal with the rep's note as its newest activity, judged with the real reader. */
function judged(note: string, locale: 'en' | 'zh-Hans' | 'zh-Hant', stage: StageId, crmStage: string) {
  const at = NOW - 17 * DAY;
  const contact = { id: 'contact-renew' as ContactId, identities: ['test:renew'], sources: ['hubspot' as const], name: 'Aoife Brennan', company: 'Fernhill Dairy', stage, stageChangedAt: NOW - 200 * DAY, createdAt: NOW - 400 * DAY, capturedAt: NOW - 17 * DAY };
  const deal: StoredDeal = { id: 'hubspot:deal:renew-1' as DealId, crm: 'hubspot', record: { type: 'deal', recordId: 'renew-1', name: 'Fernhill Dairy – Sensors', stage: crmStage, contacts: [], activity: [{ text: note, at }], fields: [] }, contactIds: [contact.id], createdAt: NOW - 400 * DAY, capturedAt: NOW - 3_600_000 };
  return advise({ playbook, now: NOW, locale, contact, deal, conversation: null, touches: [], lastWord: { at, text: note, reading: readReply(note, at) } }).situation;
}

describe('the judgment: the renewal timed from the day in the note', () => {
  it.each<[string, 'en' | 'zh-Hans' | 'zh-Hant']>([
    // (were "quote the renewal today", the note quoted back to them as their words, or a wait until Mar 31 "as they asked")
    ['Renewal due 31 March 2027, they want to add the Leeds site.', 'en'],
    ['Spoke to Aoife. Renewal is 31 Mar 2027 and they would like to bring the Leeds plant on.', 'en'],
    ['续约日期2027年3月31日，客户想加利兹的工厂。', 'zh-Hans'],
    ['合約3月底到期，佢哋想加多個廠。', 'zh-Hant'],
    ['合約明年3月到期，客戶想多開兩個門市。', 'zh-Hant'],
  ])('%s', (note, locale) => {
    const situation = judged(note, locale, 'retain', 'closedwon');
    expect(situation.action.kind).toBe('after_sales_check');
    expect(ymd(situation.action.due)).toBe('2026-12-31');
    expect(situation.action.why).toMatch(/2027|Mar 31/);
  });
  it('a prospect note on their incumbent renewing stays the lock-in: back before it, not our renewal', () => {
    const situation = judged('Their contract with Kinaxis renews 31 March 2027; they want to add the Leeds site.', 'en', 'qualify', 'appointmentscheduled');
    expect(situation.stage.id).not.toBe('retain');
    expect(situation.action.why).toMatch(/another vendor/);
  });
  it('a customer who asks us for the renewal quote with the addition is answered today', () => {
    const text = 'Hi Sam, our renewal is due 31 March. Could you send a quote that includes the Leeds site?';
    const situation = judged(text, 'en', 'retain', 'closedwon');
    expect(situation.action.kind).toBe('answer_question');
  });
});
