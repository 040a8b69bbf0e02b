import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeContacts, undoMerge } from '../contacts/merge';
import { upsertContact } from '../contacts/upsert-contact';
import { SopDatabase } from '../db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import type { ReplyReading } from '../reader/read-reply';
import { advise } from './advise';
import { gatherSituation, samePersonInput, situationInputOf } from './gather';
import { judgeSituation } from './judge';
import { judgeGathered, stageOfRow } from './queue-index';
import type { SamePerson, SituationInput } from './types';

const NOW = new Date(2026, 11, 4, 10).getTime();
const DAY = 86_400_000;
const NEGOTIATING: SamePerson = { name: 'Mei Lin Chen', where: 'Gmail', stage: 'negotiate', active: true };

function linkedIn(samePerson: SamePerson | null, locale: SituationInput['locale'] = 'en'): SituationInput {
  return {
    playbook,
    now: NOW,
    locale,
    contact: { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing', stage: 'prospect', createdAt: NOW - DAY, sources: ['linkedin'] },
    deal: null,
    conversation: null,
    touches: [],
    lastWord: null,
    samePerson,
  };
}

describe('a strong match with a conversation, passed to the judgment', () => {
  it('does not start over: the next step is to check and merge, at the other record’s stage, with no first-touch draft', () => {
    expect(judgeSituation(linkedIn(null)).action.kind).toBe('first_touch');
    const { situation, draft } = advise(linkedIn(NEGOTIATING));
    expect(situation.action.kind).not.toBe('first_touch');
    expect(situation.action.step).toBe('same_person');
    expect(situation.action.label).toBe('Same person as Mei Lin Chen in Gmail, at Quote and negotiation: check, and merge to keep one history');
    expect(situation.action.why).toMatch(/Not a first touch/);
    expect(situation.stage.id).toBe('negotiate');
    expect(situation.stage.samePerson).toEqual(NEGOTIATING);
    expect(situation.stage.suggested).toBeNull();
    expect(situation.samePerson).toEqual(NEGOTIATING);
    expect(draft.templateId).toBe('none');
    // Today's index and the funnel count the record at its own stage until the merge: the person is not at negotiation twice.
    expect(stageOfRow(situation, null)).toEqual({ stage: 'prospect' });
  });

  it('names it in Chinese as well', () => {
    expect(judgeSituation(linkedIn(NEGOTIATING, 'zh-Hans')).action.label).toMatch(/^与 Gmail 里的 Mei Lin Chen 是同一人，已到“报价/);
    expect(judgeSituation(linkedIn(NEGOTIATING, 'zh-Hant')).action.label).toMatch(/^與 Gmail 裡的 Mei Lin Chen 是同一人，已到「報價/);
  });

  it('leaves the judgment alone when the other record has no conversation, or this one has its own', () => {
    expect(judgeSituation(linkedIn({ ...NEGOTIATING, active: false })).action.kind).toBe('first_touch');
    const own = { ...linkedIn(NEGOTIATING), touches: [{ at: NOW - 2 * DAY, direction: 'outbound' as const }] };
    const situation = judgeSituation(own);
    expect(situation.action.step).not.toBe('same_person');
    expect(situation.stage.samePerson ?? null).toBeNull();
  });

  it('keeps its own stage when it is the further one', () => {
    const given = linkedIn({ ...NEGOTIATING, stage: 'discover' });
    const ahead = { ...given, contact: given.contact && { ...given.contact, stage: 'present' as const } };
    expect(judgeSituation(ahead).stage.id).toBe('present');
  });
});

describe('the other record, gathered and judged as its own page', () => {
  let db: SopDatabase;
  beforeEach(() => {
    db = new SopDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  const read = (): ReplyReading => {
    throw new Error('no words to read here');
  };

  it('judges the profile by her thread until they are merged, and one history after; undo brings both back', async () => {
    const profile = (await upsertContact(db, { source: 'linkedin', identity: 'linkedin:mei', name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing' }, NOW - 3 * DAY)).contact;
    const mail = (await upsertContact(db, { source: 'gmail', identity: 'email:mei.chen@orchid-precision.example', name: 'Mei Lin Chen', email: 'mei.chen@orchid-precision.example' }, NOW - 5 * DAY)).contact;
    await db.contacts.update(mail.id, { stage: 'negotiate' });
    await db.touches.add({ contactId: mail.id, at: NOW - 2 * DAY, direction: 'outbound', channel: 'email' });
    // a John Smith-like namesake elsewhere changes nothing
    await upsertContact(db, { source: 'outlook', identity: 'email:mei@lotus.example', name: 'Mei Lin Chen', email: 'mei@lotus.example', company: 'Lotus Foods' }, NOW - DAY);

    const judge = async (id: typeof profile.id) => judgeGathered(await gatherSituation(db, { contactId: id }), { playbook, now: NOW, read });
    const gathered = await gatherSituation(db, { contactId: profile.id });
    expect(gathered.samePerson?.contact.id).toBe(mail.id);
    expect(samePersonInput(gathered, (other) => judgeGathered(other, { playbook, now: NOW, read }))).toEqual({ name: 'Mei Lin Chen', where: 'Gmail', stage: 'negotiate', active: true });
    expect(situationInputOf(gathered, null, { playbook, now: NOW, locale: 'en' }).samePerson).toBeNull();
    const before = await judge(profile.id);
    expect(before.action.step).toBe('same_person');
    expect(before.stage.id).toBe('negotiate');
    // her Gmail record keeps its own judgment
    expect((await judge(mail.id)).action.step).not.toBe('same_person');

    const mergeId = await mergeContacts(db, profile.id, mail.id, NOW);
    const merged = await judge(profile.id);
    expect(merged.action.step).not.toBe('same_person');
    expect(merged.action.kind).not.toBe('first_touch');
    expect(merged.stage.id).toBe('negotiate');

    await undoMerge(db, mergeId ?? -1);
    expect((await judge(profile.id)).action.step).toBe('same_person');
    expect((await judge(mail.id)).action.step).not.toBe('same_person');
  });
});
