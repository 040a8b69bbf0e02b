import { createContext, useContext } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { formatList, withColon, type MessageParams } from '@/lib/i18n/format';
import { translate, type MessageKey } from '@/lib/i18n/messages';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A message as a label before a value, with its language's colon: `Reason: `, `原因：`. */
  label: (key: MessageKey, params?: MessageParams) => string;
  /** Items joined the language's way: `A, B and C`, `A、B和C`. */
  list: (items: readonly string[]) => string;
}

export function makeI18n(locale: Locale): I18n {
  return { locale, t: (key, params) => translate(locale, key, params), label: (key, params) => withColon(locale, translate(locale, key, params)), list: (items) => formatList(locale, items) };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
