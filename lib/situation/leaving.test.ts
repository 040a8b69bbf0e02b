import { describe, expect, it } from 'vitest';
import { leavingSoon } from './leaving';

describe('about to leave', () => {
  it('is their own word that they are going', () => {
    for (const text of ["Heads up - Friday is my last day here, I'm moving on to a new role.", "I've handed in my notice; my last day is the 18th.", "I'll be leaving Pennine at the end of the month.", '跟您说一声，我月底就离职了，后续对接人还在安排。', '下週五是我在公司的最後一天。', '我下個月就唔做喇，之後會有同事跟進。']) expect(leavingSoon(text), text).not.toBeNull();
  });

  it('is not someone else leaving, a leave, or a day off', () => {
    for (const text of ['Our CFO is leaving in March, so the budget waits.', "I'm leaving for the airport now, will read it tonight.", 'I am on leave until the 14th.', '我下周休假，回来再说。', '王经理已经离职了，请联系孙磊。', 'Is Friday your last day before the holidays?']) expect(leavingSoon(text), text).toBeNull();
  });
});
