import { describe, expect, it } from 'vitest';
import { asksOtherChannel } from './other-channel';
import { writerOf } from './writer';

describe('going on in another channel', () => {
  it('is asked in their words', () => {
    for (const text of ['加个微信聊吧，邮件我不常看，微信号 wf_coldchain。', "Can we move this to WhatsApp? I'm on the road most of the week.", 'Easier if you text me on WhatsApp: +971 50 123 4567', '信箱我比較少看，方便的話加我LINE比較快。', '有事直接打我手机吧']) expect(asksOtherChannel(text), text).not.toBeNull();
  });

  it('is not a word about their own tools', () => {
    for (const text of ['We use WeChat Work for the shop staff already.', '我们内部用钉钉，这个系统能对接吗？', 'Our team is on Slack, not Teams.']) expect(asksOtherChannel(text), text).toBeNull();
  });
});

describe('who wrote', () => {
  it('is the assistant who signs for them, or the colleague who took it over', () => {
    expect(writerOf("Good afternoon, I'm writing on behalf of Mr. Okafor, who is travelling.\n\nKind regards,\nGrace Adeyemi\nExecutive Assistant to Chidi Okafor")).toBe('Grace');
    expect(writerOf("Hi, I'm taking over this project from Anna, who moved to another team. Could you send me the latest proposal?\n\nBest,\nErik Lund")).toBe('Erik');
  });

  it('is never the sign-off word', () => {
    expect(writerOf('Maria asked me to reply on her behalf.\n\nBest,\nKevin')).toBe('Kevin');
    expect(writerOf('Thanks for the quote.\n\nBest,\nMaria')).toBeNull();
  });
});
