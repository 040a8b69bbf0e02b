import { describe, expect, it } from 'vitest';
import { decodeText, readFileText } from './file-text';

const JSON_TEXT = '{"name":"王伟 · 陳經理 · Zoë"}';
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((part) => [...part]));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('the text of an imported file', () => {
  it('reads UTF-8 with and without its mark, and UTF-16 either way round, with and without one', () => {
    const utf8 = new TextEncoder().encode(JSON_TEXT);
    expect(decodeText(utf8)).toBe(JSON_TEXT);
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8))).toBe(JSON_TEXT);
    expect(decodeText(bytes([0xff, 0xfe], utf16le(JSON_TEXT)))).toBe(JSON_TEXT);
    expect(decodeText(bytes([0xfe, 0xff], utf16be(JSON_TEXT)))).toBe(JSON_TEXT);
    expect(decodeText(utf16le(JSON_TEXT))).toBe(JSON_TEXT);
    expect(decodeText(utf16be(JSON_TEXT))).toBe(JSON_TEXT);
  });

  it('refuses GBK and Big5 (what Excel and Notepad save on a Chinese Windows) with how to save it again', async () => {
    // {"name":"王伟"} in GBK and {"name":"陳經理"} in Big5: neither is UTF-8, and a guess could spell names wrongly.
    const gbk = bytes(new TextEncoder().encode('{"name":"'), [0xcd, 0xf5, 0xce, 0xb0], new TextEncoder().encode('"}'));
    const big5 = bytes(new TextEncoder().encode('{"name":"'), [0xb3, 0xaf, 0xb8, 0x67, 0xb2, 0x7a], new TextEncoder().encode('"}'));
    expect(decodeText(gbk)).toBeUndefined();
    expect(decodeText(big5)).toBeUndefined();
    expect(await readFileText(new Blob([gbk]), 1024, 'zh-Hans')).toEqual({ ok: false, problems: [expect.stringContaining('以 UTF-8 编码另存')] });
    expect(await readFileText(new Blob([big5]), 1024, 'zh-Hant')).toEqual({ ok: false, problems: [expect.stringContaining('Big5')] });
    expect(await readFileText(new Blob([big5]), 1024)).toEqual({ ok: false, problems: [expect.stringContaining('save it again with the encoding UTF-8')] });
  });

  it('refuses a file over the limit before reading it', async () => {
    const huge = { size: 300 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read a file it should have refused')) };
    expect(await readFileText(huge, 256 * 1024 * 1024)).toEqual({ ok: false, problems: ['The file is 300 MB; at most 256 MB can be imported. Check that it is the right file.'] });
    expect(await readFileText(new Blob([JSON_TEXT]), 1024)).toEqual({ ok: true, text: JSON_TEXT });
  });
});
