import type { StageId } from '../sop/stages';
import { threadStageEvidence } from './stage-evidence';
import type { SituationMessage, StageEvidence } from './types';

/**
 * Working days to wait for an answer after our last message carried the proposal, the quote or the
 * contract, by the stage it puts the deal at. The tier's cadence is for nurturing ("once a month"
 * for tier C); a proposal left a month unanswered has gone cold, so the first follow-up after sending
 * one comes sooner: a proposal is read in a few days, a quote or a contract waits on fewer people.
 */
const WAIT_AFTER: Partial<Record<StageId, number>> = { present: 3, negotiate: 2, close: 2 };

/** What our last message sent (a proposal, a quote, a contract) and how many working days to give it; null when it sent none of them. */
export function sentWithLastMessage(messages: readonly SituationMessage[], lastOut: number): { evidence: StageEvidence; days: number } | null {
  const last = [...messages].reverse().find((m) => m.direction === 'outbound' && m.at !== null);
  if (!last || last.at !== lastOut) return null;
  const sent = threadStageEvidence([last]).find((e) => e.kind === 'proposal' || e.kind === 'quote' || e.kind === 'contract-sent');
  const days = sent && sent.stage !== 'lost' ? WAIT_AFTER[sent.stage] : undefined;
  return sent && days !== undefined ? { evidence: sent, days } : null;
}
