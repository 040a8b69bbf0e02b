import { describe, expect, it } from 'vitest';
import { ENGINE_MESSAGES } from '../engine/engine-messages';
import { isWellFormed, messageArguments } from './format';
import { LOCALES, resolveLocale } from './locales';
import { MESSAGES, translate } from './messages';

/** Arguments that hold a count: English needs a plural for them, never "1 months". */
const COUNTS = new Set(['count', 'months', 'days', 'hours', 'seconds', 'contacts', 'touches', 'fix']);

describe('UI messages', () => {
  it.each(LOCALES)('%s has exactly the keys of English, none empty, well formed, with the same arguments', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const [key, english] of Object.entries(MESSAGES.en)) {
      const text = MESSAGES[locale][key as keyof typeof MESSAGES.en];
      expect(text.trim(), key).toBeTruthy();
      expect(isWellFormed(text), key).toBe(true);
      expect(messageArguments(text), key).toEqual(messageArguments(english));
    }
  });

  it.each(Object.entries(ENGINE_MESSAGES))('engine message %s has every language with the same arguments', (key, texts) => {
    for (const locale of LOCALES) {
      expect(texts[locale].trim(), `${key} ${locale}`).toBeTruthy();
      expect(isWellFormed(texts[locale]), `${key} ${locale}`).toBe(true);
      expect(messageArguments(texts[locale]), `${key} ${locale}`).toEqual(messageArguments(texts.en));
    }
  });

  it('English puts every count next to a noun through a plural, so it never says "1 months"', () => {
    const english = [...Object.entries(MESSAGES.en), ...Object.entries(ENGINE_MESSAGES).map(([key, texts]) => [key, texts.en] as const)];
    for (const [key, text] of english) {
      // A count followed by a word (“{count} contacts”) must be a plural; “Touches: {count}” needs none.
      const bare = [...text.matchAll(/\{(\w+)\} (?=[a-z])/g)].map((m) => m[1]).filter((name) => name !== undefined && COUNTS.has(name));
      expect(bare, key).toEqual([]);
    }
  });

  it('fills placeholders and plurals', () => {
    expect(translate('en', 'status.layoutNotRecognised', { site: 'LinkedIn' })).toBe('LinkedIn layout not recognised');
    expect(translate('en', 'bant.months', { months: 1 })).toBe('Within a month');
    expect(translate('en', 'bant.months', { months: 3 })).toBe('Within 3 months');
    expect(translate('en', 'data.imported', { contacts: 3, touches: 1, file: 'a.json' })).toBe('Imported 3 contacts and 1 touch from a.json.');
    expect(translate('en', 'data.imported', { contacts: 40, touches: 0, file: 'a.json' })).toBe('Imported 40 contacts from a.json.');
    expect(translate('zh-Hans', 'data.imported', { contacts: 40, touches: 0, file: 'a.json' })).toBe('已从 a.json 导入 40 位联系人。');
    expect(translate('zh-Hant', 'data.imported', { contacts: 2, touches: 5, file: 'a.json' })).toBe('已從 a.json 匯入 2 位聯絡人與 5 筆跟進紀錄。');
    expect(translate('zh-Hant', 'contacts.count', { count: 1200 })).toBe('共 1,200 位聯絡人');
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
