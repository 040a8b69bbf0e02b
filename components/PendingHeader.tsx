import { initialsOf } from '@/lib/contacts/initials';
import type { Contact } from '@/lib/contacts/schema';

/**
 * The page header of a known contact painted from their record alone (the one key read the page's
 * identity gives), before the judgment is in: who, at once, in the place and shape of
 * {@link PageHeader}'s first line. The stage, tier and action line stays empty (its height kept)
 * until the judgment fills it, so nothing is said that the judgment could contradict a moment
 * later. (Its own file beside PageHeader, whose judged lines change more often.)
 */
export function PendingHeader({ contact }: { contact: Contact }) {
  const company = contact.company ?? '';
  return (
    <header className="page-header" data-testid="page-header" data-pending="true" aria-label={contact.name} aria-busy="true">
      <span className="avatar" aria-hidden="true" data-testid="header-avatar">
        {initialsOf(contact.name)}
      </span>
      <div className="page-header-text">
        <p className="one-line page-header-name" title={company ? `${contact.name} · ${company}` : contact.name}>
          <strong data-testid="header-name">{contact.name}</strong>
          {company && <span className="muted" data-testid="header-company"> · {company}</span>}
        </p>
        <p className="one-line page-header-meta" aria-hidden="true">
          {'\u00a0'}
        </p>
      </div>
    </header>
  );
}
