import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';
import { I18nContext, makeI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { TabView } from './TabView';
import { useFollowedTabId } from './use-followed-tab';
import { useLocale } from './use-locale';

export function App() {
  const [locale, setLocale] = useLocale();
  const i18n = makeI18n(locale);
  const tabId = useFollowedTabId();
  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" lang={locale}>
        <header className="app-header">
          <h1>{i18n.t('app.title')}</h1>
          <a className="header-link" href="/options.html" target="_blank" rel="noopener" data-testid="settings-link">
            {i18n.t('app.settings')}
          </a>
          <label>
            <span className="visually-hidden">{i18n.t('app.language')}</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} data-testid="language-select">
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </header>
        <main>
          {tabId === null && <PageStatus message={i18n.t('status.noTab')} />}
          {typeof tabId === 'number' && <TabView tabId={tabId} />}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
