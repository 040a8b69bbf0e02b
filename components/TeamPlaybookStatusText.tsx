import type { ManagedPolicy } from '@/lib/policy/policy';
import type { TeamPlaybookStatus } from '@/lib/policy/team-playbook-status';
import { useI18n, type I18n } from './i18n';

function hostOf(url: string): string {
  return new URL(url).host;
}

/** "Team playbook v3, from playbooks.northwind.example" for the edition in force (or the one the policy names, not fetched yet). */
export function teamPlaybookTitle(t: I18n['t'], policyUrl: string, status: TeamPlaybookStatus | null | undefined): string {
  const good = status?.good;
  if (!good) return t('policy.teamPlaybookPending', { host: hostOf(policyUrl) });
  return good.revision !== undefined ? t('policy.teamPlaybook', { revision: good.revision, host: hostOf(good.url) }) : t('policy.teamPlaybookNoRevision', { host: hostOf(good.url) });
}

/** Why the last check refused the file, in the rep's language, with when. */
export function teamPlaybookFailureText(t: I18n['t'], locale: string, status: TeamPlaybookStatus): string | null {
  const failure = status.failure;
  if (!failure) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(failure.at);
  const host = hostOf(status.url);
  switch (failure.reason) {
    case 'network':
    case 'not-https':
    case 'not-json':
      return t(`policy.failure.${failure.reason}`, { host, date });
    case 'timeout':
      return t('policy.failure.timeout', { host, date, seconds: failure.seconds });
    case 'http':
      return t('policy.failure.http', { host, date, status: failure.status });
    case 'too-large':
      return t('policy.failure.too-large', { host, date, megabytes: Math.round(failure.limitBytes / 1024 / 1024) });
    case 'hash-mismatch':
      return t('policy.failure.hash-mismatch', { host, date, actual: failure.actual.slice(0, 12) });
    case 'invalid-playbook':
      return t('policy.failure.invalid-playbook', { host, date, count: failure.count, paths: failure.paths.slice(0, 3).join(', ') });
  }
}

/**
 * The team playbook the admin's policy names: which edition is in force and from where, when it
 * was last checked, and why the last check refused the file if it did. Shown in Settings and on
 * the panel's Playbook tab.
 */
export function TeamPlaybookStatusText({ policy, status }: { policy: ManagedPolicy; status: TeamPlaybookStatus | null | undefined }) {
  const { t, locale } = useI18n();
  const url = policy.teamPlaybookUrl;
  if (!url) return null;
  const failure = status ? teamPlaybookFailureText(t, locale, status) : null;
  const checked = status && status.url === url ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(status.checkedAt) : null;
  return (
    <div className="team-playbook" data-testid="team-playbook">
      <p>
        <strong data-testid="team-playbook-title">{teamPlaybookTitle(t, url, status)}</strong>
        {checked && (
          <span className="muted" data-testid="team-playbook-checked">
            {' '}
            {t('policy.checkedAt', { date: checked })}
          </span>
        )}
      </p>
      {failure && (
        <p role="alert" className="error" data-testid="team-playbook-failure">
          {failure} {status?.good ? t('policy.keptLastGood') : t('policy.noGoodYet')}
        </p>
      )}
    </div>
  );
}
