import type { BuyingSignal } from '../engine/buying-signals';
import { STAGE_IDS, type StageId } from '../sop/stages';
import type { StageEvidence } from './types';

/** What a buyer's onboarding of a new supplier asks for: a tax form, their supplier or vendor form, a registration. */
const VENDOR_SET_UP = /\bw-?9\b|\bw-?8(?:ben)?\b|\b(?:supplier|vendor)\b[^.!?\n]{0,30}\b(?:form|onboarding|registration|set-?up|profile|questionnaire|master)\b|\bset (?:you|your company) up (?:as a|in our)\b|供应商|供應商|建档|建檔/i;

/**
 * The buying signals that move a deal to contract (DOMAIN.md § 6). Re-confirming a detail ("will it
 * really read our old data?", "does it actually talk to SAP Business One?") is one once something has
 * been shown to them; asked before any proposal or demo it is a question to answer (a discovery
 * thread was sent "I have attached the contract").
 *
 * `evidence` is what shows the stage (a buying signal's own evidence aside), `stored` the contact's
 * stage on record, `asked` a change of terms they asked as a question (`terms-question.ts`).
 */
/** A complaint that the time to deliver is too long ("三个月我们等不了", "the rollout takes way too long"): no question about the start date. */
const TOO_SLOW = /\btoo (?:long|slow)\b|\bcan(?:'|’|no)?t wait\b|太长|太長|太久|太慢|等不了|等不起|来不及|來不及/i;

/** A trial or pilot made longer ("can we extend the trial by two weeks?", 试用能不能再延长两周): a request about the trial, not a change of the contract's terms. */
export const TRIAL_EXTENDED = /\b(?:extend|extending|prolong|lengthen)\b[^.!?\n]{0,20}\b(?:trial|pilot|poc|evaluation|test period)\b|\b(?:trial|pilot|poc|evaluation)\b[^.!?\n]{0,20}\b(?:extension|extended|longer)\b|(?:试用|試用|试点|試點|测试|測試)(?:期)?[^。！？\n]{0,6}(?:延长|延長|延期|加长|加長)|(?:延长|延長)(?:一下)?(?:试用|試用|试点|試點)/i;

export function countedSignals(signals: readonly BuyingSignal[], evidence: readonly StageEvidence[], stored: StageId | null, asked: BuyingSignal | null = null, request: string | null = null, words: string | null = null): BuyingSignal[] {
  let shown: StageId | null = stored;
  for (const e of evidence) if (e.kind !== 'buying-signal' && e.stage !== 'lost' && (shown === null || STAGE_IDS.indexOf(e.stage) > STAGE_IDS.indexOf(shown))) shown = e.stage;
  const presented = shown !== null && STAGE_IDS.indexOf(shown) >= STAGE_IDS.indexOf('present');
  // Their paperwork for taking us on as a supplier ("please send your W-9 and the supplier form"): a request to do today, not the contract.
  const setUp = request !== null && VENDOR_SET_UP.test(request);
  if (setUp) return [];
  const counted = signals.filter((s) => (presented || s.signal !== 'reconfirm') && !(s.signal === 'delivery_time' && words !== null && TOO_SLOW.test(words)) && !(s.signal === 'terms_change' && TRIAL_EXTENDED.test(s.evidence.text)));
  // A change of terms asked as a question ("can we sign for one year first?") is a signal once something was presented.
  return asked && presented && counted.length === 0 && !TRIAL_EXTENDED.test(asked.evidence.text) ? [asked] : counted;
}
