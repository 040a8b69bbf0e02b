import { describe, expect, it } from 'vitest';
import { firstNameOf } from './talk';

describe('firstNameOf', () => {
  it.each([
    ['Mei Lin Chen', 'Mei'],
    ['Daniel Okafor', 'Daniel'],
    ['王小明', '王小明'],
    ['Wong Ka Ming', 'Ka Ming'],
    ['Chan Siu Fung', 'Siu Fung'],
    ['Tan Wei Ling', 'Wei Ling'],
    ['Lee Ann Marie', 'Lee'],
    ['Chow Yun Fat', 'Yun Fat'],
    ['Li Hsiao Wen', 'Hsiao Wen'],
    ['Maria de Souza', 'Maria'],
  ])('%s → %s', (name, first) => expect(firstNameOf(name)).toBe(first));
});
