import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import type { CrmRecord } from '../sites/extraction-schema';
import { judgeSituation } from './judge';
import { replySubject, situationSpin, trackText } from './draft';
import type { SituationInput } from './types';

const NOW = new Date(2026, 11, 4, 10).getTime();
const DAY = 86_400_000;

function input(contact: Partial<NonNullable<SituationInput['contact']>>, stage: NonNullable<SituationInput['contact']>['stage'] = 'prospect'): SituationInput {
  return {
    playbook,
    now: NOW,
    locale: 'en',
    contact: { name: 'Alex Doe', stage, createdAt: NOW - 10 * DAY, sources: ['linkedin'], ...contact },
    deal: null,
    conversation: null,
    touches: [],
    lastWord: null,
  };
}

describe('SPIN questions for the person in front of the rep', () => {
  it.each([
    ['a finance director at a retailer gets no shift-scheduling question', { title: 'Finance Director', company: 'Northwind Retail Stores' }, 'staff_scheduling'],
    ['a pharma head of quality gets no teacher-admin question', { title: 'Head of Quality', headline: 'Head of Quality at a pharma manufacturer', company: 'Nordlicht Pharma' }, 'teacher_workload'],
    ['a person whose industry cannot be told gets only questions that fit every industry', { title: 'Head of Operations' }, 'teacher_workload'],
  ])('%s', (_, contact, unwanted) => {
    const i = input(contact);
    const spin = situationSpin(i, judgeSituation(i), 'en', 8);
    expect(spin.length).toBeGreaterThan(0);
    expect(spin.map((q) => q.painId)).not.toContain(unwanted);
  });

  it('asks situation and problem questions until discovery ends, implication and need-payoff after', () => {
    for (const [stage, phases] of [
      ['prospect', ['situation', 'problem']],
      ['discover', ['situation', 'problem']],
      ['present', ['implication', 'need_payoff']],
      ['negotiate', ['implication', 'need_payoff']],
    ] as const) {
      const i = input({ title: 'Plant Manager', company: 'Orchid Precision Manufacturing' }, stage);
      const spin = situationSpin(i, judgeSituation(i), 'en', 4);
      expect(new Set(spin.map((q) => q.phase))).toEqual(new Set(phases));
    }
  });
});

describe('talk tracks with the deal’s own numbers', () => {
  const roi = playbook.objections.find((o) => o.id === 'price')?.responses.find((r) => r.trackId === 'price-roi');
  const record = (amount: string | undefined, amountValue: number | undefined): CrmRecord => ({
    type: 'deal',
    recordId: '1',
    name: 'Deal',
    contacts: [],
    activity: [],
    fields: [],
    ...(amount ? { amount } : {}),
    ...(amountValue !== undefined ? { amountValue } : {}),
  });
  it('uses the amount when the deal has one, and no numbers when it has none', () => {
    if (!roi) throw new Error('no price-roi track');
    const deal = (r: CrmRecord) => ({ deal: { crm: 'salesforce' as const, record: r, capturedAt: NOW } });
    expect(trackText(roi, 'en', deal(record('$48,000.00', 48_000)))).toBe('At $48,000 a year, it pays for itself once it saves about $4,000 a month; shall we check that against your own figures?');
    expect(trackText(roi, 'zh-Hans', deal(record('45万', 450_000)))).toContain('每月省下约 3.75万');
    // The monthly figure is grouped as the amount was written: lakhs stay lakhs, a European amount keeps its dots.
    expect(trackText(roi, 'en', deal(record('₹ 42,00,000.00', 4_200_000)))).toContain('about ₹ 3,50,000 a month');
    // The amount without cents that are all zero, in every language ("₹ 42,00,000.00 a year" read as a price list).
    expect(trackText(roi, 'en', deal(record('₹ 42,00,000.00', 4_200_000)))).toContain('At ₹ 42,00,000 a year');
    expect(trackText(roi, 'zh-Hans', deal(record('€ 48.000,00', 48_000)))).toContain('一年 € 48.000，');
    expect(trackText(roi, 'zh-Hant', deal(record('₹ 42,00,000.00', 4_200_000)))).toContain('₹ 3,50,000');
    expect(trackText(roi, 'en', deal(record('€ 48.000,00', 48_000)))).toContain('about € 4.000 a month');
    expect(trackText(roi, 'en', deal(record('CHF 120’000', 120_000)))).toContain('CHF');
    const plain = trackText(roi, 'en', deal(record(undefined, undefined)));
    expect(plain).not.toMatch(/\d/);
    expect(trackText(roi, 'en', { deal: null })).toBe(plain);
  });
});

describe('replySubject', () => {
  it.each([
    ['Proposal for Orchid', 'Re: Proposal for Orchid'],
    ['RE: Re: Proposal', 'Re: Proposal'],
    ['回复：报价', 'Re: 报价'],
    ['Fwd: pricing', 'Re: pricing'],
  ])('%s → %s', (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });
});
