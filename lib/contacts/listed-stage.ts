import type { StageId } from '../sop/stages';
import type { Contact } from './schema';

/** What a contact's stage in the Contacts list is read from: the recorded one, and the judgment's where it differs. */
export type StageFields = Pick<Contact, 'stage' | 'judgedStage'>;

/**
 * The stage the panel shows for a contact, without judging them: the judgment's, kept on the contact where it differs
 * from the record (a demo they answered: Presentation where Prospecting is recorded), else the recorded one. The
 * Contacts stage filter reads this one, so it never lists someone under another stage than the header.
 *
 * @example listedStage({ stage: 'prospect', judgedStage: 'present' }) // 'present'
 */
export function listedStage(contact: StageFields): StageId {
  return contact.judgedStage ?? contact.stage;
}

/** What to keep on the contact once the judgment showed them at `judged`: nothing when it is the recorded stage (most contacts: no write). */
export function stageToKeep(contact: Pick<Contact, 'stage'>, judged: StageId | undefined): StageId | undefined {
  return judged === contact.stage ? undefined : judged;
}
