import { useEffect, useState } from 'react';
import { CRM_IDS, type CrmId } from '@/lib/crm/types';
import type { Period } from '@/lib/dashboard/input';
import type { Playbook } from '@/lib/playbook/schema';
import { useManagedPolicy } from '@/lib/policy/use-managed-policy';
import { teamSources } from '@/lib/team/store';
import { CRM_NAMES } from '../crm-names';
import { useI18n } from '../i18n';
import type { Formatters } from './format';
import { TeamView } from './TeamView';

export type Scope = 'browser' | 'team';

const isCrmId = (value: string | undefined): value is CrmId => (CRM_IDS as readonly string[]).includes(value ?? '');

/** Which CRM the team view reads: the one the admin's policy names (`TeamCrm`), else the first connected. */
export function useTeamSource(): { available: boolean; source: { crm: CrmId; apiBase: string } | null; policyCrm: CrmId | null } {
  const policy = useManagedPolicy();
  const [sources, setSources] = useState<{ crm: CrmId; apiBase: string }[]>([]);
  useEffect(() => {
    let live = true;
    void teamSources().then((list) => live && setSources(list));
    return () => {
      live = false;
    };
  }, []);
  const policyCrm = isCrmId(policy?.teamCrm) ? policy.teamCrm : null;
  const source = (policyCrm ? sources.find((s) => s.crm === policyCrm) : sources[0]) ?? null;
  return { available: sources.length > 0 || policyCrm !== null, source, policyCrm };
}

/** "This browser" or "Team": shown when a CRM is connected or the policy names the team's CRM. */
export function ScopeTabs({ scope, onChange }: { scope: Scope; onChange: (scope: Scope) => void }) {
  const { t } = useI18n();
  return (
    <div className="scope-tabs" role="group" aria-label={t('team.tabs')}>
      {(['browser', 'team'] as const).map((s) => (
        <button key={s} type="button" aria-pressed={scope === s} onClick={() => onChange(s)} data-testid={`scope-${s}`}>
          {t(s === 'team' ? 'team.tab.team' : 'team.tab.browser')}
        </button>
      ))}
    </div>
  );
}

/** The team scope: the team view of the connected CRM, or what to do to get one. */
export function TeamScope({ team, period, playbook, f }: { team: ReturnType<typeof useTeamSource>; period: Period; playbook: Playbook | null; f: Formatters }) {
  const { t } = useI18n();
  if (!team.source || !playbook)
    return (
      <p className="status" data-testid="team-not-connected">
        {team.policyCrm ? t('team.policyCrm', { crm: CRM_NAMES[team.policyCrm] }) : t('team.noConnection')}{' '}
        <a href="/options.html" target="_blank" rel="noopener">
          {t('team.openSettings')}
        </a>
      </p>
    );
  return <TeamView crm={team.source.crm} apiBase={team.source.apiBase} period={period} playbook={playbook} f={f} />;
}
