import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactId } from '@/lib/contacts/schema';
import { getDatabase } from '@/lib/db/database';
import type { ConversationSummary } from '@/lib/db/tab-state';
import { BantCard } from './BantCard';
import { ContactCard } from './ContactCard';
import { MergeCard } from './MergeCard';
import { DeleteContact } from './DeleteContact';
import { DraftCard } from './DraftCard';
import { useI18n } from './i18n';
import { NextStepCard } from './NextStepCard';
import { NotesCard } from './NotesCard';
import { PageStatus } from './PageStatus';
import { ReplyCard } from './ReplyCard';
import { SpinCard } from './SpinCard';
import { StageCard } from './StageCard';
import { usePlaybook } from './use-playbook';
import { useReplyAnalysis } from './use-reply-analysis';

const LOADING = 'loading' as const;

/** Everything about one contact: who, the reply on the page (if any), next step, questions, BANT, stage. */
export function ContactView({ contactId, conversation, composeTabId }: { contactId: ContactId; conversation?: ConversationSummary | undefined; composeTabId?: number | undefined }) {
  const { t } = useI18n();
  const contact = useLiveQuery(async () => (await getDatabase().contacts.get(contactId)) ?? null, [contactId], LOADING);
  const playbook = usePlaybook();
  const analysis = useReplyAnalysis(conversation?.lastInbound?.text);
  if (contact === LOADING) return null;
  if (contact === null) return <PageStatus message={t('status.contactMissing')} />;
  return (
    <>
      <ContactCard contact={contact} />
      <MergeCard contact={contact} />
      {playbook && conversation && <ReplyCard contact={contact} conversation={conversation} analysis={analysis} playbook={playbook} />}
      {playbook && <NextStepCard contact={contact} playbook={playbook} signals={analysis?.signals.map((s) => s.signal) ?? []} />}
      {playbook && <DraftCard contact={contact} playbook={playbook} analysis={analysis} lastReply={conversation?.lastInbound?.text} composeTabId={composeTabId} />}
      {playbook && <SpinCard contact={contact} playbook={playbook} />}
      {playbook && <BantCard contact={contact} playbook={playbook} />}
      {playbook && <StageCard contact={contact} playbook={playbook} />}
      <NotesCard contact={contact} />
      <DeleteContact contact={contact} />
    </>
  );
}

