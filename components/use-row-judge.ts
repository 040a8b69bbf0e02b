import { useCallback, useMemo, useState } from 'react';
import type { GatheredSituation } from '@/lib/situation/gather';
import type { Situation } from '@/lib/situation/types';
import { useI18n } from './i18n';
import { useEngine, useReader, useReaderExamples } from './use-advice';
import { useNow } from './use-now';
import { usePlaybook } from './use-playbook';

/**
 * The judgment a list's rows share (one engine, one reader with the rep's corrections and the
 * team's cases, one clock), so each row is judged exactly as the page would judge it. The reader
 * loads only once a row has words to read (`needReader`).
 */
export function useRowJudge(): ((gathered: GatheredSituation) => Situation | null) & { needReader: () => void } {
  const { locale } = useI18n();
  const playbook = usePlaybook();
  const now = useNow();
  const engine = useEngine();
  const [readerWanted, setReaderWanted] = useState(false);
  const reader = useReader(readerWanted);
  const examples = useReaderExamples(reader);
  const needReader = useCallback(() => setReaderWanted(true), []);
  return useMemo(() => {
    const judge = (gathered: GatheredSituation): Situation | null => {
      if (!engine || !playbook) return null;
      if (gathered.lastWord && !(reader && examples)) return null;
      const read = (text: string, at: number) => {
        if (!reader || !examples) throw new Error('the reply reader is not loaded');
        return reader.readReply(text, at, examples);
      };
      return engine.judgeGathered(gathered, { playbook, now, read }, locale);
    };
    return Object.assign(judge, { needReader });
  }, [engine, playbook, reader, examples, now, locale, needReader]);
}
