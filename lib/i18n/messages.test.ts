import { describe, expect, it } from 'vitest';
import { LOCALES, resolveLocale } from './locales';
import { MESSAGES, translate } from './messages';

describe('UI messages', () => {
  it.each(LOCALES)('%s has every key, none empty, with the same placeholders as English', (locale) => {
    for (const [key, english] of Object.entries(MESSAGES.en)) {
      const text = MESSAGES[locale][key as keyof typeof MESSAGES.en];
      expect(text, key).toBeTruthy();
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'status.layoutNotRecognised', { site: 'LinkedIn' })).toBe('LinkedIn layout not recognised');
  });

  it.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('resolves %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});
