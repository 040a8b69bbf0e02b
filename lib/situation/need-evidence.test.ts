import { describe, expect, it } from 'vitest';
import { needConfirmedIn } from './need-evidence';

const them = (text: string) => ({ direction: 'inbound' as const, text });
const us = (text: string) => ({ direction: 'outbound' as const, text });

describe('their own words that the need is real', () => {
  it('is quoted from their newest message that says so, in three languages', () => {
    expect(needConfirmedIn([us('Is reconciliation slow for you?'), them('Hi Sam, it is a real pain, yes. But not now.')])).toBe('it is a real pain, yes.');
    expect(needConfirmedIn([them("Honestly that's exactly our problem every month-end.")])).toBe("Honestly that's exactly our problem every month-end.");
    expect(needConfirmedIn([them('We struggle with stock counts across 40 stores.')])).toBe('We struggle with stock counts across 40 stores.');
    expect(needConfirmedIn([them('Sam 你好，确实是个痛点。这阵子在做年中审计。')])).toBe('确实是个痛点。');
    expect(needConfirmedIn([them('Sam 您好，確實蠻困擾的。')])).toBe('確實蠻困擾的。');
    expect(needConfirmedIn([them('呢個真係好頭痕。')])).toBe('呢個真係好頭痕。');
    // Accepting the solution says the need is there.
    expect(needConfirmedIn([them('The pilot sounds good to me, but I need my boss to sign off before we commit.')])).toBe('The pilot sounds good to me, but I need my boss to sign off before we commit.');
    expect(needConfirmedIn([them('Sam 你好，方案我们内部讨论过了，整体认可。合同怎么签？')])).toBe('方案我们内部讨论过了，整体认可。');
  });
  it('is quoted from their words, not the greeting before them, whoever writes it', () => {
    expect(needConfirmedIn([them('Dear Ms Okafor, that is exactly our problem at month-end.')])).toBe('that is exactly our problem at month-end.');
    expect(needConfirmedIn([them('hey sam - yeah, it is a pain in every store')])).toBe('yeah, it is a pain in every store');
    expect(needConfirmedIn([them('Good morning all, we are struggling with stock counts.')])).toBe('we are struggling with stock counts.');
    expect(needConfirmedIn([them('王总，确实是个痛点。')])).toBe('确实是个痛点。');
    expect(needConfirmedIn([them('李先生 您好，确实蛮困扰的')])).toBe('确实蛮困扰的');
    expect(needConfirmedIn([them('各位好！方案整體認可，下週簽。')])).toBe('方案整體認可，下週簽。');
    expect(needConfirmedIn([them('尊敬的陳經理：確實是個難題。')])).toBe('確實是個難題。');
    // No greeting: nothing dropped, "Hello" inside their words stays.
    expect(needConfirmedIn([them('Hello we struggle with this, please call.')])).toBe('Hello we struggle with this, please call.');
  });
  it('not when they deny it, when only we said it, or when nothing is said of it', () => {
    expect(needConfirmedIn([them("It's not a real problem for us, our spreadsheets work.")])).toBeNull();
    expect(needConfirmedIn([us('It is a real pain for most finance teams.'), them('Thanks, send me something.')])).toBeNull();
    expect(needConfirmedIn([them('这个对我们来说并不是问题。')])).toBeNull();
    expect(needConfirmedIn([them('Can you reach out again in September?')])).toBeNull();
    expect(needConfirmedIn([them("The proposal doesn't look good to us, too expensive.")])).toBeNull();
    expect(needConfirmedIn([them('方案还没看，下周再说。')])).toBeNull();
    expect(needConfirmedIn([them("I can see it's a real problem for some teams, but not for us.")])).toBeNull();
    expect(needConfirmedIn([them("If that's a real problem we would have heard of it.")])).toBeNull();
    // A problem, but not one that matters to them: not a clear need.
    expect(needConfirmedIn([them('这个确实是个问题，不过对我们不是重点。')])).toBeNull();
  });
});
