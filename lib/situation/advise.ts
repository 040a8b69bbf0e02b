import { situationDraft, situationSpin, type PhasedQuestion, type SituationDraft } from './draft';
import { judgeSituation } from './judge';
import { prospectLanguage } from './language';
import { readingAsJudged } from './two-objections';
import type { ReplyReading } from '../reader/read-reply';
import type { Situation, SituationInput } from './types';

/** The whole judgment of a page: the situation, the draft that does its action, the SPIN questions of its stage. */
export interface Advice {
  situation: Situation;
  draft: SituationDraft;
  /** In the rep's language, for the SPIN card. */
  spin: PhasedQuestion[];
  /** Their last words' reading as the judgment answered it (two objections answered in one reply: those two), for the reply card and the CRM; null with no words of theirs. */
  reading: ReplyReading | null;
}

/**
 * One reading of the situation that every card on the page shows: nothing on screen may
 * contradict it (DOMAIN.md § 8). Pure; the same in the panel and in `npm run advise`.
 */
export function advise(input: SituationInput): Advice {
  const situation = judgeSituation(input);
  const draftLanguage = input.draftLanguage ?? prospectLanguage(input);
  const draft = situationDraft({ ...input, draftLanguage }, situation, situationSpin(input, situation, draftLanguage, 1));
  const reading = input.lastWord ? readingAsJudged(input.lastWord.reading, input.lastWord.text, situation.twoObjections ?? null) : null;
  return { situation, draft, spin: situationSpin(input, situation, input.locale), reading };
}
