import { scoreBantAt, UNKNOWN_BANT } from '../engine/bant';
import type { TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import type { Contact } from './schema';

/** What a contact's tier is read from: what the rep recorded, at the recorded stage, and the judgment's tier where it differs. */
export type TierFields = Pick<Contact, 'bant' | 'stage' | 'tier'>;

/** The tier their recorded BANT scores at their recorded stage, without the judgment. */
function recordedTier(contact: TierFields, playbook: Playbook): TierId | null {
  return scoreBantAt(contact.bant ?? UNKNOWN_BANT, contact.stage, playbook, 'en').tier;
}

/**
 * The tier the panel shows for a contact, without judging them: the judgment's, kept on the contact where it differs
 * from the record (a demo they answered: B where the record says C), else what the record scores. The Contacts tier
 * filter and the dashboard's cadence read this one, so neither lists someone under another tier than the header.
 *
 * @example listedTier({ stage: 'prospect', tier: 'B' }, playbook) // 'B'
 */
export function listedTier(contact: TierFields, playbook: Playbook): TierId | null {
  return contact.tier !== undefined ? contact.tier : recordedTier(contact, playbook);
}

/**
 * What to keep on the contact once the judgment gave them `judged`: nothing when the record scores the same (most
 * contacts: no write), else the judged tier.
 */
export function tierToKeep(contact: Omit<TierFields, 'tier'>, judged: TierId | null, playbook: Playbook): TierId | null | undefined {
  return recordedTier(contact, playbook) === judged ? undefined : judged;
}
