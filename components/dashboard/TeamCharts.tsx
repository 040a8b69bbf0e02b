import type { CrmId } from '@/lib/crm/types';
import type { Period } from '@/lib/dashboard/input';
import type { Playbook } from '@/lib/playbook/schema';
import { CRM_NAMES } from '../crm-names';
import { useI18n } from '../i18n';
import type { Formatters } from './format';
import { CadenceSection, DrillsSection, FunnelSection, KpiSection, ObjectionsSection, type SectionLimits } from './Sections';
import { useDashText } from './use-dash-text';
import { useTeamCharts } from './use-team-charts';

interface Props {
  crm: CrmId;
  period: Period;
  version: number;
  playbook: Playbook;
  /** One rep's records ('' for those with no owner), or undefined for the team. */
  owner: string | undefined;
  f: Formatters;
}

/**
 * The dashboard's own charts (the same sections as *This browser*) over the team's activities
 * read back from the CRM, for the team or one rep; each chart says what the CRM cannot tell it.
 */
export function TeamCharts({ crm, period, version, playbook, owner, f }: Props) {
  const { t } = useI18n();
  const { t: dt } = useDashText();
  const { charts, failed } = useTeamCharts(crm, period, version, playbook, owner);
  const name = CRM_NAMES[crm];
  if (failed)
    return (
      <p className="error" role="alert" data-testid="team-charts-failed">
        {dt('dash.failed', { error: failed })}
      </p>
    );
  if (!charts)
    return (
      <p className="status" role="status" data-testid="team-charts-loading">
        {dt('dash.team.computing')}
      </p>
    );
  const limits: SectionLimits = {
    kpis: dt('dash.team.limit.kpis', { crm: name }),
    funnel: dt('dash.team.limit.funnel', { crm: name }),
    cadence: dt('dash.team.limit.cadence', { crm: name }),
    objections: dt('dash.team.limit.objections', { crm: name }),
    tracks: dt('dash.team.limit.tracks', { crm: name }),
    drills: dt('dash.team.limit.drills', { crm: name }),
  };
  const data = { ...charts, overdue: null, overdueFinal: true, standing: null };
  return (
    <>
      <p className="scope" data-testid="team-charts">
        {dt('dash.team.charts', { crm: name, people: f.count(charts.people) })}
        {charts.withoutPerson > 0 && <> {t('team.withoutPerson', { count: charts.withoutPerson, crm: name })}</>}
      </p>
      <KpiSection data={data} playbook={playbook} f={f} limits={limits} />
      <FunnelSection data={data} playbook={playbook} f={f} limits={limits} />
      <CadenceSection data={data} playbook={playbook} f={f} limits={limits} />
      <ObjectionsSection data={data} playbook={playbook} f={f} limits={limits} />
      <DrillsSection data={data} playbook={playbook} f={f} limits={limits} />
    </>
  );
}
