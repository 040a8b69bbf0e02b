import { useEffect, useState } from 'react';
import { resolveLocale, type Locale } from '@/lib/i18n/locales';
import { parseSettings, settingsItem } from '@/lib/settings/settings';

/** The UI language: the one chosen in settings, else the browser's. */
export function useLocale(): [Locale, (locale: Locale) => void] {
  const [chosen, setChosen] = useState<Locale | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((value) => setChosen(parseSettings(value).locale));
    return settingsItem.watch((value) => setChosen(parseSettings(value).locale));
  }, []);
  const choose = (locale: Locale) => {
    setChosen(locale);
    void settingsItem.getValue().then((value) => settingsItem.setValue({ ...parseSettings(value), locale }));
  };
  return [chosen ?? resolveLocale(navigator.language), choose];
}
