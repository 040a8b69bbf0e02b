import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ContactId } from '@/lib/contacts/schema';
import { snoozeContact } from '@/lib/contacts/update-contact';
import { getDatabase } from '@/lib/db/database';
import { snoozeDeal } from '@/lib/deals/update-deal';
import type { QueueRow } from '@/lib/situation/queue';
import { STAGE_IDS } from '@/lib/sop/stages';
import { logTouch } from '@/lib/touches/log-touch';
import { useI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { useEngine, useReader, useReaderExamples } from './use-advice';
import { useNow } from './use-now';
import { usePlaybook } from './use-playbook';

const DAY = 86_400_000;

/**
 * One queue of what is due today, deals and contacts judged by the same engine as the page:
 * overdue first, then tier A, B, C. Each row shows stage, tier, last touch and the action, with
 * done and snooze in one click.
 */
export function TodayView({ onOpen }: { onOpen: (id: ContactId) => void }) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const now = useNow();
  const data = useLiveQuery(async () => {
    const db = getDatabase();
    return { contacts: await db.contacts.toArray(), deals: await db.deals.toArray(), touches: await db.touches.toArray() };
  }, []);
  const needsReader = Boolean(data && (data.contacts.some((c) => c.lastWord) || data.deals.some((d) => d.record.activity.length > 0)));
  const reader = useReader(needsReader);
  const examples = useReaderExamples(reader);
  const engine = useEngine();
  if (!data || !playbook || !engine) return null;
  const read = reader && examples ? (text: string, at: number) => reader.readReply(text, at, examples) : null;
  const queue = engine.buildQueue({ ...data, read, playbook, now, locale });
  if (queue === null) return null;
  if (queue.length === 0) return <PageStatus message={t('today.empty')} testId="today-empty" />;
  return (
    <section className="card" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title">{t('nav.today')}</h2>
      <ul className="rows">
        {queue.map((row) => (
          <TodayRow key={row.key} row={row} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

function TodayRow({ row, onOpen }: { row: QueueRow; onOpen: (id: ContactId) => void }) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const [busy, setBusy] = useState(false);
  const { situation, contact, deal } = row;
  const date = (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  const stage = situation.stage.id === 'lost' ? t('deal.stageLost') : (playbook?.stages[STAGE_IDS.indexOf(situation.stage.id)]?.name[locale] ?? '');
  const person = contact?.id ?? deal?.contactIds[0];
  const title = deal ? deal.record.name : (contact?.name ?? '');
  const done = () => {
    if (!person) return;
    setBusy(true);
    void logTouch(getDatabase(), { contactId: person, at: Date.now(), direction: 'outbound', channel: contact?.sources.includes('linkedin') ? 'linkedin' : 'email' }).finally(() => setBusy(false));
  };
  const snooze = () => {
    setBusy(true);
    const until = Date.now() + 7 * DAY;
    const write = deal ? snoozeDeal(getDatabase(), deal.id, until, Date.now()) : contact ? snoozeContact(getDatabase(), contact.id, until, Date.now()) : Promise.resolve();
    void Promise.resolve(write).finally(() => setBusy(false));
  };
  return (
    <li data-testid="today-row" data-kind={situation.action.kind} data-key={row.key}>
      <button type="button" className="row-button" onClick={() => person && onOpen(person)} disabled={!person}>
        <span className="row-title" data-testid="today-row-title">
          {title}
        </span>
        {deal && contact && <span className="muted"> · {contact.name}</span>}
        {!deal && contact?.company && <span className="muted"> · {contact.company}</span>}
        <span className="row-meta muted" data-testid="today-row-meta">
          {stage}
          {situation.tier ? ` · ${t('tier.label')} ${situation.tier}` : ''}
          {row.lastTouchAt !== null ? ` · ${t('today.lastTouch', { date: date(row.lastTouchAt) })}` : ''}
        </span>
        <span className="row-action" data-testid="today-row-action">
          {situation.action.label}
        </span>
        <span className={situation.action.overdue ? 'due overdue' : 'due'}>
          {situation.action.overdue ? t('next.overdue') : t('next.due')}: {date(situation.action.due)}
        </span>
      </button>
      <span className="button-row">
        {person && (
          <button type="button" className="link-button" onClick={done} disabled={busy} data-testid="today-done">
            {t('next.done')}
          </button>
        )}
        <button type="button" className="link-button" onClick={snooze} disabled={busy} data-testid="today-snooze">
          {t('next.snoozeWeek')}
        </button>
      </span>
    </li>
  );
}
