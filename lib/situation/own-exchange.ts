/*
 * Whether a record has an exchange of its own: the one rule the judgment (lib/situation/judge.ts)
 * reads another record of the person by, and Today's index decides by whether to look for one
 * (lib/situation/gather.ts, `mayUseSamePerson`). Pure: the judgment stays pure, and the panel's
 * first chunk (which gathers) does not carry the judgment to know it.
 */

/** Whether a text holds any word (letters or characters), not only a date or a number. */
export function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** What of a record the rule reads: its touches, its thread's messages, their last words, its deal. */
export interface ExchangeFields {
  touches: readonly unknown[];
  conversation: { messages?: readonly unknown[] | undefined } | null;
  lastWord: { text: string } | null;
  deal: unknown;
}

/**
 * Whether the record has an exchange of its own: a touch, a message of a thread, last words of
 * theirs that hold a word (not only a date), a deal. A record with none starts from another record
 * of the person that has a conversation (her LinkedIn profile beside her Gmail thread), not over.
 */
export function hasOwnExchange(record: ExchangeFields): boolean {
  return record.touches.length > 0 || (record.conversation?.messages?.length ?? 0) > 0 || (record.lastWord !== null && hasWords(record.lastWord.text)) || (record.deal !== null && record.deal !== undefined);
}

/**
 * Whether they have written to us on this record: a message of theirs in the thread or an inbound touch (a demo
 * answered counts for the tier, lib/engine/bant.ts; an email they only opened is no touch of theirs).
 */
export function heardFrom(record: { touches: readonly { direction: 'inbound' | 'outbound' }[]; conversation: { messages?: readonly { direction: 'inbound' | 'outbound' }[] | undefined } | null }): boolean {
  return record.touches.some((t) => t.direction === 'inbound') || (record.conversation?.messages ?? []).some((m) => m.direction === 'inbound');
}

/**
 * A demo held (the thread's evidence of one) and answered in words of theirs that engage with it: a question, or a reply
 * with no objection in it; which the tier counts (lib/engine/bant.ts). Not an auto-reply, a request to stop, nor an
 * objection ("we already use Athenahealth and are happy with them": the need is what is in doubt).
 */
export function demoAnswered(
  evidence: readonly { kind: string }[],
  record: Parameters<typeof heardFrom>[0],
  reading: { category: string; question?: unknown; stop?: unknown; outOfOffice?: unknown } | null,
): boolean {
  const engaged = reading === null || (!reading.stop && !reading.outOfOffice && (reading.category === 'none' || Boolean(reading.question)));
  return engaged && evidence.some((e) => e.kind === 'demo') && heardFrom(record);
}
