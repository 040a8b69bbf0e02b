import { scriptCounts } from '../nlp/chinese';
import { detectLanguage, type ReplyLanguage } from '../nlp/language';
import { cleanReply } from '../nlp/reply';
import { OBJECTION_IDS, type ObjectionId } from '../playbook/ids';
import { LEXICON_CAP, OBJECTION_LEXICON, PROBLEM_CUES, PROBLEM_WEIGHT } from './objection-lexicon';
import { signalsInReply } from './buying-signals';
import { FeatureLookup } from './objection-features';
import model from './objection-model.json';
import { featureRows, predictRows, rowScores, type NaiveBayesModel } from './naive-bayes';
import { OBJECTION_RULES } from './objection-rules';
import { LiteralIndex, requiredLiteralGate, requiredLiteralSets } from './required-literals';

export interface Evidence {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface DetectedObjection {
  category: ObjectionId;
  /** 0–1; categories below 0.5 are not reported. */
  confidence: number;
  evidence: Evidence;
}

export interface ObjectionClassification {
  /** The main objection, or 'none'. */
  category: ObjectionId | 'none';
  confidence: number;
  evidence: Evidence | null;
  /** Every objection found, most confident first. */
  objections: DetectedObjection[];
  language: ReplyLanguage;
  mixed: boolean;
}

const THRESHOLD = 0.5;
/**
 * Replies that say nothing is in the way: no objection at all, a promise to answer by a day ("will get
 * back to you Thursday"), a problem denied ("not that expensive") or an acceptance ("Deal."). A
 * sentence holding one gets no statistical guess, and no exact pattern overlapping it counts.
 */
const ALL_CLEAR_PARTS: Record<string, RegExp[]> = {
  'nothing objected to': [
    /\b(?:don't|do not|didn't|did not) have (?:any|many|major|real|big) (?:concerns?|worries|issues|objections|reservations)(?: (?:about|with|on|regarding|around) (?:the |your )?[a-z0-9-]+)?/,
    /\b(?:not an? (?:problem|issue)|no (?:problem|worries))(?: at all| whatsoever)?(?= *(?:[,.!;]|$))/,
    /\bno (?:real |major |big )?(?:concerns?|objections?|issues?|problems?|worries|questions|complaints)(?: (?:on our side|from us|from our side|here|at all|so far))?\b/,
    /\b(?:happy|fine|ok|okay|good|comfortable|satisfied|all good) with (?:the |your |these |this )?(?:terms|price|pricing|proposal|quote|offer|contract|plan|timeline|numbers)\b/,
    /(?:没有|没|无)(?:什么|任何)?(?:顾虑|疑虑|意见|异议)/,
    /(?:条款|价格|报价|方案|合同)(?:都)?没(?:有)?意见/,
  ],
  'a promise to answer by a day': [
    /再(?:跟|和|给)(?:你|您)(?:说|约|定|确认)(?:一下)?(?:时间|日期)/,
    /\b(?:will|i'll|we'll|shall|going to) (?:get back to you|come back to you|revert|reply|respond|confirm|decide|let you know|have (?:an answer|feedback|a decision|our decision))(?: [a-z]+){0,3}? (?:by|on|before|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|this (?:week|afternoon|evening)|next (?:week|monday|tuesday|wednesday|thursday|friday)|eod|eow|end of (?:the )?(?:day|week))\b/,
    /(?:(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|下周|本周|这周)(?:之?前)?(?:会|再)?(?:给你|给您|回你|回您)?(?:答复|回复|回覆|答覆|确认|反馈|回话)/,
  ],
  'acceptance and interest': [
    /^\s*(?:deal|done|sold|agreed)\s*[.!]*\s*$/,
    /\b(?:can't|cannot) say no to (?:that|this|the|your) (?:price|offer|deal|quote)/,
    /^\s*(?:好的?|行|可以|ok|嗯)[, ]*就(?:这样|这么定|这么办)(?:吧|了|啦)?\s*[.!]*\s*$/,
    /(?:很|非常|挺|十分|特别|蛮|都)(?:感兴趣|有兴趣)/,
    /\b(?:very|really|quite|definitely|genuinely|keen and) interested\b/,
    /收到了?[,]?(?:我们|我)?(?:会|将)?(?:仔细|认真|好好)(?:研究|看看|看|阅读|评估)/,
  ],
  'a problem denied or undone': [
    /\b(?:not|isn't|wasn't|aren't) (?:that|so|too|really|all that|very) (?:expensive|pricey|costly)\b/,
    /\bcheaper than (?:i|we) (?:thought|expected|feared)/,
    /(?:没想到|真|挺|蛮|很|好)(?:这么)?便宜/,
    /性价比(?:很|挺|蛮|超)?高/,
    /\b(?:it's|it is|it was) not that (?:we|i) (?:don't|do not|can't|cannot|didn't) (?:like|want|need|see|afford|love|appreciate)\b/,
    /不是(?:说)?(?:不想|不要|不做|不买|不感兴趣|你们不好|产品不好|不喜欢)/,
  ],
  'cover notes and next steps': [
    /\b(?:we've|we have|we're|we are|i've|i have) been (?:approved|cleared|given the (?:green light|go-ahead))\b|\b(?:got|received|have) (?:the )?(?:approval|green light|sign-off|go-ahead)\b/,
    /\b(?:we'd|we would|i'd|i would) (?:like|love) (?:a|to get a|to see a|your|an updated|a formal) (?:quote|proposal|pricing|price)/,
    /请查收|请查阅|请见附件|详见附件/,
    /\bplease find (?:attached|enclosed)\b/,
    /\battached (?:is|are) (?:the|our|my)\b/,
    /\b(?:which|that)(?: is|'s) (?:why|how) (?:we|i) (?:reached out|contacted you|called|got in touch|are talking to you|found you)\b/,
    /所以(?:才)?(?:找|联系|来找|想找|找上)(?:你们|您|贵司)/,
  ],
};
export const ALL_CLEAR = new RegExp(
  Object.values(ALL_CLEAR_PARTS)
    .flat()
    .map((part) => part.source)
    .join('|'),
  'g',
);
/** The same, for a yes/no test (no `lastIndex` to keep in step). */
const ALL_CLEAR_ANYWHERE = new RegExp(ALL_CLEAR.source);
/** The literals an all-clear needs, as a test (the classifier gates on the same literals with its automaton; a test checks they are sound). */
export const ALL_CLEAR_GATE = requiredLiteralGate(ALL_CLEAR);
/** A negation earlier in the clause than a dismissal cancels it. */
const NEGATED_BEFORE = /\b(?:not|no|never|haven't|hasn't|hadn't|don't|doesn't|didn't|can't|cannot|won't|isn't|aren't|wasn't)\b|没有|还没|并未|尚未/;
/** Words just before a "done" that make it a condition still to be met. */
const PENDING_BEFORE = /(?:(?:需要|要|得|必须|等|等待|还要|还得|待)(?:经过|经|由|让|请|给)?|\bneeds? (?:the |our |a )?|\bneeds? to be |\bhas to be |\bhave to be |\bmust be |\bto get (?:the |our )?)\s*$/;
/** Exact patterns at least this strong overrule the statistical model. */
const RULES_OVERRULE = 0.75;
/** The statistical model speaks only when this sure. */
const MODEL_THRESHOLD = 0.45;
const MODEL = model as NaiveBayesModel;
let lookup: FeatureLookup | undefined;
/** The model's features as nested maps, built on first use. */
const featureLookup = () => (lookup ??= new FeatureLookup(featureRows(MODEL)));
const FOCUS_WEIGHT = 0.8;
/** "price is not the issue, timing is": below {@link RULES_OVERRULE}, so a buying question ("关键是上线时间能不能赶在年底前?") still outweighs it. */
const TURNED_TO_WEIGHT = 0.7;

interface Hit {
  category: ObjectionId;
  weight: number;
  start: number;
  end: number;
}

/**
 * Every match of a global pattern, by `exec` on the pattern itself: `matchAll` copies the
 * pattern on each call, which in this hot loop cost more than the matching.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

/** Sentences of the folded text: ends at . ! ? ; (not inside numbers) and line breaks. */
const SENTENCE_BOUNDARY = /[!?;\n]+|\.(?!\d)+|\.\s/g;

function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of matchesOf(SENTENCE_BOUNDARY, text)) {
    const end = match.index + match[0].length;
    if (end > start) ranges.push([start, end]);
    start = end;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/** Clauses within a sentence: commas, and the contrast words that turn an argument around. */
const CLAUSE_BREAK = /,|、|\s[-–—]\s|—|\b(?:but|however|though|although|except|yet)\b|但是|不过|可是|然而|而是|只是|主要是|关键是|问题是|而且|并且|(?<=\p{Script=Han})但/gu;

/** The clause breaks of the sentence last asked about (a sentence is asked about several times in a row). */
let breaksOf: { sentence: string; breaks: RegExpExecArray[] } | null = null;

function clauseOf(sentence: string, offset: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  if (breaksOf?.sentence !== sentence) breaksOf = { sentence, breaks: matchesOf(CLAUSE_BREAK, sentence) };
  for (const match of breaksOf.breaks) {
    if (match.index <= offset) start = match.index + match[0].length;
    else {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

const DISMISS_AFTER_EN =
  "(?:is|are|was|'s|isn't|is not|aren't|are not|wasn't|seems?|looks?|sounds?|feels?)?\\s*(?:really |actually |honestly |totally |completely |perfectly |absolutely |quite |pretty |very |more than )?(?:not (?:an? |the |our |really an? )?(?:real |big |main |major |huge )?(?:issue|problem|concern|blocker|obstacle|question|constraint|factor|worry|deal)|n't (?:an? |the |our )?(?:real |big |main )?(?:issue|problem|concern|blocker|obstacle)|(?:fine|ok|okay|good|great|reasonable|fair|acceptable|competitive|approved|confirmed|secured|allocated|available|in place|sorted|covered|manageable|on board|onboard|supportive|no (?:issue|problem|concern))\\b|works? (?:fine |well |great |perfectly |nicely )?for (?:us|me)|(?:in line with|within|inside|under|fits?(?: in| within)?) (?:what (?:we|i) (?:budgeted|expected|planned|had in mind)|(?:our|the|my) (?:budget|expectations?|range)))";
const DISMISS_BEFORE_EN = "(?:no|not an?|not the|never an?|zero|without any)\\s+(?:real |big )?(?:issue|problem|concern|worries|worry|question|complaints?)s?\\s+(?:with|on|about|regarding|re|over)\\s+(?:the |your |our )?";
const DISMISS_HAVE_EN = "(?<!(?:n't|not|no|never) )(?:we |i )?(?:have|got|secured|approved|confirmed|allocated|found) (?:the |a |our |enough )?";
const DISMISS_AFTER_ZH = '(?:方面|这块|这方面|上|本身)?(?:倒|也|其实|并|都|还)?(?:不是|不成|没(?:有)?(?:什么)?|没太大|不算|不构成)(?:什么|太大的?|大)?(?:问题|关系|障碍|顾虑|难题|考量)';
const DISMISS_OK_ZH = '(?:方面|这块|这方面|上|本身)?(?:都|也|倒|还|已经|已)?(?:可以|合理|还行|能接受|可以接受|没问题|ok|不错|挺好|还好|没意见|很公道|公道|(?:很|非常|挺|都|也|全力)支持|很?划算|超值|实惠|很便宜|这么便宜|便宜|(?:批|批了|批准|核准|确认|到位|落实|定了|下来了|通过|(?:已经|已)(?:核示|批示|签核)?(?:同意|点头|签字|拍板)|(?:核示|批示|签核)?(?:同意|点头|签字|拍板)了)|(?:也|都|是|已经)?有(?:了|的)?)(?:(?=$|[\\s,.?!;:)]|了|的|吧|啊|呀|哦|我)|(?<=了))';
const DISMISS_WORRY_EN = "(?:not|n't) (?:the |about the |about |really about )?(?:CUE)(?: that| which)? (?:worries|bothers|concerns|scares|is the (?:issue|problem|concern))|(?:not|n't) (?:worried|concerned|bothered|fussed) (?:about|by|with) (?:the |your )?(?:CUE)|(?:CUE) (?:doesn't|does not|don't|do not) (?:worry|bother|concern|scare)";

/** Another subject judged with it, both at once: "预算跟时程都没问题". */
const ZH_AND = '(?:(?:跟|和|与|及|以及|还有|,)[^,.?!;]{1,6}?(?=都|也))?';
/** Who finds it fine, between the subject and the verdict: "价格我们可以接受". */
const ZH_WHO = '(?:我们这边|我们|我方|我这边|这边|我|公司|大家)?';
/** "price is not the issue", "budget is approved", "价格不是问题", "预算已经批了": the subject is fine ("不是时候" is no such thing: it says the time is wrong). */
export function dismissalPattern(cue: string, verdicts = true): RegExp {
  // "Excel is fine", "现在的系统挺好": for the status quo a good verdict is the objection itself.
  const verdictForms = verdicts
    ? `|(?:\\b(?:${cue})\\b(?: (?:and|&|or) (?:the )?[a-z]+)?\\s*${DISMISS_AFTER_EN})|(?:(?:${cue})${ZH_AND}${ZH_WHO}${DISMISS_AFTER_ZH})|(?:(?:${cue})${ZH_AND}${ZH_WHO}${DISMISS_OK_ZH})`
    : '';
  return new RegExp(
    `(?:${DISMISS_WORRY_EN.replace(/CUE/g, cue)})${verdictForms}|(?:\\b(?:no|zero|without) (?:${cue}) (?:issues?|problems?|concerns?|worries|questions|constraints|blockers?)\\b)|(?:\\b(?:${cue})\\b[^.?!]{0,20}\\b(?:was|were) (?:the |our )?(?:only |main |last |one |biggest )?(?:sticking point|issue|concern|problem|blocker|hurdle|question)[^.?!]{0,50}\\b(?:fix(?:es|ed)?|solv(?:es|ed)|resolv(?:es|ed)|address(?:es|ed)|takes care of|took care of|sorted|covers|covered|handles|handled)\\b)|(?:\\b(?:switched|moved|migrated|got rid of|ditched|walked away|came) (?:off |from |away from )?(?:our |the )?(?:${cue})\\b)|(?:\\b(?:meets?|covers?|fits?|matches|addresses|satisfies) (?:all (?:of )?)?(?:our|the|my) (?:${cue})\\b)|(?:(?<!不|无法|没法|不能|没有|没|就能|就可以|已经能|已经可以|已能)(?:满足|符合|贴合|契合)(?:了)?(?:我们|我方|我司)?(?:的)?(?:${cue}))|(?:\\bused to (?:use|run on|rely on|work (?:in|with)|be on) (?:the |our )?(?:${cue})\\b[^.?!]{0,30}\\b(?:painful|a pain|a nightmare|a mess|slow|clunky|awful|terrible|error-prone))|(?:(?:之前|以前|原来|过去|曾经)(?:一直)?(?:用|靠)(?:的)?(?:${cue})[^.?!;]{0,8}?(?:太麻烦|麻烦|不好用|很痛苦|效率(?:太)?低|受不了|出错|太乱))|(?:${DISMISS_BEFORE_EN}(?:${cue})\\b)|(?:${DISMISS_HAVE_EN}(?:${cue})\\b(?! (?:issue|problem|concern|cut|freeze)))|(?:(?:不是|不在于|并非|无关)(?!时候|时机)(?:${cue}))`,
  );
}
/** Every dismissal has words besides its subject ("not", "fine", "没问题"): read them off the pattern with a subject that matches nothing (gated by the automaton; this test form is checked for soundness). */
export const DISMISSAL_GATE = requiredLiteralGate(dismissalPattern('(?!)'));
const DISMISSALS = Object.fromEntries(OBJECTION_IDS.map((id) => [id, dismissalPattern(OBJECTION_RULES[id].cue, id !== 'status_quo')])) as Record<ObjectionId, RegExp>;
const DISMISSALS_GLOBAL = Object.fromEntries(OBJECTION_IDS.map((id) => [id, new RegExp(DISMISSALS[id].source, 'g')])) as Record<ObjectionId, RegExp>;
const FOCUS_EN = "(?:is|are|remains|was|'s) (?:the|our|a|my) (?:main |real |big |biggest |only |key |actual )?(?:sticking point|issue|problem|concern|blocker|hurdle|obstacle|challenge|worry)";
const FOCUS_ZH_BEFORE = '(?:问题|关键|难点|卡点|顾虑|障碍|主要)(?:是|在于|在)';
const FOCUS_ZH_AFTER = '(?:是|才是)(?:最大的|主要的|唯一的|个|一个)?(?:大)?(?:问题|障碍|顾虑|难点|卡点)';
const FOCUS = Object.fromEntries(
  OBJECTION_IDS.map((id) => {
    const cue = OBJECTION_RULES[id].cue;
    return [id, new RegExp(`\\b(?:${cue})\\b ${FOCUS_EN}|${FOCUS_ZH_BEFORE}(?:${cue})|(?:${cue})${FOCUS_ZH_AFTER}`, 'g')];
  }),
) as Record<ObjectionId, RegExp>;
/** What is left of "price is not the issue timing is" after the dismissal: a subject and "is". */
const ELLIPTIC_FOCUS = /^\s+(?:the |our |it's |its )?[a-z]+ (?:is|are|was)\s*[.!]*\s*$/;
/** Words that turn from a dismissed subject to the real one. */
const TURNED_TO = /(?:^|\b)(?:but|however|though|rather|instead|more|mainly|mostly|really|just|only|it's|it is|its)\b|而是|主要|关键|问题|更多|倒是|只是|不过|但|可是|其实/;
/** What follows a subject named as the problem: "timing is", "时间才是", "时间上有问题". */
const SUBJECT_IS_THE_PROBLEM = /^\s*(?:is|are|was|'s)\b|^(?:上|方面|这块)?(?:才是|是(?:问题|关键|主要)|的问题|有(?:点|些)?问题|卡住|不行|不太行)/;
/** "this time", "in time": the word time, not the timing. */
const TIME_PHRASE = /\b(?:this|next|every|each|any|one|first|last|same|some|that|full|part|spare|free|whole|in|on|over|at a) time$/;
const CUES = Object.fromEntries(OBJECTION_IDS.map((id) => [id, new RegExp(`(?:${OBJECTION_RULES[id].cue})`)])) as Record<ObjectionId, RegExp>;

/**
 * Every pattern the classifier runs, with the literals that gate it: one trie walk per sentence
 * says which can match at all (the classifier's hot loop).
 */
interface Entry {
  category: ObjectionId;
  kind: 'rule' | 'lexicon' | 'cue' | 'dismissal' | 'focus';
  pattern: RegExp;
  weight: number;
}
const ENTRIES: Entry[] = OBJECTION_IDS.flatMap((category) => [
  ...OBJECTION_RULES[category].patterns.map(([pattern, weight]) => ({ category, kind: 'rule' as const, pattern, weight })),
  ...OBJECTION_LEXICON[category].map(([pattern, weight]) => ({ category, kind: 'lexicon' as const, pattern, weight })),
  { category, kind: 'cue' as const, pattern: CUES[category], weight: 0 },
  { category, kind: 'dismissal' as const, pattern: DISMISSALS_GLOBAL[category], weight: 0 },
  { category, kind: 'focus' as const, pattern: FOCUS[category], weight: FOCUS_WEIGHT },
]);
/** The all-clear pattern and the words any dismissal needs are gated by the same automaton, after the entries. */
const ALL_CLEAR_ID = ENTRIES.length;
const DISMISSAL_WORDS_ID = ENTRIES.length + 1;
const INDEX = new LiteralIndex([...ENTRIES.map((entry) => requiredLiteralSets(entry.pattern)), requiredLiteralSets(ALL_CLEAR), requiredLiteralSets(dismissalPattern('(?!)'))]);

function findHits(folded: string, sentences: readonly [number, number][]): { hits: Hit[]; dismissed: Set<ObjectionId | 'none'> } {
  const hits: Hit[] = [];
  const dismissedCategories = new Set<ObjectionId | 'none'>();
  for (const [sentenceStart, sentenceEnd] of sentences) {
    const sentence = folded.slice(sentenceStart, sentenceEnd);
    // Dismissed subjects ("price is not the issue"): their words are no objection of any kind, and
    // what follows them ("…, timing is") may carry the real one.
    const dismissed: { category: ObjectionId | null; start: number; end: number; clauseEnd: number }[] = [];
    // Dismissals and focus phrases name their subject: skip the categories whose words are absent.
    // One pass sorts the candidates by kind; each loop below then runs only its own.
    const byKind: Record<Entry['kind'], Entry[]> = { rule: [], lexicon: [], cue: [], dismissal: [], focus: [] };
    let mayClear = false;
    let dismissalWords = false;
    for (const id of INDEX.candidates(sentence)) {
      const entry = ENTRIES[id];
      if (entry) byKind[entry.kind].push(entry);
      else if (id === ALL_CLEAR_ID) mayClear = true;
      else if (id === DISMISSAL_WORDS_ID) dismissalWords = true;
    }
    const named = new Set<ObjectionId>();
    for (const cue of byKind.cue) if (cue.pattern.test(sentence)) named.add(cue.category);
    const mayDismiss = named.size > 0 && dismissalWords;
    /** Every dismissal's span, negated or not: a rule hit in the same clause is no objection. */
    const dismissalSpans: { category: ObjectionId; start: number; end: number }[] = [];
    for (const { category, pattern } of mayDismiss ? byKind.dismissal : []) {
      if (!named.has(category)) continue;
      for (const match of matchesOf(pattern, sentence)) {
        dismissalSpans.push({ category, start: match.index, end: match.index + match[0].length });
        const [clauseStart, clauseEnd] = clauseOf(sentence, match.index);
        // "we haven't got the funds allocated" is no dismissal: a negation before it turns it round,
        // and "要总部批准" / "needs the budget approved" is still waiting.
        const before = sentence.slice(clauseStart, match.index);
        if (NEGATED_BEFORE.test(before) || PENDING_BEFORE.test(before)) continue;
        dismissed.push({ category, start: match.index, end: match.index + match[0].length, clauseEnd });
      }
    }
    // "No concerns on our side", "happy with the terms", "没有顾虑": nothing objected to at all.
    for (const match of mayClear ? matchesOf(ALL_CLEAR, sentence) : []) {
      const [clauseStart, clauseEnd] = clauseOf(sentence, match.index);
      if (NEGATED_BEFORE.test(sentence.slice(clauseStart, match.index))) continue;
      dismissed.push({ category: null, start: match.index, end: match.index + match[0].length, clauseEnd });
    }
    for (const { category, pattern, weight } of byKind.rule) {
      for (const match of matchesOf(pattern, sentence)) {
        if (match[0].trim() === '') continue;
        const start = match.index;
        const end = start + match[0].length;
        const [clauseStart, clauseEnd] = clauseOf(sentence, start);
        if (dismissalSpans.some((d) => d.category === category && d.start >= clauseStart && d.end <= clauseEnd)) continue;
        if (dismissed.some((d) => d.start < end && start < d.end)) continue;
        hits.push({ category, weight, start: sentenceStart + start, end: sentenceStart + end });
      }
    }
    for (const d of dismissed) dismissedCategories.add(d.category ?? 'none');
    const outsideDismissed = (start: number, end: number) => !dismissed.some((d) => d.start < end && start < d.end);
    const problem = PROBLEM_CUES.exec(sentence);
    const problemWeight = problem && outsideDismissed(problem.index, problem.index + problem[0].length) ? PROBLEM_WEIGHT : 0;
    const lexicon = new Map<ObjectionId, { sum: number; anchored: boolean; first: number; last: number }>();
    for (const { category, pattern, weight } of byKind.lexicon) {
      const match = pattern.exec(sentence);
      if (!match || !outsideDismissed(match.index, match.index + match[0].length)) continue;
      const entry = lexicon.get(category) ?? { sum: 0, anchored: false, first: Infinity, last: -1 };
      entry.sum += weight;
      entry.anchored ||= weight >= THRESHOLD;
      entry.first = Math.min(entry.first, match.index);
      entry.last = Math.max(entry.last, match.index + match[0].length);
      lexicon.set(category, entry);
    }
    for (const [category, { sum, anchored, first, last }] of lexicon) {
      const weight = Math.min(LEXICON_CAP, sum + (sum > 0 ? problemWeight : 0));
      // Context words alone need a voiced problem: "my CFO wants to review it" is no objection.
      if (weight >= THRESHOLD && last > first && (anchored || problemWeight > 0)) hits.push({ category, weight, start: sentenceStart + first, end: sentenceStart + last });
    }
    // "cost is the sticking point", "关键是价格": a subject named as the problem.
    for (const { category, pattern } of byKind.focus) {
      if (category === 'brush_off' || !named.has(category)) continue;
      for (const match of matchesOf(pattern, sentence)) {
        if (!outsideDismissed(match.index, match.index + match[0].length)) continue;
        hits.push({ category, weight: FOCUS_WEIGHT, start: sentenceStart + match.index, end: sentenceStart + match.index + match[0].length });
      }
    }
    for (const { category: dismissedCategory, end, clauseEnd } of dismissed) {
      // "price is not the issue, timing is"; typed without the comma, only an elliptic "timing is" counts.
      const from = clauseEnd < sentence.length || !ELLIPTIC_FOCUS.test(sentence.slice(end)) ? clauseEnd : end;
      const rest = sentence.slice(from);
      for (const category of OBJECTION_IDS) {
        if (category === dismissedCategory || category === 'brush_off') continue;
        const cue = CUES[category].exec(rest);
        if (!cue || DISMISSALS[category].test(rest) || TIME_PHRASE.test(rest.slice(0, cue.index + cue[0].length))) continue;
        // The subject must be turned to ("…, timing is", "而是时间", "more about timing"), not just named ("请把报价单寄给我").
        const after = rest.slice(cue.index + cue[0].length);
        if (!TURNED_TO.test(rest.slice(0, cue.index)) && !SUBJECT_IS_THE_PROBLEM.test(after) && !PROBLEM_CUES.test(rest)) continue;
        if (ALL_CLEAR_ANYWHERE.test(rest)) continue;
        const start = sentenceStart + from + cue.index;
        hits.push({ category, weight: TURNED_TO_WEIGHT, start, end: start + cue[0].length });
      }
    }
  }
  return { hits, dismissed: dismissedCategories };
}

/**
 * The statistical model's view: the likeliest category of the whole reply, with the sentence
 * that speaks for it most as evidence.
 */
function modelHit(folded: string, sentences: readonly [number, number][], dismissed: Set<ObjectionId | 'none'>): Hit | null {
  // A few words ("好的👌", "ok thanks") are too little for the model unless they voice a problem.
  // "时间没问题" / "price is fine" with nothing else found: a positive reply, not the model's guess.
  if (dismissed.size > 0) return null;
  const { han, latin } = scriptCounts(folded);
  if (han < 3 && latin + han * 3 < 8 && !PROBLEM_CUES.test(folded)) return null;
  const probabilities = predictRows(MODEL, featureLookup().rows(folded));
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
  const category = MODEL.classes[best];
  const p = probabilities[best] ?? 0;
  if (!category || category === 'none' || p < MODEL_THRESHOLD || dismissed.has(category as ObjectionId)) return null;
  // Evidence: the sentence whose words favour this category over "none" the most.
  const noneIndex = MODEL.classes.indexOf('none');
  let evidence: [number, number] = [0, folded.length];
  if (sentences.length > 1) {
    let evidenceScore = -Infinity;
    for (const [start, end] of sentences) {
      let score = 0;
      for (const r of featureLookup().rows(folded.slice(start, end))) {
        const row = rowScores(MODEL, r);
        score += (row[best] ?? 0) - (row[noneIndex] ?? 0);
      }
      if (score > evidenceScore) {
        evidenceScore = score;
        evidence = [start, end];
      }
    }
  }
  return { category: category as ObjectionId, weight: Math.min(0.85, p), start: evidence[0], end: evidence[1] };
}

/**
 * Between equally strong readings, a request for material or to be left alone outranks "not now" and
 * "not needed" around it: "Not a priority. Feel free to send something over" is a brush-off.
 */
function deflectionFirst(a: ObjectionId, b: ObjectionId): number {
  const softened = (x: ObjectionId, y: ObjectionId) => x === 'brush_off' && (y === 'timing' || y === 'need');
  return softened(a, b) ? -1 : softened(b, a) ? 1 : 0;
}

/**
 * Finds the objections in a prospect's reply: category, confidence and the words that show it.
 * Works on English, Simplified and Traditional Chinese and mixed text; ignores quoted earlier
 * messages and signatures; "price is not the issue, timing is" yields timing, not price.
 *
 * @example classifyObjection('太贵了,而且别家便宜不少').objections.map(o => o.category) // ['price', 'competitor']
 */
export function classifyObjection(text: string): ObjectionClassification {
  const { language, mixed } = detectLanguage(text);
  const clean = cleanReply(text);
  const { folded } = clean;
  const byCategory = new Map<ObjectionId, { best: Hit; count: number }>();
  const sentences = sentenceRanges(folded);
  const { hits, dismissed } = findHits(folded, sentences);
  const strongest = hits.reduce((max, hit) => Math.max(max, hit.weight), 0);
  if (strongest < RULES_OVERRULE) {
    const fromModel = modelHit(folded, sentences, dismissed);
    // A customer asking how to sign or what is included is buying: weak evidence of an objection
    // in the same reply does not count.
    if ((hits.length > 0 || fromModel) && signalsInReply(text, clean).length > 0) hits.length = 0;
    // The model outranks weak lexicon evidence for another category, never exact patterns.
    else if (fromModel) hits.push({ ...fromModel, weight: Math.max(fromModel.weight, strongest + 0.01) });
  }
  for (const hit of hits) {
    const seen = byCategory.get(hit.category);
    if (!seen) byCategory.set(hit.category, { best: hit, count: 1 });
    else {
      seen.count++;
      if (hit.weight > seen.best.weight) seen.best = hit;
    }
  }
  const objections: DetectedObjection[] = [...byCategory.entries()]
    .map(([category, { best, count }]) => {
      const start = clean.toOriginal(best.start);
      const end = clean.toOriginal(best.end);
      return {
        category,
        confidence: Math.min(0.98, Math.round((best.weight + 0.04 * (count - 1)) * 100) / 100),
        evidence: { start, end, text: text.slice(start, end) },
        position: best.start,
        strongest: best.weight,
      };
    })
    .filter((o) => o.confidence >= THRESHOLD)
    .sort((a, b) => b.strongest - a.strongest || deflectionFirst(a.category, b.category) || a.position - b.position)
    .map(({ position: _position, strongest: _strongest, ...objection }) => objection);
  const [top] = objections;
  return {
    category: top?.category ?? 'none',
    confidence: top?.confidence ?? 0,
    evidence: top?.evidence ?? null,
    objections,
    language,
    mixed,
  };
}
