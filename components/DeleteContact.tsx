import { useState } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { deleteContact } from '@/lib/contacts/store';
import { useI18n } from './i18n';

/** Deletes one contact and everything about them, after asking; named, since a deal page has several people. */
export function DeleteContact({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    await deleteContact(contact.id);
  };
  if (!asking) {
    return (
      <button type="button" className="link-button danger" onClick={() => setAsking(true)} data-testid="contact-delete">
        {t('contact.delete', { name: contact.name })}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="delete-question" className="error">
      <p id="delete-question">{t('contact.deleteConfirm', { name: contact.name })}</p>
      <div className="button-row">
        <button type="button" onClick={() => void remove()} data-testid="contact-delete-yes">
          {t('contact.deleteYes')}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('data.cancel')}
        </button>
      </div>
    </div>
  );
}
