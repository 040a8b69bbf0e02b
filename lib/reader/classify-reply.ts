/**
 * The objection in a prospect's reply, read by a learned model whose knowledge is data (example
 * replies per category and language in `examples/`, see `scripts/train-reader.ts`), a few rules
 * for what data cannot teach (`reader-input.ts`: quoted history, signatures, subjects set aside),
 * and the replies someone already labelled (`nearest.ts`: the rep's corrections and the team's
 * case library), which decide a reply close to one of them at once.
 *
 * Its confidence is the chance the best reading is right: the model's probability at a fitted
 * temperature, judged by how well the reply is supported (`support.ts`), both fitted on held-out
 * sets of wording the model was not trained on. When it is unsure it says so and gives its two
 * best readings instead of one.
 */
import { detectLanguage, type ReplyLanguage } from '../nlp/language';
import type { ObjectionId } from '../playbook/ids';
import { LinearModel } from './linear-model';
import shipped from './model.json';
import type { NearestExamples, NearestMatch } from './nearest';
import { isPlainPriceQuestion, isPlainTermsQuestion } from './price-question';
import { readerInput } from './reader-input';
import { maySaySure, SURE_AT, supportedConfidence, type Support } from './support';

export interface Evidence {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface DetectedObjection {
  category: ObjectionId;
  /** 0–1, calibrated. */
  confidence: number;
  evidence: Evidence;
}

export type ReplyCategory = ObjectionId | 'none';

export interface Reading {
  category: ReplyCategory;
  confidence: number;
}

export interface ObjectionClassification {
  /** The main objection, or 'none'. */
  category: ReplyCategory;
  confidence: number;
  evidence: Evidence | null;
  /** Every objection found, most confident first. */
  objections: DetectedObjection[];
  language: ReplyLanguage;
  mixed: boolean;
  /** The best readings, best first (two or three), with their calibrated probabilities. */
  readings: Reading[];
  /** Too close to call: show the two best readings and let the rep pick. */
  unsure: boolean;
  /** What decided: the model, or a reply the rep corrected / the team's case library holds. */
  source: 'model' | 'correction' | 'case';
  /** The labelled reply that decided, when one did. */
  nearest: NearestMatch | null;
  /** What the model's confidence was judged from (`support.ts`), when the model decided. */
  support: Support | null;
}

/** How sure a plain question about the price is no objection: a rule's reading, under "sure" (0.8). */
const PRICE_QUESTION_CONFIDENCE = 0.7;
/** Below this the reading is shown as a guess between two. */
export const SURE_ENOUGH = 0.6;
/** An objection in one sentence of a longer reply counts as "also heard" from this probability. */
const ALSO_HEARD = 0.6;
/**
 * A reply that voices two concerns ("not sure about the timing and the price") is read as two
 * readings, neither sure: the best one at most this, the other shown beside it.
 */
const TWO_CONCERNS_AT_MOST = 0.55;
/** A clause voices a concern of its own from this probability, read from at least this many known features. */
const VOICED = 0.8;
const VOICED_FEATURES = 3;
/** The whole reply's probability of a second concern from which its clauses are read one by one. */
const SECOND_CONCERN_LEAN = 0.02;
/** Where a second concern is joined on inside a sentence: "and", "also", "也", "而且", "仲有", a comma. */
const JOINED = /\s*(?:[,，、+&]|\b(?:and|or|also|plus|as well as)\b|而且|并且|並且|加上|以及|还有|還有|仲有|同埋|也|又|和|跟)\s*/giu;

let defaultModel: LinearModel | undefined;
export const readerModel = (): LinearModel => (defaultModel ??= new LinearModel(shipped));

export interface ClassifyOptions {
  model?: LinearModel;
  /** The rep's corrections and the team's cases. */
  examples?: NearestExamples | null | undefined;
}

/** Sentences of folded text, as [start, end). */
function sentencesOf(folded: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const boundary = /[!?;\n]+|\.(?!\d)\s*/g;
  for (let m = boundary.exec(folded); m; m = boundary.exec(folded)) {
    const end = m.index + m[0].length;
    if (end > start && folded.slice(start, m.index).trim() !== '') out.push([start, end]);
    start = end;
  }
  if (start < folded.length && folded.slice(start).trim() !== '') out.push([start, folded.length]);
  return out;
}

/** Clauses: each sentence cut again where a second concern may be joined on (the joining word opens the next one). */
function clausesOf(folded: string, sentences: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of sentences) {
    let from = start;
    for (const m of folded.slice(start, end).matchAll(JOINED)) {
      const at = start + m.index;
      if (at > from) out.push([from, at]);
      from = at;
    }
    if (end > from) out.push([from, end]);
  }
  return out;
}

/** The classes by probability, highest first, ties in class order (as a stable sort; a sort with a comparator cost a tenth of a reading). */
function ranking(p: readonly number[]): number[] {
  const order = new Array<number>(p.length);
  for (let c = 0; c < p.length; c++) {
    let at = c;
    for (; at > 0 && (p[order[at - 1] ?? 0] ?? 0) < (p[c] ?? 0); at--) order[at] = order[at - 1] ?? 0;
    order[at] = c;
  }
  return order;
}

function trimmed(folded: string, [start, end]: [number, number]): [number, number] {
  while (start < end && /[\s,.;:!?]/.test(folded[start] ?? '')) start++;
  while (end > start && /[\s,;:]/.test(folded[end - 1] ?? '')) end--;
  return [start, end];
}

/**
 * Reads the objection in a reply: category, calibrated confidence, the words that show it, and
 * when unsure the two best readings. Works on English, Simplified and Traditional Chinese and
 * mixed text.
 */
export function classifyReply(text: string, options: ClassifyOptions = {}): ObjectionClassification {
  const model = options.model ?? readerModel();
  const { language, mixed } = detectLanguage(text);
  const input = readerInput(text);
  const { clean, folded, skip } = input;
  // Most replies set nothing aside: their features are not asked one by one.
  const scores = model.tally(folded, input.setAside.length > 0 ? skip : undefined);
  const { logits } = scores;
  const p = model.probabilities(logits);
  const classes = model.classes;
  const ranked = ranking(p);
  // Never "100 %": a calibrated reader is never certain.
  const readings: Reading[] = ranked.slice(0, 3).map((c) => ({ category: classes[c] as ReplyCategory, confidence: Math.min(0.99, round(p[c] ?? 0)) }));
  const none = classes.indexOf('none');
  const sentences = sentencesOf(folded);

  /** Each sentence scored alone: which one speaks for a category, and whether it voices another. */
  // A second concern is looked for in the clauses of a reply of several sentences (read clause by
  // clause anyway), and of one sentence when the whole of it leans to another concern at all (most
  // do not, and reading clauses costs as much again as reading the reply).
  const runnerUp = ranked.find((c) => c !== ranked[0] && c !== none);
  const leans = runnerUp !== undefined && (p[runnerUp] ?? 0) >= SECOND_CONCERN_LEAN;
  // One pass over the reply's clauses; a sentence is the sum of its clauses.
  const clauses = sentences.length > 1 || leans ? clausesOf(folded, sentences.length > 0 ? sentences : [[0, folded.length]]) : [];
  const clauseSums = clauses.length > 1 ? model.partSums(scores, clauses) : [];
  const parts =
    sentences.length > 1
      ? sentences.map(([start, end]) => {
          const joined = model.joinParts(clauseSums.filter((_, i) => (clauses[i]?.[0] ?? -1) >= start && (clauses[i]?.[1] ?? Infinity) <= end));
          return { logits: model.partLogits(joined), known: joined.known };
        })
      : [];
  const spanOf = (range: [number, number]): Evidence | null => {
    const [start, end] = trimmed(folded, range);
    if (end <= start) return null;
    const from = clean.toOriginal(start);
    const to = clean.toOriginal(end);
    return { start: from, end: to, text: text.slice(from, to) };
  };
  /** Evidence for class c: the sentence whose words favour c over "none" the most. */
  const evidenceFor = (c: number): Evidence | null => {
    let best = 0;
    parts.forEach((part, s) => {
      const top = parts[best];
      if (top && (part.logits[c] ?? 0) - (part.logits[none] ?? 0) > (top.logits[c] ?? 0) - (top.logits[none] ?? 0)) best = s;
    });
    const range = sentences[best];
    return range ? spanOf(range) : null;
  };

  /** Features the model knows from the words themselves (not the reply's length or first and last word). */
  const { known, words: total } = scores;
  const nearest = options.examples?.nearest(text) ?? null;
  let category: ReplyCategory;
  let confidence: number;
  let source: ObjectionClassification['source'] = 'model';
  let support: Support | null = null;
  if (nearest) {
    category = nearest.example.category;
    // As close as the labelled reply is: a near copy is read with near certainty.
    confidence = round(Math.min(0.98, 0.75 + (nearest.similarity - 0.6) * 0.6));
    source = nearest.example.source;
    const others = readings.filter((r) => r.category !== category);
    readings.splice(0, readings.length, { category, confidence }, ...others.slice(0, 2));
  } else if (input.setAside.length > 0 && total === 0) {
    // Everything they said sets a subject aside ("价格没问题", "price is not the issue"): nothing objected to.
    category = 'none';
    confidence = 0.9;
    readings.splice(0, readings.length, { category, confidence }, ...readings.filter((r) => r.category !== 'none').slice(0, 2));
  } else if (total === 0) {
    // No words at all ("👍", "..."): nothing objected to.
    category = 'none';
    confidence = 0.5;
    readings.splice(0, readings.length, { category, confidence }, ...readings.filter((r) => r.category !== 'none').slice(0, 2));
  } else {
    support = { top: p[ranked[0] ?? 0] ?? 0, second: p[ranked[1] ?? 0] ?? 0, coverage: total > 0 ? known / total : 0, features: total, english: language === 'en' };
    if (model.support) {
      // The chance the best reading is right given how well the reply is supported; the other
      // readings share what is left in their own proportions.
      const sure = supportedConfidence(support, model.support);
      const rest = 1 - support.top;
      for (const [i, r] of readings.entries()) {
        const raw = p[classes.indexOf(r.category)] ?? 0;
        r.confidence = Math.min(0.99, round(i === 0 ? sure : rest > 0 ? (raw * (1 - sure)) / rest : 0));
      }
      // Sure only when the stricter gate agrees: the world's wording is read less well than ours.
      const best = readings[0];
      if (best && model.sureGate > 0 && best.confidence >= SURE_AT && !maySaySure(support, model.support, model.sureGate)) best.confidence = round(SURE_AT - 0.01);
    }
    // Words the model has never seen (a name, gibberish, an emoji) are no evidence: when it knows
    // less than half of what it reads it guesses and says so; one known word is never "sure".
    const cap = total === 0 || known < total / 2 ? 0.35 : known <= 1 ? 0.75 : 1;
    for (const r of readings) r.confidence = Math.min(r.confidence, cap);
    // The best reading is never shown below the next ones (the support map may lower the best
    // reading's chance below the share the others keep of the model's probability).
    for (const r of readings.slice(1)) r.confidence = Math.min(r.confidence, readings[0]?.confidence ?? r.confidence);
    const top = readings[0] ?? { category: 'none', confidence: 1 };
    category = top.category;
    confidence = top.confidence;
    // A plain question about the price asks for a number and objects to nothing ("how much is
    // it?", "多少钱?"): the model leans on the word, so a rule reads it (`price-question.ts`).
    // So is a plain question about the terms ("how long is the contract?", "月付还是年付?"): it
    // asks what they are, not for other ones.
    const asks = (category === 'price' && isPlainPriceQuestion(folded)) || ((category === 'contract' || category === 'price') && isPlainTermsQuestion(folded));
    if (asks && category !== 'none') {
      const asked = category;
      category = 'none';
      confidence = PRICE_QUESTION_CONFIDENCE;
      const second = { category: asked, confidence: Math.min(top.confidence, 1 - PRICE_QUESTION_CONFIDENCE) };
      readings.splice(0, readings.length, { category, confidence }, second, ...readings.filter((r) => r.category !== 'none' && r.category !== asked).slice(0, 1).map((r) => ({ ...r, confidence: Math.min(r.confidence, second.confidence) })));
    }
  }

  const objections: DetectedObjection[] = [];
  if (category !== 'none') {
    const evidence = evidenceFor(classes.indexOf(category));
    if (evidence) objections.push({ category, confidence, evidence });
  }
  // Another objection voiced in a sentence of its own: "Too pricey. And we already use Zoho."
  parts.forEach((part, s) => {
    const range = sentences[s];
    if (!range || part.known < 3) return;
    const q = model.probabilities(part.logits);
    let best = 0;
    for (let c = 1; c < q.length; c++) if ((q[c] ?? 0) > (q[best] ?? 0)) best = c;
    const id = classes[best] as ReplyCategory;
    if (id === 'none' || id === category || (q[best] ?? 0) < ALSO_HEARD || objections.some((o) => o.category === id)) return;
    if (input.setAside.some(([start, end]) => start < range[1] && range[0] < end)) return;
    const evidence = spanOf(range);
    if (evidence) objections.push({ category: id, confidence: round(Math.min(q[best] ?? 0, confidence)), evidence });
  });

  // Two concerns in one reply, each voiced in a clause of its own ("too pricey and we already use
  // Zoho", "时间不合适,价格也贵"): neither reading is sure, and both are offered.
  if (source === 'model' && category !== 'none' && support && clauseSums.length > 1) {
    const voiced = new Map<ObjectionId, { p: number; range: [number, number] }>();
    if (clauses.length > 1) {
      clauseSums.forEach((part, i) => {
        const range = clauses[i];
        if (!range || part.known < VOICED_FEATURES) return;
        if (input.setAside.some(([start, end]) => start < range[1] && range[0] < end)) return;
        const q = model.probabilities(model.partLogits(part));
        let best = 0;
        for (let c = 1; c < q.length; c++) if ((q[c] ?? 0) > (q[best] ?? 0)) best = c;
        const id = classes[best] as ReplyCategory;
        const pb = q[best] ?? 0;
        if (id !== 'none' && pb >= VOICED && pb > (voiced.get(id)?.p ?? 0)) voiced.set(id, { p: pb, range });
      });
    }
    // A closing "so no" / "so I'm good" after a reason is not a second concern.
    const other = [...voiced.entries()].filter(([id]) => id !== category && id !== 'brush_off').sort((a, b) => b[1].p - a[1].p)[0];
    // Both concerns voiced on their own: the best reading in one clause, the other in another.
    if (other && voiced.has(category)) {
      const [id, { range }] = other;
      confidence = Math.min(confidence, TWO_CONCERNS_AT_MOST);
      const rest = readings.filter((r) => r.category !== category && r.category !== id);
      const existing = readings.find((r) => r.category === id)?.confidence ?? 0;
      const second = round(Math.min(confidence, Math.max(existing, 0.3)));
      readings.splice(0, readings.length, { category, confidence }, { category: id, confidence: second }, ...rest.slice(0, 1).map((r) => ({ ...r, confidence: Math.min(r.confidence, second) })));
      if (objections[0]) objections[0] = { ...objections[0], confidence };
      if (!objections.some((o) => o.category === id)) {
        const evidence = spanOf(range);
        if (evidence) objections.push({ category: id, confidence: readings[1]?.confidence ?? 0, evidence });
      }
    }
  }

  const second = readings[1]?.confidence ?? 0;
  const unsure = source === 'model' && category !== 'none' && (confidence < SURE_ENOUGH || confidence - second < 0.2);
  return {
    category,
    confidence,
    evidence: objections[0]?.evidence ?? null,
    objections,
    language,
    mixed,
    readings,
    unsure,
    source,
    nearest,
    support,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
