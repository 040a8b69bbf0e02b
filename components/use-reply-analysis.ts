import { useEffect, useState } from 'react';
import type { BuyingSignal } from '@/lib/engine/buying-signals';
import type { ObjectionClassification } from '@/lib/engine/classify-objection';

export interface ReplyAnalysis {
  objection: ObjectionClassification;
  signals: BuyingSignal[];
}

/**
 * The objection and buying signals in the prospect's last reply. The classifier (rules, lexicon
 * and model, ~300 kB) loads as its own chunk, only when a conversation is open.
 */
export function useReplyAnalysis(text: string | undefined): ReplyAnalysis | undefined {
  const [analysis, setAnalysis] = useState<{ text: string; result: ReplyAnalysis }>();
  useEffect(() => {
    if (text === undefined) return;
    let cancelled = false;
    void Promise.all([import('@/lib/engine/classify-objection'), import('@/lib/engine/buying-signals')]).then(([classifier, signals]) => {
      if (!cancelled) setAnalysis({ text, result: { objection: classifier.classifyObjection(text), signals: signals.detectBuyingSignals(text) } });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return text !== undefined && analysis?.text === text ? analysis.result : undefined;
}
