import { describe, expect, it } from 'vitest';
import { detectBuyingSignals } from '../engine/buying-signals';
import { countedSignals } from './signal-counts';
import type { StageEvidence } from './types';

const PRESENTED: StageEvidence[] = [{ kind: 'proposal', stage: 'present', quote: 'proposal attached' }];

describe('countedSignals', () => {
  it.each([
    ['方案挺好的，就是实施周期太长了，三个月我们等不了。'],
    ['Looks fine, but the implementation timeline is too long for us.'],
    ['上線時間太久了，我們等不了。'],
  ])('a complaint that delivery takes too long asks no start date: %j', (text) => {
    const signals = detectBuyingSignals(text).filter((s) => s.signal === 'delivery_time');
    expect(signals.length).toBeGreaterThan(0);
    expect(countedSignals(signals, PRESENTED, 'present', null, null, text)).toEqual([]);
  });

  it.each([['实施周期大概多久？签了之后什么时候能上线？'], ['How long is the implementation once we sign?']])('a question about the start date is still one: %j', (text) => {
    const signals = detectBuyingSignals(text).filter((s) => s.signal === 'delivery_time');
    expect(signals.length).toBeGreaterThan(0);
    expect(countedSignals(signals, PRESENTED, 'present', null, null, text)).toEqual(signals);
  });
});
