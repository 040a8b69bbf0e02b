import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { bantShownByStage, scoreBantAt, UNKNOWN_BANT } from './bant';

describe('scoreBantAt: the tier at the stage the judgment puts them', () => {
  it('a buyer at negotiation or contract with nothing recorded is tier A, and says the stage shows it', () => {
    expect(scoreBantAt(UNKNOWN_BANT, 'negotiate', playbook, 'en')).toMatchObject({ tier: 'A', missing: [], reason: 'At “Quote and negotiation” the buyer shows budget, a decision maker, the need and its timing in fact → A.' });
    expect(scoreBantAt(UNKNOWN_BANT, 'close', playbook, 'zh-Hans').reason).toBe('已到“合同签订”阶段，预算、决策人、需求和时间都已实际体现 → A 级。');
    expect(scoreBantAt(UNKNOWN_BANT, 'close', playbook, 'zh-Hant').reason).toMatch(/^已到「.+」階段.*→ A 級。$/);
  });

  it('before the quote and after signing, only what the rep recorded', () => {
    for (const stage of ['prospect', 'qualify', 'discover', 'present', 'deliver', 'retain', 'lost'] as const) {
      expect(scoreBantAt(UNKNOWN_BANT, stage, playbook, 'en').tier, stage).toBe('C');
      expect(bantShownByStage(UNKNOWN_BANT, stage, playbook).shown, stage).toEqual([]);
    }
  });

  it('what the rep recorded stands: no budget stays no budget (B with the need the quote shows), a need that does not match retires', () => {
    expect(scoreBantAt({ ...UNKNOWN_BANT, budget: 'none' }, 'negotiate', playbook, 'en')).toMatchObject({ tier: 'B', reason: 'Need is clear, budget not yet confirmed → B.' });
    expect(scoreBantAt({ ...UNKNOWN_BANT, need: 'none' }, 'close', playbook, 'en')).toMatchObject({ tier: null, retire: true });
    expect(bantShownByStage({ budget: 'confirmed', authority: 'influencer', need: 'clear', timelineMonths: 2 }, 'close', playbook).shown).toEqual([]);
    expect(scoreBantAt({ budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 }, 'close', playbook, 'en').reason).toMatch(/^Budget confirmed, decision maker engaged/);
  });
});
