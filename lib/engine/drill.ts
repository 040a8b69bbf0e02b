import type { Locale } from '../i18n/locales';
import { TIER_IDS } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { scoreBant, type BantFacts } from './bant';

export interface DrillQuestion {
  /** Stable across languages: `<kind>:<subject>`. */
  id: string;
  prompt: string;
  options: string[];
  answer: number;
  /** Why the answer is right, from the playbook. */
  explanation: string;
  /** The playbook stage to read when the answer was wrong. */
  stage?: StageId;
}

const PROMPTS = {
  concern: {
    en: 'A prospect’s objection hides this concern: “{concern}”. Which objection is it?',
    'zh-Hans': '客户的异议背后是这个顾虑：“{concern}”。这属于哪一类异议？',
    'zh-Hant': '客戶的異議背後是這個顧慮：「{concern}」。這屬於哪一類異議？',
  },
  response: {
    en: 'The prospect objects: “{objection}”. Which answer fits?',
    'zh-Hans': '客户提出异议：“{objection}”。哪个回应最合适？',
    'zh-Hant': '客戶提出異議：「{objection}」。哪個回應最合適？',
  },
  exit: {
    en: 'When is the “{stage}” stage done?',
    'zh-Hans': '“{stage}”阶段什么时候算完成？',
    'zh-Hant': '「{stage}」階段什麼時候算完成？',
  },
  tier: {
    en: 'Budget {budget}, decision maker {authority}, need {need}, purchase {timeline}. Which tier?',
    'zh-Hans': '预算{budget}，决策人{authority}，需求{need}，采购时间{timeline}。应定为哪一级？',
    'zh-Hant': '預算{budget}，決策者{authority}，需求{need}，採購時間{timeline}。應定為哪一級？',
  },
} as const satisfies Record<string, Record<Locale, string>>;

const WORDS = {
  yes: { en: 'confirmed', 'zh-Hans': '已确认', 'zh-Hant': '已確認' },
  unknown: { en: 'unknown', 'zh-Hans': '未知', 'zh-Hant': '未知' },
  engaged: { en: 'engaged', 'zh-Hans': '已参与', 'zh-Hant': '已參與' },
  clear: { en: 'clear', 'zh-Hans': '明确', 'zh-Hant': '明確' },
  vague: { en: 'vague', 'zh-Hans': '模糊', 'zh-Hant': '模糊' },
  months: { en: 'within {n} months', 'zh-Hans': '在 {n} 个月内', 'zh-Hant': '在 {n} 個月內' },
  tier: { en: 'Tier {tier}', 'zh-Hans': '{tier} 级', 'zh-Hant': '{tier} 級' },
  retire: { en: 'Retire the lead', 'zh-Hans': '关闭线索', 'zh-Hant': '關閉此潛在客戶' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Between sentences and between the items of a list: Chinese needs no space after full-width punctuation. */
const SENTENCE_GAP: Record<Locale, string> = { en: ' ', 'zh-Hans': '', 'zh-Hant': '' };
const LIST_SEPARATOR: Record<Locale, string> = { en: '; ', 'zh-Hans': '；', 'zh-Hant': '；' };
const LABEL_COLON: Record<Locale, string> = { en: ': ', 'zh-Hans': '：', 'zh-Hant': '：' };

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A deterministic shuffle: the same question always shows its options in the same order. */
function rotate<T>(items: T[], by: number): T[] {
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Three other items of a list, chosen by position so the drill is repeatable. */
function distractors<T>(items: readonly T[], index: number): T[] {
  return [1, 4, 7].map((offset) => items[(index + offset) % items.length]).filter((item): item is T => item !== undefined);
}

const TIER_CASES: BantFacts[] = [
  { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 },
  { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null },
  { budget: 'unknown', authority: 'unknown', need: 'vague', timelineMonths: null },
  { budget: 'confirmed', authority: 'unknown', need: 'clear', timelineMonths: 6 },
];

/**
 * The n-th drill question: it cycles through the playbook's hidden concerns, talk tracks, stage
 * exit criteria and BANT tiers, so a trainee practises the whole flow. Pure and repeatable.
 */
export function drillQuestion(playbook: Playbook, locale: Locale, n: number): DrillQuestion {
  const kind = n % 4;
  const round = Math.floor(n / 4);
  const objections = playbook.objections;
  if (kind === 0) {
    const index = round % objections.length;
    const target = objections[index];
    if (!target) throw new Error('playbook has no objections');
    const concern = target.hiddenConcerns[round % target.hiddenConcerns.length] ?? target.hiddenConcerns[0];
    const options = rotate([target, ...distractors(objections, index)], round);
    return {
      id: `concern:${target.id}:${String(round % target.hiddenConcerns.length)}`,
      prompt: fill(PROMPTS.concern[locale], { concern: concern?.[locale] ?? '' }),
      options: options.map((o) => o.name[locale]),
      answer: options.indexOf(target),
      explanation: `${target.name[locale]}${LABEL_COLON[locale]}${target.clarifyingQuestion[locale]}`,
    };
  }
  if (kind === 1) {
    const index = (round * 5 + 3) % objections.length;
    const target = objections[index];
    if (!target) throw new Error('playbook has no objections');
    const options = rotate([target, ...distractors(objections, index)], round + 1);
    return {
      id: `response:${target.id}`,
      prompt: fill(PROMPTS.response[locale], { objection: target.name[locale] }),
      options: options.map((o) => o.responses[0]?.text[locale] ?? ''),
      answer: options.indexOf(target),
      explanation: target.hiddenConcerns.map((c) => c[locale]).join(SENTENCE_GAP[locale]),
    };
  }
  if (kind === 2) {
    const index = round % STAGE_IDS.length;
    const stages = playbook.stages;
    const target = stages[index];
    if (!target) throw new Error('playbook has no stages');
    const options = rotate([target, ...distractors(stages, index)], round + 2);
    return {
      id: `exit:${target.id}`,
      prompt: fill(PROMPTS.exit[locale], { stage: target.name[locale] }),
      options: options.map((s) => s.exitCriteria.map((c) => c.text[locale]).join(LIST_SEPARATOR[locale])),
      answer: options.indexOf(target),
      explanation: target.goal[locale],
      stage: target.id,
    };
  }
  const facts = TIER_CASES[round % TIER_CASES.length] ?? TIER_CASES[0];
  if (!facts) throw new Error('no tier case');
  const score = scoreBant(facts, playbook, locale);
  const labels = [...TIER_IDS.map((tier) => fill(WORDS.tier[locale], { tier })), WORDS.retire[locale]];
  return {
    id: `tier:${String(round % TIER_CASES.length)}`,
    prompt: fill(PROMPTS.tier[locale], {
      budget: facts.budget === 'confirmed' ? WORDS.yes[locale] : WORDS.unknown[locale],
      authority: facts.authority === 'decision-maker' ? WORDS.engaged[locale] : WORDS.unknown[locale],
      need: facts.need === 'clear' ? WORDS.clear[locale] : WORDS.vague[locale],
      timeline: facts.timelineMonths === null ? WORDS.unknown[locale] : fill(WORDS.months[locale], { n: String(facts.timelineMonths) }),
    }),
    options: labels,
    answer: score.tier ? TIER_IDS.indexOf(score.tier) : 3,
    explanation: score.reason,
    stage: 'qualify',
  };
}
