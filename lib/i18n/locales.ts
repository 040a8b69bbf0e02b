export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

/**
 * The product language for a browser language tag: Traditional Chinese for zh-Hant, zh-TW,
 * zh-HK and zh-MO; Simplified for any other Chinese; English otherwise.
 */
export function resolveLocale(tag: string | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
}
