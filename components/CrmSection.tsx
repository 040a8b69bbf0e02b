import { CRM_IDS } from '@/lib/crm/types';
import { CrmConnectionCard } from './CrmConnectionCard';
import { useI18n } from './i18n';

/** Settings → Log to your CRM: one card per CRM we can write to. */
export function CrmSection() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="crm-title" data-testid="crm-section">
      <h2 id="crm-title">{t('crm.title')}</h2>
      <p className="muted">{t('crm.intro')}</p>
      {CRM_IDS.map((crm) => (
        <CrmConnectionCard key={crm} crm={crm} />
      ))}
    </section>
  );
}
