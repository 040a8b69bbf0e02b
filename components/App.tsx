import { useCallback, useMemo, useState } from 'react';
import type { ContactId } from '@/lib/contacts/schema';
import type { DealId } from '@/lib/deals/deal';
import type { MessageKey } from '@/lib/i18n/messages';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { OpenPlaybookContext } from './open-playbook';
import { PlaybookView } from './PlaybookView';
import { ContactsView } from './ContactsView';
import { CardBoundary } from './CardBoundary';
import { ContactView } from './ContactView';
import { DataUpdate } from './DataUpdate';
import { DrillView } from './DrillView';
import { I18nContext, makeI18n } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { OpenedDeal } from './OpenedDeal';
import { PanelNavContext, type PanelNav } from './panel-nav';
import { PageStatus } from './PageStatus';
import { ShortcutHelp, useShortcuts } from './Shortcuts';
import { StorageAlert } from './StorageAlert';
import { TabView } from './TabView';
import { TodayView } from './TodayView';
import { useFollowedTabId } from './use-followed-tab';
import { useLocale } from './use-locale';

type TabViewKind = { kind: 'page' } | { kind: 'today' } | { kind: 'contacts' } | { kind: 'playbook'; focus?: StageId } | { kind: 'drill'; area?: string };
/** A contact or deal opened from a list, a page or each other; `back` is where Back returns. */
type View = TabViewKind | { kind: 'contact'; id: ContactId; back: View } | { kind: 'deal'; id: DealId; back: View };

/** The tab a view was reached from (a contact opened from Today belongs to Today). */
const rootOf = (view: View): TabViewKind => (view.kind === 'contact' || view.kind === 'deal' ? rootOf(view.back) : view);

const TABS: { kind: 'page' | 'today' | 'contacts' | 'playbook' | 'drill'; label: MessageKey }[] = [
  { kind: 'page', label: 'nav.page' },
  { kind: 'today', label: 'nav.today' },
  { kind: 'contacts', label: 'nav.contacts' },
  { kind: 'playbook', label: 'nav.playbook' },
  { kind: 'drill', label: 'nav.drill' },
];

/** `?view=playbook&stage=<id>` and `?view=drill&area=<kind:id>`: where the dashboard's links open the panel (as a tab). */
function viewFromUrl(): TabViewKind {
  const params = new URLSearchParams(location.search);
  const stage = params.get('stage');
  if (params.get('view') === 'playbook') return { kind: 'playbook', ...(stage && (STAGE_IDS as readonly string[]).includes(stage) ? { focus: stage as StageId } : {}) };
  if (params.get('view') === 'drill') return { kind: 'drill', ...(params.get('area') ? { area: params.get('area') ?? '' } : {}) };
  return { kind: 'page' };
}

export function App() {
  const [locale, setLocale] = useLocale();
  const i18n = makeI18n(locale);
  const tabId = useFollowedTabId();
  const [view, setView] = useState<View>(viewFromUrl);
  const root = rootOf(view);
  const active = root.kind;
  const nav = useMemo<PanelNav>(
    () => ({
      openContact: (id) => setView((current) => ({ kind: 'contact', id, back: current })),
      openDeal: (id) => setView((current) => ({ kind: 'deal', id, back: current })),
    }),
    [],
  );
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((shown) => !shown), []);
  const showView = useCallback((index: number) => {
    const tab = TABS[index];
    if (tab) setView({ kind: tab.kind });
  }, []);
  useShortcuts(TABS.length, showView, toggleHelp);
  return (
    <I18nContext.Provider value={i18n}>
      <OpenPlaybookContext.Provider value={(focus) => setView({ kind: 'playbook', focus })}>
      <PanelNavContext.Provider value={nav}>
      <div className="app" lang={locale}>
        <header className="app-header">
          {/* The browser titles the panel already: the name is for screen readers only. */}
          <h1 className="visually-hidden">{i18n.t('app.title')}</h1>
          <a className="header-link" href="/dashboard.html" target="_blank" rel="noopener" data-testid="dashboard-link">
            {i18n.t('app.dashboard')}
          </a>
          <a className="header-link" href="/options.html" target="_blank" rel="noopener" data-testid="settings-link">
            {i18n.t('app.settings')}
          </a>
          <LanguageSelect label={i18n.t('app.language')} value={locale} onChange={setLocale} testId="language-select" />
          <button type="button" className="help-button" aria-expanded={help} aria-label={i18n.t('shortcuts.open')} title={`${i18n.t('shortcuts.open')} (?)`} onClick={toggleHelp} data-testid="shortcut-help-open">
            ?
          </button>
        </header>
        <nav className="tabs" aria-label={i18n.t('app.title')}>
          {TABS.map((tab) => (
            <button key={tab.kind} type="button" aria-pressed={active === tab.kind} onClick={() => setView({ kind: tab.kind })} data-testid={`nav-${tab.kind}`}>
              {i18n.t(tab.label)}
            </button>
          ))}
        </nav>
        <main>
          {help && <ShortcutHelp viewCount={TABS.length} onClose={() => setHelp(false)} />}
          <StorageAlert />
          <DataUpdate />
          {/* Today and Contacts stay mounted (hidden) under a contact opened from them: back is instant and keeps the search. */}
          {root.kind === 'today' && (
            <div hidden={view.kind !== 'today'}>
              <CardBoundary name="today">
                <TodayView onOpen={nav.openContact} />
              </CardBoundary>
            </div>
          )}
          {root.kind === 'contacts' && (
            <div hidden={view.kind !== 'contacts'}>
              <CardBoundary name="contacts">
                <ContactsView onOpen={nav.openContact} />
              </CardBoundary>
            </div>
          )}
          <CardBoundary key={view.kind} name={view.kind}>
          {view.kind === 'page' && tabId === null && <PageStatus message={i18n.t('status.noTab')} />}
          {view.kind === 'page' && typeof tabId === 'number' && <TabView tabId={tabId} />}
          {view.kind === 'playbook' && <PlaybookView focus={view.focus} />}
          {view.kind === 'drill' && <DrillView area={view.area} />}
          {(view.kind === 'contact' || view.kind === 'deal') && (
            <>
              <button type="button" className="link-button back" onClick={() => setView(view.back)} data-testid="nav-back">
                ← {i18n.t('nav.back')}
              </button>
              {view.kind === 'contact' ? <ContactView key={view.id} contactId={view.id} /> : <OpenedDeal key={view.id} dealId={view.id} />}
            </>
          )}
          </CardBoundary>
        </main>
      </div>
      </PanelNavContext.Provider>
      </OpenPlaybookContext.Provider>
    </I18nContext.Provider>
  );
}
