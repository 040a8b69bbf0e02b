import { describe, expect, it } from 'vitest';
import { crmStillNote } from './cancelled';
import type { Situation, StageEvidence } from './types';

const signal: StageEvidence = { kind: 'buying-signal', stage: 'close', quote: 'Could you send the contract?' };
const judged = (step: Situation['action']['step'], crmBehind: StageEvidence | null = null) =>
  ({ stage: { id: crmBehind ? crmBehind.stage : 'deliver', stored: null, suggested: null, crmBehind, crmAhead: null, evidence: [] }, action: { kind: 'follow_up', step } }) as unknown as Pick<Situation, 'stage' | 'action'>;
const deal = (stage?: string) => ({ record: stage === undefined ? {} : { stage } });

describe('the header’s note on what the CRM still says', () => {
  it('a won deal called off in a newer message: cancelled, quoting the CRM’s own stage, in any CRM’s words', () => {
    expect(crmStillNote(judged('cancelled'), deal('Closed Won'))).toEqual({ kind: 'cancelled', crmStage: 'Closed Won' });
    expect(crmStillNote(judged('cancelled'), deal('赢单'))).toEqual({ kind: 'cancelled', crmStage: '赢单' });
    expect(crmStillNote(judged('cancelled'), deal('贏單'))).toEqual({ kind: 'cancelled', crmStage: '贏單' });
  });

  it('a thread past its CRM stage: behind, as before', () => {
    expect(crmStillNote(judged('request', signal), deal('需求确定'))).toEqual({ kind: 'behind', crmStage: '需求确定' });
  });

  it('nothing to note: a won deal going on as signed, a person with no deal, a deal with no stage read', () => {
    expect(crmStillNote(judged('kickoff'), deal('Closed Won'))).toBeNull();
    expect(crmStillNote(judged('cancelled'), null)).toBeNull();
    expect(crmStillNote(judged('cancelled'), deal())).toBeNull();
  });
});
