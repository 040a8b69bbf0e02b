import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { queryWords, type ContactsPage } from '@/lib/contacts/agenda';
import type { Playbook } from '@/lib/playbook/schema';
import type { ContactId } from '@/lib/contacts/schema';
import { contactCount, contactSearch, findContacts, findContactsAtOnce, heldContactCount } from '@/lib/contacts/store';
import { typingSignal } from '@/lib/contacts/typing-signal';
import { TIER_IDS, type TierId } from '@/lib/playbook/ids';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { useI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { useAfterPaint } from './use-after-paint';
import { usePlaybook } from './use-playbook';
import { WindowedList } from './WindowedList';
import { ContactRow } from './ContactRow';
import { useRowJudge } from './use-row-judge';

/** Rows read per page; the list asks for the next page as its end scrolls into view. */
const PAGE = 30;
/** Name, then stage · tier · last touch, then the action on up to two lines (13 px × 1.45 each): four lines. */
const ROW_HEIGHT = 93;

/** How long the search stays unchanged before the list's total is counted. */
const STILL_MS = 1_000;

/** True once `value` has stayed the same for `ms` (and from then on). */
function useStill(value: string, ms: number): boolean {
  const [still, setStill] = useState(false);
  useEffect(() => {
    if (still) return;
    const id = setTimeout(() => setStill(true), ms);
    return () => clearTimeout(id);
  }, [still, value, ms]);
  return still;
}

/**
 * The list's total: the size of the search held in memory once it holds every contact (kept
 * current with it), else counted by walking the keys once `countNow` (never one `count()`, see
 * `contactCount`).
 */
function useContactTotal(countNow: boolean): number | undefined {
  const [memory] = useState(() => heldContactCount());
  const held = useSyncExternalStore(memory.subscribe, memory.count);
  const walk = countNow && held === undefined;
  const counted = useLiveQuery<number | undefined>(() => (walk ? contactCount() : undefined), [walk]);
  return held ?? counted;
}

type Found = ContactsPage & { key: string };
/** What the list asks: the words typed (folded, one space apart), the stage and tier picked, how many rows. */
interface Asked {
  words: string;
  stage: StageId | '';
  tier: TierId | '';
  limit: number;
  key: string;
}

/**
 * The page of contacts for what is typed and picked, kept current: one search per list (it keeps
 * what it read from keystroke to keystroke), asked again whenever a contact is written anywhere.
 * Only the answer to the newest question is shown (an older one finishing late is dropped).
 * When the search held in memory can answer, the page is rendered in the task that made it
 * answerable: `answer` is called by the event that asks (a keystroke, a filter picked), and the
 * memory's news (its first part of a saved snapshot held, more held, a write read in) answer the
 * question on screen where they arrive. An answer through a promise was rendered in a task of its
 * own, queued behind every task before it: while the saved search loads, its parts' IndexedDB
 * reads (docs/bench-log.md, session 15: the first keystroke 164–339 ms with no long task).
 */
function useContactSearch(playbook: Playbook | undefined, asked: Asked): { found: Found | undefined; answer: (next: Asked) => void } {
  const { words, stage, tier, limit, key } = asked;
  const [search] = useState(() => contactSearch());
  const [version, setVersion] = useState(0);
  const [found, setFound] = useState<Found>();
  // The question answered at once, and at which version of the store: the effect need not ask it again.
  const answeredAtOnce = useRef<{ key: string; limit: number; version: number }>(undefined);
  // The store's version as last told (`version` follows it), and the question on screen with the playbook (for the news).
  const told = useRef(0);
  const onScreen = useRef<{ playbook: Playbook | undefined; asked: Asked }>({ playbook, asked });
  useEffect(() => {
    onScreen.current = { playbook, asked: { words, stage, tier, limit, key } };
  }, [playbook, words, stage, tier, limit, key]);
  const answerAtOnce = useRef((next: Asked, withPlaybook: Playbook | undefined): Found | undefined => {
    const page = withPlaybook && findContactsAtOnce({ query: next.words, stage: next.stage || undefined, tier: next.tier || undefined }, withPlaybook, next.limit, search);
    if (!page) return undefined;
    answeredAtOnce.current = { key: next.key, limit: next.limit, version: told.current };
    return { key: next.key, ...page };
  });
  useEffect(
    () =>
      search.follow(() => {
        const now = ++told.current;
        const { playbook: current, asked: question } = onScreen.current;
        const page = answerAtOnce.current(question, current);
        // Rendered in this task (a render scheduled from here waits behind the load's queued reads).
        flushSync(() => {
          setVersion(now);
          if (page) setFound(page);
        });
      }),
    [search],
  );
  useEffect(() => {
    if (!playbook) return;
    const early = answeredAtOnce.current;
    if (early?.key === key && early.limit === limit && early.version === version) return;
    let current = true;
    findContacts({ query: words, stage: stage || undefined, tier: tier || undefined }, playbook, limit, search).then(
      (page) => current && setFound({ key, ...page }),
      (error: unknown) => console.error('contacts', error),
    );
    return () => {
      current = false;
    };
  }, [playbook, search, words, stage, tier, limit, key, version]);
  const answer = (next: Asked) => {
    const page = answerAtOnce.current(next, playbook);
    if (page) setFound(page);
  };
  return { found, answer };
}

/**
 * Every contact, searchable as you type and filterable by stage and tier: read a page at a time
 * through the indexes (never the whole table), rendered only where the list is scrolled.
 */
export function ContactsView({ onOpen }: { onOpen: (id: ContactId) => void }) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<StageId | ''>('');
  const [tier, setTier] = useState<TierId | ''>('');
  const [pages, setPages] = useState({ key: '', count: 1 });
  // A trailing space or a changed case asks the same question: no new read.
  const askedOf = (typed: string, pickedStage: StageId | '', pickedTier: TierId | ''): Asked => {
    const words = queryWords(typed).join(' ');
    const key = `${words}\u0000${pickedStage}\u0000${pickedTier}`;
    return { words, stage: pickedStage, tier: pickedTier, key, limit: (pages.key === key ? pages.count : 1) * PAGE };
  };
  const asked = askedOf(query, stage, tier);
  const filterKey = asked.key;
  const count = asked.limit / PAGE;
  const { found, answer } = useContactSearch(playbook, asked);
  // Until the search is held in memory (then its size is the total), the total is counted after the first rows are painted and
  // once the search has been still for a second: counting walks the whole store, and the keystrokes' reads would queue behind its
  // steps (measured: the first second of typing at 100,000 contacts 80–340 ms a keystroke while it ran). Counted once, it is kept live.
  const still = useStill(query, STILL_MS);
  const counted = useAfterPaint(found !== undefined && still);
  const total = useContactTotal(counted);
  const judge = useRowJudge();
  const needReader = judge.needReader;
  // The rows hear that the search changed without being rendered again (each keystroke rendered every row on screen).
  const [typing] = useState(typingSignal);
  useEffect(() => typing.changed(), [typing, query]);
  if (!playbook) return null;
  // No search, no filter and nothing found: the store is empty.
  if (total === 0 || (found?.key === '\u0000\u0000' && found.contacts.length === 0)) return <PageStatus message={t('contacts.none')} />;
  const more = () => {
    if (found?.more && found.key === filterKey && found.contacts.length >= count * PAGE) setPages({ key: filterKey, count: count + 1 });
  };
  return (
    <section className="card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{total === undefined ? t('nav.contacts') : t('contacts.count', { count: total.toLocaleString(locale) })}</h2>
      <div className="filters">
        <input type="search" value={query} onChange={(e) => {
            setQuery(e.target.value);
            answer(askedOf(e.target.value, stage, tier));
          }} placeholder={t('contacts.search')} aria-label={t('contacts.search')} data-testid="contacts-search" />
        <select value={stage} onChange={(e) => {
            const picked = e.target.value as StageId | '';
            setStage(picked);
            answer(askedOf(query, picked, tier));
          }} aria-label={t('stage.title')} data-testid="contacts-stage">
          <option value="">{t('contacts.allStages')}</option>
          {STAGE_IDS.map((id) => (
            <option key={id} value={id}>
              {playbook.stages.find((s) => s.id === id)?.name[locale] ?? id}
            </option>
          ))}
        </select>
        <select value={tier} onChange={(e) => {
            const picked = e.target.value as TierId | '';
            setTier(picked);
            answer(askedOf(query, stage, picked));
          }} aria-label={t('tier.label')} data-testid="contacts-tier">
          <option value="">{t('contacts.allTiers')}</option>
          {TIER_IDS.map((id) => (
            <option key={id} value={id}>
              {t('today.tier', { tier: id })}
            </option>
          ))}
        </select>
      </div>
      {found && found.contacts.length === 0 && !found.partial && <p className="status">{t('contacts.empty')}</p>}
      {/* Answered while the search is still being loaded, and the page did not fill: more may match (asked again when it is in). */}
      {found?.partial && (
        <p className="status" data-testid="contacts-partial">
          {t('contacts.partial')}
        </p>
      )}
      {found && (
        // data-query: the search these rows answer (what the bench waits for as you type).
        // data-from: "memory" once the search held in memory answers (the e2e test waits for it before a capture); "loading"
        // when answered from it partly loaded and the page may miss a match.
        <div data-testid="contacts-results" data-query={found.key.split('\u0000')[0]} data-from={found.fromMemory ? (found.partial ? 'loading' : 'memory') : 'store'}>
        <WindowedList
          items={found.contacts}
          rowHeight={ROW_HEIGHT}
          height={Math.max(240, Math.round(window.innerHeight * 0.62))}
          keyOf={(contact) => contact.id}
          onNearEnd={more}
          label={t('nav.contacts')}
          itemTestId="contact-row"
          render={(contact) => <ContactRow contact={contact} judge={judge} onOpen={onOpen} onNeedsReader={needReader} typing={typing} />}
        />
        </div>
      )}
    </section>
  );
}
