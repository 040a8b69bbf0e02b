import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useMemo, useState } from 'react';
import type { ContactId } from '@/lib/contacts/schema';
import type { ListedContact } from '@/lib/contacts/search-memory';
import { whenQuiet, type TypingSignal } from '@/lib/contacts/typing-signal';
import type { GatheredSituation } from '@/lib/situation/gather';
import { gatherSituation } from '@/lib/situation/store';
import { judgedRow } from '@/lib/situation/judged-row';
import type { Situation } from '@/lib/situation/types';
import { useI18n } from './i18n';
import { RowSummary } from './RowSummary';

/**
 * A row reads once the search has stayed the same this long while it is on screen: rows that only
 * flash by while the rep types never read, so typing keeps the store to the search's own reads
 * (10,000 contacts on the shared machine: search-as-you-type p95 104–313 ms with rows reading as
 * they appear, against 29 ms with no row reading).
 */
const SETTLE_MS = 150;

/** Judges what was gathered as the panel does; null while the judgment (or the reader it needs) loads. */
export type RowJudge = (gathered: GatheredSituation) => Situation | null;

/**
 * One contact of the Contacts list: who, and where they stand (stage, tier, last touch, the action)
 * by the panel's one judgment. Only rows on screen exist, so only they read: the contact's deal and
 * newest touches through their indexes, never the table. `onNeedsReader` asks the list to load the
 * reply reader when their last words must be read.
 */
export const ContactRow = memo(ContactRowView, (before, after) => {
  const [a, b] = [before.contact, after.contact];
  // The list re-reads its records on every keystroke: the same person, unchanged, is not rendered again.
  const same = a === b || (a.id === b.id && a.name === b.name && a.company === b.company && a.email === b.email);
  return same && before.judge === after.judge && before.onOpen === after.onOpen && before.onNeedsReader === after.onNeedsReader && before.typing === after.typing;
});

function ContactRowView({
  contact,
  judge,
  onOpen,
  onNeedsReader,
  typing,
}: {
  contact: ListedContact;
  judge: RowJudge;
  onOpen: (id: ContactId) => void;
  onNeedsReader: () => void;
  /** The search being typed: while it changes, rows not yet read wait (heard without rendering the row again). */
  typing: TypingSignal;
}) {
  const { t } = useI18n();
  const [settled, setSettled] = useState(false);
  useEffect(() => (settled ? undefined : whenQuiet(typing, SETTLE_MS, () => setSettled(true))), [settled, typing]);
  const gathered = useLiveQuery(() => (settled ? gatherSituation({ contactId: contact.id }) : undefined), [settled, contact.id]);
  const needsReader = Boolean(gathered?.lastWord);
  useEffect(() => {
    if (needsReader) onNeedsReader();
  }, [needsReader, onNeedsReader]);
  // Judged once per read (and per clock tick or reader load), not per render.
  const row = useMemo(() => {
    const situation = gathered ? judge(gathered) : null;
    return gathered && situation ? judgedRow(`contact:${contact.id}`, gathered, situation) : null;
  }, [gathered, judge, contact.id]);
  return (
    <button type="button" className="row-button" onClick={() => onOpen(contact.id)}>
      <span>
        <span className="row-title">{contact.name}</span>
        {(contact.company ?? contact.email) && <span className="muted"> · {contact.company ?? contact.email}</span>}
        {gathered?.deal && (
          <span className="muted" data-testid="contact-row-deal">
            {' · '}
            {t('links.onDeal', { name: gathered.deal.record.name })}
          </span>
        )}
      </span>
      {row ? (
        <RowSummary row={row} testId="contact-row" />
      ) : (
        // The row keeps its height while it is judged.
        <span className="row-meta muted" aria-hidden="true">
          {'\u00a0'}
        </span>
      )}
    </button>
  );
}
