import { describe, expect, it } from 'vitest';
import { readReply } from '../reader/read-reply';
import { prospectLanguage } from './language';

const NOW = new Date(2026, 11, 7, 10).getTime();

/** The language to write in after their reply `text` to our message `ours`, to someone in `location`. */
function languageAfter(ours: string, text: string, location = '') {
  const at = NOW - 3_600_000;
  return prospectLanguage({
    contact: { name: '林雅婷', location },
    deal: null,
    conversation: { subject: '', messages: [{ direction: 'outbound', at: NOW - 86_400_000, text: ours }, { direction: 'inbound', at, text }] },
    lastWord: { at, text, reading: readReply(text, at) },
  } as unknown as Parameters<typeof prospectLanguage>[0]);
}

describe('a Chinese reply too short to show its script is answered in the thread’s script', () => {
  it.each([
    ['林小姐您好，方便的話我先寄報價給您參考？', '好的'],
    ['陳生你好，我哋下星期二可唔可以傾一傾？', '可以'],
    ['您好，附件是報價單，請查收。', '收到，感恩'],
  ])('our 繁體 message, then “%s” … “%s” → zh-Hant', (ours, reply) => {
    expect(languageAfter(ours, reply)).toBe('zh-Hant');
  });

  it('no Chinese in the thread: their place says Traditional', () => {
    expect(languageAfter('Hi, shall I send the quote?', '好的', 'Taipei, Taiwan')).toBe('zh-Hant');
  });

  it.each([
    ['您好，方便的话我先把报价发给您？', '好的'],
    ['林小姐您好，方便的話我先寄報價給您參考？', '好的，发过来吧，我们这边再看看'],
    ['林小姐您好，方便的話我先寄報價給您參考？', '谢谢，请发我邮箱'],
  ])('a 简体 thread, or a reply long enough to show 简体, stays zh-Hans: “%s” … “%s”', (ours, reply) => {
    expect(languageAfter(ours, reply)).toBe('zh-Hans');
  });
});
