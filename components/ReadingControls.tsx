import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { OBJECTION_IDS } from '@/lib/playbook/ids';
import type { Playbook } from '@/lib/playbook/schema';
import type { ReplyCategory } from '@/lib/reader/classify-reply';
import { addCorrection, correctionOf, undoCorrection } from '@/lib/reader/store';
import type { ReplyReading } from '@/lib/reader/read-reply';
import { useI18n } from './i18n';

/**
 * How sure the reader is and the rep's say over it: when unsure, its two best readings to pick
 * from (unless the judgment set the reading aside: `guess`); always, "read wrong? it is…" in one
 * choice. A correction is stored locally and read back at once (the reply, and any similar one, is
 * read the rep's way), and can be undone, one correction at a time, also after the panel is reopened.
 */
export function ReadingControls({ reply, reading, contact, playbook, guess = true, note = null }: { reply: string; reading: ReplyReading; contact: Contact | null; playbook: Playbook; guess?: boolean; note?: 'note' | 'quoted' | null }) {
  const { t, locale } = useI18n();
  // The rep's own note on the record (a call logged, their words reported) is asked about as the rep's note, not as "their reply";
  // the customer's words the rep wrote down under a label ("Rahul wrote: …", 客户说：…) as their words in the note.
  const words =
    note === 'note'
      ? ({ unsure: 'reply.note.unsure', unsureHint: 'reply.note.unsureHint', correct: 'reply.note.correct', corrected: 'reply.note.corrected' } as const)
      : note === 'quoted'
        ? ({ unsure: 'reply.quoted.unsure', unsureHint: 'reply.quoted.unsureHint', correct: 'reply.quoted.correct', corrected: 'reply.quoted.corrected' } as const)
        : ({ unsure: 'reply.unsure', unsureHint: 'reply.unsureHint', correct: 'reply.correct', corrected: 'reply.corrected' } as const);
  // The stored correction of these words (made now, or before the panel was last closed): shown with its undo.
  const done = useLiveQuery(() => correctionOf(reply), [reply]) ?? undefined;
  const [error, setError] = useState<string>();
  const nameOf = (category: ReplyCategory) => (category === 'none' ? t('reply.categoryNone') : (playbook.objections.find((o) => o.id === category)?.name[locale] ?? category));
  const correct = (to: ReplyCategory) => {
    setError(undefined);
    addCorrection({ text: reply, from: reading.category, to, ...(contact ? { contactId: contact.id } : {}) }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const undo = () => {
    if (!done) return;
    // Each undo goes back one correction of these words (shown, and undoable in turn), the last to the reader's own reading.
    undoCorrection(done.id).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const [first, second] = reading.readings;
  return (
    <div className="reading-controls" data-testid="reading-controls" data-source={reading.source}>
      {/* (no "is it this or that?" beside a next step that reads their words otherwise: an apology, a request done) */}
      {guess && reading.unsure && first && second && !done && (
        <div className="unsure" role="group" aria-label={t(words.unsure, { a: nameOf(first.category), b: nameOf(second.category) })} data-testid="reading-unsure" data-voice={note ?? 'reply'}>
          <p>{t(words.unsure, { a: nameOf(first.category), b: nameOf(second.category) })}</p>
          <p className="muted">{t(words.unsureHint)}</p>
          <div className="row">
            {[first, second].map((option) => (
              <button key={option.category} type="button" onClick={() => correct(option.category)} data-testid="reading-pick" data-category={option.category}>
                {nameOf(option.category)}
                {locale === 'en' ? ' ' : ''}
                <span className="muted">{t('reply.confidence', { percent: Math.round(Math.min(0.99, option.confidence) * 100) })}</span>
              </button>
            ))}
          </div>
        </div>
      )}
      {reading.source !== 'model' && !done && (
        <p className="muted" data-testid="reading-source">
          {t(reading.source === 'correction' ? 'reply.fromCorrection' : 'reply.fromCase')}
        </p>
      )}
      {/* Corrected (now, or before the panel was reopened): its undo, and the choice stays to correct it again. */}
      {done && (
        <p role="status" data-testid="reading-corrected">
          {t(words.corrected, { name: nameOf(done.to) })}{' '}
          <button type="button" className="link-button" onClick={undo} data-testid="reading-undo">
            {t('reply.undo')}
          </button>
        </p>
      )}
      <label className="reading-correct">
        <span className="muted">{t(words.correct)} </span>
        <select
          value=""
          onChange={(event) => {
            const to = event.target.value;
            if (to !== '') correct(to as ReplyCategory);
          }}
          data-testid="reading-correct"
        >
          <option value="">{t('reply.correctChoose')}</option>
          {[...OBJECTION_IDS, 'none' as const]
            .filter((id) => id !== reading.category)
            .map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error" data-testid="reading-error">
          {t('reply.correctFailed', { error })}
        </p>
      )}
    </div>
  );
}
