import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactId } from '@/lib/contacts/schema';
import type { DealId } from '@/lib/deals/deal';
import { dealsOfContact } from '@/lib/deals/store';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { useI18n } from './i18n';
import { usePanelNav } from './panel-nav';

/** The deals (and accounts) a contact is on, each opening in the panel; not the deal on screen; nothing when no other is left. */
export function ContactDeals({ contactId, except }: { contactId: ContactId; except?: DealId | undefined }) {
  const { t } = useI18n();
  const nav = usePanelNav();
  const all = useLiveQuery(() => dealsOfContact(contactId), [contactId]);
  const deals = all?.filter((deal) => deal.id !== except);
  if (!nav || !deals || deals.length === 0) return null;
  return (
    <section className="card" aria-labelledby="contact-deals-title" data-testid="contact-deals">
      <h2 id="contact-deals-title">{t('links.deals')}</h2>
      <ul className="link-list">
        {deals.map((deal) => (
          <li key={deal.id}>
            <button type="button" className="link-button" onClick={() => nav.openDeal(deal.id)} data-testid="contact-deal-link">
              {deal.record.name}
            </button>
            <span className="muted">
              {' · '}
              {t(deal.record.type === 'deal' ? 'deal.title' : 'deal.accountTitle', { crm: SITE_ADAPTERS[deal.crm].label })}
              {deal.record.stage ? ` · ${deal.record.stage}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
