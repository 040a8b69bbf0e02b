/**
 * The part of the reply reader that examples cannot teach: which words are the sender's own
 * (`cleanReply` drops quoted history, the signature and the greeting) and which subjects they
 * set aside ("price is not the issue, timing is", "不是价格的问题", "not about the money"): those
 * words are left out, so what is left ("timing is") is read.
 */
import { cleanReply, type CleanReply } from '../nlp/reply';

const SUBJECT = "(?:the |our |your |its |it's )?[a-z][a-z-]*(?: [a-z][a-z-]*)?";
const NOT_THE_PROBLEM = "(?:is|are|was|were|'s|s)(?: not|n't|nt) (?:really |actually |honestly |even )?(?:the |an |a |our |my |any )?(?:real |big |main |major |biggest |only |main )?(?:issue|problem|concern|blocker|obstacle|question|deal ?breaker|sticking point|thing)";
/**
 * Each pattern with words it cannot match without (`needs`): most replies have none of them, and a
 * scan for a few words costs a fraction of the pattern's own search.
 */
const SET_ASIDE: { needs?: RegExp; pattern: RegExp }[] = [
  // "price is not the issue", "the budget isn't really the problem"
  { needs: /issue|problem|concern|blocker|obstacle|question|breaker|sticking point|thing/, pattern: new RegExp(`\\b${SUBJECT} ${NOT_THE_PROBLEM}\\b`, 'g') },
  // "it's not about the money", "not because of the price", "not a price thing"
  { needs: /not (?:really |so much |just )?(?:about|because of|due to|a question of) /, pattern: /\b(?:it'?s |this is |that'?s )?not (?:really |so much |just )?(?:about|because of|due to|a question of) (?:the |our |your )?[a-z][a-z-]*\b/g },
  // "no problem with the price", "no issue on budget"
  { needs: /no (?:real |big )?(?:issue|problem|concern|complaint)/, pattern: /\bno (?:real |big )?(?:issue|problem|concern|complaint)s? (?:with|on|about|regarding) (?:the |your |our )?[a-z][a-z-]*\b/g },
  // "timing is good", "the price looks fine", "budget is approved": a subject said to be in order
  // (only subjects that name an objection; "Excel is fine" is the status quo speaking, not this).
  {
    needs: /timing|time ?line|price|pricing|cost|budget|money|funding|terms|contract/,
    pattern: /\b(?:the |our |your )?(?:timing|time ?line|price|pricing|prices|cost|costs|budget|money|funding|terms|contract|payment terms)(?: side)? (?:is|are|looks?|seems?|sounds?|'s|s) (?:all |totally |perfectly |absolutely |really |pretty |more than )?(?:good|fine|ok|okay|great|right|perfect|reasonable|fair|acceptable|approved|sorted|covered|secured|in place|no problem|not a problem|within (?:budget|range))\b/g,
  },
  { pattern: /(?:时间|时机|时程|价格|价钱|报价|预算|费用|合同|条款|付款方式)(?:方面|上|这块)?(?:我们)?(?:都|也|倒|已经)?(?:可以|没问题|合适|ok|不错|挺好|还行|合理|能接受|可以接受|批了|批下来了|到位了|定了)/g },
  // "价格不是问题", "预算倒不是什么大问题", "钱没问题"
  { needs: /问题|障碍|顾虑/, pattern: /[\u3400-\u9fff]{1,6}(?:方面|这块|上)?(?:倒|也|其实|并|都)?(?:不是|并不是|不算|没(?:有)?)(?:什么|太大的?|大)?(?:问题|障碍|顾虑)/g },
  // "不是价格的问题", "不是因为钱", "跟价格无关"
  // ("与我们无关" is something else: it has nothing to do with them, the need speaking.)
  { needs: /问题|原因|关系|无关/, pattern: /(?:不是|并非|倒不是)(?:因为)?(?!我|你|他|她)[\u3400-\u9fff]{1,5}的?(?:问题|原因|关系)|(?:跟|和|与)(?!我|你|他|她|贵|本)[\u3400-\u9fff]{1,5}(?:无关|没关系)/g },
];
/** Words every pattern above needs one of: most replies have none, and skip the patterns. */
const MAY_SET_ASIDE = /\bnot?\b|n't|\bnt\b|\bis\b|\bare\b|\bs\b|look|seem|sound|不是|不算|没|无关|没关系|可以|合适|ok|不错|挺好|还行|合理|接受|批|到位|定了/;
/** Where the words that set a subject aside begin: the start of their clause. */
const CLAUSE_START = /[,.;:!?\n]|\b(?:but|and|so|however)\b|但是|不过|可是|而且/g;

export interface ReaderInput {
  clean: CleanReply;
  /** The sender's own words, folded (see `foldForMatching`). */
  folded: string;
  /** Whether the feature at this index of `folded` lies in words that set a subject aside. */
  skip: (position: number) => boolean;
  /** The spans set aside, as [start, end) in `folded`. */
  setAside: [number, number][];
}

export function readerInput(text: string): ReaderInput {
  const clean = cleanReply(text);
  const { folded } = clean;
  const setAside: [number, number][] = [];
  for (const { needs, pattern } of MAY_SET_ASIDE.test(folded) ? SET_ASIDE : []) {
    if (needs && !needs.test(folded)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      let start = match.index;
      CLAUSE_START.lastIndex = 0;
      for (let c = CLAUSE_START.exec(folded); c && c.index < match.index; c = CLAUSE_START.exec(folded)) start = c.index + c[0].length;
      // The negation must not be negated in turn: "we can't say price is not an issue" is rare enough to ignore.
      setAside.push([start, match.index + match[0].length]);
    }
  }
  const skip = setAside.length === 0 ? () => false : (position: number) => position >= 0 && setAside.some(([start, end]) => position >= start && position < end);
  return { clean, folded, skip, setAside };
}
