import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { contactById } from '@/lib/contacts/store';
import type { ContactId } from '@/lib/contacts/schema';
import type { ConversationSummary } from '@/lib/db/tab-state';
import type { DealId } from '@/lib/deals/deal';
import type { Locale } from '@/lib/i18n/locales';
import type { SiteId } from '@/lib/sites/hosts';
import { needConfirmedIn } from '@/lib/situation/need-evidence';
import { demoAnswered } from '@/lib/situation/own-exchange';
import { BantCard } from './BantCard';
import { CardBoundary } from './CardBoundary';
import { ContactCard } from './ContactCard';
import { ContactDeals } from './ContactDeals';
import { MergeCard } from './MergeCard';
import { DeleteContact } from './DeleteContact';
import { DraftCard } from './DraftCard';
import { useI18n } from './i18n';
import { NextStepCard } from './NextStepCard';
import { NotesCard } from './NotesCard';
import { PageHeader } from './PageHeader';
import { PendingHeader } from './PendingHeader';
import { PageStatus } from './PageStatus';
import { ReplyCard } from './ReplyCard';
import { SpinCard } from './SpinCard';
import { StageCard } from './StageCard';
import { useAdvice } from './use-advice';
import { usePlaybook } from './use-playbook';

/**
 * Everything about the person (and the deal) in front of the rep, all from one judgment: who, the
 * next step, their last words, the draft, the questions, BANT, the stage. A person on a deal
 * follows the deal.
 */
export function ContactView({
  contactId,
  dealId,
  conversation,
  composeTabId,
  composeSite,
  dealView,
}: {
  contactId?: ContactId | undefined;
  dealId?: DealId | undefined;
  conversation?: ConversationSummary | undefined;
  composeTabId?: number | undefined;
  composeSite?: SiteId | undefined;
  /** The deal's own card (its record), shown after what to do now. */
  dealView?: ReactNode;
}) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const [draftLanguage, setDraftLanguage] = useState<Locale>();
  const judged = useAdvice({ contactId, dealId, conversation }, draftLanguage);
  // Until this page's judgment is in (a judgment of the page before is not this page's), the person is painted from their record alone: one key read.
  const advice = judged && (contactId === undefined || !judged.gathered.contact || judged.gathered.contact.id === contactId) && (dealId === undefined || judged.gathered.deal?.id === dealId) ? judged : undefined;
  const known = useLiveQuery(() => (contactId && !advice ? contactById(contactId) : undefined), [contactId, Boolean(advice)]);
  if (!advice || !playbook) {
    return known && known.id === contactId && !dealId ? (
      <CardBoundary name="header">
        <PendingHeader contact={known} />
      </CardBoundary>
    ) : null;
  }
  const { contact, deal } = advice.gathered;
  if (contactId && !contact) return <PageStatus message={t('status.contactMissing')} />;
  return (
    <>
      <CardBoundary name="header">
        <PageHeader advice={advice} playbook={playbook} />
      </CardBoundary>
      <CardBoundary name="next-step">
        <NextStepCard advice={advice} playbook={playbook} />
      </CardBoundary>
      {contact && (
        <CardBoundary name="merge">
          <MergeCard contact={contact} />
        </CardBoundary>
      )}
      {advice.gathered.lastWord && (
        <CardBoundary name="reply">
          <ReplyCard contact={contact} advice={advice} playbook={playbook} />
        </CardBoundary>
      )}
      <CardBoundary name="draft">
        <DraftCard advice={advice} playbook={playbook} draftLanguage={draftLanguage} onLanguage={setDraftLanguage} composeTabId={composeTabId} composeSite={composeSite} />
      </CardBoundary>
      {dealView && <CardBoundary name="deal">{dealView}</CardBoundary>}
      {contact && (
        <CardBoundary name="contact">
          <ContactCard contact={contact} />
        </CardBoundary>
      )}
      {contact && (
        <CardBoundary name="contact-deals">
          <ContactDeals contactId={contact.id} except={dealId} />
        </CardBoundary>
      )}
      {contact && (
        <CardBoundary name="spin">
          <SpinCard contact={contact} playbook={playbook} questions={advice.spin} />
        </CardBoundary>
      )}
      {contact && !deal && (
        <CardBoundary name="bant">
          <BantCard contact={contact} playbook={playbook} stage={advice.situation.stage.id} heard={demoAnswered(advice.situation.stage.evidence, advice.gathered, advice.reading)} heardNeed={needConfirmedIn(advice.gathered.conversation?.messages ?? [])} />
        </CardBoundary>
      )}
      <CardBoundary name="stage">
        <StageCard advice={advice} playbook={playbook} />
      </CardBoundary>
      {contact && (
        <CardBoundary name="notes">
          <NotesCard contact={contact} />
        </CardBoundary>
      )}
      {contact && <DeleteContact contact={contact} />}
    </>
  );
}
