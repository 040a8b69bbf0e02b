import { describe, expect, it } from 'vitest';
import { acceptanceAsksNext, agreedToGoAhead, approvalAsksNext, isApproval, nextStepAsked } from './next-step';

describe('a doubt they set aside, then the next steps', () => {
  it('is the sentence of the concession, in several voices and three languages', () => {
    expect(acceptanceAsksNext('The price looked high but it makes sense — what are the next steps?')).toBe('The price looked high but it makes sense');
    expect(acceptanceAsksNext('Honestly the price was more than we hoped, but we can see the value. How do we proceed?')).toBe('Honestly the price was more than we hoped, but we can see the value');
    expect(acceptanceAsksNext("ok fair enough on the pricing. what's next?")).toBe('ok fair enough on the pricing');
    expect(acceptanceAsksNext("We're comfortable with the price now. Where do we go from here?")).toBe("We're comfortable with the price now");
    expect(acceptanceAsksNext('价格一开始觉得有点高，不过算下来是合理的。下一步怎么走？')).toBe('价格一开始觉得有点高，不过算下来是合理的');
    expect(acceptanceAsksNext('價格是高了一點，但我們覺得值得。接下來要怎麼進行？')).toBe('價格是高了一點，但我們覺得值得');
  });
  it('not when the doubt stands, is denied, or nothing is asked', () => {
    expect(acceptanceAsksNext('The price is too high. What are the next steps?')).toBeNull();
    expect(acceptanceAsksNext("It doesn't make sense at this price. What are the next steps?")).toBeNull();
    expect(acceptanceAsksNext('Fair enough on the timeline, but the price is too high. What are the next steps?')).toBeNull();
    expect(acceptanceAsksNext('这个价格不合理，下一步怎么走？')).toBeNull();
    expect(acceptanceAsksNext('方案合理，但是预算不够。下一步怎么走？')).toBeNull();
    expect(acceptanceAsksNext('It makes sense, thanks.')).toBeNull();
  });
  it('an approval is told apart from a concession', () => {
    expect(isApproval('We got the green light from the board.')).toBe(true);
    expect(isApproval('领导已经拍板了')).toBe(true);
    expect(isApproval('The price looked high but it makes sense')).toBe(false);
    expect(approvalAsksNext('The price looked high but it makes sense — what are the next steps?')).toBeNull();
  });
});

describe('a yes to going ahead', () => {
  it('is the sentence of their yes, in principle or outright, in several voices', () => {
    expect(agreedToGoAhead('我們內部討論過了，原則上同意採購，請問接下來怎麼進行？')).toBe('我們內部討論過了，原則上同意採購，請問接下來怎麼進行？');
    expect(agreedToGoAhead('Sam你好，报价我们看了，原则上没问题。')).toBe('报价我们看了，原则上没问题。');
    expect(agreedToGoAhead('Hi Sam，份quotation冇問題，老闆話OK。')).toBe('份quotation冇問題，老闆話OK。');
    expect(agreedToGoAhead('可以，就照这个价格走。')).toBe('可以，就照这个价格走。');
    expect(agreedToGoAhead('我哋決定用你哋，麻煩你安排。')).toBe('我哋決定用你哋，麻煩你安排。');
    expect(agreedToGoAhead('報價單收到，價格可以接受。')).toBe('報價單收到，價格可以接受。');
    expect(agreedToGoAhead('Hi Sam, in principle we agree to the purchase.')).toBe('in principle we agree to the purchase.');
    expect(agreedToGoAhead("We've decided to go with you.")).toBe("We've decided to go with you.");
    expect(agreedToGoAhead("We're happy to go ahead with the quote as it stands.")).toBe("We're happy to go ahead with the quote as it stands.");
    expect(agreedToGoAhead('Quote looks good, my boss says OK.')).toBe('Quote looks good, my boss says OK.');
  });
  it('not a yes with a price still to talk over, a question, a brush-off, a condition or a denial', () => {
    expect(agreedToGoAhead('原則上同意，但價格要再談。')).toBeNull();
    expect(agreedToGoAhead('原则上没问题，不过付款方式还要再商量。')).toBeNull();
    expect(agreedToGoAhead('报价没问题吗？')).toBeNull();
    expect(agreedToGoAhead('這個報價OK嗎？')).toBeNull();
    expect(agreedToGoAhead('冇問題，我哋再諗下。')).toBeNull();
    expect(agreedToGoAhead('方案OK，下个月再说')).toBeNull();
    expect(agreedToGoAhead('如果报价没问题，我们就签')).toBeNull();
    expect(agreedToGoAhead('老闆話OK，但係要等下個月先落單')).toBeNull();
    expect(agreedToGoAhead('价格可以再便宜点吗')).toBeNull();
    expect(agreedToGoAhead("In principle we're fine with it, but legal needs to review.")).toBeNull();
    expect(agreedToGoAhead('Do the numbers look fine to you?')).toBeNull();
    expect(agreedToGoAhead("I'm not sure the quote looks good.")).toBeNull();
    expect(agreedToGoAhead("We've decided to go with Acme.")).toBeNull();
  });
  it('not a yes with an objection after it that no "but" opens (就是, 不过, just, let me run it by…)', () => {
    expect(agreedToGoAhead('方案没问题，就是价格比我们预算高了不少。')).toBeNull();
    expect(agreedToGoAhead('方案沒問題，就是價格比我們預算高了不少。')).toBeNull();
    expect(agreedToGoAhead('报价没问题，然而预算今年已经用完了。')).toBeNull();
    expect(agreedToGoAhead("The numbers look good on paper, I'm just not convinced the team will actually use it.")).toBeNull();
    expect(agreedToGoAhead('The quote looks good, let me run it by my boss.')).toBeNull();
    expect(agreedToGoAhead('The quote looks good, I need to check with my director first.')).toBeNull();
    expect(agreedToGoAhead('The quote looks fine. Only the rollout worries me.')).toBeNull();
    expect(agreedToGoAhead('報價沒問題，我先跟老闆確認一下。')).toBeNull();
    // (still a yes when nothing after it objects)
    expect(agreedToGoAhead('The quote looks good, just send the contract over.')).toBe('The quote looks good, just send the contract over.');
    expect(agreedToGoAhead('报价没问题，就是这个价格，请把合同发过来。')).toBe('报价没问题，就是这个价格，请把合同发过来。');
  });
});

describe('only how to go on asked', () => {
  it('is the question, with nothing but thanks or receipt beside it', () => {
    expect(nextStepAsked('收到，谢谢。下一步要我们准备什么？')).toBe('下一步要我们准备什么？');
    expect(nextStepAsked('好的，收到。接下來要怎麼進行？')).toBe('接下來要怎麼進行？');
    expect(nextStepAsked('收到，跟住我哋要準備啲咩？')).toBe('跟住我哋要準備啲咩？');
    expect(nextStepAsked('收到，之後點做？')).toBe('之後點做？');
    expect(nextStepAsked('Thanks Sam. What are the next steps?')).toBe('What are the next steps?');
    expect(nextStepAsked('Got it, thanks. What do we need to do next?')).toBe('What do we need to do next?');
  });
  it('not beside an objection or another question, nor a price question', () => {
    expect(nextStepAsked('下一步你们打算怎么降价？')).toBeNull();
    expect(nextStepAsked('收到。下一步怎么走？价格还能再谈吗？')).toBeNull();
    expect(nextStepAsked('報價收到，太貴了。下一步怎麼辦？')).toBeNull();
    expect(nextStepAsked('Thanks. The price is too high. What are the next steps?')).toBeNull();
    expect(nextStepAsked('Can you also send the SOC 2 report? What are the next steps?')).toBeNull();
    expect(nextStepAsked('Thanks, got it.')).toBeNull();
  });
});
