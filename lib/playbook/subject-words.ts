import { foldForMatching } from '../nlp/normalize';

/**
 * Words that name what kind of deal or document it is, never what it is about: a deal called
 * "Nordlicht – Service Renewal 2027" or "设备采购项目" says nothing of the customer's pain. A pain's
 * subject word that is one of these is ignored, whoever's playbook lists it (folded: Traditional
 * Chinese is written here in Simplified).
 */
export const GENERIC_SUBJECT_WORDS: readonly string[] = [
  ...['project', 'plan', 'program', 'programme', 'service', 'solution', 'system', 'platform', 'software', 'suite', 'tool', 'upgrade', 'implementation', 'rollout', 'roll-out', 'pilot', 'phase'],
  ...['deal', 'opportunity', 'proposal', 'quote', 'order', 'purchase', 'contract', 'licence', 'license', 'subscription', 'renewal', 'expansion', 'maintenance', 'support', 'management', 'facility', 'data', 'digital'],
  ...['项目', '计划', '方案', '解决方案', '服务', '系统', '平台', '软件', '升级', '改造', '实施', '试点', '一期', '二期', '三期', '采购', '合同', '订单', '续约', '续费', '扩容'],
  ...['管理', '建设', '设备', '维保', '运维', '整合', '数据', '数字化', '智能', '信息化'],
];

const GENERIC = new Set(GENERIC_SUBJECT_WORDS.map((w) => foldForMatching(w)));
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A deal's name or a thread's subject, folded, with where its Chinese words begin and end. */
export interface SubjectText {
  folded: string;
  /** Offsets where a word begins and where one ends (by the browser's own Chinese word breaker). */
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** Reads a subject once, for any number of subject words to be looked for in it. */
export function subjectText(text: string): SubjectText {
  const folded = foldForMatching(text);
  const starts = new Set<number>();
  const ends = new Set<number>();
  const words = HAN.test(folded) ? wordSegmenter() : null;
  if (words)
    for (const { index, segment } of words.segment(folded)) {
      starts.add(index);
      ends.add(index + segment.length);
    }
  return { folded, starts, ends };
}

/** Whether a subject word counts at all (not one of {@link GENERIC_SUBJECT_WORDS}, and more than one character). */
export function isSubjectWord(word: string): boolean {
  const key = foldForMatching(word).trim();
  return Array.from(key).length > 1 && !GENERIC.has(key) && !GENERIC.has(key.replace(/s$/, '')) && !GENERIC.has(key.replace(/es$/, ''));
}

/**
 * Whether the subject names this subject word as a whole word: "sensor" in "Cold Chain Sensors",
 * never "rota" in "Rotary Valves" nor "waste" in "Wastewater Plant"; a Chinese word where the text's
 * own words begin and end (温控 in 冷库温控升级, never 工单 in 施工单位 nor 会员 in 协会员工). Generic
 * words ({@link isSubjectWord}) are never named.
 *
 * @example namesSubject(subjectText('Orchid – Line 3 downtime monitoring'), 'downtime') // true
 */
export function namesSubject(subject: SubjectText, word: string): boolean {
  if (!isSubjectWord(word)) return false;
  const key = foldForMatching(word).trim();
  const { folded } = subject;
  const chinese = HAN.test(key) && subject.starts.size > 0;
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (chinese ? subject.starts.has(at) && subject.ends.has(end) : latinWhole(folded, at, end, key)) return true;
  }
  return false;
}

/** No letter or digit just before, and none just after but a plural ending ("sensors", "no-shows"). */
function latinWhole(folded: string, at: number, end: number, key: string): boolean {
  const letterAt = (i: number) => WORD_CHAR.test(folded[i] ?? ' ') && !HAN.test(folded[i] ?? ' ');
  if (WORD_CHAR.test(key[0] ?? '') && letterAt(at - 1)) return false;
  if (!WORD_CHAR.test(key.at(-1) ?? '')) return true;
  const rest = folded.slice(end, end + 3);
  const plural = /^es(?![\p{L}\p{N}])/u.test(rest) ? 2 : /^s(?![\p{L}\p{N}])/u.test(rest) ? 1 : 0;
  return !letterAt(end + plural);
}
