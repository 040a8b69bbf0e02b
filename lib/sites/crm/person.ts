import type { ExtractedContact } from '../../contacts/schema';
import type { RecordPerson } from '../extraction-schema';
import type { CrmSiteId } from '../hosts';

/** A person named on a CRM record as a contact (null without an identity: nothing to match them by). */
export function contactFromPerson(site: CrmSiteId, person: RecordPerson, account: string | undefined): ExtractedContact | null {
  if (!person.identity) return null;
  return {
    source: site,
    identity: person.identity,
    name: person.name,
    ...(person.title ? { title: person.title } : {}),
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    ...(account ? { company: account } : {}),
  };
}
