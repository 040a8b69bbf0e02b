/**
 * The judgment's cost on a heavy page: a 50-message thread and a contact with 500 touches, on a
 * deal. Timed as the panel runs it: reading their last words, then the judgment with its draft
 * and SPIN questions. Target: under 5 ms in Node.
 */
import type { Contact, ContactId } from '../lib/contacts/schema';
import { DEFAULT_PLAYBOOK } from '../lib/playbook/default-playbook';
import { readReply } from '../lib/reader/read-reply';
import { advise } from '../lib/situation/advise';
import type { SituationDeal, SituationInput, SituationMessage } from '../lib/situation/types';
import { round, summarise, time } from './bench-stats';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 4, 10).getTime();

const OURS = [
  'Thanks for the call today. As promised, the proposal is attached, with the pilot scope and timeline.',
  'Following up on the proposal: happy to walk your finance team through the numbers.',
  'Here is the case study from a distributor of your size; their stock turns went from 4 to 6 a year.',
  '附件是报价单，按 120 个账号计算，含首年实施和培训。',
];
const THEIRS = [
  'Thanks, we are reviewing it internally this week.',
  'Could you send the integration details for our ERP?',
  'The team liked the demo. Our IT lead will have questions about single sign-on.',
  '我们内部还在讨论，下周给你答复。',
];

function thread(): SituationMessage[] {
  const messages: SituationMessage[] = [];
  for (let i = 0; i < 49; i++) {
    const ours = i % 2 === 0;
    messages.push({ direction: ours ? 'outbound' : 'inbound', at: NOW - (60 - i) * DAY, text: (ours ? OURS : THEIRS)[i % 4] ?? '' });
  }
  messages.push({ direction: 'inbound', at: NOW - DAY, text: 'Hi Sam,\n\nThanks for the revised quote. Honestly the price is still too high for us at 48k, and finance wants to wait until after Chinese New Year. Is there any flexibility on the payment terms?\n\nBest,\nMei' });
  return messages;
}

export function benchJudgment(results: Record<string, number>): void {
  const contact: Contact = {
    id: 'c1' as ContactId,
    identities: ['email:mei@example.com'],
    sources: ['gmail', 'linkedin'],
    name: 'Mei Lin Chen',
    company: 'Orchid Precision Manufacturing',
    title: 'Head of Operations',
    headline: 'Operations at a precision parts maker',
    stage: 'present',
    stageChangedAt: NOW - 40 * DAY,
    createdAt: NOW - 400 * DAY,
    capturedAt: NOW,
    bant: { budget: 'unknown', authority: 'influencer', need: 'clear', timelineMonths: 6 },
  };
  const touches = Array.from({ length: 500 }, (_, i) => ({ at: NOW - 2 * DAY - (499 - i) * 0.8 * DAY, direction: i % 3 === 0 ? ('inbound' as const) : ('outbound' as const) }));
  const deal: SituationDeal = {
    crm: 'salesforce',
    capturedAt: NOW,
    record: {
      type: 'deal',
      recordId: '006x',
      name: 'Orchid – Scheduling',
      stage: 'Proposal/Price Quote',
      amount: '$48,000.00',
      amountValue: 48_000,
      closeAt: NOW + 40 * DAY,
      contacts: [{ name: 'Mei Lin Chen', role: 'Decision Maker', email: 'mei@example.com' }],
      activity: [{ text: 'Call with Mei: pricing review next week.', at: NOW - 3 * DAY }],
      fields: [{ label: 'Amount', value: '$48,000.00' }],
    },
  };
  const messages = thread();
  const last = messages.at(-1);
  const base: Omit<SituationInput, 'lastWord'> = { playbook: DEFAULT_PLAYBOOK, now: NOW, locale: 'en', contact, deal, conversation: { subject: 'Re: Proposal for Orchid', messages }, touches };
  const read = () => readReply(last?.text ?? '', last?.at ?? NOW);
  const reading = read();
  const judged = () => advise({ ...base, lastWord: { at: last?.at ?? NOW, text: last?.text ?? '', reading } });
  const kind = judged().situation.action.kind;
  if (kind !== 'answer_objection' && kind !== 'snooze') throw new Error(`bench judgment: unexpected action ${kind}`);
  const only = summarise(time(judged, 2000, 200));
  const whole = summarise(time(() => advise({ ...base, lastWord: { at: last?.at ?? NOW, text: last?.text ?? '', reading: read() } }), 2000, 200));
  results['judgment.50_messages_500_touches.median_ms'] = round(only.median);
  results['judgment.50_messages_500_touches.p95_ms'] = round(only.p95);
  results['judgment.with_reading.median_ms'] = round(whole.median);
  results['judgment.with_reading.p95_ms'] = round(whole.p95);
}
