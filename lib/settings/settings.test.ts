import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

describe('parseSettings', () => {
  it.each<[unknown, ReturnType<typeof parseSettings>]>([
    [{ locale: 'zh-Hant' }, { locale: 'zh-Hant' }],
    [{ locale: 'klingon' }, { locale: null }],
    [null, { locale: null }],
    ['garbage', { locale: null }],
  ])('%j → %j', (stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });
});
