import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import { playbookSchema } from '../playbook/schema';
import { allCorrections, playbookWithCorrections } from './corrections';
import { addCorrection, correctionOf, undoCorrection } from './store';
import { readerExamples, readReply } from './read-reply';

const NOW = Date.UTC(2026, 11, 4);

describe('the rep’s corrections of the reply reader', () => {
  it('the latest correction of the reply on screen is found again after the panel is reopened, and undone from there one at a time', async () => {
    const reply = 'Wir haben gerade erst einen Dreijahresvertrag mit Acme unterschrieben.';
    const db = new SopDatabase('corrections-reopened');
    expect(await correctionOf(reply, db)).toBeNull();
    await addCorrection({ text: reply, from: 'timing', to: 'status_quo', at: NOW }, db);
    const latest = await addCorrection({ text: `  ${reply}\n`, from: 'status_quo', to: 'competitor', at: NOW + 1 }, db);
    await addCorrection({ text: '其他客户的另一句话', from: 'none', to: 'price', at: NOW + 2 }, db);
    db.close();
    // A new panel: the words on screen lead to their correction (as stored, trimmed), the newest one.
    const reopened = new SopDatabase('corrections-reopened');
    expect(await correctionOf(` ${reply} `, reopened)).toEqual({ id: latest, to: 'competitor' });
    expect(await correctionOf('Wir haben gerade erst einen Dreijahresvertrag', reopened)).toBeNull();
    const back = await undoCorrection(latest, reopened);
    expect(await correctionOf(reply, reopened)).toEqual({ id: back?.id, to: 'status_quo' });
    await undoCorrection(back?.id ?? -1, reopened);
    expect(await correctionOf(reply, reopened)).toBeNull();
    expect(await correctionOf('其他客户的另一句话', reopened)).toMatchObject({ to: 'price' });
    reopened.close();
  });

  it('are read back at once: the reply and a similar one follow the correction, until it is undone', async () => {
    const db = new SopDatabase('corrections-1');
    const reply = 'Honestly we are still paying off the last system we bought.';
    const before = readReply(reply, NOW, readerExamples(await allCorrections(db), []));
    expect(before.category).not.toBe('budget');
    const id = await addCorrection({ text: reply, from: before.category, to: 'budget', at: NOW }, db);
    const examples = readerExamples(await allCorrections(db), []);
    expect(readReply(reply, NOW, examples)).toMatchObject({ category: 'budget', source: 'correction' });
    expect(readReply('honestly we are still paying off the last system we got', NOW, examples).category).toBe('budget');
    await undoCorrection(id, db);
    expect(readReply(reply, NOW, readerExamples(await allCorrections(db), [])).category).toBe(before.category);
    db.close();
  });

  it('keep one correction per reply: the later one wins', async () => {
    const db = new SopDatabase('corrections-2');
    await addCorrection({ text: ' We use Acme. ', from: 'need', to: 'status_quo', at: NOW }, db);
    await addCorrection({ text: 'We use Acme.', from: 'need', to: 'competitor', at: NOW + 1 }, db);
    expect((await allCorrections(db)).map((c) => [c.text, c.to])).toEqual([['We use Acme.', 'competitor']]);
    db.close();
  });

  it('undoing a correction that replaced an earlier one of the same words brings the earlier one back, also in a new panel', async () => {
    const db = new SopDatabase('corrections-undo-replaced');
    const reply = 'Let us talk again after the budget review in March.';
    await addCorrection({ text: reply, from: 'price', to: 'timing', at: NOW }, db);
    const slip = await addCorrection({ text: reply, from: 'timing', to: 'authority', at: NOW + 1 }, db);
    expect((await allCorrections(db)).map((c) => c.to)).toEqual(['authority']);
    // Undo is by the stored id: it works after the panel (or the worker) started again.
    db.close();
    const again = new SopDatabase('corrections-undo-replaced');
    await undoCorrection(slip, again);
    expect((await allCorrections(again)).map((c) => [c.text, c.to, c.at])).toEqual([[reply, 'timing', NOW]]);
    expect(readReply(reply, NOW, readerExamples(await allCorrections(again), []))).toMatchObject({ category: 'timing', source: 'correction' });
    again.close();
  });

  it('undo one correction at a time: each undo brings back the one before it, the last the reader’s own reading', async () => {
    const db = new SopDatabase('corrections-undo-steps');
    const reply = '说实话，今年的钱已经花完了，明年再看吧。';
    const model = readReply(reply, NOW, readerExamples([], [])).category;
    const first = await addCorrection({ text: reply, from: model, to: 'budget', at: NOW }, db);
    await addCorrection({ text: reply, from: 'budget', to: 'timing', at: NOW + 1 }, db);
    const third = await addCorrection({ text: `${reply} `, from: 'timing', to: 'none', at: NOW + 2 }, db);
    expect((await allCorrections(db)).map((c) => c.to)).toEqual(['none']);
    expect(first).not.toBe(third);
    const reading = async () => readReply(reply, NOW, readerExamples(await allCorrections(db), [])).category;

    const second = await undoCorrection(third, db);
    expect(second).toMatchObject({ to: 'timing' });
    expect(await reading()).toBe('timing');
    // Undo is by id, and the brought-back correction has one of its own: a new panel can go on.
    db.close();
    const again = new SopDatabase('corrections-undo-steps');
    const back = await undoCorrection(second?.id ?? -1, again);
    expect(back).toMatchObject({ to: 'budget' });
    expect(readReply(reply, NOW, readerExamples(await allCorrections(again), [])).category).toBe('budget');
    expect(await undoCorrection(back?.id ?? -1, again)).toBeNull();
    expect(await allCorrections(again)).toEqual([]);
    expect(readReply(reply, NOW, readerExamples([], [])).category).toBe(model);
    again.close();
  });

  it('go into the playbook’s case library on export, a valid playbook that teaches a fresh reader', async () => {
    const db = new SopDatabase('corrections-3');
    await addCorrection({ text: 'Our cousin handles all of that for us.', from: 'need', to: 'competitor', at: NOW }, db);
    const playbook = playbookSchema.parse(playbookWithCorrections({ ...DEFAULT_PLAYBOOK, cases: [{ category: 'price', text: 'Our cousin handles all of that for us.' }, { category: 'price', text: 'steep!' }] }, await allCorrections(db)));
    expect(playbook.cases).toEqual([
      { category: 'price', text: 'steep!' },
      { category: 'competitor', text: 'Our cousin handles all of that for us.' },
    ]);
    expect(readReply('our cousin handles all that for us', NOW, readerExamples([], playbook.cases ?? []))).toMatchObject({ category: 'competitor', source: 'case' });
    db.close();
  });

  it('export into a playbook every rep can import: a long reply cut to a case’s length, the library within its bound, every correction kept', () => {
    const long = `We looked at it again. ${'The rollout plan, the training days and the data migration all need another look from IT before we commit. '.repeat(60)}`;
    expect(long.length).toBeGreaterThan(4000);
    const corrections = [
      { id: 3, at: NOW + 3, text: long, from: 'none' as const, to: 'timing' as const },
      { id: 2, at: NOW + 2, text: 'We are tied up with the audit until spring.', from: 'none' as const, to: 'timing' as const },
      { id: 1, at: NOW + 1, text: 'steep!', from: 'price' as const, to: 'budget' as const },
    ];
    const team = Array.from({ length: 4_999 }, (_, i) => ({ category: 'price' as const, text: `case ${String(i)}` }));
    const parsed = playbookSchema.safeParse(playbookWithCorrections({ ...DEFAULT_PLAYBOOK, cases: [{ category: 'price', text: 'steep!' }, ...team] }, corrections));
    expect(parsed.success && parsed.data.cases?.length).toBe(5000);
    const cases = parsed.data?.cases ?? [];
    expect(cases.slice(-3).map((c) => [c.category, c.text.length <= 4000, c.text.slice(0, 22)])).toEqual([
      ['timing', true, 'We looked at it again.'],
      ['timing', true, 'We are tied up with th'],
      ['budget', true, 'steep!'],
    ]);
    expect(cases.filter((c) => c.text === 'steep!')).toEqual([{ category: 'budget', text: 'steep!' }]);
  });
});


describe('a correction made on a CRM note before its label was dropped from the words read', () => {
  it('applies to the same note read now, and is found for its undo', async () => {
    const db = new SopDatabase('corrections-labelled');
    // (stored by the words as they were read then: the label whole; read now without it)
    const cases: [string, string][] = [
      ['Customer: honestly we are still paying off the last system we bought.', 'honestly we are still paying off the last system we bought.'],
      ['Spoke with Jane - she replied: our finance team is still paying off the warehouse robots.', 'our finance team is still paying off the warehouse robots.'],
      ['电话沟通：客户说：去年刚上了一套系统，钱还没付完。', '去年刚上了一套系统，钱还没付完。'],
      // (short words: the label was most of what the reader saw)
      ['客户说：太贵', '太贵'],
      ['對方表示：太貴了', '太貴了'],
      ['Per Jane: too pricey.', 'too pricey.'],
    ];
    for (const [i, [stored, read]] of cases.entries()) {
      const before = readReply(read, NOW, readerExamples(await allCorrections(db), []));
      expect(before.source, read).not.toBe('correction');
      const id = await addCorrection({ text: stored, from: before.category, to: 'budget', at: NOW + i }, db);
      expect(readReply(read, NOW, readerExamples(await allCorrections(db), [])), read).toMatchObject({ category: 'budget', source: 'correction' });
      expect(await correctionOf(read, db), read).toEqual({ id, to: 'budget' });
    }
    // (words that only end a longer correction are not its words)
    expect(await correctionOf('钱还没付完。', db)).toBeNull();
    db.close();
  });
});

describe('two corrections of one note, one on its whole text and one on its words without the label', () => {
  it.each([
    ['Customer: not now, thanks', 'not now, thanks'],
    ['Per Jane: budget is frozen until April', 'budget is frozen until April'],
    ['客户说：太贵了，下个月再说', '太贵了，下个月再说'],
    ['客戶回饋：先等老闆決定', '先等老闆決定'],
  ])('the newer replaces the older whichever it was keyed on; undo brings back the one before: %s', async (whole, words) => {
    for (const [first, second] of [[whole, words], [words, whole]] as const) {
      const db = new SopDatabase(`corrections-one-note-${first}`);
      const older = await addCorrection({ text: first, from: 'none', to: 'timing', at: NOW }, db);
      const newer = await addCorrection({ text: second, from: 'timing', to: 'brush_off', at: NOW + 1 }, db);
      // (was two rows: the older still read for one of the texts, and each undo of its own)
      const rows = await allCorrections(db);
      expect(rows.map((c) => [c.text, c.to])).toEqual([[second, 'brush_off']]);
      expect(await correctionOf(whole, db)).toEqual({ id: newer, to: 'brush_off' });
      expect(await correctionOf(words, db)).toEqual({ id: newer, to: 'brush_off' });
      expect(readReply(words, NOW, readerExamples(rows, []))).toMatchObject({ category: 'brush_off', source: 'correction' });
      const back = await undoCorrection(newer, db);
      expect(back).toMatchObject({ to: 'timing' });
      expect(back?.id).not.toBe(older);
      expect((await allCorrections(db)).map((c) => [c.text, c.to])).toEqual([[first, 'timing']]);
      expect(await correctionOf(whole, db)).toEqual({ id: back?.id, to: 'timing' });
      expect(await undoCorrection(back?.id ?? -1, db)).toBeNull();
      expect(await allCorrections(db)).toEqual([]);
      db.close();
    }
  });

  it('other notes with other words keep their own corrections', async () => {
    const db = new SopDatabase('corrections-other-notes');
    await addCorrection({ text: 'Customer: not now, thanks', from: 'none', to: 'timing', at: NOW }, db);
    await addCorrection({ text: 'Customer: not now, thanks, maybe in spring', from: 'none', to: 'timing', at: NOW + 1 }, db);
    await addCorrection({ text: 'not now', from: 'none', to: 'brush_off', at: NOW + 2 }, db);
    expect(await allCorrections(db)).toHaveLength(3);
    db.close();
  });
});
