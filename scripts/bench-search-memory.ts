/**
 * The Contacts search held in memory, loaded from its snapshot, in Node (fake-indexeddb): how much
 * the load allocates and what the keystrokes right after it take (a collection of what the load
 * made lands on some of them). Not part of `npm test`:
 *
 *   node --expose-gc --import tsx scripts/bench-search-memory.ts [contacts=100000] [loads=3] [written=0]
 *
 * Seeds the contacts (made like `scripts/bench-scale.ts`'s), builds the memory once and saves it,
 * writes `written` of them again (changed: marked, so each load holds them beside the snapshot's,
 * in the success event of the buckets' read: `begin_ms`), then for each load: a fresh memory loads the snapshot, and 200 keystrokes (ten people's name and
 * company typed letter by letter, 20 each, 2 ms apart) are answered from it at once. Reports the
 * load's time and heap (allocated: heap used after it without a forced collection, less before;
 * retained: after one), the collections during the load and during the typing (count, longest,
 * total), and per keystroke p50 / p95 / max of its own time and of the time from when it was due
 * (its 2 ms timer) to its answer: a collection between two keystrokes delays the next, as an input
 * event waits for it in the panel.
 */
import 'fake-indexeddb/auto';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SopDatabase } from '../lib/db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../lib/playbook/default-playbook';
import { queryWords } from '../lib/contacts/contact-search';
import { ContactMemory } from '../lib/contacts/search-memory';
import type { Contact, ContactId } from '../lib/contacts/schema';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');
const contacts = Number(process.argv[2] ?? 100_000);
const loads = Number(process.argv[3] ?? 3);
const written = Number(process.argv[4] ?? 0);
const MB = 1024 * 1024;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const quantile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? 0;

let seed = 17;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const SYLLABLES = ['an', 'be', 'ca', 'do', 'el', 'fi', 'ga', 'ho', 'is', 'ju', 'ka', 'lo', 'ma', 'ni', 'or', 'pe', 'ra', 'si', 'tu', 'vi'];
const word = (parts: number) => {
  let text = '';
  for (let p = 0; p < parts; p++) text += pick(SYLLABLES);
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const COMMON_FIRST = ['Wei', 'Mei', 'Li', 'Daniel', 'Sarah', 'James', 'Priya', 'Carlos', 'Anna', 'Kenji', 'Olivia', 'Ahmed', 'Lucas', 'Sofia', 'Hannah', 'Tom'];
const COMMON_LAST = ['Chen', 'Wang', 'Zhang', 'Okafor', 'Smith', 'Müller', 'Garcia', 'Tanaka', 'Kowalski', 'Nguyen', 'Rossi', 'Brown', 'Lin', 'Liu', 'Park', 'Silva'];
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹陳張劉黃趙吳');
const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志德美玲國慧');
const KNOWN_COMPANIES = ['Orchid Precision', 'Northwind Traders', 'Huachen Retail', '華辰零售', 'Contoso', 'Fabrikam', 'Harbor Logistics', '深圳创新科技', 'Acme Robotics'];
const SUFFIX = ['Labs', 'Logistics', 'Foods', 'Systems', 'Group', 'Tech', 'Retail', 'Health'];
const STAGES = ['prospect', 'prospect', 'prospect', 'discover', 'qualify', 'present', 'negotiate', 'close', 'deliver', 'retain'] as const;
const now = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

function made(i: number): Contact {
  const han = random() < 0.2;
  const first = random() < 0.3 ? pick(COMMON_FIRST) : word(2);
  const last = random() < 0.2 ? pick(COMMON_LAST) : word(3);
  const name = han ? pick(SURNAMES) + pick(GIVEN) + (random() < 0.7 ? pick(GIVEN) : '') : `${first} ${last}`;
  const company = random() < 0.3 ? pick(KNOWN_COMPANIES) : `${word(2)} ${pick(SUFFIX)}`;
  const created = now - Math.floor(random() * 3 * 365) * DAY;
  const linkedin = random() < 0.6;
  const email = `${first.toLowerCase()}.${last.toLowerCase()}${i}@${company.toLowerCase().replace(/[^a-z]+/g, '') || 'example'}.example`;
  return {
    id: `${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}-${i.toString(36)}` as ContactId,
    identities: [linkedin ? `linkedin:${first.toLowerCase()}-${i.toString(36)}` : `email:${email}`],
    sources: [linkedin ? 'linkedin' : 'gmail'],
    name,
    company,
    ...(linkedin ? {} : { email }),
    stage: pick(STAGES),
    stageChangedAt: created,
    createdAt: created,
    capturedAt: created + Math.floor(random() * (now - created)),
    ...(random() < 0.3 ? { bant: { budget: 'confirmed', authority: 'influencer', need: 'clear', timelineMonths: 3 } as const } : {}),
  };
}

const pauses: { at: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push({ at: entry.startTime, ms: entry.duration });
}).observe({ entryTypes: ['gc'] });
const pausesIn = (from: number, to: number) => pauses.filter((pause) => pause.at >= from && pause.at <= to);

const db = new SopDatabase(`bench-search-memory-${crypto.randomUUID()}`);
const seeding = performance.now();
const people: string[] = [];
for (let from = 0; from < contacts; from += 5_000) {
  const batch = Array.from({ length: Math.min(5_000, contacts - from) }, (_, k) => made(from + k));
  for (const contact of batch) if (people.length < 10 && contact.name.includes(' ') && /^[\x20-\x7e]+$/.test(`${contact.name} ${contact.company ?? ''}`) && random() < 0.01) people.push(`${contact.name} ${contact.company ?? ''}`.toLowerCase());
  await db.contacts.bulkPut(batch);
}
const builder = new ContactMemory(db, { saveAfterMs: 3_600_000 });
await builder.build();
await builder.save();
builder.close();
// Written since the save: the same contacts renamed (their marks stay: no panel saves again here).
for (let i = 0; i < written; i++) {
  const again = made(i * 7 + 3);
  await db.contacts.put({ ...again, name: `${again.name} Written`, capturedAt: now + i });
}
console.log(`seeded ${String(contacts)} contacts, built and saved in ${String(round((performance.now() - seeding) / 1000))} s`);

const typed = people.map((person) => `${person}                    `.slice(0, 20));
for (let run = 1; run <= loads; run++) {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const memory = new ContactMemory(db, { saveAfterMs: 3_600_000 });
  await memory.build();
  const loadedAt = performance.now();
  const detail = (performance.getEntriesByName('contact-memory-built').at(-1) as PerformanceMeasure | undefined)?.detail as { marks?: number; begin?: number; longestSlice?: number } | undefined;
  const allocated = process.memoryUsage().heapUsed - before;
  const loadPauses = pausesIn(started, loadedAt);
  const ms: number[] = [];
  /** From when the keystroke was due (its 2 ms timer) to its answer: what a collection between keystrokes delays too. */
  const lag: number[] = [];
  const typingFrom = performance.now();
  for (const person of typed) {
    for (let i = 1; i <= person.length; i++) {
      const due = performance.now() + 2;
      await sleep(2);
      const t = performance.now();
      memory.find({ words: queryWords(person.slice(0, i)) }, playbook, 50);
      ms.push(performance.now() - t);
      lag.push(performance.now() - due);
    }
  }
  const typingPauses = pausesIn(typingFrom, performance.now());
  gc();
  gc();
  const held = memory.size;
  const retained = process.memoryUsage().heapUsed - before;
  memory.close();
  console.log(
    JSON.stringify({
      run,
      contacts: held,
      load_ms: round(loadedAt - started),
      marks: detail?.marks,
      begin_ms: detail?.begin,
      longest_slice_ms: detail?.longestSlice,
      load_allocated_mb: round(allocated / MB),
      retained_mb: round(retained / MB),
      gc_during_load: { count: loadPauses.length, longest_ms: round(Math.max(0, ...loadPauses.map((p) => p.ms))), total_ms: round(loadPauses.reduce((sum, p) => sum + p.ms, 0)) },
      keystrokes: ms.length,
      p50_ms: round(quantile(ms, 0.5), 2),
      p95_ms: round(quantile(ms, 0.95), 2),
      max_ms: round(Math.max(...ms), 2),
      over_30_ms: ms.filter((value) => value > 30).length,
      due_to_answer: { p50_ms: round(quantile(lag, 0.5), 2), p95_ms: round(quantile(lag, 0.95), 2), max_ms: round(Math.max(...lag), 2), over_30: lag.filter((value) => value > 30).length },
      gc_during_typing: { count: typingPauses.length, longest_ms: round(Math.max(0, ...typingPauses.map((p) => p.ms))), total_ms: round(typingPauses.reduce((sum, p) => sum + p.ms, 0)) },
    }),
  );
}
await db.delete();
process.exit(0);
