import { situationDraft, situationSpin, type PhasedQuestion, type SituationDraft } from './draft';
import { judgeSituation } from './judge';
import { prospectLanguage } from './language';
import type { Situation, SituationInput } from './types';

/** The whole judgment of a page: the situation, the draft that does its action, the SPIN questions of its stage. */
export interface Advice {
  situation: Situation;
  draft: SituationDraft;
  /** In the rep's language, for the SPIN card. */
  spin: PhasedQuestion[];
}

/**
 * One reading of the situation that every card on the page shows: nothing on screen may
 * contradict it (DOMAIN.md § 8). Pure; the same in the panel and in `npm run advise`.
 */
export function advise(input: SituationInput): Advice {
  const situation = judgeSituation(input);
  const draftLanguage = input.draftLanguage ?? prospectLanguage(input);
  const draft = situationDraft({ ...input, draftLanguage }, situation, situationSpin(input, situation, draftLanguage, 1));
  return { situation, draft, spin: situationSpin(input, situation, input.locale) };
}
