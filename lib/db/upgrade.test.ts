import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SopDatabase } from './database';

/** Every schema this database has had, in order, as its `version(n).stores()` calls were written. */
const HISTORY: Record<string, string>[] = [
  { contacts: 'id, *identities, capturedAt, stage, name', tabStates: 'tabId' },
  { touches: '++id, contactId, at', playbooks: 'id' },
  { touches: '++id, contactId, at, &messageKey' },
  { merges: '++id, targetId, at' },
  { notes: '++id, contactId, at', trackUses: '++id, contactId, trackId, objection, at', drillAnswers: '++id, at, questionId' },
  { deals: 'id, capturedAt, *contactIds' },
  { readerCorrections: '++id, at' },
];

/** A database as a build of schema version `n` made it. */
function databaseAt(name: string, n: number): Dexie {
  const db = new Dexie(name);
  HISTORY.slice(0, n).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

const NOW = Date.UTC(2026, 0, 15);

/** Records a build of version `n` would have written, one or more per table it had. */
async function fill(db: Dexie, n: number): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const put = async (table: string, rows: object[]) => {
    await db.table(table).bulkAdd(rows);
    written[table] = rows.length;
  };
  const contacts = Array.from({ length: 25 }, (_, i) => ({
    id: `c${i}`,
    identities: [`linkedin:person-${i}`],
    sources: ['linkedin'],
    name: `Person ${i}`,
    stage: 'prospect',
    stageChangedAt: NOW,
    createdAt: NOW,
    capturedAt: NOW + i,
  }));
  await put('contacts', contacts);
  if (n >= 2) await put('touches', contacts.map((c, i) => ({ contactId: c.id, at: NOW + i, direction: 'outbound', channel: 'linkedin', ...(n >= 3 ? { messageKey: `linkedin:m${i}` } : {}) })));
  if (n >= 4) await put('merges', [{ targetId: 'c0', absorbed: { id: 'cx' }, at: NOW }]);
  if (n >= 5) {
    await put('notes', [{ contactId: 'c1', at: NOW, text: 'Prefers WeChat.' }]);
    await put('trackUses', [{ contactId: 'c2', objection: 'price', trackId: 'price-roi', at: NOW }]);
    await put('drillAnswers', [{ at: NOW, questionId: 'q1', correct: true }]);
  }
  if (n >= 6) await put('deals', [{ id: 'salesforce:deal:006', crm: 'salesforce', contactIds: ['c3'], createdAt: NOW, capturedAt: NOW, record: { type: 'deal', recordId: '006', name: 'D', contacts: [], activity: [], fields: [] } }]);
  if (n >= 7) await put('readerCorrections', [{ at: NOW, text: 'We already work with Acme.', from: 'need', to: 'competitor' }]);
  return written;
}

describe('a store written by every earlier schema version opens in today’s build with every record', () => {
  for (let n = 1; n <= HISTORY.length; n++) {
    it(`version ${n}`, async () => {
      const name = `upgrade-from-${n}`;
      const old = databaseAt(name, n);
      await old.open();
      const written = await fill(old, n);
      const before: Record<string, unknown[]> = {};
      for (const table of Object.keys(written)) before[table] = await old.table(table).toArray();
      old.close();

      const current = new SopDatabase(name);
      await current.open();
      for (const [table, count] of Object.entries(written)) {
        const rows = await current.table(table).toArray();
        expect(rows, table).toHaveLength(count);
        expect(rows, table).toEqual(before[table]);
      }
      // The indexes today's code queries work on the old records.
      expect(await current.contacts.where('identities').equals('linkedin:person-7').count()).toBe(1);
      if (n >= 2) expect(await current.touches.where('contactId').equals('c7').count()).toBe(1);
      current.close();
      await Dexie.delete(name);
    });
  }

  it('knows every version there is (a new version needs a row here)', () => {
    expect(new SopDatabase('version-check').verno).toBe(HISTORY.length);
  });
});
