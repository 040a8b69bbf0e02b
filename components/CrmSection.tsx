import { CRM_IDS, type CrmId } from '@/lib/crm/types';
import { useManagedPolicy } from '@/lib/policy/use-managed-policy';
import { CrmConnectionCard } from './CrmConnectionCard';
import { CRM_NAMES } from './crm-names';
import { useI18n } from './i18n';

const SITE_NAMES: Record<string, string> = { fxiaoke: '纷享销客' };
const isCrmId = (value: string | undefined): value is CrmId => (CRM_IDS as readonly string[]).includes(value ?? '');

/**
 * Settings → Log to your CRM: one card per CRM we can write to. The CRM the administrator named
 * by policy (`TeamCrm`, `TeamCrmInstanceUrl`) comes first, said so, with its instance filled in.
 */
export function CrmSection() {
  const { t } = useI18n();
  const policy = useManagedPolicy();
  const team = policy?.teamCrm;
  const order = isCrmId(team) ? [team, ...CRM_IDS.filter((crm) => crm !== team)] : CRM_IDS;
  return (
    <section className="card" aria-labelledby="crm-title" data-testid="crm-section">
      <h2 id="crm-title">{t('crm.title')}</h2>
      <p className="muted">{t('crm.intro')}</p>
      {team && (
        <p className="status" data-testid="crm-team">
          {isCrmId(team) ? t('crm.teamCrm', { crm: CRM_NAMES[team] }) : t('crm.teamCrmUnsupported', { crm: SITE_NAMES[team] ?? team })}
        </p>
      )}
      {order.map((crm) => (
        <CrmConnectionCard key={crm} crm={crm} instanceUrl={crm === team ? policy?.teamCrmInstanceUrl : undefined} />
      ))}
    </section>
  );
}
