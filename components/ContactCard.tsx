import { isLinkedInProfileUrl } from '@/lib/contacts/profile-link';
import type { Contact } from '@/lib/contacts/schema';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { Fold } from './Fold';
import { useI18n } from './i18n';

/** One label and value of a card; nothing when the value is empty. */
export function Field({ label, value, testId }: { label: string; value: string | undefined; testId: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

/** Who is in front of the rep. Every value is page-derived text, rendered as text only. */
export function ContactCard({ contact }: { contact: Contact }) {
  const { t, locale } = useI18n();
  const captured = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(contact.capturedAt);
  return (
    <Fold name="contact" title={<span data-testid="contact-name">{contact.name}</span>} summary={contact.headline ?? contact.title ?? contact.company} open={false}>
      {contact.headline && (
        <p className="headline" data-testid="contact-headline">
          {contact.headline}
        </p>
      )}
      <dl className="fields">
        <Field label={t('contact.company')} value={contact.company} testId="contact-company" />
        <Field label={t('contact.title')} value={contact.title} testId="contact-title" />
        <Field label={t('contact.location')} value={contact.location} testId="contact-location" />
        <Field label={t('contact.email')} value={contact.email} testId="contact-email" />
        <Field label={t('contact.phone')} value={contact.phone} testId="contact-phone" />
        {/* A link stored before links were checked is shown only if it is LinkedIn's own. */}
        {contact.profileUrl && isLinkedInProfileUrl(contact.profileUrl) && (
          <>
            <dt>{t('contact.profile')}</dt>
            <dd>
              <a href={contact.profileUrl} target="_blank" rel="noreferrer noopener" data-testid="contact-profile-url">
                {contact.profileUrl}
              </a>
            </dd>
          </>
        )}
        <Field label={t('contact.source')} value={contact.sources.map((s) => SITE_ADAPTERS[s].label).join(', ')} testId="contact-source" />
        <Field label={t('contact.captured')} value={captured} testId="contact-captured" />
      </dl>
    </Fold>
  );
}
