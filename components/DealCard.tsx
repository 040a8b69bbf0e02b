import { useLiveQuery } from 'dexie-react-hooks';
import { wholeAmount } from '@/lib/i18n/money';
import type { DealId, StoredDeal } from '@/lib/deals/deal';
import { dealOf, peopleOfDeal } from '@/lib/deals/store';
import { dealInsight } from '@/lib/engine/deal-insight';
import type { Playbook } from '@/lib/playbook/schema';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { STAGE_IDS } from '@/lib/sop/stages';
import { contactOfPerson } from '@/lib/deals/deal-links';
import { dayOrMonthUnclear } from '@/lib/dates/page-date';
import type { Contact } from '@/lib/contacts/schema';
import type { RecordPerson } from '@/lib/sites/extraction-schema';
import { Field } from './ContactCard';
import { usePanelNav } from './panel-nav';
import { Fold } from './Fold';
import { useI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { useNow } from './use-now';
import { usePlaybook } from './use-playbook';

const LOADING = 'loading' as const;

/** The deal or account record on the page, live from the database. */
export function DealView({ dealId }: { dealId: DealId }) {
  const { t } = useI18n();
  const deal = useLiveQuery(() => dealOf(dealId), [dealId], LOADING);
  const playbook = usePlaybook();
  if (deal === LOADING || !playbook) return null;
  if (deal === null) return <PageStatus message={t('deal.missing')} />;
  return <DealCard deal={deal} playbook={playbook} />;
}

/**
 * Where the deal stands against our SOP, from its record: the CRM stage and ours (or "unmapped"),
 * BANT gaps and, at the contract stage, the checklist. Every value from the page is rendered as text.
 */
export function DealCard({ deal, playbook }: { deal: StoredDeal; playbook: Playbook }) {
  const { t, label, list, locale } = useI18n();
  const now = useNow();
  const insight = dealInsight({ crm: deal.crm, record: deal.record, capturedAt: deal.capturedAt, exitCriteriaMet: deal.exitCriteriaMet }, playbook, now, locale);
  const { record } = deal;
  const crm = SITE_ADAPTERS[deal.crm].label;
  const date = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
  // A close date whose day and month read both ways, with nothing on the page to settle it, is shown as written and said to be unclear.
  const closeDate = record.closeAt !== undefined ? date(record.closeAt) : record.closeDate && dayOrMonthUnclear(record.closeDate) ? t('deal.dateUnclear', { date: record.closeDate }) : record.closeDate;
  const sop = insight.stage.sop;
  const sopStage = sop && sop !== 'lost' ? playbook.stages[STAGE_IDS.indexOf(sop)] : undefined;
  const tier = insight.bant.score.tier;
  const people = useLiveQuery(() => peopleOfDeal(deal), [deal.id, deal.contactIds.join('|')]) ?? [];

  return (
    <>
      <Fold
        name="deal-record"
        // The title stays whole at 320 px ("Nordlicht Pharma – Cold Cha…" was cut): the CRM's word for the record; its
        // name, as long as the CRM holds it, leads the summary (which may end in an ellipsis) and opens the body.
        title={t(record.type === 'deal' ? 'deal.title' : 'deal.accountTitle', { crm })}
        summary={
          <>
            <span className="fold-summary-lead" data-testid="deal-name">{record.name}</span>
            {[record.amount && wholeAmount(record.amount), closeDate].filter(Boolean).map((part) => ` · ${String(part)}`).join('')}
          </>
        }
        open={false}
      >
        <p>
          <strong>{record.name}</strong>
        </p>
        <dl className="fields">
          {record.type === 'deal' && <Field label={t('contact.company')} value={record.account} testId="deal-account" />}
          <Field label={t('deal.amount')} value={record.amount && wholeAmount(record.amount)} testId="deal-amount" />
          <Field label={t('deal.closeDate')} value={closeDate} testId="deal-close-date" />
          <Field label={t('deal.owner')} value={record.owner} testId="deal-owner" />
          <Field label={t('deal.crmNextStep')} value={record.nextStep} testId="deal-crm-next-step" />
        </dl>
      </Fold>

      {record.type === 'deal' && (
        // Open when the CRM's stage has no SOP stage: the rep has something to fix.
        <Fold
          name="deal-stage"
          title={t('deal.crmStageTitle', { crm })}
          summary={insight.stage.crm === null ? t('deal.noStage') : sopStage ? `${insight.stage.crm} → ${sopStage.name[locale]}` : insight.stage.crm}
          open={insight.stage.crm !== null && sop === null}
        >
          {insight.stage.crm === null ? (
            <p>{t('deal.noStage')}</p>
          ) : (
            <p>
              {label('deal.crmStage', { crm })}<span data-testid="deal-crm-stage">{insight.stage.crm}</span>
              {sopStage && (
                <>
                  {' → '}
                  <strong data-testid="deal-sop-stage">{sopStage.name[locale]}</strong>
                </>
              )}
            </p>
          )}
          {insight.stage.crm !== null && sop === null && (
            <p className="error" role="alert" data-testid="deal-stage-unmapped">
              {t('deal.stageUnmapped', { stage: insight.stage.crm })}
            </p>
          )}
          {sop === 'lost' && <p data-testid="deal-stage-lost">{t('deal.stageLost')}</p>}
        </Fold>
      )}

      <Fold
        name="deal-bant"
        title={t('deal.bantTitle')}
        summary={insight.bant.gaps.length === 0 ? t('deal.bantComplete') : t('fold.gaps', { count: insight.bant.gaps.length })}
        open={false}
        extra={
          tier && (
            <span className={`tier tier-${tier}`} data-testid="deal-tier" title={insight.bant.score.reason}>
              {t('tier.label')} {tier}
            </span>
          )
        }
      >
        {insight.bant.gaps.length === 0 ? (
          <p data-testid="deal-bant-complete">{t('deal.bantComplete')}</p>
        ) : (
          <ul data-testid="deal-bant-gaps">
            {insight.bant.gaps.map((gap) => (
              <li key={gap.key} data-testid={`deal-gap-${gap.key}`}>
                {t(`deal.gap.${gap.reason}`)}
              </li>
            ))}
          </ul>
        )}
        {insight.bant.decisionMaker && <p data-testid="deal-decision-maker">{t('deal.decisionMaker', { name: insight.bant.decisionMaker.name })}</p>}
      </Fold>

      {insight.contract && (
        // At the contract stage the checklist is what matters now: open.
        <Fold name="deal-contract" title={t('deal.contractTitle')} summary={t('fold.contractShown', { shown: insight.contract.filter((item) => item.shown).length, total: insight.contract.length })} open>
          <ul className="checklist-static">
            {insight.contract.map((item) => {
              const text = playbook.contractChecklist.find((c) => c.id === item.id)?.text[locale] ?? item.id;
              return (
                <li key={item.id} data-testid={`deal-contract-${item.id}`} data-shown={item.shown ? 'yes' : 'no'}>
                  <span aria-hidden="true">{item.shown ? '✓ ' : '○ '}</span>
                  {text}
                  <br />
                  <span className="muted">{item.shown ? t('deal.contractShown', { text: item.shown.label ? `${item.shown.label}: ${item.shown.text}` : item.shown.text }) : t('deal.contractMissing')}</span>
                </li>
              );
            })}
          </ul>
        </Fold>
      )}

      <Fold name="deal-people" title={t('deal.people')} summary={record.contacts.length === 0 ? t('deal.noPeople') : list(record.contacts.map((person) => person.name))} open={false}>
        {record.contacts.length === 0 ? (
          <p className="muted">{t('deal.noPeople')}</p>
        ) : (
          <ul data-testid="deal-people">
            {record.contacts.map((person) => (
              <li key={`${person.name}|${person.identity ?? ''}`}>
                <PersonName person={person} people={people} />
                {person.title ? ` · ${person.title}` : ''}
                {person.role ? ` · ${person.role}` : ''}
                {person.email ? ` · ${person.email}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Fold>
    </>
  );
}

/** A person of the record: a link to their contact in the panel when they were stored as one. */
function PersonName({ person, people }: { person: RecordPerson; people: readonly Contact[] }) {
  const nav = usePanelNav();
  const contact = contactOfPerson(person, people);
  if (!nav || !contact) return <>{person.name}</>;
  return (
    <button type="button" className="link-button person-link" onClick={() => nav.openContact(contact.id)} data-testid="deal-person-link">
      {person.name}
    </button>
  );
}
