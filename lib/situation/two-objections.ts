import type { ObjectionId } from '../playbook/ids';
import type { ReplyReading } from '../reader/read-reply';
import { incumbentName } from './incumbent';
import { clauseSpans, sentenceSpans, withoutSalutation } from './sentence';

/**
 * Two objections in one reply ("First, $38k is north of what I pencilled in. Second, … whether this syncs with
 * NetSuite", 一是担心老员工抵触；二是跟金蝶对接不了): a rep answers both in one draft, the one that blocks the deal
 * first. The second is used only when it is clearly there: voiced in a clause of its own (not inside the words
 * the first is read from) and sure enough (the reader sure of it there, or a product they use or need us to work
 * with named in it). A weak reading ("Second" leaning to timing at 0.15) is never made into one.
 */
export interface TwoObjections {
  /** The objection answered first (the one that blocks the deal), with the words it is read from. */
  first: { category: ObjectionId; quote: string };
  second: { category: ObjectionId; quote: string };
  /** The order is their words': the one answered first is the one they say blocks the deal ("the bigger one", 最关键). */
  blocks?: boolean;
}

/** How sure the reader must be of a second objection in its own clause. */
const SECOND_SURE = 0.8;
/** Objections a second clause never adds: a closing "cheers though" is no second concern. */
const NEVER_SECOND: ReadonlySet<string> = new Set(['none', 'brush_off']);

/** Words that say which concern blocks the deal ("the bigger one", "a non-starter", 那肯定不行, 最關鍵). */
const BLOCKS =
  /\b(?:bigger|biggest|main|real|more important|most important|key) (?:one|issue|concern|problem|thing|question|blocker)\b|\bnon-?starter\b|\bdeal[- ]?breaker\b|\bshow-?stopper\b|\bmust[- ]have\b|\bcan(?:no|['’])t (?:go ahead|proceed|move forward|sign)\b|\bno go\b|肯定不行|绝对不行|絕對不行|不可能接受|接受不了|最关键|最關鍵|最主要|最重要|更重要|最大的问题|最大的問題|硬性要求|前提是|唔得|冇得傾|最緊要/i;

/** A system they need us to work with, doubted ("whether this syncs with NetSuite", 跟金蝶对接不了): the fit objection, read by rule. */
const INTEGRATION_DOUBT =
  /\b(?:whether|if|not sure|no idea|unclear|can(?:no|['’])t|doesn['’]?t|does it|will it|could tell)\b[^.?!]{0,60}?\b(?:sync(?:s|ed)?|integrat(?:e|es|ion)|connect(?:s)?|talk(?:s)? to|plug(?:s)? into|compatible)\s+(?:with|to|into)\s+(?:our\s+)?\p{Lu}|(?:跟|和|与|與|同)[^，。,；]{1,12}?(?:对接|對接|打通|兼容)(?:不了|不上|唔到|唔到|唔上|吗|嗎|不|唔)|(?:对接|對接|打通)(?:不了|不上|唔到)|唔知(?:可唔可以|得唔得|點樣)[^，。,；]{0,10}?(?:对接|對接)|(?:不确定|不確定|不清楚|不知道)[^，。,；]{0,4}?(?:能不能|能否|是否|可不可以|会不会|會不會)[^，。,；]{0,12}?(?:跟|和|与|與|同)[^，。,；]{1,12}?(?:对接|對接|打通|兼容)/u;

/** The price said plainly to be too high ("too pricey", "above what we budgeted", "north of what I had pencilled in", 比预算高, 貴咗): the price objection, read by rule. */
const TOO_DEAR =
  /\btoo (?:expensive|pricey|dear|steep|high)\b|\b(?:above|over|north of|more than|beyond) (?:our |the |my )?(?:budget|what (?:we|I) (?:had )?(?:budgeted|pencil+ed in|planned|expected|had in mind))\b|\bover budget\b|\bprice is (?:too |a bit |quite )?(?:high|steep)\b|太贵|太貴|贵了|貴了|贵咗|貴咗|超出(?:了|咗)?(?:我们|我們|我哋)?(?:的)?预算|超出(?:了|咗)?(?:我们|我們|我哋)?(?:的)?預算|超预算|超預算|比(?:我们|我們|我哋)?(?:的)?(?:预算|預算)高|价格(?:有点|有點|偏|太)高|價格(?:有點|偏|太)高|價錢(?:有啲|太)?高/i;

/** The clauses of their words, each with its objection read by rule: the price too high, a product they use now (competitor), a system doubted (fit). */
function ruleReadings(words: string): { category: ObjectionId; start: number; end: number; text: string }[] {
  const clauses = clauseSpans(words);
  const read = clauses.map((c): { category: ObjectionId | null; start: number; end: number } => ({ category: INTEGRATION_DOUBT.test(c.text) ? 'fit' : incumbentName(c.text) !== null ? 'competitor' : TOO_DEAR.test(c.text) ? 'price' : null, start: c.start, end: c.start + c.text.length }));
  // (the product they use, then a doubt that we connect to it: "我哋用緊 Salesforce，唔知可唔可以對接" is the fit, both clauses)
  read.forEach((r, i) => {
    const next = read[i + 1];
    if (r.category === 'competitor' && next?.category === 'fit') {
      next.start = r.start;
      r.category = null;
    }
  });
  return read.flatMap((r) => (r.category ? [{ category: r.category, start: r.start, end: r.end, text: words.slice(r.start, r.end).trim() }] : []));
}

/** A count or link that opens an objection's words: "First,", "Secondly,", "Also,", "And the bigger one,", 一是, 第二，, 其次, 另外. */
const ENUMERATOR = /^(?:(?:and |but |plus )?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|also|another thing|on top of that|the other thing(?: is)?)(?:,? and (?:the )?(?:bigger|main|real) one)?\s*[,:;–—-]\s*(?=\S{3})|(?:一是|二是|三是|第一|第二|第三|其一|其二|首先|其次|另外|还有|還有|仲有)[，,：:、\s]*(?=\S{2}))/iu;

/** The sentence of `words` that holds `index`, and the next one (a "that is a non-starter for us" after the doubt). */
function sentenceAndNext(words: string, start: number, end: number): string {
  const spans = sentenceSpans(words);
  const at = spans.findIndex((s) => s.start <= start && start < s.start + s.text.length);
  if (at < 0) return words.slice(start, end);
  return spans.slice(at, at + 2).map((s) => s.text).join('');
}

/** Whether [start, end) is a clause of its own: outside the words the first objection is read from. */
function ownClause(first: { start: number; end: number }, second: { start: number; end: number }): boolean {
  return second.end <= first.start || second.start >= first.end;
}

/**
 * Two objections answered together, the blocking one first, when their words voice a second one clearly
 * (see the module comment); else null. `words` are their own words, as the reading was made of them.
 */
export function twoObjections(reading: ReplyReading, words: string): TwoObjections | null {
  if (reading.stop || reading.outOfOffice) return null;
  // (two concerns their words name plainly, and a reader too close to call between readings: the two named, whichever reading came first)
  const named = namedWhenTied(reading, words);
  if (named) return named;
  if (reading.category === 'none' || !reading.evidence) return null;
  const main = { category: reading.category, start: reading.evidence.start, end: reading.evidence.end, text: reading.evidence.text };
  // (the reader's offsets are in the text it read: find the evidence in these words)
  const offset = words.indexOf(main.text);
  const first = offset >= 0 ? { ...main, start: offset, end: offset + main.text.length } : main;
  const fromReader = reading.objections
    .filter((o) => o.category !== first.category && !NEVER_SECOND.has(o.category) && o.confidence >= SECOND_SURE)
    .map((o) => {
      const at = words.indexOf(o.evidence.text);
      return { category: o.category, start: at, end: at + o.evidence.text.length, text: o.evidence.text };
    })
    .filter((o) => o.start >= 0);
  const fromRules = ruleReadings(words).filter((r) => r.category !== first.category);
  const second = [...fromReader, ...fromRules].find((o) => ownClause(first, o));
  if (!second) return null;
  // (quoted without what only leads into it: "徐总监：", "有两点：", "Two things:", the count of it: "First,", "Second, and the bigger one,", 二是, 其次)
  return ordered(words, first, second);
}

/** Quoted without what only leads into it: "徐总监：", "有两点：", "Two things:", the count of it: "First,", "Second, and the bigger one,", 二是, 其次. */
function quoteOf(o: { text: string }): string {
  return withoutSalutation(o.text.trim().replace(/^[^：:，,。.]{1,12}[：:]\s*(?=\S{4})/u, '').replace(ENUMERATOR, ''));
}

/** The two, the one that blocks the deal first: the second when their words say so of it and not of the first. */
function ordered(words: string, first: { category: ObjectionId; start: number; end: number; text: string }, second: { category: ObjectionId; start: number; end: number; text: string }): TwoObjections {
  const a = { category: first.category, quote: quoteOf(first) };
  const b = { category: second.category, quote: quoteOf(second) };
  const secondBlocks = BLOCKS.test(sentenceAndNext(words, second.start, second.end)) && !BLOCKS.test(words.slice(first.start, first.end));
  return secondBlocks ? { first: b, second: a, blocks: true } : { first: a, second: b };
}

/** How close two readings must be to be a tie the order of the reader's list must not decide. */
const TIE = 0.05;

/** The reader cannot tell its best reading from the next (none first, or the next within a hair): the judgment must not hinge on which came first. */
function tooCloseToCall(reading: ReplyReading): boolean {
  const [best, next] = reading.readings;
  return reading.category === 'none' || (best !== undefined && next !== undefined && best.confidence - next.confidence < TIE);
}

/** Two concerns their words name plainly, when the reader cannot tell its readings apart; else null. */
export function namedWhenTied(reading: ReplyReading, words: string): TwoObjections | null {
  return tooCloseToCall(reading) ? namedConcerns(words) : null;
}

/**
 * Two different concerns their words name plainly, each in a clause of its own ("First, $36k is a good deal more than I
 * had pencilled in. Second, … whether it syncs with NetSuite", 一是比预算高；二是跟金蝶对接不了), the blocking one first; else null.
 */
export function namedConcerns(words: string): TwoObjections | null {
  const read = ruleReadings(words);
  const first = read[0];
  const second = first ? read.find((r) => r.category !== first.category && ownClause(first, r)) : undefined;
  return first && second ? ordered(words, first, second) : null;
}

/**
 * The objection the reply's talk track answers first: the reader's own when it is one of the two the judgment answers
 * (the rep's pick of a track stays with it), else the first of the two; the reader's alone when there are not two.
 */
export function answeredObjection(reading: ReplyReading, two: TwoObjections | null): ObjectionId | 'none' {
  if (!two || reading.category === two.first.category || reading.category === two.second.category) return reading.category;
  return two.first.category;
}

/**
 * The reading as the judgment answered it, for the reply card and the CRM: with two objections answered in one reply, the
 * objection the talk track answers first, then the other, each with its words in `text` (their reply as the reader read
 * it), so the card never shows one pair of concerns while the draft answers another. Any other reading is returned as it is.
 */
export function readingAsJudged(reading: ReplyReading, text: string, two: TwoObjections | null): ReplyReading {
  if (!two) return reading;
  const firstId = answeredObjection(reading, two);
  if (firstId === 'none') return reading;
  const [a, b] = firstId === two.first.category ? [two.first, two.second] : [two.second, two.first];
  const sureOf = (category: ObjectionId) => reading.objections.find((o) => o.category === category)?.confidence ?? reading.readings.find((r) => r.category === category)?.confidence ?? reading.confidence;
  const found = (o: { category: ObjectionId; quote: string }) => {
    const at = text.indexOf(o.quote);
    const own = reading.objections.find((r) => r.category === o.category)?.evidence;
    const evidence = at >= 0 ? { start: at, end: at + o.quote.length, text: o.quote } : (own ?? null);
    return evidence ? { category: o.category, confidence: sureOf(o.category), evidence } : null;
  };
  const objections = [found(a), found(b)].filter((o) => o !== null);
  const main = objections[0];
  return {
    ...reading,
    category: a.category,
    confidence: sureOf(a.category),
    evidence: main?.category === a.category ? main.evidence : reading.category === a.category ? reading.evidence : null,
    objections,
    // (both named in their words: no pick between two readings asked of the rep)
    unsure: false,
  };
}

