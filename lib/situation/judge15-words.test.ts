/**
 * The words read for judge15's situations, each a little way from the table's rows: a tender's
 * closing date, a signed deal called off, a notice not to renew, a lock-in with its notice date, a
 * signed customer's price concern; and what is none of them.
 */
import { describe, expect, it } from 'vitest';
import { cancelsTheDeal } from './cancelled';
import { lockedInUntilNotice } from './lock-in';
import { nonRenewalNotice } from './non-renewal';
import { postSalePriceConcern } from './post-sale-price';
import { tenderDeadline } from './tender';

const NOW = new Date(2026, 11, 3, 11).getTime();
const day = (at: number | null | undefined) => {
  if (at == null) return null;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('a tender and its closing date', () => {
  it.each([
    ['The RFP closes on Friday 18 December at noon; please confirm your intent to bid.', '2026-12-18'],
    ['Bids are due by December 18th, 2026 at 3:00 PM EST.', '2026-12-18'],
    ['Attached is our invitation to tender. The closing date is 15/12/2026.', '2026-12-15'],
    ['本次招标的截止时间为12月22日上午10点，请按时递交。', '2026-12-22'],
    ['請於12月18日中午前遞交投標文件。', '2026-12-18'],
  ])('%s → %s', (text, want) => {
    expect(day(tenderDeadline(text, NOW)?.at)).toBe(want);
  });
  it.each([
    'Your invoice is due 20 December, please pay on time.',
    'The proposal looks good, let us talk on 18 December.',
    '发票12月18日前开好就行。',
    'We lost the tender last year to a cheaper bid.',
  ])('none in %s', (text) => {
    expect(tenderDeadline(text, NOW)).toBeNull();
  });
});

describe('a signed deal called off', () => {
  it.each([
    'Unfortunately we have to cancel the purchase order we sent last week.',
    'Our CFO has withdrawn from the agreement.',
    "We won't be going ahead with the roll-out after all.",
    'The contract has been terminated by our legal team.',
    '这个项目我们决定终止合作。',
    '呢單我哋要取消喇，唔好意思。',
  ])('%s', (text) => {
    expect(cancelsTheDeal(text)).not.toBeNull();
  });
  it.each([
    "Can we cancel Thursday's call? Let's do it next week instead.",
    'We need to cancel the kick-off tomorrow and move it to Monday.',
    'Is there a cancellation clause in the contract?',
    '明天的会议取消了，改到下周一。',
  ])('not in %s', (text) => {
    expect(cancelsTheDeal(text)).toBeNull();
  });
});

describe('a notice not to renew', () => {
  it.each([
    ['We will not be renewing our licences when they expire on 28 February.', '2027-02-28'],
    ['This is our non-renewal notice; the current term ends 31 March 2027.', '2027-03-31'],
    ['明年合同到期就不续约了。', null],
    ['合約到期後我們不會續約。', null],
  ])('%s → ends %s', (text, ends) => {
    const notice = nonRenewalNotice(text, NOW);
    expect(notice).not.toBeNull();
    expect(day(notice?.ends)).toBe(ends);
  });
  it.each(['How do we renew for another year?', 'We will renew, but the 10% increase is hard to justify.', '续约的报价什么时候能发过来？'])('none in %s', (text) => {
    expect(nonRenewalNotice(text, NOW)).toBeNull();
  });
});

describe('a lock-in with its notice date', () => {
  it.each([
    ['We are locked into a contract with Blue Yonder; the notice window closes 30 April.', '2027-04-30'],
    ['我们和金蝶签了三年的合同，明年6月底前要通知对方才能解约。', '2027-06-30'],
  ])('%s → notice %s', (text, notice) => {
    expect(day(lockedInUntilNotice(text, NOW)?.notice)).toBe(notice);
  });
  it.each([
    // (a lock-in with no notice date is the competitor objection, answered: the table's Salesforce row)
    '我们已经在用 Salesforce 了, contract 还有一年才到期, 现在换的话 cost 太高了',
    'We are tied to Kinaxis and happy with them.',
    'Please give us notice by Friday if the meeting moves.',
  ])('none in %s', (text) => {
    expect(lockedInUntilNotice(text, NOW)).toBeNull();
  });
});

describe('a signed customer’s price concern', () => {
  it('is about value, unless it is the renewal’s price', () => {
    expect(postSalePriceConcern('说实话这个价格太贵了。', 'price')).toBe(true);
    expect(postSalePriceConcern('今年续费涨了这么多，说实话有点难接受。', 'price')).toBe(false);
    expect(postSalePriceConcern('The price is too high.', 'price', 'Renewal 2027')).toBe(false);
    expect(postSalePriceConcern('The support has been slow.', 'trust')).toBe(false);
  });
});
