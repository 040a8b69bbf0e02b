import { useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';
import type { ManagedPolicy, TeamCrm } from '@/lib/policy/policy';
import type { TeamPlaybookStatus } from '@/lib/policy/team-playbook-status';
import { useI18n } from './i18n';
import { TeamPlaybookStatusText } from './TeamPlaybookStatusText';

const CRM_NAMES: Record<TeamCrm, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot', zoho: 'Zoho CRM', pipedrive: 'Pipedrive', fxiaoke: '纷享销客 Fxiaoke' };

/** What the admin's policy locks, one line each, in the rep's words. */
function lockedLines(t: ReturnType<typeof useI18n>['t'], list: ReturnType<typeof useI18n>['list'], policy: ManagedPolicy): { id: string; text: string }[] {
  const lines: { id: string; text: string }[] = [];
  const has = (key: ManagedPolicy['locked'][number]) => policy.locked.includes(key);
  if (has('AllowPersonalPlaybook')) lines.push({ id: 'personal', text: t(policy.allowPersonalPlaybook ? 'policy.lock.personalOn' : 'policy.lock.personalOff') });
  if (has('AllowLlm') || has('AllowedLlmEndpoints')) {
    const endpoints = policy.allowedLlmEndpoints;
    const text = !policy.allowLlm
      ? t('policy.lock.llmOff')
      : endpoints === undefined
        ? t('policy.lock.llmOn')
        : endpoints.length === 0
          ? t('policy.lock.llmNoEndpoint')
          : t('policy.lock.llmEndpoints', { endpoints: list(endpoints) });
    lines.push({ id: 'llm', text });
  }
  if (policy.teamCrm) lines.push({ id: 'crm', text: t('policy.lock.crm', { crm: CRM_NAMES[policy.teamCrm] }) });
  if (policy.teamCrmInstanceUrl) lines.push({ id: 'crm-url', text: t('policy.lock.crmUrl', { url: policy.teamCrmInstanceUrl }) });
  return lines;
}

/**
 * Settings → "Set by your administrator": the team playbook by policy (edition, source, last
 * check, why a file was refused, check now), every setting the policy locks, and the policy
 * values that were ignored. Absent when no policy applies.
 */
export function TeamPolicySection({ policy, status }: { policy: ManagedPolicy; status: TeamPlaybookStatus | null | undefined }) {
  const { t, list } = useI18n();
  const [checking, setChecking] = useState(false);
  if (policy.locked.length === 0 && policy.problems.length === 0) return null;
  const lines = lockedLines(t, list, policy);

  const checkNow = async () => {
    setChecking(true);
    try {
      await sendMessage('checkTeamPlaybook', { from: 'settings' });
    } catch (error) {
      // The status item says what the check found; a failure to ask at all is only logged.
      console.error('Team playbook check', error);
    } finally {
      setChecking(false);
    }
  };

  return (
    <section className="card" aria-labelledby="policy-title" data-testid="policy-section">
      <h2 id="policy-title">{t('policy.title')}</h2>
      <p className="muted">{t('policy.intro')}</p>
      {policy.teamPlaybookUrl && (
        <>
          <TeamPlaybookStatusText policy={policy} status={status} />
          <p className="muted" data-testid="team-playbook-privacy">
            {t('policy.privacy', { host: new URL(policy.teamPlaybookUrl).host })}
          </p>
          <p className="muted" data-testid="team-playbook-pin">
            {policy.teamPlaybookSha256 ? t('policy.pinned', { hash: policy.teamPlaybookSha256.slice(0, 12) }) : t('policy.notPinned')}
          </p>
          <div className="button-row">
            <button type="button" onClick={() => void checkNow()} disabled={checking} data-testid="team-playbook-check">
              {checking ? t('policy.checking') : t('policy.checkNow')}
            </button>
          </div>
        </>
      )}
      {lines.length > 0 && (
        <>
          <h3>{t('policy.locked')}</h3>
          <ul data-testid="policy-locked">
            {lines.map((line) => (
              <li key={line.id} data-lock={line.id}>
                {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {policy.problems.length > 0 && (
        <div role="alert" className="error" data-testid="policy-problems">
          <p>{t('policy.problems')}</p>
          <ul>
            {policy.problems.map((problem) => (
              <li key={`${problem.key}:${problem.value}`}>{t(`policy.problem.${problem.reason}`, { key: problem.key, value: problem.value })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
