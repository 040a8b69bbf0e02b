import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { addNote, notesOf } from '@/lib/notes/store';
import { useI18n } from './i18n';

/** The rep's own notes on a contact, newest first. */
export function NotesCard({ contact }: { contact: Contact }) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState('');
  const [failed, setFailed] = useState(false);
  const notes = useLiveQuery(() => notesOf(contact.id), [contact.id], []);
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    // Cleared at once, so what the rep types next is never wiped by a late save; a failed save
    // (a full disk) puts the note back in the box and says so.
    setDraft('');
    setFailed(false);
    addNote(contact.id, text).catch(() => {
      setDraft((current) => (current ? `${text}\n${current}` : text));
      setFailed(true);
    });
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      {notes.length === 0 && <p className="muted">{t('notes.empty')}</p>}
      <ul className="notes" data-testid="notes">
        {notes.map((note) => (
          <li key={note.id}>
            <span className="muted">{date.format(note.at)}</span>
            <p>{note.text}</p>
          </li>
        ))}
      </ul>
      <label>
        <span className="visually-hidden">{t('notes.title')}</span>
        <textarea className="draft" rows={3} value={draft} placeholder={t('notes.placeholder')} onChange={(e) => setDraft(e.target.value)} data-testid="note-input" />
      </label>
      <button type="button" onClick={add} disabled={!draft.trim()} data-testid="note-add">
        {t('notes.add')}
      </button>
      {failed && (
        <p role="alert" className="error-text" data-testid="note-error">
          {t('notes.saveFailed')}
        </p>
      )}
    </section>
  );
}
