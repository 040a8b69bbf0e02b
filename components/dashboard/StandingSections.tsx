import type { RecordBehind, Standing } from '@/lib/dashboard/standing';
import type { Playbook } from '@/lib/playbook/schema';
import type { MappedStage } from '@/lib/playbook/crm-stages';
import type { CrmSiteId } from '@/lib/sites/hosts';
import { cell, DataTable } from './DataTable';
import type { Formatters } from './format';
import { useDashText } from './use-dash-text';

/** The CRMs by the names their reps know them by (as the panel's deal card names them). */
const CRM_NAMES: Record<CrmSiteId, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot', zoho: 'Zoho CRM', pipedrive: 'Pipedrive', fxiaoke: '纷享销客 Fxiaoke' };

interface Props {
  standing: Standing;
  playbook: Playbook;
  f: Formatters;
}

/**
 * What the manager can have put right today, from the same judgment the panel shows: the records
 * behind their conversation (a deal's CRM stage to update, a person's stage to record), and the CRM
 * stages the playbook does not map (the rows to add to it), each named, never left silently out of
 * the funnel.
 */
export function StandingSections({ standing, playbook, f }: Props) {
  const { t, locale } = useDashText();
  const name = (stage: MappedStage | null) => (stage === null ? '—' : stage === 'lost' ? t('deal.stageLost') : (playbook.stages.find((s) => s.id === stage)?.name[locale] ?? stage));
  const { ahead, unmapped } = standing;
  // What the record still says, as the panel header's "CRM still says …": the CRM's own word, with the
  // playbook's stage it maps to when that reads differently ("需求确定 (Discovery)"); a person's recorded stage.
  const recordSays = (r: RecordBehind) => {
    if (!r.crm) return name(r.recordedAt);
    const ours = r.recordedAt ? name(r.recordedAt) : null;
    if (!ours || ours.toLocaleLowerCase() === r.recorded.toLocaleLowerCase()) return r.recorded || '—';
    return locale === 'en' ? `${r.recorded} (${ours})` : `${r.recorded}（${ours}）`;
  };
  return (
    <>
      <section className="card dash-section" aria-labelledby="ahead-title" data-testid="dash-ahead">
        <h2 id="ahead-title">{t('dash.ahead.title')}</h2>
        <p className="muted">{t('dash.ahead.help')}</p>
        <p className="summary" data-testid="dash-ahead-summary" data-count={ahead.total}>
          {t('dash.ahead.summary', { count: ahead.total })}
          {ahead.total > ahead.rows.length ? ` ${t('dash.ahead.more', { shown: f.count(ahead.rows.length) })}` : ''}
        </p>
        {ahead.rows.length > 0 && (
          <DataTable
            caption={t('dash.ahead.title')}
            file="records-behind"
            testId="table-ahead"
            text
            columns={[t('dash.col.deal'), t('dash.col.recordedIn'), t('dash.col.recorded'), t('dash.col.thread')]}
            rows={ahead.rows.map((r) => ({
              key: r.key,
              cells: [cell(r.name), r.crm ? cell(CRM_NAMES[r.crm], r.crm) : cell(t('dash.recorded.here'), 'browser'), cell(recordSays(r), r.recorded), cell(name(r.thread), r.thread)],
            }))}
          />
        )}
      </section>
      <section className="card dash-section" aria-labelledby="unmapped-title" data-testid="dash-unmapped">
        <h2 id="unmapped-title">{t('dash.unmapped.title')}</h2>
        <p className="muted">{t('dash.unmapped.help')}</p>
        <p className="summary" data-testid="dash-unmapped-summary" data-count={unmapped.length}>
          {t('dash.unmapped.summary', { stages: unmapped.length, names: unmapped.map((u) => (locale === 'zh-Hant' ? `「${u.stage}」` : `“${u.stage}”`)).join(locale === 'en' ? ', ' : '、') })}
        </p>
        {unmapped.length > 0 && (
          <DataTable
            caption={t('dash.unmapped.title')}
            file="unmapped-stages"
            testId="table-unmapped"
            text
            columns={[t('dash.col.crmStage'), t('dash.col.crm'), t('dash.col.deals')]}
            rows={unmapped.map((u) => ({ key: `${u.crm}:${u.stage}`, cells: [cell(u.stage), cell(CRM_NAMES[u.crm], u.crm), cell(f.count(u.deals), u.deals)] }))}
          />
        )}
      </section>
    </>
  );
}
