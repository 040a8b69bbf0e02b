/**
 * `npm run advise` on saved pages: every dated demo fixture judged on its own day, thread variants
 * made from the fixtures' own markup (a different last reply, the same page), two pages of the
 * same person in a row, and the exit codes.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ROUTES, SERVED_ROUTES, routeUrl } from '../demo/routes';
import type { Locale } from '../lib/i18n/locales';
import type { MappedStage } from '../lib/playbook/crm-stages';
import { ACTION_KINDS, type ActionKind } from '../lib/situation/types';
import { advisePages } from './advise-pages';

const fixture = (path: string) => readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8');

/** What the CLI prints for a judged page (the parts these tests read). */
interface Judgment {
  ok: true;
  stage: MappedStage;
  stageEvidence: { kind: string; stage: string; quote: string }[];
  suggestedStage: string | null;
  crmBehind: MappedStage | null;
  crmAhead: MappedStage | null;
  tier: 'A' | 'B' | 'C' | null;
  last: { who: 'them' | 'us' | null; at: string | null; kind: string; quote: string | null };
  action: { kind: ActionKind; due: string; until?: string; overdue: boolean; why: string; step?: string };
  draft: { language: Locale; subject: string; body: string };
  spin: { phase: string; text: string }[];
  objections: { category: string }[];
  signals: { signal: string }[];
  today: string;
}

/** Runs the CLI; pages are fixture paths or the names of HTML made in the test. */
async function run(argv: readonly string[], made: Record<string, string> = {}) {
  return advisePages(argv, (path) => made[path] ?? fixture(path));
}

async function judge(argv: readonly string[], made: Record<string, string> = {}): Promise<Judgment> {
  const outcome = await run(argv, made);
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  const judgment = JSON.parse(outcome.stdout) as Judgment;
  checkConsistent(judgment);
  return judgment;
}

const BEFORE_DISCOVERY_ENDS = ['lost', 'prospect', 'qualify', 'discover'];
/** What happened last, and the actions that can follow from it. */
const FOLLOWS: Record<string, readonly ActionKind[]> = {
  objection: ['answer_objection'],
  question: ['answer_question'],
  signal: ['move_to_contract', 'get_signature'],
  snooze: ['snooze', 'follow_up'],
  // A meeting they agreed to: held on its day and followed up after it.
  meeting: ['follow_up'],
  // They sent us on to someone else: a first touch to that person (or asking whom), today.
  referral: ['follow_up'],
  out_of_office: ['snooze', 'follow_up'],
  stop: ['stop'],
  complaint: ['answer_complaint'],
  // They chose another vendor or stopped: thanked now, re-opened later.
  decision: ['snooze'],
  // A customer's words with nothing to answer leave the after-sales check in place.
  reply: ['follow_up', 'after_sales_check'],
  silence: ['follow_up', 'reopen', 'after_sales_check', 'snooze'],
  none: ['first_touch', 'follow_up', 'reopen', 'after_sales_check', 'snooze'],
};

/** Nothing in a judgment contradicts anything else in it. */
function checkConsistent(j: Judgment): void {
  expect(j.ok).toBe(true);
  expect(ACTION_KINDS).toContain(j.action.kind);
  expect(j.action.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // On a deal closed as lost, their objection or note is why it was lost: re-opened later, not answered today.
  expect(j.stage === 'lost' && (j.last.kind === 'objection' || j.last.kind === 'reply') ? ['reopen'] : FOLLOWS[j.last.kind]).toContain(j.action.kind);
  if (j.action.kind === 'snooze') {
    expect(j.action.until).toBe(j.action.due);
    expect(j.action.due > j.today).toBe(true);
  } else {
    expect(j.action.until).toBeUndefined();
  }
  expect(j.action.overdue).toBe(j.action.kind !== 'stop' && j.action.kind !== 'snooze' && j.action.due < j.today);
  if (j.action.kind === 'stop') {
    expect(j.draft).toMatchObject({ subject: '', body: '' });
    expect(j.suggestedStage).toBeNull();
  } else {
    expect(j.draft.body.length).toBeGreaterThan(20);
    expect(`${j.draft.subject}\n${j.draft.body}`).not.toMatch(/\{\w+\}/);
  }
  expect(j.spin.length).toBeGreaterThan(0);
  // A first note to someone new (a referral, a successor) asks their situation, whatever the stage.
  const someoneNew = j.action.step === 'referral' || j.action.step === 'successor';
  const phases = someoneNew || BEFORE_DISCOVERY_ENDS.includes(j.crmBehind ?? j.crmAhead ?? j.stage) ? ['situation', 'problem'] : ['implication', 'need_payoff'];
  for (const q of j.spin) expect(phases).toContain(q.phase);
  if (j.objections.length > 0 && j.action.kind !== 'stop' && j.stage !== 'lost') expect(['reopen', 'first_touch']).not.toContain(j.action.kind);
}

const dateOf = (file: string) => /--(\d{4}-\d{2}-\d{2})\.html$/.exec(file)?.[1] ?? null;
const unrecognised = (file: string) => file.includes('--broken-layout--') || file.includes('--loading-skeleton--');

interface Expected {
  kind: ActionKind;
  due: string;
  until?: string;
  stage: MappedStage;
  language: Locale;
  tier?: 'A' | 'B' | 'C' | null;
}

/** Each dated demo page, judged on the day it was saved. */
const FIXTURE_JUDGMENTS: Record<string, Expected> = {
  'linkedin/profile--gen2024--2024-06-12.html': { kind: 'first_touch', due: '2024-06-12', stage: 'prospect', language: 'en', tier: 'C' },
  'linkedin/profile--gen2024-second-person--2024-06-12.html': { kind: 'first_touch', due: '2024-06-12', stage: 'prospect', language: 'en', tier: 'C' },
  'linkedin/profile--gen2022--2022-09-03.html': { kind: 'first_touch', due: '2022-09-03', stage: 'prospect', language: 'en', tier: 'C' },
  'linkedin/profile--gen2025-hashed-cjk--2025-08-20.html': { kind: 'first_touch', due: '2025-08-20', stage: 'prospect', language: 'zh-Hans', tier: 'C' },
  'linkedin/messaging--thread-timing--2024-06-12.html': { kind: 'snooze', due: '2024-09-02', until: '2024-09-02', stage: 'prospect', language: 'en', tier: 'C' },
  'linkedin/profile-with-message-overlay--2024-06-12.html': { kind: 'answer_objection', due: '2024-06-14', stage: 'prospect', language: 'en', tier: 'C' },
  // "Who else in logistics uses it?": their question is answered today.
  'linkedin/feed-with-message-overlay--profile-card--2024-06-12.html': { kind: 'answer_question', due: '2024-06-12', stage: 'prospect', language: 'en', tier: 'C' },
  'linkedin/sales-navigator-lead--notes--2024-06-12.html': { kind: 'first_touch', due: '2024-06-12', stage: 'prospect', language: 'en', tier: 'C' },
  // A new contact has no BANT on record, but the quote in the thread shows it in fact: tier A, the objection answered the same day.
  'gmail/thread--objection-price--2024-06-12.html': { kind: 'answer_objection', due: '2024-06-12', stage: 'negotiate', language: 'en', tier: 'A' },
  // Asking to pay in three instalments after the proposal is a term to agree (contract): the deal is in negotiation.
  'gmail/thread--buying-signal-zh--2019-11-05.html': { kind: 'move_to_contract', due: '2019-11-05', stage: 'close', language: 'zh-Hans', tier: 'A' },
  'gmail/thread--prompt-injection--2024-06-12.html': { kind: 'answer_objection', due: '2024-06-12', stage: 'negotiate', language: 'en', tier: 'A' },
  'outlook/thread--objection-authority--2024-09-03.html': { kind: 'follow_up', due: '2024-09-03', stage: 'present', language: 'en', tier: 'C' },
  'salesforce/opportunity--gen2024-lwc--2026-10-05.html': { kind: 'move_to_contract', due: '2026-10-02', stage: 'close', language: 'en', tier: 'A' },
  'salesforce/contact--gen2024-lwc--2026-10-05.html': { kind: 'first_touch', due: '2026-10-05', stage: 'prospect', language: 'en', tier: 'C' },
  'salesforce/opportunity--gen2020-aura--2021-03-15.html': { kind: 'follow_up', due: '2021-03-29', stage: 'qualify', language: 'en', tier: 'C' },
  'salesforce/lead--gen2020-aura--2021-03-15.html': { kind: 'first_touch', due: '2021-03-15', stage: 'prospect', language: 'en', tier: 'C' },
  'hubspot/deal--contract-sent--2026-10-05.html': { kind: 'get_signature', due: '2026-10-01', stage: 'close', language: 'en', tier: 'A' },
  'hubspot/contact--2024--2026-10-05.html': { kind: 'first_touch', due: '2026-10-05', stage: 'prospect', language: 'en', tier: 'C' },
  'zoho/deal--2024--2026-10-05.html': { kind: 'answer_objection', due: '2026-09-08', stage: 'negotiate', language: 'en', tier: 'A' },
  'zoho/contact--2024--2026-10-05.html': { kind: 'first_touch', due: '2026-10-05', stage: 'prospect', language: 'en', tier: 'C' },
  // A custom stage the default table does not map: the person's own stage stands, never a guess. The call
  // note's "he will send the questionnaire" is their move: checked for after five working days (tier C).
  'pipedrive/deal--custom-stage--2026-10-05.html': { kind: 'snooze', due: '2026-10-07', until: '2026-10-07', stage: 'prospect', language: 'en', tier: 'C' },
  'pipedrive/deal--classic-2019--2019-05-14.html': { kind: 'move_to_contract', due: '2019-05-13', stage: 'close', language: 'en', tier: 'A' },
  'pipedrive/person--2024--2026-10-05.html': { kind: 'first_touch', due: '2026-10-05', stage: 'prospect', language: 'en', tier: 'C' },
  'fxiaoke/opportunity--2024--2026-10-20.html': { kind: 'move_to_contract', due: '2026-10-20', stage: 'close', language: 'zh-Hans', tier: 'A' },
  'fxiaoke/contact--2024--2026-10-20.html': { kind: 'first_touch', due: '2026-10-20', stage: 'prospect', language: 'zh-Hans', tier: 'C' },
  // The account shows only the day of its last follow-up: a touch a month ago, not words naming a day.
  'fxiaoke/account--2024--2026-10-20.html': { kind: 'follow_up', due: '2026-11-19', stage: 'prospect', language: 'zh-Hans', tier: 'C' },
  // Situations written for the one-judgment walk, each a contradiction the panel once showed.
  // "Tuesday works for me, send an invite." (no hour): the invite is ours to send the day they wrote, not "wait until Tuesday".
  'gmail/thread--invite-asked--2026-12-04.html': { kind: 'follow_up', due: '2026-12-04', stage: 'prospect', language: 'en', tier: 'C' },
  // 👍 to "Want me to send over the order form?": a yes, the order form ours to send the day they wrote, not a thanks that rests a month.
  'gmail/thread--yes-to-offer--2026-12-05.html': { kind: 'follow_up', due: '2026-12-04', stage: 'prospect', language: 'en', tier: 'C' },
  // "Tuesday 10am works. I've sent you an invite.": a meeting on its day, not "wait until Tuesday".
  'gmail/thread--meeting-booked--2026-12-05.html': { kind: 'follow_up', due: '2026-12-08', stage: 'prospect', language: 'en', tier: 'C' },
  'gmail/thread--unsubscribe--2026-12-05.html': { kind: 'stop', due: '2026-12-04', stage: 'prospect', language: 'en', tier: 'C' },
  // 过完年再说 after the proposal: back after the Spring Festival of 2027.
  'gmail/thread--after-new-year-zh--2026-12-05.html': { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'present', language: 'zh-Hans', tier: 'C' },
  // Over this year's budget, any room to adjust, after our quote: the price objection, not a blank answer.
  'outlook/thread--price-room-zh-hant--2026-12-05.html': { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', tier: 'A' },
  'linkedin/messaging--after-new-year-zh-hant--2026-12-05.html': { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'prospect', language: 'zh-Hant', tier: 'C' },
  // Closed lost to a cheaper competitor: re-opened 90 days after, not "answer it today".
  'hubspot/deal--closed-lost--2026-12-05.html': { kind: 'reopen', due: '2027-11-15', stage: 'lost', language: 'en', tier: 'A' },
  // HubSpot showing a default stage by its internal id (contractsent): mapped like its label.
  // The rep's call note: "Next step: I send the revised SOW on Thu, 10 Dec 2026": ours on that day, not a follow-up overdue since the call.
  'hubspot/deal--rep-next-step--2026-12-03.html': { kind: 'follow_up', due: '2026-12-10', stage: 'present', language: 'en', tier: 'A' },
  'hubspot/deal--stage-id--2026-12-05.html': { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', tier: 'A' },
  // A portal's own numeric stage id: not mapped, never guessed.
  'hubspot/deal--custom-stage-id--2026-12-05.html': { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'prospect', language: 'en', tier: 'C' },
  // Salesforce Classic, in negotiation, its activity history not read: a check-in today, never "first touch".
  'salesforce/opportunity--classic-contact-roles--2026-12-05.html': { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', tier: 'A' },
  'linkedin/profile--gen2026-sdui--2026-12-05.html': { kind: 'first_touch', due: '2026-12-05', stage: 'prospect', language: 'en', tier: 'C' },
  'fxiaoke/opportunity--faci-related--2026-12-05.html': { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'zh-Hans', tier: 'A' },
  'hubspot/deal--two-people--2026-12-05.html': { kind: 'answer_objection', due: '2026-12-02', stage: 'present', language: 'en', tier: 'A' },
  'pipedrive/deal--meeting-scheduled--2026-12-05.html': { kind: 'follow_up', due: '2026-12-09', stage: 'present', language: 'en', tier: 'A' },
  'salesforce/opportunity--won-complaint--2026-12-05.html': { kind: 'answer_complaint', due: '2026-12-05', stage: 'deliver', language: 'en', tier: 'A' },
  // judge15: a formal RFP closing Friday 18 December is a bid in by Wednesday the 16th, not a follow-up; won in the CRM, cancelled in the newer email: confirm and update the CRM (the day of the email).
  // twoobj: over budget and whether it syncs with NetSuite, the bigger one: both objections answered in one draft, the integration first (within two days: tier C; Saturday to Monday).
  'gmail/thread--two-concerns--2026-12-05.html': { kind: 'answer_objection', due: '2026-12-07', stage: 'present', language: 'en' },
  'gmail/thread--tender-rfp--2026-12-05.html': { kind: 'follow_up', due: '2026-12-16', stage: 'prospect', language: 'en' },
  'salesforce/opportunity--won-cancelled--2026-12-05.html': { kind: 'follow_up', due: '2026-12-04', stage: 'deliver', language: 'en', tier: 'A' },
  // Went live on 5 November: the monthly after-sales check, not "they replied, the next move is ours".
  'fxiaoke/opportunity--won--2026-12-05.html': { kind: 'after_sales_check', due: '2026-11-30', stage: 'deliver', language: 'zh-Hans', tier: 'A' },
  // The champion has left and the auto-reply names the successor: a first touch to him, today.
  'gmail/thread--champion-left--2026-12-05.html': { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', tier: 'C' },
  // Register on their supplier portal and submit there: a step of their buying, not a brush-off.
  'gmail/thread--supplier-portal--2026-12-05.html': { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', tier: 'A' },
  // 下週一前回覆即可 after a request: our move before Monday, not "wait until Monday".
  'outlook/thread--deadline-request-zh-hant--2026-12-05.html': { kind: 'answer_question', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hant', tier: 'A' },
  // 我们下周内部讨论一下，再回复你: their move; thank them and wait until the Monday after next week.
  'outlook/thread--promise-next-week-zh--2026-12-05.html': { kind: 'snooze', due: '2026-12-14', until: '2026-12-14', stage: 'negotiate', language: 'zh-Hans', tier: 'A' },
  // "Our finance team needs the quote re-issued…", no question mark: our move today, not "following up on my last message".
  'gmail/thread--request-reissue-quote--2026-12-05.html': { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', tier: 'A' },
  // "Knock 12% off and give us net 60… and I can get this signed before Friday" on the order form: a counter naming both terms, answered today, not a stock payment schedule.
  'gmail/thread--counter-net60--2026-12-07.html': { kind: 'answer_question', due: '2026-12-04', stage: 'close', language: 'en', tier: 'A' },
  // 下周给您答复 on Monday 7 December: their promise for the week of the 14th, the check-in the Monday after it (was "wait until the 14th, as they asked").
  'gmail/thread--promise-next-week--2026-12-07.html': { kind: 'snooze', due: '2026-12-21', until: '2026-12-21', stage: 'negotiate', language: 'zh-Hans', tier: 'A' },
  // A promise with no day after the quote: their move for four working days (tier C, negotiation), then a nudge.
  'gmail/thread--promise-no-day--2026-12-05.html': { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'en', tier: 'A' },
  // "We ended up going with Roastify": thanked now, re-opened 90 days after, not argued with the competitor's track.
  'linkedin/messaging--decided-elsewhere--2026-12-05.html': { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'present', language: 'en', tier: 'C' },
  // Pipedrive's Lost badge outranks the stage bar (still at Proposal Made): re-opened later.
  'pipedrive/deal--lost-badge--2026-12-05.html': { kind: 'reopen', due: '2027-02-26', stage: 'lost', language: 'en', tier: 'A' },
  // Won and signed on December 2: the kick-off the day after, not the 90-day check.
  'pipedrive/deal--won-badge--2026-12-05.html': { kind: 'follow_up', due: '2026-12-03', stage: 'deliver', language: 'en', tier: 'A' },
  // our quote emailed, an overdue call task, no reply: the overdue task (due Dec 1), not "they replied"
  'pipedrive/deal--overdue-activity--2026-12-07.html': { kind: 'follow_up', due: '2026-12-01', stage: 'negotiate', language: 'en', tier: 'A' },
  'salesforce/opportunity--instalments--2026-12-05.html': { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', tier: 'A' },
  // An en-GB org: its close date 05/01/2027 is 5 January, within tier A's three months (read as 1 May it was tier B).
  'salesforce/opportunity--en-gb--2026-12-06.html': { kind: 'move_to_contract', due: '2026-12-02', stage: 'close', language: 'en', tier: 'A' },
  'fxiaoke/opportunity--referral--2026-12-05.html': { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', tier: 'C' },
  // "we'll present it at next week's board meeting" (the day named by a possessive): the one-pager before it, the check-in the Monday after that week.
  'outlook/thread--board-next-week--2026-12-04.html': { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', tier: 'C' },
  'outlook/thread--security-after-price-zh--2026-12-04.html': { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', tier: 'A' },
  'gmail/thread--signature-no-sign-off--2026-12-05.html': { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', tier: 'A' },
  // "locked in until mid 2028" with Workday: back six months before the end (1 January 2028 a holiday: the 3rd), not the competitor track today.
  'linkedin/messaging--locked-in-until--2026-12-07.html': { kind: 'snooze', due: '2028-01-03', until: '2028-01-03', stage: 'prospect', language: 'en', tier: 'C' },
  // "ok that makes sense, thanks" after our answer (a bakery, after a demo): our move, thanked, with the plain next-step question, not a board or a funding round.
  // (tier B, was C: a demo they answered with questions shows the need, DOMAIN.md § 2)
  'gmail/thread--thanks-after-answer--2026-12-07.html': { kind: 'follow_up', due: '2026-12-01', stage: 'present', language: 'en', tier: 'B' },
  // A won customer billed for 60 seats with 45 active: the invoice corrected today, not the contract-terms objection.
  'hubspot/deal--won-invoice-seats--2026-12-07.html': { kind: 'answer_question', due: '2026-12-07', stage: 'deliver', language: 'en', tier: 'A' },
  // 我轉咗俾我哋IT主管睇咗，佢會直接搵你: a hand-off with no name, so thank Ivy and ask whom (not a nurture follow-up with a discovery question).
  'linkedin/messaging--handed-to-it-yue--2026-12-05.html': { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', tier: 'C' },
};

function expectJudgment(j: Judgment, want: Expected): void {
  expect({ kind: j.action.kind, due: j.action.due, until: j.action.until, stage: j.stage, language: j.draft.language }).toEqual({
    kind: want.kind,
    due: want.due,
    until: want.until,
    stage: want.stage,
    language: want.language,
  });
  if (want.tier !== undefined) expect(j.tier).toBe(want.tier);
}

describe('npm run advise: each dated demo fixture on its own day', () => {
  const dated = SERVED_ROUTES.filter((r) => dateOf(r.file) !== null && !unrecognised(r.file));

  it('has an expected judgment for every dated, readable demo page', () => {
    expect(dated.map((r) => r.file).sort()).toEqual(Object.keys(FIXTURE_JUDGMENTS).sort());
  });

  it.each(dated.map((r) => [r.file, r] as const))('%s', async (file, route) => {
    const now = dateOf(file) ?? '';
    const j = await judge(['--now', now, '--url', routeUrl(route), file]);
    expect(j.today).toBe(now);
    const want = FIXTURE_JUDGMENTS[file];
    if (!want) throw new Error(`no expected judgment for ${file}`);
    expectJudgment(j, want);
    // A deal's stage comes from its CRM stage when the table maps it.
    if (file.includes('opportunity') || file.includes('/deal--')) {
      const mapped = j.stageEvidence.some((e) => e.kind === 'crm');
      expect(mapped).toBe(!file.includes('custom-stage'));
    }
  });

  it('writes the rep’s reasons in the UI language and the draft in the prospect’s', async () => {
    const route = DEMO_ROUTES.find((r) => r.file === 'gmail/thread--buying-signal-zh--2019-11-05.html');
    if (!route) throw new Error('missing route');
    const j = await judge(['--now', '2019-11-05', '--locale', 'en', '--url', routeUrl(route), route.file]);
    expect(j.action.why).toMatch(/^Buying signal/);
    expect(j.draft.language).toBe('zh-Hans');
    const zhHant = await judge(['--now', '2019-11-05', '--locale', 'zh-Hant', '--url', routeUrl(route), route.file]);
    expect(zhHant.action.why).toMatch(/購買訊號/);
    expect(zhHant.draft).toEqual(j.draft);
  });
});

// ————————————————————————————————————————— thread variants —————————————————————————————————————————

type Kind = 'snooze' | 'stop' | 'question' | 'out_of_office' | 'objection';

interface Variant {
  kind: Kind;
  language: Locale;
  /** Their last message. */
  reply: string;
  /** For LinkedIn: their message before it (the same reply run). */
  before?: string;
  /** Moves their message to right after ours (an auto-reply). */
  autoReply?: boolean;
  want: Expected;
}

interface ThreadSite {
  name: string;
  route: (typeof DEMO_ROUTES)[number];
  now: string;
  /** The fixture's page with their reply (and its date where needed) replaced, markup kept. */
  make: (variant: Variant) => string;
  variants: Variant[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replaces one exact piece of the fixture, failing loudly if the fixture changed. */
function swap(html: string, from: string, to: string): string {
  expect(html.split(from).length - 1, `"${from.slice(0, 60)}" in the fixture`).toBeGreaterThanOrEqual(1);
  return html.split(from).join(to);
}

const routeOf = (file: string) => {
  const route = DEMO_ROUTES.find((r) => r.file === file);
  if (!route) throw new Error(`no demo route for ${file}`);
  return route;
};

const GREETING = { en: 'Hi Sam,', 'zh-Hans': 'Sam 你好，', 'zh-Hant': 'Sam 您好，' } as const;
const SIGN_OFF = { en: 'Best,', 'zh-Hans': '谢谢', 'zh-Hant': '謝謝' } as const;

const GMAIL: ThreadSite = {
  name: 'Gmail',
  route: routeOf('gmail/thread--objection-price--2024-06-12.html'),
  now: '2024-06-12',
  make: (v) => {
    let html = fixture('gmail/thread--objection-price--2024-06-12.html');
    html = swap(html, 'Thanks for the proposal. The team liked the demo, but honestly the price is too high for us at 48k. Is there any flexibility?', escapeHtml(v.reply));
    html = swap(html, '<div dir="ltr">Hi Sam,<div>', `<div dir="ltr">${GREETING[v.language]}<div>`);
    html = swap(html, '<div>Best,</div><div>Mei</div>', `<div>${SIGN_OFF[v.language]}</div><div>Mei</div>`);
    return html;
  },
  // Sam's message carries "Attached is the proposal": the thread is at presentation unless a quote or a price objection moves it on; Mei is a new contact, tier C.
  variants: [
    { kind: 'snooze', language: 'en', reply: 'Thanks for the proposal. We’re closing the half-year books right now, so let’s pick this up again in September.', want: { kind: 'snooze', due: '2024-09-02', until: '2024-09-02', stage: 'present', language: 'en' } },
    { kind: 'stop', language: 'en', reply: 'Please take me off your mailing list, we are not interested.', want: { kind: 'stop', due: '2024-06-12', stage: 'present', language: 'en' } },
    { kind: 'question', language: 'en', reply: 'Thanks for the proposal. Does the 48k include the training for the night shift', want: { kind: 'answer_question', due: '2024-06-12', stage: 'present', language: 'en' } },
    { kind: 'out_of_office', language: 'en', reply: 'Thank you for your email. I am on annual leave until Monday 24 June with no access to email.', want: { kind: 'snooze', due: '2024-06-24', until: '2024-06-24', stage: 'present', language: 'en' } },
    { kind: 'objection', language: 'en', reply: 'Thanks for the proposal. To be honest, we are already talking to Siemens about this and their offer is cheaper.', want: { kind: 'answer_objection', due: '2024-06-12', stage: 'negotiate', language: 'en', tier: 'A' } },
    { kind: 'snooze', language: 'zh-Hans', reply: '方案收到了，谢谢。这个月在忙年中盘点，下个月再说吧。', want: { kind: 'snooze', due: '2024-07-01', until: '2024-07-01', stage: 'present', language: 'zh-Hans' } },
    { kind: 'stop', language: 'zh-Hans', reply: '请把我从你们的邮件列表里删除，不要再发了。', want: { kind: 'stop', due: '2024-06-12', stage: 'present', language: 'zh-Hans' } },
    { kind: 'question', language: 'zh-Hans', reply: '方案我看了，想问一下上线之后谁来负责培训', want: { kind: 'answer_question', due: '2024-06-12', stage: 'present', language: 'zh-Hans' } },
    { kind: 'out_of_office', language: 'zh-Hans', reply: '您好，我正在出差，6月17日回来，邮件回复会有延迟。', want: { kind: 'snooze', due: '2024-06-17', until: '2024-06-17', stage: 'present', language: 'zh-Hans' } },
    { kind: 'objection', language: 'zh-Hans', reply: '方案看了，整体不错，但是价格太贵了，超出我们今年的预算。', want: { kind: 'answer_objection', due: '2024-06-12', stage: 'negotiate', language: 'zh-Hans', tier: 'A' } },
    { kind: 'snooze', language: 'zh-Hant', reply: '謝謝您的提案，我們年中比較忙，七月中再聯絡好了。', want: { kind: 'snooze', due: '2024-07-15', until: '2024-07-15', stage: 'present', language: 'zh-Hant' } },
    { kind: 'stop', language: 'zh-Hant', reply: '別再寄信給我了，謝謝。', want: { kind: 'stop', due: '2024-06-12', stage: 'present', language: 'zh-Hant' } },
    { kind: 'question', language: 'zh-Hant', reply: '請問這個報價有包含蘇州廠的教育訓練嗎？', want: { kind: 'answer_question', due: '2024-06-12', stage: 'negotiate', language: 'zh-Hant' } },
    { kind: 'out_of_office', language: 'zh-Hant', reply: '自動回覆：本人休假中，6月20日返回辦公室。', want: { kind: 'snooze', due: '2024-06-20', until: '2024-06-20', stage: 'present', language: 'zh-Hant' } },
    { kind: 'objection', language: 'zh-Hant', reply: '提案看過了，不過我們現在用 Excel 排程也還算順，暫時不考慮。', want: { kind: 'answer_objection', due: '2024-06-14', stage: 'present', language: 'zh-Hant', tier: 'C' } },
  ],
};

const OUTLOOK: ThreadSite = {
  name: 'Outlook',
  route: routeOf('outlook/thread--objection-authority--2024-09-03.html'),
  now: '2024-09-03',
  make: (v) => {
    let html = fixture('outlook/thread--objection-authority--2024-09-03.html');
    html = swap(html, 'The pilot sounds good to me, but I need my boss to sign off before we commit. I will take it to our GM on Friday.', escapeHtml(v.reply));
    html = swap(html, '<p>Hi Sam,</p>', `<p>${GREETING[v.language]}</p>`);
    html = swap(html, '<p>Regards,<br>Li Wei</p>', `<p>${SIGN_OFF[v.language]}<br>Li Wei</p>`);
    // An auto-reply comes a minute after our message, not the next morning.
    if (v.autoReply) html = swap(html, 'Tue 9/3/2024 10:05 AM', 'Mon 9/2/2024 3:42 PM');
    return html;
  },
  // A new contact with no BANT: tier C, objections within two days; the pilot we proposed puts the thread at presentation.
  variants: [
    { kind: 'snooze', language: 'en', reply: 'The pilot sounds good, but our kitchens are slammed until the end of the month. Let’s talk again in October.', want: { kind: 'snooze', due: '2024-10-01', until: '2024-10-01', stage: 'present', language: 'en' } },
    { kind: 'stop', language: 'en', reply: 'Please stop emailing me about this.', want: { kind: 'stop', due: '2024-09-03', stage: 'present', language: 'en' } },
    { kind: 'question', language: 'en', reply: 'Does the pilot price include the two kitchen tablets', want: { kind: 'answer_question', due: '2024-09-03', stage: 'present', language: 'en' } },
    { kind: 'out_of_office', language: 'en', autoReply: true, reply: 'I’m out of the office until 16 September with limited access to email.', want: { kind: 'snooze', due: '2024-09-16', until: '2024-09-16', stage: 'present', language: 'en' } },
    { kind: 'objection', language: 'en', reply: 'Honestly we don’t see the need, our chefs track everything on paper and it works.', want: { kind: 'answer_objection', due: '2024-09-05', stage: 'present', language: 'en', tier: 'C' } },
    { kind: 'snooze', language: 'zh-Hans', reply: '试点听起来不错，不过九月底要忙中秋订单，国庆后再联系吧。', want: { kind: 'snooze', due: '2024-10-08', until: '2024-10-08', stage: 'present', language: 'zh-Hans' } },
    { kind: 'stop', language: 'zh-Hans', reply: '以后不要再联系我了。', want: { kind: 'stop', due: '2024-09-03', stage: 'present', language: 'zh-Hans' } },
    { kind: 'question', language: 'zh-Hans', reply: '试点期间需要我们这边准备什么设备', want: { kind: 'answer_question', due: '2024-09-03', stage: 'present', language: 'zh-Hans' } },
    { kind: 'out_of_office', language: 'zh-Hans', autoReply: true, reply: '您好，我休年假中，9月10日回来上班。', want: { kind: 'snooze', due: '2024-09-10', until: '2024-09-10', stage: 'present', language: 'zh-Hans' } },
    { kind: 'objection', language: 'zh-Hans', reply: '试点可以，但这个价格太贵了，我们厨房的预算没那么多。', want: { kind: 'answer_objection', due: '2024-09-05', stage: 'present', language: 'zh-Hans', tier: 'C' } },
    { kind: 'snooze', language: 'zh-Hant', reply: '試點聽起來不錯，但我們下個月才有空，十月再談吧。', want: { kind: 'snooze', due: '2024-10-01', until: '2024-10-01', stage: 'present', language: 'zh-Hant' } },
    { kind: 'stop', language: 'zh-Hant', reply: '請不要再聯絡我了，謝謝。', want: { kind: 'stop', due: '2024-09-03', stage: 'present', language: 'zh-Hant' } },
    { kind: 'question', language: 'zh-Hant', reply: '請問試點結束後資料可以匯出嗎？', want: { kind: 'answer_question', due: '2024-09-03', stage: 'present', language: 'zh-Hant' } },
    { kind: 'out_of_office', language: 'zh-Hant', autoReply: true, reply: '自動回覆：本人出差中，9月9日返回辦公室。', want: { kind: 'snooze', due: '2024-09-09', until: '2024-09-09', stage: 'present', language: 'zh-Hant' } },
    { kind: 'objection', language: 'zh-Hant', reply: '試點聽起來不錯，但我得先請示老闆，他同意了我們才能往下走。', want: { kind: 'answer_objection', due: '2024-09-05', stage: 'present', language: 'zh-Hant', tier: 'C' } },
  ],
};

const LINKEDIN: ThreadSite = {
  name: 'LinkedIn messaging',
  route: routeOf('linkedin/messaging--thread-timing--2024-06-12.html'),
  now: '2024-06-12',
  make: (v) => {
    let html = fixture('linkedin/messaging--thread-timing--2024-06-12.html');
    html = swap(html, 'But we are in the middle of our year-end audit, so not now. Can you reach out again in September?', escapeHtml(v.reply));
    if (v.before) html = swap(html, 'Hi Sam, it is a real pain, yes.', escapeHtml(v.before));
    return html;
  },
  // Their two chat messages are one reply; the second shows no time, so it is read as written now.
  variants: [
    { kind: 'snooze', language: 'en', reply: 'Let’s talk after the audit, say early July?', want: { kind: 'snooze', due: '2024-07-01', until: '2024-07-01', stage: 'prospect', language: 'en' } },
    { kind: 'stop', language: 'en', reply: 'Actually, please stop messaging me. Not interested.', want: { kind: 'stop', due: '2024-06-12', stage: 'prospect', language: 'en' } },
    { kind: 'question', language: 'en', reply: 'how does the matching work when the bank file uses a different date format', want: { kind: 'answer_question', due: '2024-06-12', stage: 'prospect', language: 'en' } },
    { kind: 'out_of_office', language: 'en', reply: 'I’m on leave until 1 July, will reply when I’m back.', want: { kind: 'snooze', due: '2024-07-01', until: '2024-07-01', stage: 'prospect', language: 'en' } },
    { kind: 'objection', language: 'en', reply: 'Honestly we just renewed with BlackLine for two more years.', want: { kind: 'answer_objection', due: '2024-06-14', stage: 'prospect', language: 'en', tier: 'C' } },
    { kind: 'snooze', language: 'zh-Hans', before: 'Sam 你好，确实是个痛点。', reply: '这阵子在做年中审计，下个月中旬再聊吧。', want: { kind: 'snooze', due: '2024-07-15', until: '2024-07-15', stage: 'prospect', language: 'zh-Hans' } },
    { kind: 'stop', language: 'zh-Hans', before: 'Sam 你好。', reply: '别再给我发消息了。', want: { kind: 'stop', due: '2024-06-12', stage: 'prospect', language: 'zh-Hans' } },
    { kind: 'question', language: 'zh-Hans', before: 'Sam 你好，确实是个痛点。', reply: '我想问一下，你们实施的时候需要我们IT配合多少人', want: { kind: 'answer_question', due: '2024-06-12', stage: 'prospect', language: 'zh-Hans' } },
    { kind: 'out_of_office', language: 'zh-Hans', before: 'Sam 你好，看到了。', reply: '我这周在外地出差，下周一回来再聊。', want: { kind: 'snooze', due: '2024-06-17', until: '2024-06-17', stage: 'prospect', language: 'zh-Hans' } },
    { kind: 'objection', language: 'zh-Hans', before: 'Sam 你好，谢谢分享。', reply: '我们现在用Excel也挺好的，暂时不需要。', want: { kind: 'answer_objection', due: '2024-06-14', stage: 'prospect', language: 'zh-Hans', tier: 'C' } },
    { kind: 'snooze', language: 'zh-Hant', before: 'Sam 您好，確實蠻困擾的。', reply: '我們正在忙年度稽核，九月再聯絡吧。', want: { kind: 'snooze', due: '2024-09-02', until: '2024-09-02', stage: 'prospect', language: 'zh-Hant' } },
    { kind: 'stop', language: 'zh-Hant', before: '不用了。', reply: '別再傳訊息給我了。', want: { kind: 'stop', due: '2024-06-12', stage: 'prospect', language: 'zh-Hant' } },
    { kind: 'question', language: 'zh-Hant', before: 'Sam 您好，確實蠻困擾的。', reply: '請問下週有時間到我們公司做個簡報嗎？', want: { kind: 'answer_question', due: '2024-06-12', stage: 'prospect', language: 'zh-Hant' } },
    { kind: 'out_of_office', language: 'zh-Hant', before: 'Sam 您好。', reply: '我下週都在休假，6月24日回來。', want: { kind: 'snooze', due: '2024-06-24', until: '2024-06-24', stage: 'prospect', language: 'zh-Hant' } },
    { kind: 'objection', language: 'zh-Hant', before: 'Sam 您好，謝謝。', reply: '老實說這不是我能決定的，要問我們財務長。', want: { kind: 'answer_objection', due: '2024-06-14', stage: 'prospect', language: 'zh-Hant', tier: 'C' } },
  ],
};

const LAST_KIND: Record<Kind, string> = { snooze: 'snooze', stop: 'stop', question: 'question', out_of_office: 'out_of_office', objection: 'objection' };

describe.each([GMAIL, OUTLOOK, LINKEDIN])('npm run advise: $name thread variants', (site) => {
  it('covers snooze, stop, question, out-of-office and objection in all three languages', () => {
    for (const kind of Object.keys(LAST_KIND) as Kind[]) {
      for (const language of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(site.variants.some((v) => v.kind === kind && v.language === language), `${kind} ${language}`).toBe(true);
    }
  });

  it.each(site.variants.map((v) => [`${v.kind} (${v.language}): ${v.reply}`, v] as const))('%s', async (_, variant) => {
    const file = `variant-${site.name}.html`;
    const j = await judge(['--now', site.now, '--url', routeUrl(site.route), file], { [file]: site.make(variant) });
    expectJudgment(j, variant.want);
    expect(j.last.kind).toBe(LAST_KIND[variant.kind]);
    expect(j.last.who).toBe('them');
    // The page's subject is kept on the draft (LinkedIn chats have none).
    if (site !== LINKEDIN && variant.want.kind !== 'stop') expect(j.draft.subject).toMatch(/^Re: (?:Proposal for Orchid Precision|Pilot at Lotus Foods)$/);
  });
});

// ————————————————————————————————————————— two pages of one person —————————————————————————————————————————

describe('npm run advise: two pages of the same person', () => {
  const outlook = routeOf('outlook/thread--objection-authority--2024-09-03.html');
  const opportunity = routeOf('salesforce/opportunity--gen2020-aura--2021-03-15.html');

  it('the Outlook thread alone: a new prospect the pilot we proposed puts at presentation, tier C; "I will take it to our GM on Friday" is a one-page summary for the GM before Friday and a check-in the Monday after, not "thank and wait"', async () => {
    const j = await judge(['--now', '2024-09-03', '--url', routeUrl(outlook), outlook.file]);
    expect(j).toMatchObject({ stage: 'present', tier: 'C', action: { kind: 'follow_up', due: '2024-09-03', step: 'forwarded_up' }, draft: { language: 'en', subject: 'Re: Pilot at Lotus Foods' } });
    expect(j.action.why).toContain('check in on Sep 9, 2024');
    expect(j.draft.body).toMatch(/taking this to your GM[\s\S]*check in with you on September 9/);
    expect(j.objections[0]?.category).toBe('authority');
  });

  it('the Outlook thread, then the Salesforce opportunity with the same email: the judgment follows the deal', async () => {
    const j = await judge(['--now', '2024-09-03', '--url', routeUrl(outlook), outlook.file, '--url', routeUrl(opportunity), opportunity.file]);
    // The deal's tier; its stage is where the thread is (the pilot proposed: presentation), the CRM's (Id. Decision Makers →
    // qualification) the record that lags; Li Wei's words from the thread are still the last word.
    expect(j).toMatchObject({ stage: 'present', crmBehind: 'present', tier: 'C', last: { who: 'them', kind: 'reply' }, action: { kind: 'follow_up', due: '2024-09-03', step: 'forwarded_up' }, draft: { language: 'en' } });
    expect(j.stageEvidence[0]).toMatchObject({ kind: 'crm', stage: 'qualify', quote: 'Id. Decision Makers' });
    expect(j.draft.body).toMatch(/^Hi Li,/);
  });

  it('the opportunity, then the Outlook thread: on their own email the person still follows the deal', async () => {
    const j = await judge(['--now', '2024-09-03', '--url', routeUrl(opportunity), opportunity.file, '--url', routeUrl(outlook), outlook.file]);
    expect(j).toMatchObject({ stage: 'present', crmBehind: 'present', tier: 'C', action: { kind: 'follow_up', due: '2024-09-03', step: 'forwarded_up' }, draft: { subject: 'Re: Pilot at Lotus Foods' } });
    expect(j.stageEvidence.map((e) => e.kind)).toContain('crm');
  });

  it('an unrecognised page before a good one does not stop the run', async () => {
    const broken = routeOf('salesforce/opportunity--broken-layout--2026-11-01.html');
    const j = await judge(['--now', '2024-09-03', '--url', routeUrl(broken), broken.file, '--url', routeUrl(outlook), outlook.file]);
    expect(j.action.step).toBe('forwarded_up');
  });
});

// ————————————————————————————————————————— exit codes —————————————————————————————————————————

describe('npm run advise: exit codes', () => {
  const good = ['--url', 'https://www.linkedin.com/in/daniel-okafor-77b1/', 'linkedin/profile--gen2022--2022-09-03.html'];

  it.each([
    ['no page', []],
    ['--now without a date', ['--now']],
    ['--now that is no date', ['--now', 'next tuesday', ...good]],
    ['an unknown locale', ['--locale', 'fr', ...good]],
    ['--url without a file', ['--url', 'https://www.linkedin.com/in/daniel-okafor-77b1/']],
    ['a URL that is no URL', ['--url', 'not a url', 'linkedin/profile--gen2022--2022-09-03.html']],
    ['an unknown argument', ['--verbose', ...good]],
    ['a bare file name', ['linkedin/profile--gen2022--2022-09-03.html']],
  ])('2 with the usage on %s', async (_, argv) => {
    const out = await run(argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('usage: npm run -s advise');
  });

  it('2 when a page cannot be read', async () => {
    const out = await run(['--url', 'https://www.linkedin.com/in/x/', 'missing.html']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cannot read missing.html');
  });

  const broken = DEMO_ROUTES.filter((r) => r.file.includes('--broken-layout--'));
  it('has a broken-layout page for every site', () => {
    expect(new Set(broken.map((r) => r.file.split('/')[0]))).toEqual(new Set(['linkedin', 'gmail', 'outlook', 'salesforce', 'hubspot', 'zoho', 'pipedrive', 'fxiaoke']));
  });

  it.each(broken.map((r) => [r.file, r] as const))('1 with the layout error on %s', async (file, route) => {
    const out = await run(['--now', dateOf(file) ?? '', '--url', routeUrl(route), file]);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', site: file.split('/')[0] } });
  });

  it('1 on a page that never finished loading, and on a URL no reader takes', async () => {
    const skeleton = routeOf('linkedin/profile--loading-skeleton--2024-06-12.html');
    expect((await run(['--url', routeUrl(skeleton), skeleton.file])).code).toBe(1);
    const feed = await run(['--url', 'https://www.linkedin.com/feed/', 'linkedin/profile--gen2022--2022-09-03.html']);
    expect(feed.code).toBe(1);
    expect(JSON.parse(feed.stdout)).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
  });

  it('1 when the last page is unrecognised, even after a good one', async () => {
    const brokenGmail = routeOf('gmail/thread--broken-layout--2026-11-01.html');
    const out = await run([...good, '--url', routeUrl(brokenGmail), brokenGmail.file]);
    expect(out.code).toBe(1);
  });
});
