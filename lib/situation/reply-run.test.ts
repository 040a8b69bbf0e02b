import { describe, expect, it } from 'vitest';
import { lastReplyRun } from './reply-run';

const us = (text: string) => ({ direction: 'outbound' as const, text });
const them = (text: string) => ({ direction: 'inbound' as const, text });

describe('their last reply', () => {
  it('leaves out an away notice their own message followed', () => {
    expect(lastReplyRun([us('Tuesday 10am?'), them('Automatic reply: I am out of the office until 7 December.'), them('Back early - yes, Tuesday 10am works.')]).map((m) => m.text)).toEqual(['Back early - yes, Tuesday 10am works.']);
    expect(lastReplyRun([us('周二上午十点可以吗？'), them('自动回复：本人12月7日前休假，期间不查看邮件。'), them('提前回来了，周二上午十点可以。')]).map((m) => m.text)).toEqual(['提前回来了，周二上午十点可以。']);
    // The reader's away words, here too: Traditional script, Cantonese, a closed office.
    expect(lastReplyRun([us('下週二可以嗎？'), them('自動回覆：本人目前出差中，回覆可能延遲。'), them('唔好意思，週二得。')]).map((m) => m.text)).toEqual(['唔好意思，週二得。']);
    expect(lastReplyRun([us('Tuesday?'), them('Our offices are closed for the holidays until 2 January.'), them('Ignore that: Tuesday is fine.')]).map((m) => m.text)).toEqual(['Ignore that: Tuesday is fine.']);
  });

  it('keeps a message of theirs that only says they were away', () => {
    expect(lastReplyRun([us('Tuesday?'), them('I was on leave last week, sorry for the slow reply.'), them('Tuesday works.')])).toHaveLength(2);
  });

  it('keeps a notice that is the newest, and a run of their own words whole', () => {
    expect(lastReplyRun([us('Quote attached.'), them('Thanks!'), them("I'm out of the office until Monday.")])).toHaveLength(2);
    expect(lastReplyRun([us('Quote attached.'), them('Thanks.'), them('One question: is training included?')])).toHaveLength(2);
    expect(lastReplyRun([us('Quote attached.')])).toEqual([]);
  });

  it("is the newest sender's words when someone else on the thread wrote before them", () => {
    const from = (fromName: string, text: string, fromEmail?: string) => ({ direction: 'inbound' as const, text, fromName, ...(fromEmail ? { fromEmail } : {}) });
    const run = lastReplyRun([us('The quote is attached.'), from('Maya Patel', 'Thanks Sam. Adding Karen Doyle, who signs off on anything over 25k.', 'maya@x.example'), from('Karen Doyle', 'Karen here. I need the three-year cost first.', 'karen@x.example')]);
    expect(run.map((m) => ('fromName' in m ? m.fromName : null))).toEqual(['Karen Doyle']);
    expect(lastReplyRun([us('報價已附上。'), from('陳美玲', '加埋我哋財務總監。'), from('何家豪', '三年總成本係幾多？')]).map((m) => m.text)).toEqual(['三年總成本係幾多？']);
    // one sender in a row, or senders the page does not name: the run whole
    expect(lastReplyRun([us('Quote attached.'), from('Maya Patel', 'Thanks.'), from('Maya Patel', 'Is training included?')])).toHaveLength(2);
    expect(lastReplyRun([us('Quote attached.'), them('Thanks.'), from('Maya Patel', 'Is training included?')])).toHaveLength(2);
  });
});
