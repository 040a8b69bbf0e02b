import { describe, expect, it } from 'vitest';
import { sentenceAt, withoutSalutation } from './sentence';

describe('a greeting before their words is not quoted', () => {
  it('drops the greeting that opens the words, in several voices and three languages', () => {
    const cases: [string, string][] = [
      ['Hi Sam, it is a real pain, yes.', 'it is a real pain, yes.'],
      ['hi sam, it is a real pain', 'it is a real pain'],
      ['Dear Ms Chen, we need the quote.', 'we need the quote.'],
      ['Good morning all – the pilot looks good.', 'the pilot looks good.'],
      ['Hey there! Could you send it?', 'Could you send it?'],
      ['王总，确实是个痛点。', '确实是个痛点。'],
      ['李先生 您好，方案整体认可。', '方案整体认可。'],
      ['各位好！我们需要报价。', '我们需要报价。'],
      ['王总，您好！确实是个痛点', '确实是个痛点'],
      ['尊敬的陳經理：我們同意。', '我們同意。'],
      ['Sam 你好！確實蠻困擾的', '確實蠻困擾的'],
    ];
    for (const [text, words] of cases) expect(withoutSalutation(text), text).toBe(words);
    expect(sentenceAt('Thanks.\nHi Sam, could you send the quote?', 20)).toBe('could you send the quote?');
  });
  it('keeps words that only look like one, a greeting with nothing after it, and the words a quote is for', () => {
    for (const text of ["It's Jonas, not Jonah. Third time now.", 'Thanks Sam, it is a pain.', 'Hello we are interested, send it', 'Morning meetings are hard, yes', '这个方案对你好处很多', '我们员工，都觉得好用', 'Hi Sam,', 'OK, send it']) expect(withoutSalutation(text), text).toBe(text);
    expect(withoutSalutation('Dear Ms Chen, we need it', 5)).toBe('Dear Ms Chen, we need it');
  });
});
