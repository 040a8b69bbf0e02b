/**
 * The dashboard's seed, for its end-to-end test and its bench alike: a realistic quarter for one
 * rep ({@link QUARTER}: several hundred contacts, a few thousand touches) or the same made at scale
 * ({@link AT_SCALE}: 100,000 contacts and about 1,000,000 touches over two years), with the numbers
 * the dashboard should show for the last 90 days tallied here by their definitions (README /
 * lib/dashboard), written apart from the dashboard's code: as each event is made, its outcome is
 * counted.
 */

const DAY = 86_400_000;
const STAGES = ['prospect', 'qualify', 'discover', 'present', 'negotiate', 'close', 'deliver', 'retain'] as const;
type Stage = (typeof STAGES)[number];
const HUBSPOT: Record<Stage | 'lost', string> = {
  prospect: 'Appointment scheduled', // mapped to qualify: deals start there
  qualify: 'Appointment scheduled',
  discover: 'Qualified to buy',
  present: 'Presentation scheduled',
  negotiate: 'Decision maker bought-in',
  close: 'Contract sent',
  deliver: 'Closed won',
  retain: 'Closed won',
  lost: 'Closed lost',
};
const TIERS = {
  A: { bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 }, every: 4 },
  B: { bant: { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null }, every: 7 },
  C: { bant: undefined, every: 30 },
} as const;
const TRACKS: Record<string, string[]> = {
  price: ['price-phased-start', 'price-roi', 'price-value-add'],
  budget: ['budget-business-case', 'budget-phased', 'budget-trial'],
  competitor: ['competitor-differentiator', 'competitor-tco'],
  timing: [],
};
/** Replies as prospects write them, each voicing one objection (or none) as the panel decides it. */
const REPLIES: [string | null, string][] = [
  ['price', 'It is too expensive for us right now.'],
  ['price', '太贵了，我们预算不够。'],
  ['budget', 'We don’t have the budget for this this year.'],
  ['competitor', 'We already use Salesforce and we are happy with it.'],
  ['timing', 'Not a good time, maybe next quarter.'],
  [null, 'Thanks, see you Tuesday.'],
  // (a "think it over" with their promise to come back: the panel waits for it, so no objection heard)
  [null, "Thanks Sam. Let me think it over and I'll get back to you."],
];
const DRILL_IDS = ['exit:discover', 'exit:present', 'tier:1', 'concern:price:0', 'response:budget', 'concern:competitor:1', 'exit:negotiate'];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Seed {
  contacts: Record<string, unknown>[];
  deals: Record<string, unknown>[];
  touches: { contactId: string; at: number; direction: 'inbound' | 'outbound'; channel: string; text?: string }[];
  trackUses: { contactId: string; objection: string; trackId: string; at: number }[];
  drillAnswers: { questionId: string; correct: boolean; at: number }[];
}

export interface Expected {
  funnel: Record<Stage, { entered: number; movedOn: number; stalled: number; lost: number }>;
  cadence: Record<'A' | 'B' | 'C', { onTime: number; late: number; skipped: number }>;
  tracks: Record<string, { uses: number; replied: number; movedOn: number; lost: number; negative: number }>;
  drills: Record<string, { answered: number; correct: number }>;
  kpis: { newLeads: number; newSigned: number; signed: number; lost: number };
  /** Objections heard in replies, by the local midnight of the Monday of their week, then category. */
  objections: Record<string, Record<string, number>>;
  /**
   * Each deal person's tier on their own record and the gaps (days) between their outbound touches in the period, as
   * `cadence` counts them. The panel lists a person on an open deal at the deal's tier and stage (kept on the contact
   * by Today's index, judged from the deal): {@link cadenceAsListed} recounts them so.
   */
  dealGaps: Record<string, { tier: 'A' | 'B' | 'C'; gaps: number[] }>;
}

/** Days between follow-ups of each tier, as the dashboard measures them. */
export const EVERY_DAYS = { A: TIERS.A.every, B: TIERS.B.every, C: TIERS.C.every } as const;

/**
 * `expected.cadence` with each deal person counted at the tier the panel lists them at (`listed`: their kept tier, or
 * null when they are shown off the cadence: in delivery or after-sales) rather than at their own record's.
 */
export function cadenceAsListed(expected: Expected, listed: ReadonlyMap<string, 'A' | 'B' | 'C' | null>): Expected['cadence'] {
  const cadence = structuredClone(expected.cadence);
  const tally = (tier: 'A' | 'B' | 'C', gap: number, sign: 1 | -1) => {
    const row = cadence[tier];
    const every = EVERY_DAYS[tier];
    if (gap <= every) row.onTime += sign;
    else {
      row.late += sign;
      row.skipped += sign * (Math.floor(gap / every) - 1);
    }
  };
  for (const [id, { tier, gaps }] of Object.entries(expected.dealGaps)) {
    const shown = listed.has(id) ? listed.get(id) ?? null : tier;
    if (shown === tier) continue;
    for (const gap of gaps) {
      tally(tier, gap, -1);
      if (shown) tally(shown, gap, 1);
    }
  }
  return cadence;
}

export interface SeedSize {
  /** Contacts on no deal, and deals (one new person each). */
  people: number;
  deals: number;
  /** Talk tracks used in the period, and drill answers. */
  trackUses: number;
  drillAnswers: number;
  /** People start between 10 and `spanDays` days ago and are followed up for `activeDays` from then. */
  spanDays: number;
  activeDays: number;
}

export const QUARTER: SeedSize = { people: 320, deals: 48, trackUses: 260, drillAnswers: 140, spanDays: 120, activeDays: 120 };
/** 100,000 people over two years, about ten touches each. */
export const AT_SCALE: SeedSize = { people: 98_000, deals: 2_000, trackUses: 20_000, drillAnswers: 5_000, spanDays: 730, activeDays: 72 };

/** `now`: the test's clock; the period is the 90 local days up to today. Events fall at local noon between 1 and `spanDays` days ago. */
export function seedQuarter(now: number, size: SeedSize = QUARTER): { seed: Seed; expected: Expected } {
  const rand = random(18);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const today = new Date(now);
  const dayAt = (daysAgo: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo, 12).getTime();
  const periodStart = 89; // days ago: the first day of the period
  const inPeriod = (daysAgo: number) => daysAgo >= 0 && daysAgo <= periodStart;

  const seed: Seed = { contacts: [], deals: [], touches: [], trackUses: [], drillAnswers: [] };
  const expected: Expected = {
    funnel: Object.fromEntries(STAGES.map((s) => [s, { entered: 0, movedOn: 0, stalled: 0, lost: 0 }])) as Expected['funnel'],
    cadence: { A: { onTime: 0, late: 0, skipped: 0 }, B: { onTime: 0, late: 0, skipped: 0 }, C: { onTime: 0, late: 0, skipped: 0 } },
    dealGaps: {},
    tracks: {},
    drills: {},
    kpis: { newLeads: 0, newSigned: 0, signed: 0, lost: 0 },
    objections: {},
  };
  const mondayOf = (at: number) => {
    const d = new Date(at);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime();
  };
  /** Path of each contact or deal in days ago (descending), for outcomes of track uses. */
  const pathOf = new Map<string, { stage: Stage | 'lost'; daysAgo: number }[]>();
  const inbound = new Map<string, number[]>();
  const stopAt = new Map<string, number>();

  /** Counts a path's entries and outcomes into the funnel and KPIs. */
  const tallyPath = (path: { stage: Stage | 'lost'; daysAgo: number }[]) => {
    path.forEach((entry, i) => {
      if (entry.stage === 'lost' || !inPeriod(entry.daysAgo)) return;
      const row = expected.funnel[entry.stage];
      row.entered++;
      const next = path[i + 1];
      if (next?.stage === 'lost') row.lost++;
      else if (next) row.movedOn++;
      else if (entry.daysAgo >= 30) row.stalled++;
    });
    const first = path[0];
    const signed = path.find((e, i) => i > 0 && (e.stage === 'deliver' || e.stage === 'retain') && path[i - 1]?.stage !== 'deliver');
    if (first && inPeriod(first.daysAgo)) {
      expected.kpis.newLeads++;
      if (signed) expected.kpis.newSigned++;
    }
    if (signed && inPeriod(signed.daysAgo)) expected.kpis.signed++;
    if (path.some((e) => e.stage === 'lost' && inPeriod(e.daysAgo))) expected.kpis.lost++;
  };

  /** Touches of a contact from `start` days ago by its tier's cadence, some late, some very late; cadence tallied. */
  const touchesFor = (id: string, tier: keyof typeof TIERS, start: number, counted: boolean, dealPerson = false) => {
    const every = TIERS[tier].every;
    let day = start;
    let previous: number | null = null;
    while (day >= Math.max(1, start - size.activeDays)) {
      seed.touches.push({ contactId: id, at: dayAt(day), direction: 'outbound', channel: pick(['email', 'linkedin', 'phone']) });
      if (previous !== null && counted && inPeriod(day)) {
        const gap = previous - day;
        const row = expected.cadence[tier];
        if (dealPerson) (expected.dealGaps[id] ??= { tier, gaps: [] }).gaps.push(gap);
        if (gap <= every) row.onTime++;
        else {
          row.late++;
          row.skipped += Math.floor(gap / every) - 1;
        }
      }
      if (rand() < 0.3) {
        const replyDay = day - int(0, 3);
        if (replyDay >= 1) {
          // Half the replies were read from a page, with their words.
          const [category, text] = rand() < 0.5 ? pick(REPLIES) : [null, null];
          const at = dayAt(replyDay) + 3_600_000;
          seed.touches.push({ contactId: id, at, direction: 'inbound', channel: 'email', ...(text ? { text } : {}) });
          if (category && inPeriod(replyDay)) {
            const week = (expected.objections[String(mondayOf(at))] ??= {});
            week[category] = (week[category] ?? 0) + 1;
          }
          inbound.set(id, [...(inbound.get(id) ?? []), dayAt(replyDay) + 3_600_000]);
        }
      }
      previous = day;
      const r = rand();
      day -= r < 0.6 ? int(Math.max(1, every - 2), every) : r < 0.85 ? int(every + 1, 2 * every - 1) : int(2 * every, 3 * every);
    }
  };

  // Contacts on no deal: a start between `spanDays` and 10 days ago, moving forward a few stages.
  for (let i = 0; i < size.people; i++) {
    const id = `c${String(i).padStart(4, '0')}`;
    const tier = pick(['A', 'B', 'B', 'C', 'C'] as const);
    const start = int(10, size.spanDays);
    const path: { stage: Stage | 'lost'; daysAgo: number }[] = [{ stage: 'prospect', daysAgo: start }];
    let day = start;
    let stage = 0;
    const moves = int(0, 7);
    for (let m = 0; m < moves; m++) {
      const next = day - int(2, 18);
      if (next < 1 || stage >= STAGES.length - 1) break;
      day = next;
      stage++;
      path.push({ stage: STAGES[stage] as Stage, daysAgo: day });
    }
    const current = STAGES[stage] as Stage;
    const history = path.slice(1).map((e, k) => ({ from: path[k]?.stage, to: e.stage, at: dayAt(e.daysAgo), reason: 'seeded' }));
    const stop = rand() < 0.04 ? int(1, Math.min(start, 60)) : null;
    seed.contacts.push({
      id,
      identities: [`linkedin:seed-${id}`],
      sources: ['linkedin'],
      name: `Seed Person ${i}`,
      company: `Company ${i % 37}`,
      stage: current,
      stageChangedAt: dayAt(path.at(-1)?.daysAgo ?? start),
      createdAt: dayAt(start),
      capturedAt: dayAt(1),
      ...(TIERS[tier].bant ? { bant: TIERS[tier].bant } : {}),
      ...(history.length > 0 ? { stageHistory: history } : {}),
      ...(stop !== null ? { lastWord: { at: dayAt(stop), text: 'Please remove me from your list.' } } : {}),
    });
    if (stop !== null) stopAt.set(id, dayAt(stop));
    pathOf.set(id, path);
    tallyPath(path);
    // At negotiation or contract, BANT nobody recorded is read from the stage (scoreBantAt): tier A's cadence,
    // whatever the seed's tier left unknown (B and C here record no budget of "none").
    const shownA = current === 'negotiate' || current === 'close';
    touchesFor(id, shownA ? 'A' : tier, start, STAGES.indexOf(current) < STAGES.indexOf('deliver'));
  }

  // HubSpot deals, one new person each, ending in every stage from qualification to lost.
  const ends: (Stage | 'lost')[] = ['qualify', 'discover', 'present', 'negotiate', 'close', 'deliver', 'lost', 'lost'];
  for (let i = 0; i < size.deals; i++) {
    const id = `hubspot:deal:${9000 + i}`;
    const person = `d${String(i).padStart(4, '0')}`;
    const end = ends[i % ends.length] ?? 'lost';
    const start = int(15, size.spanDays - 10);
    const path: { stage: Stage | 'lost'; daysAgo: number }[] = [{ stage: 'qualify', daysAgo: start }];
    let day = start;
    const target = end === 'lost' ? int(1, 4) : STAGES.indexOf(end) - 1;
    for (let s = 2; s <= target + 1 && s < STAGES.length - 1; s++) {
      const next = day - int(2, 12);
      if (next < 2) break;
      day = next;
      path.push({ stage: STAGES[s] as Stage, daysAgo: day });
    }
    if (end === 'lost') path.push({ stage: 'lost', daysAgo: Math.max(1, day - int(1, 10)) });
    const history = path.map((e) => ({ stage: HUBSPOT[e.stage], at: dayAt(e.daysAgo) }));
    seed.deals.push({
      id,
      crm: 'hubspot',
      record: { type: 'deal', recordId: String(9000 + i), name: `Deal ${i}`, stage: history.at(-1)?.stage, contacts: [], activity: [], fields: [] },
      contactIds: [person],
      createdAt: dayAt(start),
      capturedAt: dayAt(1),
      stageHistory: history,
    });
    const tier = pick(['A', 'B'] as const);
    seed.contacts.push({ id: person, identities: [`email:buyer${i}@deal.example`], sources: ['hubspot'], name: `Buyer ${i}`, email: `buyer${i}@deal.example`, stage: 'qualify', stageChangedAt: dayAt(start), createdAt: dayAt(start), capturedAt: dayAt(1), bant: TIERS[tier].bant });
    pathOf.set(person, path);
    tallyPath(path);
    touchesFor(person, tier, start, true, true);
  }

  // Talk tracks used in the period, on contacts and deal people.
  const people = seed.contacts.map((c) => c.id as string);
  for (let i = 0; i < size.trackUses; i++) {
    const contactId = pick(people);
    const objection = pick(['price', 'price', 'budget', 'competitor']);
    const trackId = pick(TRACKS[objection] ?? []);
    const daysAgo = int(1, 85);
    const at = dayAt(daysAgo) + 2 * 3_600_000;
    seed.trackUses.push({ contactId, objection, trackId, at });
    const key = `${objection}:${trackId}`;
    const row = (expected.tracks[key] ??= { uses: 0, replied: 0, movedOn: 0, lost: 0, negative: 0 });
    row.uses++;
    const within = (t: number) => t > at && t <= at + 14 * DAY;
    const stop = stopAt.get(contactId);
    const negative = stop !== undefined && within(stop);
    if (negative) row.negative++;
    if (!negative && (inbound.get(contactId) ?? []).some(within)) row.replied++;
    const path = pathOf.get(contactId) ?? [];
    if (path.some((e, k) => k > 0 && e.stage !== 'lost' && within(dayAt(e.daysAgo)))) row.movedOn++;
    if (path.some((e) => e.stage === 'lost' && within(dayAt(e.daysAgo)))) row.lost++;
  }

  // Drills: answers in the period, some areas much weaker than others.
  const skill: Record<string, number> = { 'exit:discover': 0.3, 'exit:present': 0.55, 'tier:1': 0.8, 'concern:price:0': 0.65, 'response:budget': 0.45, 'concern:competitor:1': 0.9, 'exit:negotiate': 0.7 };
  const areaOf = (q: string) => (q.startsWith('tier:') ? 'stage:qualify' : q.startsWith('exit:') ? `stage:${q.split(':')[1]}` : `objection:${q.split(':')[1]}`);
  for (let i = 0; i < size.drillAnswers; i++) {
    const questionId = pick(DRILL_IDS);
    const correct = rand() < (skill[questionId] ?? 0.5);
    seed.drillAnswers.push({ questionId, correct, at: dayAt(int(1, 80)) });
    const row = (expected.drills[areaOf(questionId)] ??= { answered: 0, correct: 0 });
    row.answered++;
    if (correct) row.correct++;
  }
  return { seed, expected };
}
