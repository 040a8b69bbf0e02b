/**
 * Their own payment terms asked for once the price is fine ("our policy is net 90", 付款條件要月結90天, 账期要60天): the contract
 * track answers those terms in their words, not with the 50/30/20 milestones nobody asked for (probe4 fx03).
 */
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { paymentTermsNamed } from './terms-question';

/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const DAY = 86_400_000;

describe('paymentTermsNamed: the payment terms they name', () => {
  it.each([
    ['The price is fine, but our company policy is net 90.', 'net 90'],
    ['We can only do 90-day payment terms, that is group policy.', '90-day payment terms'],
    ['价格可以接受，不过账期要60天，这是公司规定。', '60天'],
    ['價格我們可以接受，不過付款條件要月結90天，這是公司規定。', '月結90天'],
    ['價錢OK，不過我哋要月結60日。', '月結60日'],
  ])('%s', (words, terms) => {
    expect(paymentTermsNamed(words)).toContain(terms);
  });
  it.each([
    'We need 90 days to roll it out across the sites.',
    'Can we pay in two instalments?',
    '我们90天内上线就可以。',
    '合約要簽三年嗎？',
  ])('none in %s', (words) => {
    expect(paymentTermsNamed(words)).toBeNull();
  });
});

const ourQuote = { en: 'Hi Dana, our final quote is attached: $52,000 a year for 60 users.', 'zh-Hans': '张经理您好，最终报价已附上：每年52万元，含60个账号。', 'zh-Hant': '張經理您好，最終報價已附上：每年150萬元，含一年保固。' } as const;

function judged(text: string, locale: 'en' | 'zh-Hans' | 'zh-Hant') {
  const at = NOW - 3 * DAY;
  const contact = { id: 'contact-terms' as ContactId, identities: ['test:terms'], sources: ['gmail' as const], name: locale === 'en' ? 'Dana Wu' : '張明德', company: 'Yung Shin Plastics', stage: 'negotiate' as const, stageChangedAt: NOW - 10 * DAY, createdAt: NOW - 60 * DAY, capturedAt: NOW - DAY };
  return advise({
    playbook, now: NOW, locale, contact, deal: null,
    conversation: { subject: 'Quote', messages: [{ direction: 'outbound', at: NOW - 8 * DAY, text: ourQuote[locale] }, { direction: 'inbound', at, text }] },
    touches: [], lastWord: { at, text, reading: readReply(text, at) },
  });
}

describe('the contract track answers the payment terms they named', () => {
  it.each<[string, 'en' | 'zh-Hans' | 'zh-Hant', RegExp]>([
    ["The price works for us, but our payment terms are net 90 and legal won't sign anything shorter.", 'en', /net 90/],
    ['价格可以接受，但我们的付款条件是月结90天，这是集团规定，合同里要写清楚。', 'zh-Hans', /月结90天/],
    ['價格我們可以接受，不過付款條件要月結90天，這是公司規定，合約要照這個寫。', 'zh-Hant', /月結90天/],
  ])('%s', (text, locale, terms) => {
    const { situation, draft } = judged(text, locale);
    expect(situation.action.kind).toBe('answer_objection');
    expect(draft.body).toMatch(terms);
    expect(draft.body).not.toMatch(/50%|30%|20%/);
  });
});
