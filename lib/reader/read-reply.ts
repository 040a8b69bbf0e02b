import { classifyReply, type DetectedObjection, type Evidence, type ObjectionClassification, type Reading } from './classify-reply';
import { NearestExamples, type LabelledExample } from './nearest';
import { detectBuyingSignals, type BuyingSignal } from '../engine/buying-signals';
import type { ObjectionId } from '../playbook/ids';
import type { ReplyLanguage } from '../nlp/language';
import { readComplaint, readOutOfOffice, readQuestion, readStopRequest, type Span } from './intents';
import { findNamedDate, type NamedDate } from './time-expressions';
import { withoutActivityLabel } from '../situation/activity-voice';

/** Everything the product reads in the prospect's last words: one object, the input of the judgment. */
export interface ReplyReading {
  /** The main objection, or 'none'. */
  category: ObjectionId | 'none';
  confidence: number;
  evidence: Evidence | null;
  objections: DetectedObjection[];
  /** The best readings, best first, with calibrated probabilities. */
  readings: Reading[];
  /** Too close to call: the card shows the two best readings and lets the rep pick. */
  unsure: boolean;
  /** What decided: the model, a reply the rep corrected, or the team's case library. */
  source: ObjectionClassification['source'];
  /** The labelled reply that decided, when one did. */
  nearest: ObjectionClassification['nearest'];
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
 * out-of-office, a request to stop, a complaint and a question. Pure; `now` dates relative words;
 * `examples` (the rep's corrections and the team's cases, see {@link readerExamples}) decide a reply close to one of them.
 */
export function readReply(text: string, now: number, examples?: NearestExamples | null): ReplyReading {
  const objection = classifyReply(text, { examples });
  return {
    category: objection.category,
    confidence: objection.confidence,
    evidence: objection.evidence,
    objections: objection.objections,
    readings: objection.readings,
    unsure: objection.unsure,
    source: objection.source,
    nearest: objection.nearest,
    signals: detectBuyingSignals(text),
    language: objection.language,
    namedDate: findNamedDate(text, now),
    outOfOffice: readOutOfOffice(text, now),
    stop: readStopRequest(text),
    complaint: readComplaint(text),
    question: readQuestion(text),
  };
}

/**
 * The labelled replies the reader follows before its model: the rep's corrections, then the team's case library.
 * A correction made on a CRM note's words with their label ("Customer: just send me a brochure", "Per Jane: …",
 * 电话沟通：客户说：…, read whole before the label was dropped from the words read) is followed for the words
 * without it too, as the note is read now.
 */
export function readerExamples(corrections: readonly { text: string; to: LabelledExample['category']; at: number }[], cases: readonly { text: string; category: LabelledExample['category'] }[]): NearestExamples {
  return new NearestExamples([
    ...corrections.flatMap((c) => {
      const example = { text: c.text, category: c.to, source: 'correction' as const, at: c.at };
      const words = withoutActivityLabel(c.text);
      return words === c.text.trim() ? [example] : [example, { ...example, text: words }];
    }),
    ...cases.map((c) => ({ text: c.text, category: c.category, source: 'case' as const })),
  ]);
}

export type { NearestExamples };
