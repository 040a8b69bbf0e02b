import { describe, expect, it } from 'vitest';
import { activityVoice, isOwnLog, withoutActivityLabel } from './activity-voice';

/**
 * Probe 2, cause V: a rep's note that opens with our own move ("Offered Rob 10% off…", "Explained all data stays in
 * Frankfurt…", 已向客户说明…) and then says how they took it. The customer's words are what follows our move,
 * never the move itself (read as theirs, our offer became their competitor objection, our answer their security review).
 */
describe('a note opening with our own move, then their reaction', () => {
  it('reads their reaction, not our move, as their words', () => {
    const rows: [string, string[], string][] = [
      ['Offered Rob 10% off if they sign by 31 December (month-end). He liked it and is checking with their CFO on Monday.', ['Rob Sinclair'], 'He liked it and is checking with their CFO on Monday.'],
      ['Explained all data stays in Frankfurt, EU only, with the DPA. Clara: ok, that answers it, go ahead and send the proposal.', ['Clara Dubois'], 'ok, that answers it, go ahead and send the proposal.'],
      ['Walked them through the SSO setup again; Priya wrote: fine, we are good on that now.', ['Priya Shah'], 'fine, we are good on that now.'],
      ['Clarified the onboarding fee is one-off. She said: "makes sense, let me talk to finance."', ['Jo Park'], 'makes sense, let me talk to finance.'],
      ['已向客户说明和用友U8的接口方案。客户说：好的明白了，这样没问题。', ['马总'], '好的明白了，这样没问题。'],
      ['给马总提了九折，月底前签有效。马总说要考虑一下，下周给答复。', ['马总'], '马总说要考虑一下，下周给答复。'],
      ['已經解釋咗資料全部存喺香港機房。陳生話：咁冇問題，出份quotation嚟啦。', ['陳生'], '咁冇問題，出份quotation嚟啦。'],
    ];
    for (const [note, names, words] of rows) expect(withoutActivityLabel(note, names), note).toBe(words);
  });

  it('their words after our move are quoted as theirs; our move with their reaction reported stays the rep’s note', () => {
    expect(activityVoice('Explained all data stays in Frankfurt, EU only, with the DPA. Clara: ok, that answers it, go ahead and send the proposal.', ['Clara Dubois'])).toBe('quoted');
    expect(activityVoice('已向客户说明和用友U8的接口方案。客户说：好的明白了，这样没问题。')).toBe('quoted');
    expect(activityVoice('Offered Rob 10% off if they sign by 31 December (month-end). He liked it and is checking with their CFO on Monday.', ['Rob Sinclair'])).toBe('note');
  });

  it('our move alone is a touch of ours, not their word', () => {
    for (const note of ['Offered a 10% discount for a two-year term.', 'Explained the SSO setup to their IT lead.', '已向客户说明接口方案', '已說明報價有效期到月底', '給客戶提了九折']) expect(isOwnLog(note), note).toBe(true);
  });

  it('leaves a note alone when their words come first, or nothing of theirs follows our move', () => {
    const rows: [string, string][] = [
      // their words first: nothing of ours to drop
      ['Rob said the price is too high. Offered 5% if they sign this month.', 'Rob said the price is too high. Offered 5% if they sign this month.'],
      ['客户说价格太高。我们提了九五折。', '客户说价格太高。我们提了九五折。'],
      // a manual (说明书) is no explanation of ours
      ['说明书收到了，下周安排培训。', '说明书收到了，下周安排培训。'],
      // an offer they made is theirs
      ['They offered to pilot it in one depot first.', 'They offered to pilot it in one depot first.'],
    ];
    for (const [note, words] of rows) expect(withoutActivityLabel(note, ['Rob Sinclair']), note).toBe(words);
  });
});
