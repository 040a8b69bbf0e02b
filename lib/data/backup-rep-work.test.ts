import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { upsertContact } from '../contacts/upsert-contact';
import { SopDatabase } from '../db/database';
import { addCorrection, undoCorrection } from '../reader/store';
import { BACKUP_VERSION, deleteEverything, exportData, importData } from './backup';

/** The rep's own work in a backup (format 2): reading corrections, talk-track uses, drill answers. */
let db: SopDatabase;
let mei: ContactId;
let tom: ContactId;
beforeEach(async () => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
  mei = (await upsertContact(db, { source: 'linkedin', identity: 'linkedin:mei', name: 'Mei Lin' }, 1000)).contact.id;
  tom = (await upsertContact(db, { source: 'gmail', identity: 'email:tom@acme.example', name: 'Tom', email: 'tom@acme.example' }, 2000)).contact.id;
});
afterEach(async () => {
  await db.delete();
});

const withoutIds = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...row }) => row);
const work = async () => ({
  corrections: withoutIds(await db.readerCorrections.orderBy('at').toArray()),
  uses: withoutIds(await db.trackUses.orderBy('at').toArray()),
  answers: withoutIds(await db.drillAnswers.orderBy('at').toArray()),
});
async function someWork() {
  await addCorrection({ text: '预算今年已经用完了', from: 'price', to: 'budget', contactId: mei, at: 3000 }, db);
  // The same words corrected again: the first rides on the second, for its undo.
  await addCorrection({ text: 'Not now, maybe after the audit.', from: 'brush_off', to: 'none', at: 3100 }, db);
  await addCorrection({ text: 'Not now, maybe after the audit.', from: 'brush_off', to: 'timing', contactId: tom, at: 3200 }, db);
  await db.trackUses.bulkAdd([
    { contactId: mei, objection: 'budget', trackId: 'budget-phase', at: 3300 },
    { contactId: tom, objection: 'timing', trackId: 'timing-cost-of-waiting', at: 3400 },
  ]);
  await db.drillAnswers.bulkAdd([
    { at: 3500, questionId: 'objection:price:1', correct: true },
    { at: 3600, questionId: 'spin:manufacturing:2', correct: false },
  ]);
}

describe('backup of the rep’s work', () => {
  it('round-trips corrections (with what they replaced), talk-track uses and drill answers through delete and replace', async () => {
    await someWork();
    const before = await work();
    expect(before.corrections).toHaveLength(2);
    const file = await exportData(db, 5000);
    expect(JSON.parse(file)).toMatchObject({ version: BACKUP_VERSION });
    await deleteEverything(db);
    expect(await work()).toEqual({ corrections: [], uses: [], answers: [] });
    expect(await importData(db, file, 'replace')).toEqual({ ok: true, contacts: 2, touches: 0, merged: 0, corrections: 2, trackUses: 2, drillAnswers: 2 });
    expect(await work()).toEqual(before);
    // Undo still brings back the correction it replaced, after the restore.
    const latest = await db.readerCorrections.orderBy('at').last();
    await undoCorrection(latest?.id ?? -1, db);
    expect((await db.readerCorrections.toArray()).map((c) => [c.text, c.to])).toContainEqual(['Not now, maybe after the audit.', 'none']);
  });

  it('merging the same file twice adds nothing', async () => {
    await someWork();
    const file = await exportData(db, 5000);
    const before = await work();
    expect(await importData(db, file, 'merge')).toMatchObject({ ok: true, corrections: 2, trackUses: 2, drillAnswers: 2 });
    expect(await importData(db, file, 'merge')).toMatchObject({ ok: true });
    expect(await work()).toEqual(before);
  });

  it('the newer correction of the same words wins either way, and the other is kept as what it replaced', async () => {
    await addCorrection({ text: 'Too expensive for us', from: 'none', to: 'price', contactId: mei, at: 3000 }, db);
    const older = await exportData(db, 4000);
    await addCorrection({ text: 'Too expensive for us', from: 'price', to: 'budget', contactId: mei, at: 5000 }, db);
    const newer = await exportData(db, 6000);
    // Here: a new machine that has only the older correction; the file has the newer.
    await deleteEverything(db);
    await importData(db, older, 'replace');
    expect(await importData(db, newer, 'merge')).toMatchObject({ ok: true });
    const [row, ...more] = await db.readerCorrections.toArray();
    expect(more).toEqual([]);
    expect(row).toMatchObject({ to: 'budget', at: 5000, replaced: [{ to: 'price', at: 3000 }] });
    // And a file older than what is here changes nothing the reader reads.
    await deleteEverything(db);
    await importData(db, newer, 'replace');
    await addCorrection({ text: 'Too expensive for us', from: 'budget', to: 'value', at: 7000 }, db);
    expect(await importData(db, older, 'merge')).toMatchObject({ ok: true });
    const rows = await db.readerCorrections.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ to: 'value', at: 7000 });
    // The file's older correction, which this machine had let go of, is back among those it replaced.
    expect(rows[0]?.replaced?.map((c) => [c.to, c.at])).toEqual([
      ['price', 3000],
      ['budget', 5000],
    ]);
  });

  it('a talk-track use follows its person into the contact they turned out to be', async () => {
    await db.trackUses.add({ contactId: tom, objection: 'price', trackId: 'price-anchor', at: 3300 });
    const file = JSON.parse(await exportData(db, 5000)) as { contacts: { id: string; email?: string }[] };
    await deleteEverything(db);
    // Here: the same Tom, captured again on this machine under another id.
    const here = (await upsertContact(db, { source: 'gmail', identity: 'email:tom@acme.example', name: 'Tom Baker', email: 'tom@acme.example' }, 500)).contact.id;
    expect(await importData(db, JSON.stringify(file), 'merge')).toMatchObject({ ok: true, merged: 1 });
    expect((await db.trackUses.toArray()).map((u) => u.contactId)).toEqual([here]);
  });

  it('refuses talk-track uses of people neither in the file nor here, and changes nothing', async () => {
    const file = JSON.parse(await exportData(db, 5000)) as { trackUses: unknown[] };
    file.trackUses.push({ contactId: 'nobody', objection: 'price', trackId: 'price-anchor', at: 1 });
    expect(await importData(db, JSON.stringify(file), 'merge', undefined, 'zh-Hant')).toEqual({ ok: false, problems: ['trackUses: 有 1 筆話術使用紀錄對應的聯絡人不在檔案中。'] });
    expect(await db.trackUses.count()).toBe(0);
  });

  it('a version 1 file (from before) still imports; replacing with it keeps the corrections and drills it says nothing of', async () => {
    await someWork();
    const file = JSON.parse(await exportData(db, 5000)) as Record<string, unknown> & { contacts: { id: string }[] };
    const v1 = { format: 'sop-copilot-data', version: 1, exportedAt: 5000, contacts: file.contacts.filter((c) => c.id === mei), touches: [], notes: [], deals: [] };
    const before = await work();
    expect(await importData(db, JSON.stringify(v1), 'replace')).toEqual({ ok: true, contacts: 1, touches: 0, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    const after = await work();
    expect(after.corrections).toEqual(before.corrections);
    expect(after.answers).toEqual(before.answers);
    // Tom is not in the file, so his talk-track use went with him; Mei's stays.
    expect(after.uses.map((u) => u.contactId)).toEqual([mei]);
  });

  it('a file from a newer version is refused as that, in the rep’s language, and changes nothing', async () => {
    await someWork();
    const file = JSON.parse(await exportData(db, 5000)) as Record<string, unknown>;
    const future = { ...file, version: BACKUP_VERSION + 1, meetings: [{ at: 1 }] };
    const before = await work();
    expect(await importData(db, JSON.stringify(future), 'replace')).toEqual({
      ok: false,
      problems: [`version: This file was exported by a newer version of SOP Copilot (data format ${String(BACKUP_VERSION + 1)}; this version reads up to ${String(BACKUP_VERSION)}). Update the extension, then import the file again.`],
    });
    expect(await importData(db, JSON.stringify(future), 'merge', undefined, 'zh-Hans')).toEqual({ ok: false, problems: [`version: 这个文件由更新版本的 SOP 销售助手导出（数据格式 ${String(BACKUP_VERSION + 1)}，当前版本最高只能读取 ${String(BACKUP_VERSION)}）。请先更新扩展，再重新导入。`] });
    expect(await work()).toEqual(before);
    expect(await db.contacts.count()).toBe(2);
  });
});
