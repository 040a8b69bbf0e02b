import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import { logTouch, touchesOf } from '../touches/log-touch';
import type { ContactId } from './schema';
import { markQuestionAsked, moveStage, setBant, setExitCriterion } from './update-contact';
import { upsertContact } from './upsert-contact';

let db: SopDatabase;
let id: ContactId;
beforeEach(async () => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
  id = (await upsertContact(db, { source: 'linkedin', identity: 'linkedin:x', name: 'X' }, 1000)).contact.id;
});
afterEach(async () => {
  await db.delete();
});

describe('contact updates', () => {
  it('records BANT facts', async () => {
    const facts = { budget: 'confirmed', authority: 'unknown', need: 'clear', timelineMonths: null } as const;
    expect((await setBant(db, id, facts))?.bant).toEqual(facts);
  });

  it('ticks exit criteria and starts them over on a stage move, recording when and why', async () => {
    await setExitCriterion(db, id, 'source_recorded', true);
    await setExitCriterion(db, id, 'first_touch', true);
    expect((await db.contacts.get(id))?.exitCriteriaMet?.sort()).toEqual(['first_touch', 'source_recorded']);
    const moved = await moveStage(db, id, 'qualify', 'All exit criteria met', 5000);
    expect(moved).toMatchObject({ stage: 'qualify', stageChangedAt: 5000, exitCriteriaMet: [], stageHistory: [{ from: 'prospect', to: 'qualify', at: 5000, reason: 'All exit criteria met' }] });
  });

  it('marks questions asked once and adds a confirmed pain', async () => {
    await markQuestionAsked(db, id, 'manual_scheduling:situation');
    const contact = await markQuestionAsked(db, id, 'manual_scheduling:situation', 'manual_scheduling');
    expect(contact).toMatchObject({ askedQuestions: ['manual_scheduling:situation'], knownPains: ['manual_scheduling'] });
  });

  it('logs touches in time order', async () => {
    await logTouch(db, { contactId: id, at: 3000, direction: 'outbound', channel: 'phone' });
    await logTouch(db, { contactId: id, at: 2000, direction: 'inbound', channel: 'email' });
    expect((await touchesOf(db, id)).map((t) => t.at)).toEqual([2000, 3000]);
  });

  it('leaves a deleted contact alone', async () => {
    await db.contacts.delete(id);
    expect(await setBant(db, id, { budget: 'none', authority: 'unknown', need: 'unknown', timelineMonths: null })).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
  });
});
