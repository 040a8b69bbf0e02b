import { classifyObjection, type DetectedObjection, type Evidence } from '../engine/classify-objection';
import { detectBuyingSignals, type BuyingSignal } from '../engine/buying-signals';
import type { ObjectionId } from '../playbook/ids';
import type { ReplyLanguage } from '../nlp/language';
import { readComplaint, readOutOfOffice, readQuestion, readStopRequest, type Span } from './intents';
import { findNamedDate, type NamedDate } from './time-expressions';

/** Everything the product reads in the prospect's last words: one object, the input of the judgment. */
export interface ReplyReading {
  /** The main objection, or 'none'. */
  category: ObjectionId | 'none';
  confidence: number;
  evidence: Evidence | null;
  objections: DetectedObjection[];
  signals: BuyingSignal[];
  language: ReplyLanguage;
  /** A day they named for the next contact ("September", "下个季度再说"). */
  namedDate: NamedDate | null;
  /** An auto-reply or "I'm away"; `until` is the day they are back, when it says. */
  outOfOffice: { until: number | null; evidence: Span } | null;
  /** They asked not to be contacted again. */
  stop: Span | null;
  /** Something of ours is broken for them (counts as a complaint only for customers). */
  complaint: Span | null;
  /** The last question they asked. */
  question: Span | null;
}

/**
 * Reads the prospect's last reply: the objection reader, buying signals, a named date, an
 * out-of-office, a request to stop, a complaint and a question. Pure; `now` dates relative words.
 */
export function readReply(text: string, now: number): ReplyReading {
  const objection = classifyObjection(text);
  return {
    category: objection.category,
    confidence: objection.confidence,
    evidence: objection.evidence,
    objections: objection.objections,
    signals: detectBuyingSignals(text),
    language: objection.language,
    namedDate: findNamedDate(text, now),
    outOfOffice: readOutOfOffice(text, now),
    stop: readStopRequest(text),
    complaint: readComplaint(text),
    question: readQuestion(text),
  };
}
