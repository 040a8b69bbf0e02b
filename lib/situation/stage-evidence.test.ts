import { describe, expect, it } from 'vitest';
import { threadStageEvidence } from './stage-evidence';

const kinds = (...texts: string[]) => threadStageEvidence(texts.map((text) => ({ direction: 'inbound' as const, at: null, text }))).map((e) => `${e.kind}:${e.stage}`);

describe('what a thread shows of how far a deal has come', () => {
  it('a pilot, a trial or a proof of concept on the table is presentation, whichever side names it', () => {
    expect(kinds('Following our call: a four-week pilot on two kitchens, starting October 1.')).toEqual(['pilot:present']);
    expect(kinds('The pilot sounds good to me, but I need my boss to sign off.')).toEqual(['pilot:present']);
    expect(kinds('Could we run a 30-day trial with the night shift first?')).toEqual(['pilot:present']);
    expect(kinds('试点方案我们看了，下周和财务聊一下。')).toContainEqual('pilot:present');
    expect(kinds('我們想先試用兩週再決定。')).toEqual(['pilot:present']);
  });

  it('refusing a pilot, a pilot as a job, and a probation period are not', () => {
    expect(kinds('We don’t need a pilot, just send the price.')).not.toContain('pilot:present');
    expect(kinds("We don't need a trial.")).toEqual([]);
    expect(kinds('不用试用了，我们暂时不考虑。')).toEqual([]);
    expect(kinds('新员工试用期三个月。')).toEqual([]);
    expect(kinds('I was a pilot for twelve years before moving into operations.')).toEqual([]);
    expect(kinds('We are in the middle of a clinical trial, so the lab is busy until May.')).toEqual([]);
    expect(kinds('Our GC is tied up with a court trial this month.')).toEqual([]);
  });

  it('the signed copy coming back is a signed contract, in any words', () => {
    expect(kinds('Signed and attached. Looking forward to kick-off!')).toContain('signed:deliver');
    expect(kinds('Here is the signed agreement, countersigned by our CFO.')).toContain('signed:deliver');
    expect(kinds('合同已签字盖章，附上扫描件。')).toContain('signed:deliver');
    expect(kinds('合約已簽名，寄回給您了。')).toContain('signed:deliver');
    expect(kinds('Could you send the signed copy once your side has it?')).not.toContain('signed:deliver');
  });

  it('a quote still outranks a pilot', () => {
    expect(kinds('The pilot went well. Attached is the quote for the full rollout.')[0]).toBe('quote:negotiate');
  });
});
