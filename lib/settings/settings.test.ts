import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

describe('parseSettings', () => {
  it.each<[unknown, ReturnType<typeof parseSettings>]>([
    [{ locale: 'zh-Hant' }, { locale: 'zh-Hant', retentionMonths: null }],
    [{ locale: 'klingon', retentionMonths: 12 }, { locale: null, retentionMonths: 12 }],
    [{ retentionMonths: 7 }, { locale: null, retentionMonths: null }],
    [null, { locale: null, retentionMonths: null }],
    ['garbage', { locale: null, retentionMonths: null }],
  ])('%j → %j', (stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });
});
