import { crmTables, enqueueCrm, type CrmSource } from '../crm/enqueue';
import type { SopDatabase } from '../db/database';
import type { BantFacts } from '../engine/bant';
import { afterWrite } from '../situation/refresh-queue';
import { STAGE_IDS, type StageId } from '../sop/stages';
import type { Contact, ContactId } from './schema';

/**
 * Applies a change to one contact inside a transaction; a contact deleted meanwhile is left alone.
 * `report` names what the CRM is told of the change, queued in the same transaction.
 */
async function change(db: SopDatabase, id: ContactId, apply: (contact: Contact) => Contact, report?: (before: Contact, after: Contact) => CrmSource[]): Promise<Contact | undefined> {
  return db.transaction('rw', [db.contacts, ...(report ? crmTables(db) : [])], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return undefined;
    const next = apply(contact);
    await db.contacts.put(next);
    if (report) await enqueueCrm(db, report(contact, next), Date.now());
    return next;
  });
}

/** A change that can move what is due (tier, stage, snooze): Today's index follows. */
async function changeDue(db: SopDatabase, id: ContactId, apply: (contact: Contact) => Contact, report?: (before: Contact, after: Contact) => CrmSource[]): Promise<Contact | undefined> {
  const next = await change(db, id, apply, report);
  await afterWrite(db, { contactIds: [id] });
  return next;
}

/** Records what the rep learned of Budget, Authority, Need and Timeline. */
export function setBant(db: SopDatabase, id: ContactId, bant: BantFacts): Promise<Contact | undefined> {
  return changeDue(db, id, (contact) => ({ ...contact, bant }));
}

/** Ticks or unticks one exit criterion of the contact's current stage. */
export function setExitCriterion(db: SopDatabase, id: ContactId, criterion: string, met: boolean): Promise<Contact | undefined> {
  return change(db, id, (contact) => {
    const current = new Set(contact.exitCriteriaMet ?? []);
    if (met) current.add(criterion);
    else current.delete(criterion);
    return { ...contact, exitCriteriaMet: [...current] };
  });
}

/**
 * Moves the contact to another SOP stage, recording when and why; the exit criteria start over
 * for the new stage.
 */
export function moveStage(db: SopDatabase, id: ContactId, to: StageId, reason: string, now: number): Promise<Contact | undefined> {
  return changeDue(db, id, (contact) => {
    if (contact.stage === to) return contact;
    const history = [...(contact.stageHistory ?? []), { from: contact.stage, to, at: now, reason: reason.slice(0, 500) }];
    return { ...contact, stage: to, stageChangedAt: now, exitCriteriaMet: [], stageHistory: history.slice(-50) };
  }, (before, after) => (before.stage === after.stage ? [] : [{ contact: after, at: now, event: { kind: 'stage', from: before.stage, to: after.stage } }]));
}

/** The stage after this one, or null at the last. */
export function nextStage(stage: StageId): StageId | null {
  return STAGE_IDS[STAGE_IDS.indexOf(stage) + 1] ?? null;
}

/**
 * Marks a SPIN question as asked, optionally with the prospect's answer and a pain the answer
 * confirmed (which moves the next questions on to that pain's implications).
 */
export function markQuestionAsked(db: SopDatabase, id: ContactId, questionId: string, confirmedPain?: string, answer?: string): Promise<Contact | undefined> {
  return change(db, id, (contact) => ({
    ...contact,
    askedQuestions: [...new Set([...(contact.askedQuestions ?? []), questionId])],
    ...(confirmedPain ? { knownPains: [...new Set([...(contact.knownPains ?? []), confirmedPain])] } : {}),
    ...(answer?.trim() ? { answers: { ...contact.answers, [questionId]: answer.trim().slice(0, 5000) } } : {}),
  }));
}

/** Puts the contact off until a day (null takes the snooze back). */
export function snoozeContact(db: SopDatabase, id: ContactId, until: number | null, now: number): Promise<Contact | undefined> {
  return changeDue(db, id, (contact) => {
    if (until === null) {
      const { snooze: _dropped, ...rest } = contact;
      return rest;
    }
    return { ...contact, snooze: { until, at: now } };
  });
}
