import { useEffect, useState } from 'react';
import { periodOf } from '@/lib/dashboard/input';
import type { LoadedDashboard } from '@/lib/dashboard/load';
import { loadDashboard } from '@/lib/dashboard/store';
import { healthAfterFailedChange, storageHealthItem, type StorageHealth } from '@/lib/db/storage-health';
import { keepDerivedDataNow, upkeepNeeded } from '@/lib/situation/store';
import { translateDashboard } from '@/lib/i18n/dashboard-messages';
import { I18nContext, makeI18n } from '../i18n';
import { LanguageSelect } from '../LanguageSelect';
import { isDatabaseOutdated } from '@/lib/db/outdated';
import { StorageAlert, useDatabaseOutdated } from '../StorageAlert';
import { useLocale } from '../use-locale';
import { usePlaybook } from '../use-playbook';
import { formatters } from './format';
import { ScopeTabs, TeamScope, useTeamSource, type Scope } from './TeamScope';
import { StandingSections } from './StandingSections';
import { CadenceSection, DrillsSection, FunnelSection, KpiSection, ObjectionsSection } from './Sections';

const PERIODS = [30, 90, 180, 365] as const;

/** `?days=`, `?now=` (a fixed clock for screenshots and tests) and `?scope=team`. */
function fromUrl(): { days: number; now: number | null; scope: Scope } {
  const params = new URLSearchParams(location.search);
  const days = Number(params.get('days'));
  const now = Number(params.get('now'));
  return { days: (PERIODS as readonly number[]).includes(days) ? days : 90, now: Number.isFinite(now) && now > 0 ? now : null, scope: params.get('scope') === 'team' ? 'team' : 'browser' };
}

/** A write of the dashboard's own that failed in storage (a full disk) is said by the alert the panel shows, in every open page of the extension. */
function sayNotSaved(health: StorageHealth | undefined): void {
  if (health) void storageHealthItem.setValue(health).catch(console.error);
}

/** The dashboard (DOMAIN.md § 7): this browser's numbers for a period, every chart with its table and summary. */
export function DashboardPage() {
  const [locale, setLocale] = useLocale();
  const i18n = makeI18n(locale);
  const t = (key: Parameters<typeof translateDashboard>[1], params?: Parameters<typeof translateDashboard>[2]) => translateDashboard(locale, key, params);
  const playbook = usePlaybook();
  const [{ days, now, scope: initialScope }] = useState(fromUrl);
  const [period, setPeriod] = useState(days);
  const [scope, setScope] = useState<Scope>(initialScope);
  const team = useTeamSource();
  const [openedAt] = useState(() => now ?? Date.now());
  const [data, setData] = useState<{ days: number; dashboard: LoadedDashboard } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [building, setBuilding] = useState<{ done: number; total: number } | null>(null);
  /** The period whose load last ended, shown or not (a hook for tests to wait on). */
  const [settled, setSettled] = useState<number | null>(null);
  const outdated = useDatabaseOutdated();

  const [built, setBuilt] = useState(0);
  useEffect(() => {
    if (!playbook) return;
    let live = true;
    const at = now ?? Date.now();
    // After an upgrade (or another playbook) the aggregates are built first, with progress.
    loadDashboard(playbook, periodOf(period, at), at, (progress) => live && setBuilding(progress)).then(
      (dashboard) => {
        if (!live) return;
        setBuilding(null);
        setSettled(period);
        setData({ days: period, dashboard });
        if (dashboard.notSaved) sayNotSaved(dashboard.notSaved);
        // Overdue counts and where things stand come from Today's index; a store imported or upgraded
        // may not have it yet, and a capture made with no panel open leaves its rows to judge again.
        if (built === 0)
          void upkeepNeeded()
            .then((needed) => (needed || !dashboard.overdueFinal ? keepDerivedDataNow().then(() => setBuilt(1)) : undefined))
            .catch((error: unknown) => {
              sayNotSaved(healthAfterFailedChange(error, Date.now()));
              console.error('Today index', error);
            });
      },
      (error: unknown) => {
        if (live) setSettled(period);
        // A newer version took the store over: the alert says to reload (the panel's words), not "could not count (DatabaseClosedError)".
        if (isDatabaseOutdated()) return;
        sayNotSaved(healthAfterFailedChange(error, Date.now()));
        if (live) setFailed(String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [playbook, period, now, built]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('dash.title');
  }, [locale]); // eslint-disable-line react-hooks/exhaustive-deps -- t follows locale

  const f = formatters(locale);
  const ready = data && data.days === period && playbook ? data.dashboard : null;
  return (
    <I18nContext.Provider value={i18n}>
      <div className="app dashboard" lang={locale}>
        <header className="app-header">
          <h1>{t('dash.title')}</h1>
          <label>
            {t('dash.period')}{' '}
            <select value={period} onChange={(e) => setPeriod(Number(e.target.value))} data-testid="dash-period">
              {PERIODS.map((d) => (
                <option key={d} value={d}>
                  {t('dash.days', { days: String(d) })}
                </option>
              ))}
            </select>
          </label>
          <LanguageSelect label={t('app.language')} value={locale} onChange={setLocale} testId="language-select" />
        </header>
        <main data-settled={settled ?? undefined}>
          <StorageAlert />
          {ready?.notSaved && (
            <p className="status" role="status" data-testid="dash-not-current">
              {t('dash.notCurrent')}
            </p>
          )}
          {team.available && <ScopeTabs scope={scope} onChange={setScope} />}
          {team.available && scope === 'team' ? (
            <TeamScope team={team} period={periodOf(period, openedAt)} playbook={playbook ?? null} f={f} />
          ) : (
            <>
          <p className="scope" data-testid="dash-scope">
            {t('dash.scope')}
          </p>
          {failed && (
            <p className="error" role="alert" data-testid="dash-failed">
              {t('dash.failed', { error: failed })}
            </p>
          )}
          {!ready && !failed && !outdated && (
            <p className="status" role="status" data-testid="dash-loading">
              {building ? t('dash.building', { done: f.count(building.done), total: f.count(building.total) }) : t('dash.loading')}
            </p>
          )}
          {ready && playbook && (
            <div className="dash-grid" data-testid="dash-ready">
              <KpiSection data={ready} playbook={playbook} f={f} />
              <FunnelSection data={ready} playbook={playbook} f={f} />
              <StandingSections standing={ready.standing} playbook={playbook} f={f} />
              <CadenceSection data={ready} playbook={playbook} f={f} />
              <ObjectionsSection data={ready} playbook={playbook} f={f} />
              <DrillsSection data={ready} playbook={playbook} f={f} />
            </div>
          )}
            </>
          )}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
