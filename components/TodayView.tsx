import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContactId } from '@/lib/contacts/schema';
import { snoozeContact, withNamesakes } from '@/lib/contacts/store';
import { snoozeDeal } from '@/lib/deals/store';
import type { ReplyReading } from '@/lib/reader/read-reply';
import { dayOf } from '@/lib/situation/format';
import { groupByPerson } from '@/lib/situation/group-by-person';
import { judgedRow } from '@/lib/situation/judged-row';
import type { GatheredSamePerson } from '@/lib/situation/gather';
import type { QueueRow } from '@/lib/situation/queue';
import { refreshToday, todayCounts, todayRows } from '@/lib/situation/store';
import { logTouch } from '@/lib/touches/store';
import { useI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { RowSummary } from './RowSummary';
import { useEngine, useReader, useReaderExamples } from './use-advice';
import { useAfterPaint } from './use-after-paint';
import { useNow } from './use-now';
import { usePlaybook } from './use-playbook';

const DAY = 86_400_000;
/** Rows read and rendered at a time: what fits on a screen or two. */
const PAGE = 25;
const TIER_ORDER = { A: 0, B: 1, C: 2 } as const;

const notLoaded = (): ReplyReading => {
  throw new Error('the reply reader is not loaded');
};

/**
 * One queue of what is due today, deals and contacts judged by the same engine as the page:
 * overdue first, then tier A, B, C. Read from Today's index a page at a time (with counts per
 * tier from the index), each row judged live as the panel judges it. Each row shows stage, tier,
 * last touch and the action, with done and snooze in one click.
 */
export function TodayView({ onOpen }: { onOpen: (id: ContactId) => void }) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const now = useNow();
  const day = dayOf(now);
  const [pages, setPages] = useState(1);
  const data = useLiveQuery(async () => {
    const { meta, rows } = await todayRows(day, pages * PAGE);
    return { meta, rows, full: rows.length >= pages * PAGE };
  }, [day, pages]);
  // Counting walks the index (cost per row counted): it comes after the rows are painted, never before them.
  const counted = useAfterPaint(data !== undefined);
  const counts = useLiveQuery(() => (counted ? todayCounts(day) : undefined), [day, counted]);
  const needsReader = Boolean(data?.rows.some((row) => row.gathered.lastWord || row.gathered.samePerson?.gathered.lastWord));
  const reader = useReader(needsReader);
  // The rep's corrections and the team's cases: Today reads their words as the page does.
  const examples = useReaderExamples(reader);
  const engine = useEngine();
  // A person of the same name elsewhere in the store (one seen on LinkedIn, one in email) may be one
  // person judged twice: the row says so, and the contact's merge card offers the merge.
  const shownContacts = (data?.rows ?? []).flatMap(({ gathered }) => (gathered.contact ? [gathered.contact] : []));
  const namesakes = useLiveQuery(() => withNamesakes(shownContacts), [shownContacts.map((c) => `${c.id}:${c.name}`).join('|')]);
  const healed = useRef(new Set<string>());

  const ready = data && playbook && engine && (!needsReader || (reader && examples));
  const judged = ready
    ? data.rows.map(({ entry, gathered }) => {
        const situation = engine.judgeGathered(gathered, { playbook, now, read: reader && examples ? (text: string, at: number) => reader.readReply(text, at, examples) : notLoaded }, locale);
        return { ...judgedRow(entry.key, gathered, situation), samePerson: gathered.samePerson ?? null };
      })
    : undefined;
  const endOfDay = day + DAY - 1;
  const isDue = (row: QueueRow) => row.situation.action.kind !== 'stop' && row.situation.action.kind !== 'snooze' && row.situation.action.due <= endOfDay;
  // A row the index holds as due that the judgment no longer finds due (time moved it): its entry is recomputed once.
  const staleKeys = (judged ?? []).filter((row) => !isDue(row)).map((row) => row.key).join('|');
  useEffect(() => {
    const keys = staleKeys.split('|').filter((key) => key && !healed.current.has(key));
    if (keys.length === 0) return;
    for (const key of keys) healed.current.add(key);
    const ids = (prefix: string) => keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    void refreshToday({ contactIds: ids('contact:') as ContactId[], dealIds: ids('deal:') as NonNullable<QueueRow['deal']>['id'][] });
  }, [staleKeys]);

  // Done or snooze takes the row off the list, and the focus with it: it goes to the row now in its
  // place (or, the list done, to the Today tab), so a keyboard user goes on down the queue.
  const listRef = useRef<HTMLUListElement>(null);
  const acted = useRef<{ index: number; rows: number; until: number } | null>(null);
  const markActed = useCallback((index: number) => {
    acted.current = { index, rows: listRef.current?.children.length ?? 0, until: Date.now() + 5000 };
  }, []);
  useEffect(() => {
    const pending = acted.current;
    if (!pending) return;
    const rows = listRef.current?.querySelectorAll<HTMLElement>(':scope > li > .row-button') ?? [];
    // Still waiting for the row to go (the write is on its way); a row that stays keeps its own focus.
    if (rows.length === pending.rows && Date.now() < pending.until) return;
    acted.current = null;
    const focused = document.activeElement;
    if (rows.length !== pending.rows && (!focused || focused === document.body || !focused.isConnected))
      (rows[Math.min(pending.index, rows.length - 1)] ?? document.querySelector<HTMLElement>('.tabs button[aria-pressed="true"]'))?.focus();
  });

  if (!data || !judged) return null;
  const { meta, full } = data;
  const building = meta?.state === 'building' ? meta : null;
  const due = judged.filter(isDue);
  // A person seen twice (her LinkedIn profile, her Gmail thread): one row, the record with the
  // conversation, which notes the other; the other's "merge" row goes while that one is listed.
  const listed = new Set(due.map(personOf));
  const queue = due.filter((row) => !(row.situation.action.step === 'same_person' && row.samePerson && listed.has(row.samePerson.contact.id))).sort((a, b) => {
    const overdue = Number(b.situation.action.overdue) - Number(a.situation.action.overdue);
    if (overdue !== 0) return overdue;
    const tier = TIER_ORDER[a.situation.tier ?? 'C'] - TIER_ORDER[b.situation.tier ?? 'C'];
    return tier !== 0 ? tier : a.situation.action.due - b.situation.action.due;
  });
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const status = building && <PageStatus message={t('today.building', { done: building.indexed.toLocaleString(locale), total: building.total.toLocaleString(locale) })} testId="today-building" />;
  if (queue.length === 0 && !full)
    return (
      <>
        {status}
        <PageStatus message={t('today.empty')} testId="today-empty" />
      </>
    );
  const n = (value: number) => value.toLocaleString(locale);
  const tierCount = (i: 0 | 1 | 2) => n((counts?.overdue[i] ?? 0) + (counts?.dueToday[i] ?? 0));
  return (
    <section className="card" aria-labelledby="today-title" data-testid="today">
      {status}
      <h2 id="today-title">{t('nav.today')}</h2>
      {counts && (
        <p className="muted" data-testid="today-counts">
          {t('today.counts', { overdue: n(sum(counts.overdue)), today: n(sum(counts.dueToday)), a: tierCount(0), b: tierCount(1), c: tierCount(2) })}
        </p>
      )}
      <ul className="rows" ref={listRef}>
        {/* A person on two open deals: a row per deal, the later one under the earlier. */}
        {groupByPerson(queue, personOf).map(({ row, underAbove }, index) => (
          <TodayRow
            key={row.key}
            row={row}
            onOpen={onOpen}
            onActed={() => markActed(index)}
            underAbove={underAbove}
            samePerson={row.samePerson && row.situation.action.step !== 'same_person' ? row.samePerson : null}
            sameName={!row.samePerson && Boolean(row.contact && namesakes?.has(row.contact.id))}
          />
        ))}
      </ul>
      {full && (
        <button type="button" className="link-button" onClick={() => setPages((p) => p + 1)} data-testid="today-more">
          {t('today.more')}
        </button>
      )}
    </section>
  );
}

/** The person a row shows: the contact, or a deal's first person. */
const personOf = (row: QueueRow): ContactId | undefined => row.contact?.id ?? row.deal?.contactIds[0];

function TodayRow({
  row,
  onOpen,
  onActed,
  underAbove = false,
  samePerson = null,
  sameName = false,
}: {
  row: QueueRow;
  onOpen: (id: ContactId) => void;
  onActed: () => void;
  underAbove?: boolean;
  /** Another record of this person (a strong match), which has no row of its own here. */
  samePerson?: Pick<GatheredSamePerson, 'contact' | 'where'> | null;
  sameName?: boolean;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const { situation, contact, deal } = row;
  const person = personOf(row);
  const title = contact?.name ?? deal?.record.name ?? '';
  const done = () => {
    if (!person) return;
    onActed();
    setBusy(true);
    void logTouch({ contactId: person, at: Date.now(), direction: 'outbound', channel: contact?.sources.includes('linkedin') ? 'linkedin' : 'email' }).finally(() => setBusy(false));
  };
  const snooze = () => {
    onActed();
    setBusy(true);
    const until = Date.now() + 7 * DAY;
    const write = deal ? snoozeDeal(deal.id, until, Date.now()) : contact ? snoozeContact(contact.id, until, Date.now()) : Promise.resolve();
    void Promise.resolve(write).finally(() => setBusy(false));
  };
  return (
    <li data-testid="today-row" data-kind={situation.action.kind} data-key={row.key} data-under-above={underAbove} className={underAbove ? 'row-under' : undefined}>
      <button type="button" className="row-button" onClick={() => person && onOpen(person)} disabled={!person}>
        {/* One row per person: a person on an open deal is named with the deal, never listed twice. */}
        <span>
          <span className="row-title" data-testid="today-row-title">
            {title}
          </span>
          {deal && (
            <span className="muted" data-testid="today-row-deal">
              {' · '}
              {t('links.onDeal', { name: deal.record.name })}
            </span>
          )}
          {!deal && contact?.company && <span className="muted"> · {contact.company}</span>}
        </span>
        <RowSummary row={row} testId="today-row" />
        {samePerson && (
          <span className="row-meta muted" data-testid="today-row-same-person">
            {t('today.samePerson', { name: samePerson.contact.name, where: samePerson.where })}
          </span>
        )}
        {sameName && (
          <span className="row-meta muted" data-testid="today-row-same-name">
            {t('today.sameName')}
          </span>
        )}
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
