import { describe, expect, it } from 'vitest';
import { questionBeside } from './meeting-time';
import { effortConcern } from './effort';
import { promiseWithoutDay } from './promise';
import { securityReview } from './security-review';
import { tenderDeadline } from './tender';
import { clausesOf, headOf, pointOfQuote, sentenceAt, sentenceOver, sentencesOf, sentenceSpans, tailOf, withoutSalutation } from './sentence';

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

describe('one sentence splitter for lib/situation', () => {
  const table: [string, string[]][] = [
    // full stops, question and exclamation marks, in three scripts
    ['Thanks for the deck. Too pricey for us! Any room?', ['Thanks for the deck.', 'Too pricey for us!', 'Any room?']],
    ['方案收到了。价格太高了！能便宜点吗？', ['方案收到了。', '价格太高了！', '能便宜点吗？']],
    ['報價收到，謝謝。要等老闆決定？', ['報價收到，謝謝。', '要等老闆決定？']],
    // a semicolon joins two clauses of one sentence
    ['上线周期太长了；我们等不了半年。', ['上线周期太长了；我们等不了半年。']],
    ['Kindly share the proposal; I shall put it up to our Director.', ['Kindly share the proposal; I shall put it up to our Director.']],
    // no end inside a number, a version, an address, a link, a short form or a title before a name
    ['The 1.5 year roll-out is too long. v2.3 is fine.', ['The 1.5 year roll-out is too long.', 'v2.3 is fine.']],
    ['Write to piotr.nowak@vistula.example. Thanks', ['Write to piotr.nowak@vistula.example.', 'Thanks']],
    ['See https://portal.example/rfq?id=7 for the form. Ok?', ['See https://portal.example/rfq?id=7 for the form.', 'Ok?']],
    ['We need e.g. your SOC 2 report, i.e. the Type II. Thanks', ['We need e.g. your SOC 2 report, i.e. the Type II.', 'Thanks']],
    ['Mr. Lee and Dr. Chen sign. Ms. Wu pays.', ['Mr. Lee and Dr. Chen sign.', 'Ms. Wu pays.']],
    ['We are based in the U.S. and Canada. J. Smith decides.', ['We are based in the U.S. and Canada.', 'J. Smith decides.']],
    ['Submissions close on Dec. 14 at noon. See No. 5 below', ['Submissions close on Dec. 14 at noon.', 'See No. 5 below']],
    ['He said "no." Then left.', ['He said "no."', 'Then left.']],
    // an ellipsis ends a sentence before a new one, not inside a thought
    ['We will see… maybe in May. Thanks...', ['We will see… maybe in May.', 'Thanks...']],
    ['Looks good… I have passed it on to our CFO.', ['Looks good…', 'I have passed it on to our CFO.']],
    ['项目周期太长了……等不了', ['项目周期太长了……', '等不了']],
    // a half-width full stop before a Chinese character ends one, not inside a link or an address
    ['合同没有问题.不过资安团队要先审一下', ['合同没有问题.', '不过资安团队要先审一下']],
    ['Thanks.上线周期太长了,我们等不了', ['Thanks.', '上线周期太长了,我们等不了']],
    ['資料在 www.例子.com 上.請查收', ['資料在 www.例子.com 上.', '請查收']],
    ['寄到 wang@公司.cn 就好', ['寄到 wang@公司.cn 就好']],
    ['我们在U.S.市场也有客户', ['我们在U.S.市场也有客户']],
    // "max." and "min." end one before a capital, "I." is a word, not an initial
    ['We can do 20% max. Anything more needs the CFO.', ['We can do 20% max.', 'Anything more needs the CFO.']],
    ['A 3-seat min. Then we talk.', ['A 3-seat min.', 'Then we talk.']],
    ['So do I. Let us talk Monday.', ['So do I.', 'Let us talk Monday.']],
    ['Max. 5 users, min. 2 per team.', ['Max. 5 users, min. 2 per team.']],
    // a line break ends a sentence; nothing empty is kept
    ['Hi Sam,\n\nprice is too high\nThanks\n', ['Hi Sam,', 'price is too high', 'Thanks']],
  ];
  it.each(table)('%s', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
    // (each span starts where its sentence is in the text)
    for (const span of sentenceSpans(text)) expect(text.slice(span.start, span.start + span.text.length)).toBe(span.text);
  });

  it('cuts clauses at commas and semicolons, not in a number, before a year, before an example, at a colon or a 顿号', () => {
    expect(clausesOf('Closes March 3, 2027, at 10:30; 1,500 units, fine')).toEqual(['Closes March 3, 2027,', 'at 10:30;', '1,500 units,', 'fine']);
    expect(clausesOf('装修方案很满意，周六过来签合同可以吗？定金、尾款怎么付？')).toEqual(['装修方案很满意，', '周六过来签合同可以吗？', '定金、尾款怎么付？']);
    expect(clausesOf('Note: the notice is due in March')).toEqual(['Note: the notice is due in March']);
    // (an example belongs to the clause it is an example of)
    expect(clausesOf('Does the price include onboarding, e.g. training?')).toEqual(['Does the price include onboarding, e.g. training?']);
    expect(clausesOf('价格包括培训吗，比如上门培训？')).toEqual(['价格包括培训吗，比如上门培训？']);
  });

  it('gives the rest of a sentence or a clause after a match and before it, as a split would', () => {
    expect(headOf(' on Dec. 14 at noon. Questions by Jan. 9')).toBe(' on Dec. 14 at noon.');
    expect(headOf('. Next sentence')).toBe('.');
    expect(tailOf('We are tied to them until June, notice', 'clause')).toBe(' notice');
    expect(tailOf('Ends here,', 'clause')).toBe('');
    expect(headOf('no end at all')).toBe('no end at all');
  });

  it('quotes the sentence around a match whole, and only that sentence', () => {
    const text = 'Please find attached our RFP. Submissions close on Dec. 14 at 5 p.m. CET.';
    expect(sentenceOver(text, text.indexOf('close on'), 8)).toBe('Submissions close on Dec. 14 at 5 p.m. CET.');
    // (a match ending on the full stop is its sentence's: the next one is not quoted with it)
    const two = 'Not something we deal with. We do not ship abroad.';
    expect(sentenceOver(two, 0, two.indexOf('.') + 1)).toBe('Not something we deal with.');
    expect(sentenceOver('Monday.com does most of this for a third of the price.', 20, 4)).toBe('Monday.com does most of this for a third of the price.');
    expect(sentenceAt('Thanks.\nHi Sam, could you send it? Bye', 20)).toBe('could you send it?');
  });
});

describe('what the readers of lib/situation read through it', () => {
  it('a half-width full stop before Chinese splits what follows from what precedes it (was one sentence: the review, the promise and the quote lost)', () => {
    expect(securityReview('合同没有问题.不过资安团队要先审一下')).toBe('不过资安团队要先审一下');
    expect(promiseWithoutDay('如果价格合适的话.我们会把资料发给你')).toBe('我们会把资料发给你');
    expect(effortConcern('Thanks.上线周期太长了,我们等不了半年')).toBe('上线周期太长了,我们等不了半年');
  });

  it('a tender closing on "Dec. 14" closes on the 14th (was "Dec": the sentence cut at its full stop)', () => {
    const now = new Date(2026, 11, 7, 10).getTime();
    const rfp = tenderDeadline('Please find attached our RFP. Submissions close on Dec. 14 at 5 p.m. CET.', now);
    expect(rfp?.day).toBe('Dec. 14');
    expect(rfp?.quote).toBe('Submissions close on Dec. 14 at 5 p.m. CET.');
    expect(new Date(rfp?.at ?? 0).getDate()).toBe(14);
  });

  it('their questions after the meeting they agreed to, a thanks after them aside, the day’s own question not', () => {
    expect(questionBeside('装修方案我和老公都很满意，周六过来签合同可以吗？定金多少？', '周六')).toBe('定金多少？');
    expect(questionBeside('我們三月要續約,可以先給續約報價嗎?價格會不會調整?', '三月')).toBe('可以先給續約報價嗎?價格會不會調整?');
    expect(questionBeside('呢兩點接受唔到,可唔可以改?\nThanks', '下週')).toBe('可唔可以改?');
    expect(questionBeside('Wednesday 2pm works. Will you bring someone from implementation?', 'Wednesday')).toBe('Will you bring someone from implementation?');
    expect(questionBeside('Could we move it to Monday, same time?', 'Monday')).toBeNull();
    // (a colon cuts: the question after it is asked beside the day; an example stays with its question)
    expect(questionBeside('Tuesday at 10 works: could you send the agenda beforehand?', 'Tuesday')).toBe('could you send the agenda beforehand?');
    expect(questionBeside('下周二上午10点可以：能先把议程发过来吗？', '下周二')).toBe('能先把议程发过来吗？');
    expect(questionBeside('Thursday 3pm is fine. Does the price include onboarding, e.g. training?', 'Thursday')).toBe('Does the price include onboarding, e.g. training?');
    expect(questionBeside('Agenda: 10:30 Tuesday, ok?', 'Tuesday')).toBeNull();
  });
});

describe('their long words cut to their point for a Chinese draft', () => {
  it('the first clause that says something, never a cut inside a clause', () => {
    expect(pointOfQuote('我們這邊評估之後覺得導入時間太長了，因為年底前產線要全部切換完成，可能沒辦法配合你們提出的十二週時程。')).toBe('導入時間太長了');
    expect(pointOfQuote('我们看了一下报价，整体来说比我们去年用的那套系统贵了差不多百分之三十，老板那边可能不太好批。')).toBe('比我们去年用的那套系统贵了差不多百分之三十');
    expect(pointOfQuote('我哋睇咗份quotation，老實講同我哋而家用緊嘅系統比起嚟貴咗好多，而且老闆話今年預算已經用得七七八八。')).toBe('同我哋而家用緊嘅系統比起嚟貴咗好多');
    expect(pointOfQuote('收到，谢谢。我们集团下半年要统一切换到总部指定的采购平台，这个项目只能先暂停，等明年预算下来再看。')).toBe('我们集团下半年要统一切换到总部指定的采购平台');
  });
  it('not a courtesy, thanks, apology or framing lead-in, nor the clause a 不过/但是 turns from', () => {
    expect(pointOfQuote('不好意思，我们这边评估之后觉得导入时间太长了，年底前产线要全部切换完成，可能没办法配合你们提出的十二周时程。')).toBe('导入时间太长了');
    expect(pointOfQuote('非常感谢您的详细方案，不过导入时间太长了，年底前产线要全部切换完成，可能没办法配合十二周的时程。')).toBe('导入时间太长了');
    expect(pointOfQuote('是這樣的，我們評估之後覺得導入時間太長了，因為年底前產線要全部切換完成，沒辦法配合十二週時程。')).toBe('導入時間太長了');
    expect(pointOfQuote('抱歉回复晚了，我们集团下半年要统一切换到总部指定的采购平台，这个项目只能先暂停。')).toBe('我们集团下半年要统一切换到总部指定的采购平台');
    expect(pointOfQuote('謝謝您的報價，我們很喜歡這套系統，但是價格比我們的預算高了差不多三成，老闆那邊不太好批。')).toBe('價格比我們的預算高了差不多三成');
    expect(pointOfQuote('您好，首先感谢贵司的耐心介绍，可是我们今年的IT预算已经全部用完了，只能等明年再说。')).toBe('我们今年的IT预算已经全部用完了');
  });
  it('unchanged: short words, a question, one long clause with no comma', () => {
    expect(pointOfQuote('导入时间太长了。')).toBe('导入时间太长了。');
    expect(pointOfQuote('请问你们的系统能不能和我们现在用的金蝶K3以及仓库那边自己开发的WMS系统做数据对接，大概要多久？')).toBe('请问你们的系统能不能和我们现在用的金蝶K3以及仓库那边自己开发的WMS系统做数据对接，大概要多久？');
    expect(pointOfQuote('由于我们集团今年下半年要统一切换到总部指定的一体化采购平台所以这个项目只能暂停')).toBe('由于我们集团今年下半年要统一切换到总部指定的一体化采购平台所以这个项目只能暂停');
    expect(pointOfQuote('我觉得很好')).toBe('我觉得很好');
  });
});
