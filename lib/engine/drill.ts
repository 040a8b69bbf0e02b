import type { Locale } from '../i18n/locales';
import { TIER_IDS } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { scoreBant, type BantFacts } from './bant';
import { overlapsWith } from './objection-overlaps';

export interface DrillQuestion {
  /** Stable across languages: `<kind>:<subject>`. */
  id: string;
  prompt: string;
  options: string[];
  /** What each option stands for (an objection or stage id, a tier), in the order of `options`. */
  optionIds: string[];
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
  task: {
    en: 'Which of these is a key task of the “{stage}” stage?',
    'zh-Hans': '下面哪一项是“{stage}”阶段的关键任务？',
    'zh-Hant': '下面哪一項是「{stage}」階段的關鍵任務？',
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

/** Why the playbook's answer is right, said as a sentence (shown under the label "Why"). */
const WHY = {
  concern: {
    en: 'This is a concern “{name}” can hide. Ask to find out: {question}',
    'zh-Hans': '这是“{name}”背后可能的顾虑。可以这样问清楚：{question}',
    'zh-Hant': '這是「{name}」背後可能的顧慮。可以這樣問清楚：{question}',
  },
  response: {
    en: 'Behind “{name}” there may be: {concerns} This answer meets it.',
    'zh-Hans': '“{name}”背后可能是：{concerns}这个回应正好针对这一点。',
    'zh-Hant': '「{name}」背後可能是：{concerns}這個回應正好針對這一點。',
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

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A deterministic shuffle: the same question always shows its options in the same order. */
function rotate<T>(items: T[], by: number): T[] {
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Three other items of a list, chosen by position so the drill is repeatable, never one that
 * `near` says is as right as the answer (an overlapping objection category).
 */
function distractors<T>(items: readonly T[], index: number, near: (item: T) => boolean = () => false): T[] {
  const others = items.filter((item, i) => i !== index && !near(item));
  const start = index % Math.max(1, others.length);
  return [0, 3, 6].map((offset) => others[(start + offset) % others.length]).filter((item, i, all): item is T => item !== undefined && all.indexOf(item) === i);
}

/** A quotation ends with the sentence around it: its own full stop goes (no `.”.` or `。”。`). */
const quoted = (text: string) => text.replace(/[.。!！]+$/u, '');

const TIER_CASES: BantFacts[] = [
  { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 },
  { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null },
  { budget: 'unknown', authority: 'unknown', need: 'vague', timelineMonths: null },
  { budget: 'confirmed', authority: 'unknown', need: 'clear', timelineMonths: 6 },
];

/** The kinds of question, in the order the drill cycles through them. */
const KINDS = ['concern', 'response', 'exit', 'tier', 'task'] as const;

/**
 * The n-th drill question: it cycles through the playbook's hidden concerns, talk tracks, stage
 * exit criteria, BANT tiers and stage key tasks, so a trainee practises the whole flow. Pure and
 * repeatable. A wrong option is never as right as the answer: objection categories that meet
 * (lib/engine/objection-overlaps.ts) are never offered beside each other.
 */
export function drillQuestion(playbook: Playbook, locale: Locale, n: number): DrillQuestion {
  const kind = KINDS[n % KINDS.length];
  const round = Math.floor(n / KINDS.length);
  const objections = playbook.objections;
  const stages = playbook.stages;
  if (kind === 'concern') {
    const index = round % objections.length;
    const target = objections[index];
    if (!target) throw new Error('playbook has no objections');
    // Each concern of a category in turn, one more every time the categories come round.
    const which = Math.floor(round / objections.length) % target.hiddenConcerns.length;
    const concern = target.hiddenConcerns[which] ?? target.hiddenConcerns[0];
    const options = rotate([target, ...distractors(objections, index, (o) => overlapsWith(o.id, target.id))], round);
    return {
      id: `concern:${target.id}:${String(which)}`,
      prompt: fill(PROMPTS.concern[locale], { concern: quoted(concern?.[locale] ?? '') }),
      options: options.map((o) => o.name[locale]),
      optionIds: options.map((o) => o.id),
      answer: options.indexOf(target),
      explanation: fill(WHY.concern[locale], { name: target.name[locale], question: target.clarifyingQuestion[locale] }),
    };
  }
  if (kind === 'response') {
    const index = (round * 5 + 3) % objections.length;
    const target = objections[index];
    if (!target) throw new Error('playbook has no objections');
    const options = rotate([target, ...distractors(objections, index, (o) => overlapsWith(o.id, target.id))], round + 1);
    return {
      id: `response:${target.id}`,
      prompt: fill(PROMPTS.response[locale], { objection: target.name[locale] }),
      options: options.map((o) => o.responses[0]?.text[locale] ?? ''),
      optionIds: options.map((o) => o.id),
      answer: options.indexOf(target),
      explanation: fill(WHY.response[locale], { name: target.name[locale], concerns: target.hiddenConcerns.map((c) => c[locale]).join(SENTENCE_GAP[locale]) }),
    };
  }
  if (kind === 'exit' || kind === 'task') {
    const index = round % STAGE_IDS.length;
    const target = stages[index];
    if (!target) throw new Error('playbook has no stages');
    const options = rotate([target, ...distractors(stages, index)], round + 2);
    if (kind === 'exit')
      return {
        id: `exit:${target.id}`,
        prompt: fill(PROMPTS.exit[locale], { stage: target.name[locale] }),
        options: options.map((s) => s.exitCriteria.map((c) => c.text[locale]).join(LIST_SEPARATOR[locale])),
        optionIds: options.map((s) => s.id),
        answer: options.indexOf(target),
        explanation: target.goal[locale],
        stage: target.id,
      };
    // The same task of a stage is asked again only after every stage had its turn.
    const pick = Math.floor(round / STAGE_IDS.length);
    const taskOf = (stage: (typeof stages)[number]) => stage.keyTasks[(pick + (stage === target ? 0 : index)) % stage.keyTasks.length];
    return {
      id: `task:${target.id}:${String(pick % target.keyTasks.length)}`,
      prompt: fill(PROMPTS.task[locale], { stage: target.name[locale] }),
      options: options.map((s) => taskOf(s)?.[locale] ?? ''),
      optionIds: options.map((s) => s.id),
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
    optionIds: [...TIER_IDS, 'retire'],
    answer: score.tier ? TIER_IDS.indexOf(score.tier) : 3,
    explanation: score.reason,
    stage: 'qualify',
  };
}

/** Questions before the cycle of every kind, objection, concern, stage and task repeats (a bound for pickers). */
export const DRILL_CYCLE = KINDS.length * 120;
