/**
 * A won customer's bill that charged more or other than they have ("the invoice shows 60 seats but we only have 45
 * active", 发票金额不对, 應該係45個帳號): a correction of our invoice, done today (checked, corrected and resent), not the
 * contract-terms objection of a buyer nor a product fault with a workaround. A buyer's ask for other terms stays theirs.
 */
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { StageId } from '../sop/stages';
import { advise } from './advise';
import { documentCorrection } from './correction';

/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const DAY = 86_400_000;

describe('what we billed, said to be wrong', () => {
  it.each([
    ['Hi Sam, quick one: the invoice for December shows 60 seats but we only have 45 active users. Can you sort that out?', 'quick one: the invoice for December shows 60 seats but we only have 45 active users.'],
    ["Sam - we've been billed for 60 licences this quarter, we only signed for 45. Finance won't pay the invoice until it's corrected.", "Sam - we've been billed for 60 licences this quarter, we only signed for 45."],
    ['Hello, we were overcharged on the last invoice — 60 seats instead of 45. Could you refund the difference?', 'we were overcharged on the last invoice — 60 seats instead of 45.'],
    ["Hiya, the invoice amount doesn't match what we agreed. Can someone look at it?", "the invoice amount doesn't match what we agreed."],
    ['我们收到的发票金额不对，合同上是45个账号，发票按60个开的，请重新开票。', '我们收到的发票金额不对，合同上是45个账号，发票按60个开的，请重新开票。'],
    ['您好，这期账单多收了15个席位的费用，请核实。', '这期账单多收了15个席位的费用，请核实。'],
    ['Sam，張發票金額唔啱，應該係45個帳號，唔係60個。麻煩你幫手改返。', 'Sam，張發票金額唔啱，應該係45個帳號，唔係60個。'],
    ['上個月的請款單金額有誤，我們只有45個帳號在用，麻煩更正後再寄一次。', '上個月的請款單金額有誤，我們只有45個帳號在用，麻煩更正後再寄一次。'],
  ])('%s', (text, sentence) => {
    expect(documentCorrection(text)).toBe(sentence);
  });
  it.each([
    // (terms asked, a budget, a quote's quantity, a price found high: no bill said to be wrong)
    'Our policy is net-60 payment terms, not net-30. Can you change that in the contract?',
    'We only have budget for 45 users this year, can you invoice us in two parts?',
    'Can you invoice us for 45 seats instead of 60 from January?',
    'The quote shows 60 seats but we only need 45.',
    'The invoice should be 50% at signing and 50% at go-live.',
    'Honestly the bill is too high for what we use.',
    '发票能不能分三期开？',
    '我們只有45個帳號，報價可唔可以平啲？',
    '我觉得100个用户就够了，发票开专票。',
  ])('none in %s', (text) => {
    expect(documentCorrection(text)).toBeNull();
  });
});

describe('a field, its fix and its document in one sentence', () => {
  // (a long mail asks many things: a field named in one sentence, a figure "not 80" or "写的是" and the quote in others, is no
  // correction of our document; each row was one before)
  it.each([
    "We'd like to begin with 30 seats, not 45. Please send pricing in GBP with VAT shown. The earlier quote was in dollars.",
    'Few points: 1. We will start with 50 users only, not 80. 2. Kindly share pricing in INR including GST. 3. Is the data stored in India? The quote should follow once we confirm.',
    '第一期先开30个账号。价格麻烦按人民币报，写清楚税率。之前的报价单写的是美元。',
    '我們先開30個帳號。報價麻煩用新台幣，並註明稅率。上次的報價單寫的是美金。',
  ])('none across sentences: %s', (text) => {
    expect(documentCorrection(text)).toBeNull();
  });
  it.each([
    ['Thanks for the quick turnaround. The VAT number on the invoice is wrong, it should be GB123456789. Everything else looks fine.', 'The VAT number on the invoice is wrong, it should be GB123456789.'],
    ['谢谢。发票上的税号写错了，请重开一张。其他都没问题。', '发票上的税号写错了，请重开一张。'],
    ['謝謝。發票抬頭打錯了，請重開。其他沒問題。', '發票抬頭打錯了，請重開。'],
  ])('the correction in its own sentence of a longer mail: %s', (text, sentence) => {
    expect(documentCorrection(text, false)).toBe(sentence);
  });
});

describe('a bill read in linear time', () => {
  it('reads a figure then a long run of spaces in linear time', () => {
    // ('账单只有1' + 50,000 spaces + 'x' took 4.9 s: the spaces either side of an optional 个; a linear read takes milliseconds)
    for (const opening of ['账单只有1', '帳單只有1', '發票我哋得1']) {
      const text = opening + ' '.repeat(50_000) + 'x';
      const started = performance.now();
      expect(documentCorrection(text)).toBeNull();
      expect(performance.now() - started, opening).toBeLessThan(1_000);
    }
  });
});

const ourNote = { en: 'Hi Aoife, the December invoice is attached.', 'zh-Hans': '王总您好，本月发票已开出，请查收。', 'zh-Hant': '陳經理您好，本月發票已寄出，請查收。' } as const;

/** Their reply judged with the real reader, after our note; a customer (stored stage) or a buyer, with or without a CRM deal. */
function judged(text: string, locale: 'en' | 'zh-Hans' | 'zh-Hant', stage: StageId, crmStage?: string) {
  const at = NOW - 3 * DAY;
  const contact = { id: 'contact-bill' as ContactId, identities: ['test:bill'], sources: ['hubspot' as const], name: locale === 'en' ? 'Aoife Brennan' : '陳怡君', company: 'Fernhill Dairy', stage, stageChangedAt: NOW - 40 * DAY, createdAt: NOW - 90 * DAY, capturedAt: NOW - 40 * DAY };
  const deal: StoredDeal | null = crmStage
    ? { id: 'hubspot:deal:bill-1' as DealId, crm: 'hubspot', record: { type: 'deal', recordId: 'bill-1', name: 'Fernhill Dairy – Sensors', stage: crmStage, contacts: [], activity: [], fields: [] }, contactIds: [contact.id], createdAt: NOW - 90 * DAY, capturedAt: NOW - 3_600_000 }
    : null;
  return advise({
    playbook, now: NOW, locale, contact, deal,
    conversation: { subject: 'Invoice', messages: [{ direction: 'outbound', at: NOW - 6 * DAY, text: ourNote[locale] }, { direction: 'inbound', at, text }] },
    touches: [], lastWord: { at, text, reading: readReply(text, at) },
  });
}

describe('the judgment: the bill corrected today, no selling', () => {
  it.each<[string, 'en' | 'zh-Hans' | 'zh-Hant', StageId, string | undefined]>([
    // (were the contract-terms objection answered with payment milestones, or a complaint's 48-hour workaround)
    ["Sam - we've been billed for 60 licences this quarter, we only signed for 45. Finance won't pay the invoice until it's corrected.", 'en', 'deliver', 'closedwon'],
    ["Hi, the invoice amount doesn't match the contract. We were charged for 60 users and the payment terms on it say net 15, ours are net 45.", 'en', 'retain', undefined],
    ['Hello, we were overcharged on the last invoice — 60 seats instead of 45. Could you refund the difference?', 'en', 'deliver', 'Closed Won'],
    ['您好，这期账单多收了15个席位的费用，付款条件也和合同不一致，请核实。', 'zh-Hans', 'deliver', '赢单'],
    ['发票金额不对，应该是45个账号，麻烦重开。', 'zh-Hans', 'retain', undefined],
    ['張發票金額唔啱，應該係45個帳號，合約寫明45個，唔該重新開過。', 'zh-Hant', 'deliver', 'Closed Won'],
  ])('%s', (text, locale, stage, crmStage) => {
    const { situation, draft } = judged(text, locale, stage, crmStage);
    expect(situation.action.kind).toBe('answer_question');
    expect(situation.action.step).toBe('correction');
    expect(situation.stage.id).toBe(stage);
    expect(draft.body).not.toMatch(/50%|milestone|workaround|节点|節點|变通|變通/i);
  });
  it('a buyer in negotiation asking for net-60 stays the contract-terms objection', () => {
    const { situation } = judged('Hi Sam, we are fine with the scope but our policy is net-60 payment terms, not net-30. Can you change that in the contract?', 'en', 'negotiate', 'contractsent');
    expect(situation.action.kind).toBe('answer_objection');
    expect(situation.action.step).toBeUndefined();
  });
  it('a customer whose product is broken stays a complaint', () => {
    const { situation } = judged('The GPS sync has been failing since Monday and the drivers cannot see their routes.', 'en', 'deliver', 'Closed Won');
    expect(situation.action.kind).toBe('answer_complaint');
  });
});

describe('before any sale, a figure they only have asks for terms: no bill to correct', () => {
  const pitch = { en: 'Hi Aoife, our proposal for the sensors is attached: 60 seats on the annual plan.', 'zh-Hans': '王总您好，方案已附上：60个账号，年付。', 'zh-Hant': '陳經理您好，方案已附上：60個帳號，年付。' } as const;
  function beforeSale(text: string, locale: 'en' | 'zh-Hans' | 'zh-Hant', stage: StageId) {
    const at = NOW - 3 * DAY;
    const contact = { id: 'contact-buyer' as ContactId, identities: ['test:buyer'], sources: ['gmail' as const], name: locale === 'en' ? 'Aoife Brennan' : '陳怡君', company: 'Fernhill Dairy', stage, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 30 * DAY, capturedAt: NOW - 20 * DAY };
    return advise({
      playbook, now: NOW, locale, contact, deal: null,
      conversation: { subject: 'Proposal', messages: [{ direction: 'outbound', at: NOW - 6 * DAY, text: pitch[locale] }, { direction: 'inbound', at, text }] },
      touches: [], lastWord: { at, text, reading: readReply(text, at) },
    });
  }
  it.each<[string, 'en' | 'zh-Hans' | 'zh-Hant', StageId]>([
    // (were "Correct it and send it back today")
    ['We only have 45 staff, so per-seat billing would suit us better than the site licence. Can you quote for that?', 'en', 'present'],
    ['Can you invoice us quarterly? We only need 30 licences.', 'en', 'negotiate'],
    ['我们只有30个用户，发票可以按季度开吗？', 'zh-Hans', 'negotiate'],
    ['我們只有30個用戶，發票可以按季度開嗎？', 'zh-Hant', 'present'],
  ])('%s', (text, locale, stage) => {
    expect(beforeSale(text, locale, stage).situation.action.step).not.toBe('correction');
  });
});
