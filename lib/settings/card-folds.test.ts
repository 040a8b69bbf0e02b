import { describe, expect, it } from 'vitest';
import { parseCardFolds } from './card-folds';

describe('parseCardFolds', () => {
  it('keeps each known card’s choice and drops the rest', () => {
    expect(parseCardFolds({ spin: true, draft: false, gone: true, notes: 'yes' })).toEqual({ spin: true, draft: false });
  });
  it('reads nothing stored (or something that is not an object) as no choice', () => {
    expect(parseCardFolds(undefined)).toEqual({});
    expect(parseCardFolds('open')).toEqual({});
  });
});
