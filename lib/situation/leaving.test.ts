import { describe, expect, it } from 'vitest';
import { handoverTo, leavingSaid, leavingSoon } from './leaving';

describe('about to leave', () => {
  it('is their own word that they are going', () => {
    for (const text of ["Heads up - Friday is my last day here, I'm moving on to a new role.", "I've handed in my notice; my last day is the 18th.", "I'll be leaving Pennine at the end of the month.", '跟您说一声，我月底就离职了，后续对接人还在安排。', '下週五是我在公司的最後一天。', '我下個月就唔做喇，之後會有同事跟進。']) expect(leavingSoon(text), text).not.toBeNull();
  });

  it('is not someone else leaving, a leave, or a day off', () => {
    for (const text of ['Our CFO is leaving in March, so the budget waits.', "I'm leaving for the airport now, will read it tonight.", 'I am on leave until the 14th.', '我下周休假，回来再说。', '王经理已经离职了，请联系孙磊。', 'Is Friday your last day before the holidays?']) expect(leavingSoon(text), text).toBeNull();
  });
});

describe('about to leave, in more words (fixP: probe4 cause 2)', () => {
  it.each([
    '我这个月底离职，后面的事情由同事接手。',
    '我下个月调去集团总部了，这边的项目会交给副总监。',
    '跟你講聲，我12月18號離職，之後會由陳小姐跟進。',
    '我下個月調去台中廠，這個案子會交接給同事。',
    "I'm being transferred to our Singapore office in January.",
  ])('the writer going: %s', (text) => {
    expect(leavingSoon(text)).not.toBeNull();
  });

  it.each([
    '我下个月调休两天，回来再聊。',
    '我们下个月调整一下价格。',
    '我上个月已经离职了。',
    '我下週去台中出差。',
    "I'm transferring the file to you now.",
  ])('not the writer going: %s', (text) => {
    expect(leavingSoon(text)).toBeNull();
  });
});

describe('about to leave, said of them in a note (fixP: probe4 cause 2)', () => {
  it.each([
    ['Greg - leaving the company Dec 18, happy to intro Linda', 'Greg'],
    ['Champion Greg Hollis leaving Dec 18 (told me on call 12/3). Replacement TBD.', 'Greg Hollis'],
    ["Spoke to Anita: she's leaving at the end of the month, Raj takes over.", null],
    ['周总监电话里说他下个月调去集团总部，这个项目交给副总监吴磊负责。', null],
    ['王经理月底离职，后续由刘敏跟进。', '王经理'],
    ['陳生話佢下個月就唔做喇，之後由Karen跟進。', null],
    ['林經理下週五是最後一天上班，後續會由業務部的張小姐接手。', '林經理'],
  ])('%s → %s', (text, who) => {
    expect(leavingSaid(text)).toMatchObject({ who });
  });

  it.each([
    'Greg leaving for the trade show Monday, back Thursday.',
    'Our CFO is leaving in March, so the budget waits.',
    'Tom left the company last week; Rita Gomez is the new buyer.',
    'Left a voicemail for Greg.',
    '他下周去上海出差，回来再约。',
    '王经理下个月休假两周。',
    '他们下个月调整预算。',
    'Greg is leaving early today, call tomorrow.',
    'Greg leaving Dec 18 for the holidays, back Jan 4.',
    'Anita - leaving on 20 December, back in the office on the 6th.',
  ])('not: %s', (text) => {
    expect(leavingSaid(text)).toBeNull();
  });
});

describe('leaving is a job change only, not a trip, a move of office, a phase, a chair or a rumour (fixR1: H1)', () => {
  it.each([
    'Greg says she is leaving London on the 12th to visit our plant in Leeds',
    'he is moving on to the next phase of the rollout in January',
    'Greg is leaving Dec 18 for the airport.',
    'Sarah is stepping down as chair of the committee but stays as our CFO.',
    'John is leaving the company? No, that was a rumour.',
    '我12月15号调到新办公室，地址变了',
    '周总监电话里说他下个月调去上海出差两周',
    '李总下个月调到新办公室办公',
    '他12月18号调到三楼',
    '我下周调到财务部门那边开会',
    '他下周就离职的同事的工作由我接手',
    '我下週調到新辦公室，地址變了',
  ])('not leaving: %s', (text) => {
    expect(leavingSaid(text)).toBeNull();
    expect(leavingSoon(text)).toBeNull();
  });

  it.each([
    'Greg - leaving the company Dec 18, happy to intro Linda',
    '我下个月调去集团总部了，这边的项目会交给副总监。',
    '周总监电话里说他下个月调去集团总部，这个项目交给副总监吴磊负责。',
    '我下個月調去台中廠，這個案子會交接給同事。',
  ])('still leaving: %s', (text) => {
    expect(leavingSaid(text) ?? leavingSoon(text)).not.toBeNull();
  });
});

describe('handoverTo: a day or a department is no successor (fixR1: H3)', () => {
  it.each([
    "Heads up - I'm leaving the company at the end of the month. I can intro Monday if that works for you.",
    "Heads up - I'm leaving the company at the end of the month. I'll connect you with IT before I go.",
    'I can intro Monday',
    "I'll connect you with IT.",
  ])('none in %s', (text) => {
    expect(handoverTo(text)).toBeNull();
  });

  it('still a name: happy to intro Linda (linda@acme.com)', () => {
    expect(handoverTo('Greg - leaving the company Dec 18, happy to intro Linda (linda@acme.com)')).toMatchObject({ name: 'Linda', email: 'linda@acme.com' });
  });
});
