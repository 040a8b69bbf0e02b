import { describe, expect, it } from 'vitest';
import { busyNow, pausedWithoutDay } from './pause';

describe('a bad moment', () => {
  it.each(['In a meeting, can I call you back later?'.replace('?', ''), "Can't talk right now, driving.", 'busy atm, talk later', 'Not a good time, speak tomorrow', '在忙，晚点聊', '正在开会，稍后再联系', '開會中，晚點再聊', '而家唔得閒，遲啲傾', '開緊會，遲啲再傾', 'Not a good time to talk, call me tomorrow', "I'm driving, call you back later", 'driving rn', '在开车，晚点聊', 'bad moment right now, on a call'])('%j is a bad moment, tried again soon', (text) => {
    expect(busyNow(text)).not.toBeNull();
  });

  it.each(['Not interested, busy enough as it is. Remove me.', 'We are busy with the ERP project until March, talk later.', '这阵子在忙预算，下个月再聊', '在忙，不需要，谢谢', '我哋而家唔需要，遲啲傾都唔使', 'Thanks for the demo. Our team is busy right now with year-end close, so let us pick this up in the new year when things calm down and the budget is set; I will ping you.', 'Sorry, not a good time for us.', 'Bad time for us, we are in the middle of a restructure.', '现在在忙，你们的方案我们不考虑', 'We are driving growth with our current tool and are not looking.', '在忙，暫時不考慮', 'On a call. Happy with our existing provider, no thanks.', 'not interested rn, in meetings all day'])('%j is more than a bad moment', (text) => {
    expect(busyNow(text)).toBeNull();
  });

  it('is not a pause with no day', () => {
    expect(pausedWithoutDay('在忙，晚点聊')).toBeNull();
    expect(pausedWithoutDay('The project is on hold until further notice.')).not.toBeNull();
  });
});
