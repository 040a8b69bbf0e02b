import { describe, expect, it } from 'vitest';
import { acceptanceAsksNext, approvalAsksNext, isApproval } from './next-step';

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
