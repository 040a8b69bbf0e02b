import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initialsOf', () => {
  it.each([
    ['Mei-Lin Chen', 'MC'],
    ['Daniel Okafor', 'DO'],
    ['priya raman', 'PR'],
    ['Kai', 'K'],
    ['Ana María de la Cruz', 'AC'],
    ['王小明', '王'],
    ['王小明 (Wang)', '王'],
    ['Dr. Li Wei, PhD', 'DW'],
    ['Émile Zola', 'ÉZ'],
    ['  ', '?'],
    ['—', '?'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
