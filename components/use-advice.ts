import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { ContactId } from '@/lib/contacts/schema';
import type { ConversationSummary } from '@/lib/db/tab-state';
import type { DealId } from '@/lib/deals/deal';
import type { Locale } from '@/lib/i18n/locales';
import { allCorrections } from '@/lib/reader/store';
import type { NearestExamples, ReplyReading } from '@/lib/reader/read-reply';
import type { Advice } from '@/lib/situation/advise';
import { samePersonInput, situationInputOf, type GatheredSituation } from '@/lib/situation/gather';
import { gatherSituation } from '@/lib/situation/store';
import { useI18n } from './i18n';
import { useNow } from './use-now';
import { usePlaybook } from './use-playbook';

type Reader = typeof import('@/lib/reader/read-reply');
type Engine = typeof import('@/lib/situation/engine');
const loaded: { reader?: Reader; engine?: Engine } = {};

/** A module loaded as its own chunk on first need and kept; undefined until it is there. */
function useLazyModule<K extends keyof typeof loaded>(key: K, needed: boolean, load: () => Promise<NonNullable<(typeof loaded)[K]>>): (typeof loaded)[K] {
  const [module, setModule] = useState(loaded[key]);
  useEffect(() => {
    if (!needed || module) return;
    let cancelled = false;
    void load().then((value) => {
      loaded[key] = value;
      if (!cancelled) setModule(value);
    });
    return () => {
      cancelled = true;
    };
  }, [key, needed, module, load]);
  return module;
}

const loadReader = () => import('@/lib/reader/read-reply');
const loadEngine = () => import('@/lib/situation/engine');

/** The reply reader (its model and rules) loads as its own chunk, only when there are words to read. */
export function useReader(needed: boolean): Reader | undefined {
  return useLazyModule('reader', needed, loadReader);
}

/** The judgment (situation, draft, SPIN, Today's queue) loads as its own chunk, after the panel's first paint. */
export function useEngine(): Engine | undefined {
  return useLazyModule('engine', true, loadEngine);
}

/**
 * What the reader follows before its model: the rep's corrections (live: a correction changes the
 * reading at once) and the team playbook's case library. undefined while loading.
 */
export function useReaderExamples(reader: Reader | undefined): NearestExamples | undefined {
  const playbook = usePlaybook();
  const corrections = useLiveQuery(() => allCorrections(), []);
  return useMemo(() => (reader && corrections && playbook ? reader.readerExamples(corrections, playbook.cases ?? []) : undefined), [reader, corrections, playbook]);
}

export interface PageAdvice extends Advice {
  gathered: GatheredSituation;
  reading: ReplyReading | null;
}

/**
 * The one judgment of what the panel shows (a contact, a deal, the conversation on the page),
 * live from the database: every card reads this, so none contradicts another. undefined while
 * loading.
 */
export function useAdvice(page: { contactId?: ContactId | undefined; dealId?: DealId | undefined; conversation?: ConversationSummary | undefined }, draftLanguage?: Locale): PageAdvice | undefined {
  const { locale } = useI18n();
  const playbook = usePlaybook();
  const now = useNow();
  const gathered = useLiveQuery(() => gatherSituation(page), [page.contactId, page.dealId, page.conversation]);
  // (another record of the person is judged too, from its own words)
  const reader = useReader(Boolean(gathered?.lastWord || gathered?.samePerson?.gathered.lastWord));
  const engine = useEngine();
  const lastWordText = gathered?.lastWord?.text;
  // Relative words ("next month") count from when they wrote; read once per text, not per render.
  const wroteAt = gathered?.lastWord?.at ?? Math.floor(now / 3_600_000) * 3_600_000;
  const examples = useReaderExamples(reader);
  const reading = useMemo(
    () => (reader && examples !== undefined && lastWordText !== undefined ? reader.readReply(lastWordText, wroteAt, examples) : null),
    [reader, examples, lastWordText, wroteAt],
  );
  return useMemo(() => {
    if (!gathered || !playbook || !engine) return undefined;
    if (gathered.lastWord && !reading) return undefined;
    if (gathered.samePerson?.gathered.lastWord && !(reader && examples)) return undefined;
    const read = (text: string, at: number) => {
      if (!reader || !examples) throw new Error('the reply reader is not loaded');
      return reader.readReply(text, at, examples);
    };
    const samePerson = samePersonInput(gathered, (other) => engine.judgeGathered(other, { playbook, now, read }, locale));
    const advice = engine.advise(situationInputOf(gathered, reading, { playbook, now, locale, draftLanguage }, samePerson));
    // (the reading as the judgment answered it: two objections answered in one reply are the two the reply card shows)
    return { ...advice, gathered, reading: advice.reading ?? reading };
  }, [engine, gathered, playbook, now, locale, reading, draftLanguage, reader, examples]);
}
