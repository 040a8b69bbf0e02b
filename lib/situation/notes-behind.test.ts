/**
 * A record's own notes that contradict its stage field (probe4 hs01, sf01): a won deal whose MSA is still unsigned, a deal in
 * negotiation whose buyer has not seen a price. The CRM is ahead; the stage card says so, and no price is quoted back.
 */
import { describe, expect, it } from 'vitest';
import { notesBehindStage } from './notes-behind';

describe('notesBehindStage: the notes put the deal earlier than its stage field', () => {
  it.each([
    ['Call with Ben: legal is still reviewing our MSA (limitation of liability). Signature expected next week, not before.', 'deliver', 'close'],
    ['Verbal yes but the order form is still unsigned.', 'deliver', 'close'],
    ['刘总电话：合同还没签，法务还在审责任条款。', 'deliver', 'close'],
    ['陳經理說合約尚未簽，法務還在審。', 'retain', 'close'],
    ['Met with Priya 11/30 - no budget approved yet; she is still building the business case for the board and has not seen pricing.', 'negotiate', 'discover'],
    ['王总还没看到我们的报价，先要做内部立项。', 'negotiate', 'discover'],
    ['客戶尚未報價，先做需求訪談。', 'close', 'discover'],
  ] as const)('%s (%s)', (text, recordStage, stage) => {
    expect(notesBehindStage([text], recordStage)?.stage).toBe(stage);
  });
  it.each([
    // (signed, priced, or a stage field no further than the notes)
    ['Contract signed on Oct 30; kick-off booked.', 'deliver'],
    ['Sent pricing on 11/30; she is reviewing it with finance.', 'negotiate'],
    ['合同已签，一期上线深圳仓。', 'deliver'],
    ['報價已寄出，客戶在內部簽核。', 'negotiate'],
    ['Legal is still reviewing our MSA.', 'negotiate'],
    ['has not seen pricing yet', 'present'],
  ] as const)('none in %s (%s)', (text, recordStage) => {
    expect(notesBehindStage([text], recordStage)).toBeNull();
  });
});

describe('a follow-on still open beside a signed deal, or a sign-up: not behind its stage', () => {
  it.each([
    ['Kickoff done. Greg not signed up for the onboarding webinar yet - remind him.', 'deliver'],
    ['Not signed up for the webinar yet.', 'deliver'],
    ['MSA signed Dec 1. Phase-2 SOW still with legal, no rush.', 'deliver'],
    ['合同已签，补充协议还没签', 'deliver'],
    ['合約已簽，補充協議還沒簽', 'deliver'],
    ['Customer has not seen pricing for the add-on module (main deal signed).', 'negotiate'],
  ] as const)('%s', (text, stage) => expect(notesBehindStage([text], stage)).toBeNull());
  it.each([
    ['MSA still unsigned, legal reviewing.', 'deliver'],
    ['合同还没签', 'deliver'],
  ] as const)('still behind: %s', (text, stage) => expect(notesBehindStage([text], stage)).not.toBeNull());
});
