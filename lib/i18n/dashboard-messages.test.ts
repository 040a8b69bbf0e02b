import { describe, expect, it } from 'vitest';
import { DASHBOARD_MESSAGES, translateDashboard } from './dashboard-messages';
import { LOCALES } from './locales';

describe('dashboard messages', () => {
  it.each(LOCALES)('%s has every key, none empty, with the same placeholders as English', (locale) => {
    for (const [key, english] of Object.entries(DASHBOARD_MESSAGES.en)) {
      const text = DASHBOARD_MESSAGES[locale][key as keyof typeof DASHBOARD_MESSAGES.en];
      expect(text, key).toBeTruthy();
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });

  it('fills placeholders, and falls back to the panel’s shared strings', () => {
    expect(translateDashboard('zh-Hant', 'dash.days', { days: '90' })).toBe('最近 90 天');
    expect(translateDashboard('zh-Hans', 'app.language')).toBe('语言');
  });
});
