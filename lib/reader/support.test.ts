import { describe, expect, it } from 'vitest';
import { classifyReply, readerModel } from './classify-reply';
import { maySaySure, SURE_AT, supportedConfidence, supportInputs, type Support } from './support';

const base: Support = { top: 0.85, second: 0.1, coverage: 0.9, features: 30 };

describe('supportedConfidence', () => {
  it('ships with the model, fitted on held-out readings: an intercept and one weight per input (a map fitted before the English input has none for it)', () => {
    const inputs = supportInputs(base).length;
    expect([inputs, inputs + 1]).toContain(readerModel().support?.length);
  });

  it("reads English less surely than Chinese with the same support (other people's English is read less well)", () => {
    const weights = readerModel().support ?? [];
    expect(supportedConfidence({ ...base, english: true }, weights)).toBeLessThanOrEqual(supportedConfidence({ ...base, english: false }, weights));
    expect(classifyReply('We are flat out until the spring, sorry.').support?.english).toBe(true);
    expect(classifyReply('这个月太忙了，下个月再说吧').support?.english).toBe(false);
  });

  it('never falls when the reading is better supported', () => {
    const weights = readerModel().support ?? [];
    const at = (change: Partial<Support>) => supportedConfidence({ ...base, ...change }, weights);
    expect(at({ top: 0.95, second: 0.03 })).toBeGreaterThan(at({}));
    expect(at({ second: 0.02 })).toBeGreaterThanOrEqual(at({}));
    expect(at({ coverage: 1 })).toBeGreaterThanOrEqual(at({ coverage: 0.5 }));
  });

  it('is a probability', () => {
    const weights = readerModel().support ?? [];
    for (const top of [0.01, 0.3, 0.6, 0.99]) {
      const p = supportedConfidence({ ...base, top, second: (1 - top) / 2 }, weights);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it("is what the reader shows for the model's best reading, and the other readings share the rest", () => {
    const result = classifyReply('Sounds interesting, but we are flat out until the spring.');
    expect(result.source).toBe('model');
    const support = result.support;
    expect(support).not.toBeNull();
    if (!support) return;
    const model = readerModel();
    const sure = supportedConfidence(support, model.support ?? []);
    // A reading the gate does not let claim certainty stays just under it.
    const gated = sure >= SURE_AT && !maySaySure(support, model.support ?? [], model.sureGate);
    expect(result.confidence).toBeCloseTo(gated ? SURE_AT - 0.01 : Math.min(0.99, sure), 2);
    const total = result.readings.reduce((sum, r) => sum + r.confidence, 0);
    expect(total).toBeLessThanOrEqual(1.02);
  });

  it('lets a reading say it is sure only when the map moved down by the gate still says so', () => {
    const weights = [0, 1, 0, 0, 0, 0];
    const support = { top: 0.85, second: 0.1, coverage: 1, features: 20, english: true };
    expect(supportedConfidence(support, weights)).toBeGreaterThanOrEqual(SURE_AT);
    expect(maySaySure(support, weights, 0)).toBe(true);
    expect(maySaySure(support, weights, 1)).toBe(false);
    expect(maySaySure({ ...support, top: 0.99 }, weights, 1)).toBe(true);
  });

  it('leaves the readings decided by a correction or a rule without a support', () => {
    expect(classifyReply('👍').support).toBeNull();
  });
});
