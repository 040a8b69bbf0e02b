import type { Locale } from '../i18n/locales';
import { mapCrmStage, type MappedStage } from '../playbook/crm-stages';
import type { BantKey } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import type { CrmRecord, RecordPerson } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';
import { STAGE_IDS } from '../sop/stages';
import { scoreBant, type BantFacts, type BantScore } from './bant';
import { dayOrMonthUnclear } from '../dates/page-date';

const DAY = 86_400_000;

/** What the panel needs of a stored deal. */
export interface DealFacts {
  crm: CrmSiteId;
  record: CrmRecord;
  /** When the record was last read (the clock for the page's relative dates). */
  capturedAt: number;
  /** Exit criteria the rep ticked for this deal, by id. */
  exitCriteriaMet?: readonly string[] | undefined;
}

/** Why a BANT fact counts as known or not, read off the record. */
export type BantGapReason = 'no-amount' | 'no-decision-maker' | 'early-stage' | 'no-close-date' | 'close-date-unclear';

export interface DealInsight {
  /** The CRM's stage and ours; `sop` null means the playbook's table has no row for it. */
  stage: { crm: string | null; sop: MappedStage | null };
  bant: { facts: BantFacts; score: BantScore; gaps: { key: BantKey; reason: BantGapReason }[]; decisionMaker: RecordPerson | null };
  /** At the contract stage: each checklist item and where the record shows it. */
  contract: { id: string; shown: { label: string; text: string } | null }[] | null;
}

const DECISION_ROLE = /decision|economic buyer|executive sponsor|signatory|approver|决策|決策|拍板|签字人|簽字人/i;
const SENIOR_TITLE =
  /\b(?:ceo|cfo|coo|cto|cio|cpo|chief|president|owner|founder|co-founder|vp|svp|evp|vice president|managing director|general manager|head of|director)\b|总经理|总裁|董事长|董事|副总|总监|厂长|老板|总经|總經理|總裁|董事長|總監|廠長|負責人/i;

/** The first person on the record who can decide: by their role on the deal, else by seniority of title. */
export function decisionMakerOf(people: readonly RecordPerson[]): RecordPerson | null {
  return people.find((p) => p.role && DECISION_ROLE.test(p.role)) ?? people.find((p) => !p.role && p.title && SENIOR_TITLE.test(p.title)) ?? null;
}

/** Contract checklist items, found by what a record says about them (field labels, values, notes). */
const CONTRACT_EVIDENCE: Record<string, RegExp> = {
  payment_milestones: /payment (?:terms|milestones?|schedule|plan)|\d+\s*%\s*(?:at|on|upon|after)\s+(?:signing|signature|go-live|launch|delivery|acceptance)|付款(?:节点|節點|方式|条件|條件|计划|計劃)|分期付款|首付|尾款/i,
  acceptance_standard: /acceptance (?:criteria|standard|test|terms)|accepted (?:when|if|within)|验收(?:标准|條件|条件)?|驗收(?:標準|條件)?/i,
  penalty_clause: /penalt(?:y|ies)|liquidated damages|late delivery (?:credit|fee)|service credits?|违约(?:金|条款|責任|责任)?|違約(?:金|條款|責任)?|罚则|罰則|赔付|賠付/i,
  internal_approval: /internal approval|approved by (?:legal|finance|procurement|the board)|(?:legal|finance) approved|审批通过|審批通過|已审批|已審批/i,
  archived: /contract (?:is |was )?(?:signed and )?archived|signed contract (?:is |was )?(?:archived|filed|received)|合同已(?:签署|签|簽署|簽)|已归档|已歸檔/i,
};

function months(from: number, to: number): number {
  return Math.max(0, Math.ceil((to - from) / (30 * DAY)));
}

/**
 * A deal against our SOP, from nothing but what its CRM record shows: the stage mapping, BANT
 * gaps (no amount → budget unknown, no decision maker among the contacts → authority unknown, no
 * close date → timeline unknown) and, at the contract stage, the checklist with what the record
 * already shows. Pure. The cadence, exit criteria and signals are the judgment's (`lib/situation/`).
 */
export function dealInsight(facts: DealFacts, playbook: Playbook, now: number, locale: Locale): DealInsight {
  const { record } = facts;
  // A Won or Lost badge outranks the stage bar, which keeps the deal's last open stage (Pipedrive).
  const mapped = record.stage ? mapCrmStage(playbook.crmStages, facts.crm, record.stage) : null;
  const sop: MappedStage | null = record.status === 'lost' ? 'lost' : record.status === 'won' ? (mapped && mapped !== 'lost' && STAGE_IDS.indexOf(mapped) > STAGE_IDS.indexOf('deliver') ? mapped : 'deliver') : mapped;
  const stageIndex = sop && sop !== 'lost' ? STAGE_IDS.indexOf(sop) : -1;

  const decisionMaker = decisionMakerOf(record.contacts);
  const bantFacts: BantFacts = {
    budget: record.amountValue !== undefined && record.amountValue > 0 ? 'confirmed' : 'unknown',
    authority: decisionMaker ? 'decision-maker' : 'unknown',
    need: stageIndex > STAGE_IDS.indexOf('discover') ? 'clear' : stageIndex === STAGE_IDS.indexOf('discover') ? 'vague' : 'unknown',
    timelineMonths: record.closeAt !== undefined ? months(now, record.closeAt) : null,
  };
  const score = scoreBant(bantFacts, playbook, locale);
  const gaps: { key: BantKey; reason: BantGapReason }[] = [];
  if (bantFacts.budget === 'unknown') gaps.push({ key: 'budget', reason: 'no-amount' });
  if (bantFacts.authority === 'unknown') gaps.push({ key: 'authority', reason: 'no-decision-maker' });
  if (bantFacts.need === 'unknown') gaps.push({ key: 'need', reason: 'early-stage' });
  // A close date that reads two ways (06/12/2026, nothing on the page to settle it) is on the record, just not usable.
  if (bantFacts.timelineMonths === null) gaps.push({ key: 'timeline', reason: record.closeDate && dayOrMonthUnclear(record.closeDate) ? 'close-date-unclear' : 'no-close-date' });

  let contract: DealInsight['contract'] = null;
  if (sop === 'close') {
    const sources = [...record.fields.map((f) => ({ label: f.label, text: f.value, haystack: `${f.label}: ${f.value}` })), ...record.activity.map((a) => ({ label: '', text: a.text, haystack: a.text }))];
    contract = playbook.contractChecklist.map(({ id }) => {
      const pattern = CONTRACT_EVIDENCE[id];
      const hit = pattern ? sources.find((s) => pattern.test(s.haystack)) : undefined;
      return { id, shown: hit ? { label: hit.label, text: hit.text.slice(0, 300) } : null };
    });
  }

  return { stage: { crm: record.stage ?? null, sop }, bant: { facts: bantFacts, score, gaps, decisionMaker }, contract };
}

