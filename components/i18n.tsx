import { createContext, useContext } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { translate, type MessageKey } from '@/lib/i18n/messages';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Record<string, string>) => string;
}

export const I18nContext = createContext<I18n>({ locale: 'en', t: (key, params) => translate('en', key, params) });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function makeI18n(locale: Locale): I18n {
  return { locale, t: (key, params) => translate(locale, key, params) };
}
