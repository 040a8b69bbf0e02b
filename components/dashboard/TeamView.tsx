import { useMemo, useState } from 'react';
import type { CrmId } from '@/lib/crm/types';
import type { Period } from '@/lib/dashboard/input';
import type { Playbook } from '@/lib/playbook/schema';
import { summariseDays } from '@/lib/team/day-rows';
import type { TeamSyncFailure } from '@/lib/team/types';
import { CRM_NAMES } from '../crm-names';
import { useI18n } from '../i18n';
import { StackedBars } from './Charts';
import { cell, DataTable } from './DataTable';
import type { Formatters } from './format';
import { useDashText } from './use-dash-text';
import { TeamCharts } from './TeamCharts';
import { useTeamView } from './use-team-view';
import './team.css';

interface Props {
  crm: CrmId;
  apiBase: string;
  period: Period;
  playbook: Playbook;
  f: Formatters;
}

function hostOf(apiBase: string): string {
  try {
    return new URL(apiBase).host;
  } catch {
    return apiBase;
  }
}

/**
 * The manager's view of the team (issue 19): the activities every rep's browser logged to the
 * team's CRM, read back and cached here, per rep and for the team, with where they come from and
 * when they were last synced. A read that fails says why and keeps every number already here.
 */
export function TeamView({ crm, apiBase, period, playbook, f }: Props) {
  const { t, locale } = useI18n();
  const { t: dt } = useDashText();
  const { sync, days: dayRows, cached, progress, finished, crashed, disconnected, version, syncNow } = useTeamView(crm, period);
  const [rep, setRep] = useState<string>('');
  const name = CRM_NAMES[crm];
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const all = useMemo(() => (dayRows ? summariseDays(dayRows, period) : null), [dayRows, period]);
  const shown = useMemo(() => (dayRows && rep ? summariseDays(dayRows, period, rep === '-' ? '' : rep) : all), [dayRows, period, rep, all]);

  const owners = sync?.owners ?? {};
  const repName = (owner: string) => (owner === '' ? t('team.noOwner', { crm: name }) : (owners[owner] ?? owner));
  const reps = (all?.reps ?? []).slice().sort((a, b) => repName(a.owner).localeCompare(repName(b.owner), locale));

  const failureText = (failure: TeamSyncFailure) =>
    t(`team.error.${failure.kind}`, { crm: name, status: failure.status === undefined ? '—' : String(failure.status), detail: failure.detail ?? '', time: when.format(failure.retryAt ?? failure.at + 60_000) });

  return (
    <div data-testid="team-view">
      <p className="scope" data-testid="team-scope">
        {t('team.scope', { crm: name })}
      </p>
      <div className="team-bar">
        <p data-testid="team-source">{sync?.syncedAt ? t('team.source', { crm: name, host: hostOf(apiBase), activities: cached, when: when.format(sync.syncedAt) }) : t('team.never', { crm: name, host: hostOf(apiBase) })}</p>
        <button type="button" onClick={syncNow} disabled={progress !== null} data-testid="team-sync">
          {t('team.sync')}
        </button>
      </div>
      {progress && (
        <p className="status" role="status" data-testid="team-progress">
          {progress.waitingUntil ? t('team.waiting', { crm: name, time: when.format(progress.waitingUntil) }) : t('team.syncing', { crm: name, records: progress.records, requests: progress.requests })}
        </p>
      )}
      {!progress && finished && (
        <p className="status" role="status" data-testid="team-synced">
          {t('team.synced', { records: finished.records, requests: finished.requests })}
        </p>
      )}
      {!progress && sync?.failure && (
        <div className="team-failure" role="alert" data-testid="team-failure">
          <p data-testid="team-failure-reason">{failureText(sync.failure)}</p>
          <p data-testid="team-failure-kept">{sync.syncedAt ? t('team.kept', { when: when.format(sync.syncedAt) }) : t('team.keptNever')}</p>
        </div>
      )}
      {disconnected && (
        <p className="status" role="alert" data-testid="team-disconnected">
          {t('team.noConnection')}
        </p>
      )}
      {crashed && (
        <p className="error" role="alert" data-testid="team-crashed">
          {dt('dash.failed', { error: crashed })}
        </p>
      )}
      {shown && (
        <div className="dash-grid" data-testid="team-ready">
          <label>
            {t('team.rep')}{' '}
            <select value={rep} onChange={(e) => setRep(e.target.value)} data-testid="team-rep">
              <option value="">{t('team.allReps')}</option>
              {reps.map((r) => (
                <option key={r.owner} value={r.owner === '' ? '-' : r.owner}>
                  {repName(r.owner)}
                </option>
              ))}
            </select>
          </label>
          <section className="card dash-section" aria-labelledby="team-reps-title" data-testid="team-reps">
            <h2 id="team-reps-title">{t('team.reps.title')}</h2>
            <p className="muted">{t('team.reps.help', { crm: name })}</p>
            <p className="summary" data-testid="team-reps-summary">
              {t('team.reps.summary', { reps: shown.reps.length, sent: f.count(shown.team.sent), replies: f.count(shown.team.replies), moves: f.count(shown.team.stageMoves), signed: f.count(shown.team.signed), tracks: f.count(shown.team.tracks) })}
            </p>
            <StackedBars
              series={[
                { name: t('team.col.sent'), tone: 's1' },
                { name: t('team.col.replies'), tone: 's0' },
              ]}
              rows={reps.filter((r) => !rep || (rep === '-' ? r.owner === '' : r.owner === rep)).map((r) => ({ label: repName(r.owner), values: [r.sent, r.replies] }))}
            />
            <DataTable
              caption={t('team.reps.title')}
              file="team-reps"
              testId="table-team-reps"
              columns={[t('team.col.rep'), t('team.col.sent'), t('team.col.replies'), t('team.col.moves'), t('team.col.signed'), t('team.col.heard'), t('team.col.tracks')]}
              rows={reps
                .filter((r) => !rep || (rep === '-' ? r.owner === '' : r.owner === rep))
                .map((r) => ({ key: r.owner || '-', cells: [cell(repName(r.owner)), cell(f.count(r.sent), r.sent), cell(f.count(r.replies), r.replies), cell(f.count(r.stageMoves), r.stageMoves), cell(f.count(r.signed), r.signed), cell(f.count(r.heard ?? 0), r.heard ?? 0), cell(f.count(r.tracks), r.tracks)] }))}
            />
          </section>
          <TeamCharts crm={crm} period={period} version={version} playbook={playbook} owner={rep === '' ? undefined : rep === '-' ? '' : rep} f={f} />
        </div>
      )}
    </div>
  );
}
