import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { searchContacts } from '@/lib/contacts/agenda';
import type { ContactId } from '@/lib/contacts/schema';
import { getDatabase } from '@/lib/db/database';
import { TIER_IDS, type TierId } from '@/lib/playbook/ids';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { useI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { usePlaybook } from './use-playbook';

/** Every contact, searchable as you type and filterable by stage and tier. */
export function ContactsView({ onOpen }: { onOpen: (id: ContactId) => void }) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<StageId | ''>('');
  const [tier, setTier] = useState<TierId | ''>('');
  const contacts = useLiveQuery(() => getDatabase().contacts.toArray(), []);
  if (!contacts || !playbook) return null;
  if (contacts.length === 0) return <PageStatus message={t('contacts.none')} />;
  const found = searchContacts(contacts, { query, stage: stage || undefined, tier: tier || undefined }, playbook);
  return (
    <section className="card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.count', { count: String(contacts.length) })}</h2>
      <div className="filters">
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('contacts.search')} aria-label={t('contacts.search')} data-testid="contacts-search" />
        <select value={stage} onChange={(e) => setStage(e.target.value as StageId | '')} aria-label={t('stage.title')} data-testid="contacts-stage">
          <option value="">{t('contacts.allStages')}</option>
          {STAGE_IDS.map((id) => (
            <option key={id} value={id}>
              {playbook.stages.find((s) => s.id === id)?.name[locale] ?? id}
            </option>
          ))}
        </select>
        <select value={tier} onChange={(e) => setTier(e.target.value as TierId | '')} aria-label={t('tier.label')} data-testid="contacts-tier">
          <option value="">{t('contacts.allTiers')}</option>
          {TIER_IDS.map((id) => (
            <option key={id} value={id}>
              {t('today.tier', { tier: id })}
            </option>
          ))}
        </select>
      </div>
      {found.length === 0 && <p className="status">{t('contacts.empty')}</p>}
      <ul className="rows">
        {found.slice(0, 200).map((contact) => (
          <li key={contact.id} data-testid="contact-row">
            <button type="button" className="row-button" onClick={() => onOpen(contact.id)}>
              <span className="row-title">{contact.name}</span>
              <span className="muted">{[contact.company, contact.email].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
