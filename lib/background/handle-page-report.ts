import { upsertContact } from '../contacts/upsert-contact';
import { recordLastWord, recordThread } from '../contacts/last-word';
import type { Contact, ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { ConversationSummary, TabState } from '../db/tab-state';
import type { Conversation } from '../sites/extraction';
import { recordConversationTouches } from '../touches/record-touches';
import { resolveWhen } from '../dates/relative';
import { reportPageSchema } from '../messaging/schemas';
import { isCrmSite, siteForUrl, type SiteId } from '../sites/hosts';
import { upsertDeal } from '../deals/upsert-deal';
import { markSamePersonReaders, markStale } from '../situation/stale-rows';
import { lastReplyRun } from '../situation/reply-run';
import { measureSince } from '../perf/measure';

/** The parts of `chrome.runtime.MessageSender` the checks need. */
export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/**
 * The prospect's last reply: their messages since the rep last wrote (several chat messages in a
 * row are one reply), newest last.
 */
function lastReply(conversation: Conversation, now: number): Pick<ConversationSummary, 'lastInbound'> {
  // (an auto-reply their own message followed is no part of it)
  const run = lastReplyRun(conversation.messages);
  const last = run.at(-1);
  if (!last) return {};
  const at = last.at ?? (last.when ? resolveWhen(last.when, now) : undefined);
  return { lastInbound: { text: run.map((m) => m.text).join('\n\n').slice(0, 20_000), ...(at ? { at } : {}), ...(last.fromName ? { fromName: last.fromName } : {}) } };
}

/** The newest messages for the judgment: dates resolved, text bounded. */
function threadMessages(conversation: Conversation, now: number): NonNullable<ConversationSummary['messages']> {
  return conversation.messages.slice(-50).map((m) => ({ direction: m.direction, at: m.at ?? (m.when ? (resolveWhen(m.when, now) ?? null) : null), text: m.text.slice(0, 4000) }));
}

/**
 * A message dated after the moment its page is read (the page's clock or time zone is off, or a
 * demo page moved to today keeps a later time of day) is dated when it was first read. Judged at
 * its own later time, it stayed "their newest word" after the rep's answer, and Done or Snooze
 * seemed to do nothing until the clock caught up. A message read before keeps the time its touch
 * was recorded with (never later than the page's), so re-reading the page, even once the clock has
 * passed the page's time, never moves it after what the rep did since.
 */
async function notAfterRead(db: SopDatabase, site: SiteId, conversation: Conversation, now: number): Promise<Conversation> {
  const dated = conversation.messages.filter((m) => m.at !== undefined);
  if (dated.length === 0) return conversation;
  const recorded = await db.touches.where('messageKey').anyOf(dated.map((m) => `${site}:${m.id}`)).toArray();
  if (recorded.length === 0 && !dated.some((m) => (m.at ?? 0) > now)) return conversation;
  const firstRead = new Map(recorded.map((t) => [t.messageKey, t.at]));
  return {
    ...conversation,
    messages: conversation.messages.map((m) => (m.at === undefined ? m : { ...m, at: Math.min(m.at, firstRead.get(`${site}:${m.id}`) ?? now) })),
  };
}

export class RejectedMessageError extends Error {
  override readonly name = 'RejectedMessageError';
}

/**
 * Stores what a content script reports about its tab. The sender must be our own content script
 * in the top frame of a tab on a supported host, and the payload must pass its schema: the data
 * comes from an untrusted page. A failed extraction writes no contact.
 */
export async function handlePageReport(db: SopDatabase, raw: unknown, sender: Sender, extensionId: string, now: number): Promise<void> {
  if (sender.id !== extensionId) throw new RejectedMessageError('message from another extension');
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) throw new RejectedMessageError('not from a top-level tab');
  const site = sender.url ? siteForUrl(sender.url) : null;
  if (!site) throw new RejectedMessageError('sender is not on a supported site');
  const parsed = reportPageSchema.safeParse(raw);
  if (!parsed.success) throw new RejectedMessageError(`invalid report: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { url, report } = parsed.data;
  if (siteForUrl(url) !== site) throw new RejectedMessageError('report names another site than its sender');
  if (report.status === 'extracted' && report.result.ok && report.result.contact && report.result.contact.source !== site) {
    throw new RejectedMessageError('contact source does not match the sender');
  }

  // One transaction: a page is stored whole or not at all (a full disk leaves nothing half-written).
  const start = performance.now();
  await db.transaction('rw', db.tables, () => storeReport(db, parsed.data, tabId, site, now));
  // (for the bench: a page read stored, from its transaction's start to its commit)
  measureSince('page-report-stored', start, { site, captured: report.status === 'extracted' && report.result.ok });
}

async function storeReport(db: SopDatabase, { url, report }: ReturnType<typeof reportPageSchema.parse>, tabId: number, site: SiteId, now: number): Promise<void> {
  const base = { tabId, url, site, updatedAt: now };
  let state: TabState;
  // People a deal's page no longer names: no longer on it, their own rows of Today and their own stage and tier again.
  const left: ContactId[] = [];
  if (report.status !== 'extracted') {
    state = { ...base, status: report.status };
  } else if (!report.result.ok) {
    state = { ...base, status: 'failed', error: report.result.error };
  } else if (report.result.record) {
    if (!isCrmSite(site)) throw new RejectedMessageError('a CRM record from a site that is no CRM');
    // The deal's people become contacts; the page's contact is the first of them: the deal's person.
    const retied: Contact[] = [];
    const deal = await upsertDeal(db, site, report.result.record, now, report.result.contact?.identity, retied, left);
    // A person the deal's page renamed: as below for a contact's page.
    if (retied.length > 0) await markSamePersonReaders(db, retied, now);
    const [contactId] = deal.contactIds;
    state = { ...base, status: 'captured', dealId: deal.id, ...(contactId ? { contactId } : {}) };
  } else if (report.result.contact) {
    const { contact, retied } = await upsertContact(db, report.result.contact, now);
    // The page renamed them (or changed their company, email, phone, or folded a record into them):
    // a profile that read them as its person's other record is judged again: the readers among the
    // name's first holders marked here, the rest of a common name left to Today's upkeep (a page here, whatever the name).
    if (retied.length > 0) await markSamePersonReaders(db, retied, now);
    const conversation = report.result.conversation && (await notAfterRead(db, site, report.result.conversation, now));
    if (conversation) {
      await recordConversationTouches(db, contact.id, site, conversation, now);
      const reply = lastReply(conversation, now);
      if (reply.lastInbound) await recordLastWord(db, contact.id, { at: reply.lastInbound.at ?? null, text: reply.lastInbound.text });
      const summary: ConversationSummary = { ...(conversation.subject ? { subject: conversation.subject } : {}), ...reply, messages: threadMessages(conversation, now) };
      // The thread stays with them: Today and the contact opened from a list judge what this page shows.
      await recordThread(db, contact.id, { subject: summary.subject, messages: summary.messages ?? [] }, now);
      state = { ...base, status: 'captured', contactId: contact.id, conversation: summary };
    } else {
      state = { ...base, status: 'captured', contactId: contact.id };
    }
  } else {
    throw new RejectedMessageError('an extraction with neither a contact nor a record');
  }
  await db.tabStates.put(state);
  // Today's index follows what the page changed: the row is marked in this same transaction and
  // judged by a page that judges (the panel, the dashboard), never by the service worker.
  if (state.status === 'captured') await markStale(db, { contactIds: [...(state.contactId ? [state.contactId] : []), ...left], ...(state.dealId ? { dealIds: [state.dealId] } : {}) }, now);
}
