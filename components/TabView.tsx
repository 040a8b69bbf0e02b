import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactId } from '@/lib/contacts/schema';
import { getDatabase } from '@/lib/db/database';
import type { ConversationSummary } from '@/lib/db/tab-state';
import { BantCard } from './BantCard';
import { ContactCard } from './ContactCard';
import { StageCard } from './StageCard';
import { useI18n } from './i18n';
import { NextStepCard } from './NextStepCard';
import { ReplyCard } from './ReplyCard';
import { useReplyAnalysis } from './use-reply-analysis';
import { SpinCard } from './SpinCard';
import { usePlaybook } from './use-playbook';
import { LayoutError, PageStatus } from './PageStatus';

const LOADING = 'loading' as const;

function ContactView({ contactId, conversation }: { contactId: ContactId; conversation: ConversationSummary | undefined }) {
  const { t } = useI18n();
  const contact = useLiveQuery(async () => (await getDatabase().contacts.get(contactId)) ?? null, [contactId], LOADING);
  const playbook = usePlaybook();
  const analysis = useReplyAnalysis(conversation?.lastInbound?.text);
  if (contact === LOADING) return null;
  if (contact === null) return <PageStatus message={t('status.contactMissing')} />;
  return (
    <>
      <ContactCard contact={contact} />
      {playbook && conversation && <ReplyCard conversation={conversation} analysis={analysis} playbook={playbook} />}
      {playbook && <NextStepCard contact={contact} playbook={playbook} signals={analysis?.signals.map((s) => s.signal) ?? []} />}
      {playbook && <SpinCard contact={contact} playbook={playbook} />}
      {playbook && <BantCard contact={contact} playbook={playbook} />}
      {playbook && <StageCard contact={contact} playbook={playbook} />}
    </>
  );
}

/** What the followed tab shows, live from the database the background writes. */
export function TabView({ tabId }: { tabId: number }) {
  const { t } = useI18n();
  const state = useLiveQuery(async () => (await getDatabase().tabStates.get(tabId)) ?? null, [tabId], LOADING);
  if (state === LOADING) return null;
  if (state === null) return <PageStatus message={t('status.idle')} />;
  switch (state.status) {
    case 'reading':
      return <PageStatus message={t('status.reading')} />;
    case 'unsupported':
      return <PageStatus message={t('status.unsupported')} />;
    case 'failed':
      return <LayoutError error={state.error} />;
    case 'captured':
      return <ContactView contactId={state.contactId} conversation={state.conversation} />;
  }
}
