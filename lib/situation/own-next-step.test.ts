import { describe, expect, it } from 'vitest';
import { dateNamedIn } from '../reader/time-expressions';
import { ownNextStepInNote } from './promise';

/** Probe 2, V: the next step the rep set in their own note is ours on its day, whatever else the note says. */
const NOTED = new Date(2026, 11, 3, 15).getTime();
const dayOf = (clause: string) => dateNamedIn(clause, NOTED);
const ymd = (at: number) => { const d = new Date(at); return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`; };

describe('ownNextStepInNote: the rep’s own next step, on the day it names', () => {
  it.each([
    ['scope agreed for 2 depots. Next step: I send the revised SOW on Thursday 10 December, Tom reviews with ops the week after.', '2026-12-10'],
    ['Good call. Next steps - we send pricing for both sites by Friday 11 Dec.', '2026-12-11'],
    ['Action: send the security pack on 9 December', '2026-12-9'],
    ['Agreed on the pilot scope. I send the pilot plan on Tuesday 8 December.', '2026-12-8'],
    ['范围确认两个仓库。下一步：我12月10日把修改后的SOW发过去，客户下周内部评审。', '2026-12-10'],
    ['下一步：12月9日前寄報價給陳經理。', '2026-12-9'],
    // ours with no subject or with us as it, the customer only the object
    ['跟进：给刘总发报价单，12月9日前', '2026-12-9'],
    ['下一步：我們12月11日前寄修訂版合約給陳總。', '2026-12-11'],
    ['后续：我方12月10日提交修改后的方案', '2026-12-10'],
    ['待辦：Dec 9前寄報價給Tom', '2026-12-9'],
    // a long object or person brought before the verb (给…, 把…): still ours, on its day
    ['下一步：给刘总12月9日前发报价单', '2026-12-9'],
    ['下一步：给华南冷链的刘总12月9日前发报价单', '2026-12-9'],
    ['下一步：周四前把三个仓库的报价单发给刘总', '2026-12-10'],
    ['下一步：12月10日前把修改後的三年期合約寄給陳經理', '2026-12-10'],
    ['跟進：俾陳生12月9日前send份新quotation', '2026-12-9'],
    ['Next step: send Anna the revised three-year order form by Wednesday 9 December', '2026-12-9'],
  ])('%s', (note, day) => {
    const step = ownNextStepInNote(note, dayOf);
    expect(step && ymd(step.at)).toBe(day);
  });

  it.each([
    // their step, not ours
    ['Next step: Tom reviews the SOW with ops on Thursday 10 December.'],
    ['下一步：客户12月10日内部评审。'],
    // theirs with a long object before the verb: still theirs
    ['下一步：刘总12月9日前把签好的PO发给我们'],
    ['跟進：陳經理週四前把簽好的合約寄回給我們'],
    ['下一步：等刘总12月9日前确认报价'],
    // their step with a verb of ours in it: the customer, the other side, he or she, a name or a name and title is its subject
    ['下一步：客户12月10日发PO给我们'],
    ['下一步：客戶12月10日發PO給我們。'],
    ['下一步：刘总12月7日约财务一起开会'],
    ['下一步：陳總12月7日約財務一起開會。'],
    ['下一步：对方12月11日前寄回签好的合同'],
    ['下一步：對方12月11日前寄回簽好的合約'],
    ['跟进：客户12月10日提交内部审批'],
    ['跟進：王經理12月10日提交內部審批。'],
    ['下一步：陳生12月10日發報價單過來'],
    ['下一步：她12月11日前寄回合同'],
    ['下一步：Tom 12月10日发PO给我们'],
    ['Next step: Tom sends the PO on Thursday 10 December.'],
    ['Next step: the client sends the PO on Thursday 10 December.'],
    // ours, with no day: no day to hold it to
    ['Next step: I send the revised SOW.'],
    // a condition is no plan
    ['Next step: if legal agrees, we send the contract on 10 December.'],
    // a habit with no label and no day
    ['We send them a report every month.'],
  ])('no step of ours on a day: %s', (note) => {
    expect(ownNextStepInNote(note, dayOf)).toBeNull();
  });
});
