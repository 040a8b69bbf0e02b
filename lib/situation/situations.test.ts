/**
 * One judgment per situation (DOMAIN.md § 8), row by row: each situation a rep meets is run
 * through `advise()` with the real reply reader and the default playbook, and the whole judgment
 * is checked — the action and its day, the stage and tier, the draft (language, subject, talk
 * track) and the SPIN phase — and that nothing on it contradicts anything else.
 */
import { describe, expect, it } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import type { DealId, StoredDeal } from '../deals/deal';
import { dealInsight } from '../engine/deal-insight';
import type { Locale } from '../i18n/locales';
import { mapCrmStage, type MappedStage } from '../playbook/crm-stages';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import type { TierId } from '../playbook/schema';
import { readReply } from '../reader/read-reply';
import { detectLanguage } from '../nlp/language';
import type { CrmRecord } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { advise } from './advise';
import { replySubject, spinStageOf, trackText } from './draft';
import { aboutRenewal } from './talk';
import { trackNameFor } from './incumbent';
import { newestActivity } from './gather';
import { lastWordVoice } from './activity-voice';
import { formatDayInLetter } from './format';
import { dayOf } from './judge';
import { pointOfQuote, withoutSalutation } from './sentence';
import { buildQueue } from './queue';
import { unmappedCrmStage } from './unmapped-stage';
import { returnedRedline } from './redline';
import { asksMoreOnly } from './renewal';
import { lastReplyRun } from './reply-run';
import { ACTION_KINDS, type ActionKind, type ActionStep, type LastKind, type LastWord, type SituationInput, type SituationMessage, type StageEvidenceKind } from './types';

const DAY = 86_400_000;

/** Local time of 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'. */
function t(text: string): number {
  const [date = '', time = '09:00'] = text.split(' ');
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm).getTime();
}

/** 'YYYY-MM-DD' of a local day. */
function iso(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Friday 4 December 2026, 10:00: the day most rows are judged on. */
const NOW = t('2026-12-04 10:00');
/** A Monday in June, before the summer. */
const JUNE = t('2026-06-15 09:00');
/** Mid-January, three weeks before the Spring Festival of 2027 (6 February). */
const JANUARY = t('2027-01-20 15:00');

const us = (text: string, at: string): SituationMessage => ({ direction: 'outbound', at: t(at), text });
const them = (text: string, at: string): SituationMessage => ({ direction: 'inbound', at: t(at), text });
const out = (at: string) => ({ at: t(at), direction: 'outbound' as const });
const inb = (at: string) => ({ at: t(at), direction: 'inbound' as const });

let ids = 0;

/** A stored contact, as the extension keeps one. */
function person(over: Partial<Contact> & Pick<Contact, 'name'>): Contact {
  const id = `contact-${++ids}` as ContactId;
  const createdAt = over.createdAt ?? t('2026-11-02');
  return { id, identities: [`test:${id}`], sources: ['linkedin'], stage: 'prospect', stageChangedAt: createdAt, createdAt, capturedAt: createdAt, ...over };
}

/** A CRM deal record as the site readers yield one, stored as the background stores it. */
function deal(crm: CrmSiteId, stage: string, over: Partial<CrmRecord> & { snooze?: StoredDeal['snooze'] } = {}, capturedAt = NOW - 3_600_000): StoredDeal {
  const { snooze, ...record } = over;
  const full: CrmRecord = { type: 'deal', recordId: `rec-${++ids}`, name: `${crm} deal ${ids}`, stage, contacts: [], activity: [], fields: [], ...record };
  return { id: `${crm}:deal:${full.recordId}` as DealId, crm, record: full, contactIds: [], createdAt: capturedAt - 30 * DAY, capturedAt, ...(snooze ? { snooze } : {}) };
}

// The people of the table.
const mei = (over: Partial<Contact> = {}) => person({ name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing', title: 'Operations Director', headline: 'Operations Director at Orchid Precision Manufacturing', ...over });
const wei = (over: Partial<Contact> = {}) => person({ name: 'Wei Zhang', company: 'Harbor Logistics', title: 'Chief Operating Officer', sources: ['salesforce'], ...over });
const maria = (over: Partial<Contact> = {}) => person({ name: 'Maria Gonzalez', company: 'Brightline Retail', title: 'Head of Operations', sources: ['hubspot'], ...over });
const rahul = (over: Partial<Contact> = {}) => person({ name: 'Rahul Mehta', company: 'Anand Textiles', title: 'Procurement Manager', sources: ['zoho'], ...over });
const jonas = (over: Partial<Contact> = {}) => person({ name: 'Jonas Weber', company: 'Nordlicht Pharma GmbH', title: 'Head of Quality', sources: ['pipedrive'], ...over });
const wangFang = (over: Partial<Contact> = {}) => person({ name: '王芳', company: '华南冷链物流有限公司', title: '采购总监', sources: ['fxiaoke'], ...over });
const wangXiaoming = (over: Partial<Contact> = {}) => person({ name: '王小明', company: '华辰零售集团', title: '信息技术部总监', headline: '华辰零售集团 信息技术部总监', ...over });
const chen = (over: Partial<Contact> = {}) => person({ name: '陳怡君', company: '宏碩精密股份有限公司', title: '資訊部經理', headline: '宏碩精密 資訊部經理', location: '台北市, 台灣', ...over });
const kelvin = (over: Partial<Contact> = {}) => person({ name: 'Kelvin Wong', company: 'Harbour Bloom Florist', title: 'Owner', location: 'Hong Kong', ...over });
const priya = (over: Partial<Contact> = {}) => person({ name: 'Priya Raman', company: 'Meridian Health Partners', title: 'Director of Finance', ...over });

const SF_DM = { name: 'Wei Zhang', title: 'Chief Operating Officer', email: 'wei.zhang@harborlogistics.example', role: 'Decision Maker' };

interface Want {
  kind: ActionKind;
  due: string;
  /** For a snooze: the day to come back (the due day). */
  until?: string;
  stage: MappedStage;
  language: Locale;
  tier?: TierId | null;
  /** The draft's subject, when the row pins it. */
  subject?: string;
  /** The talk track the objection is answered with. */
  track?: string;
  last?: LastKind;
  evidence?: StageEvidenceKind;
  closeDatePassed?: boolean;
  /** Whom the draft greets, when the row pins it. */
  greets?: string;
  /** Words the draft must hold (it answers what they asked, names whom it was referred by). */
  draftHas?: RegExp;
  /** Words the draft must not hold (a discovery question beside a contract, a claim nobody checked). */
  draftLacks?: RegExp;
  /** The day of the meeting they agreed to or moved, when its confirmation is due earlier (the day they wrote). */
  meetingOn?: string;
  /** The address the draft goes to, when the row pins it (a successor's address given in the notice). */
  draftTo?: string;
  /** Words the reason must hold (a follow-up moved off a holiday says so). */
  why?: RegExp;
  /** Words the next action's label must hold (the rep's own snooze is theirs, not "as they asked"). */
  label?: RegExp;
  /** The draft's template, when the row pins one the kind alone does not say (a buying signal asking for something). */
  template?: string;
  /** The step of its kind (a referral, the kick-off…), when the row pins it. */
  step?: string;
  /** On a deal: the stage the conversation shows when the CRM is two or more ahead of it (null: not ahead). */
  crmAhead?: StageId | null;
}

interface Row {
  name: string;
  now?: number;
  /** The rep's UI language (default English). */
  locale?: Locale;
  contact?: Contact | null;
  deal?: StoredDeal | null;
  thread?: { subject?: string; messages: SituationMessage[] };
  /** Stored touches besides the thread's messages (which the extension stores as touches too). */
  touches?: { at: number; direction: 'inbound' | 'outbound' }[];
  /** Their last words as stored on the contact, when no page shows them. */
  word?: { text: string; at: string };
  chosenTrack?: string;
  want: Want;
}

/** Their newest words the way `gatherSituation` finds them: the page's last inbound run, else the stored one, else the record's newest activity when newer. */
function lastWordOf(row: Row): { at: number | null; text: string; from: 'page' | 'stored' | 'record' } | null {
  let word: { at: number | null; text: string; from: 'page' | 'stored' | 'record' } | null = null;
  // (as the background keeps it: an auto-reply their own message followed is no part of it)
  const run = lastReplyRun(row.thread?.messages ?? []);
  const last = run.at(-1);
  if (last) word = { at: last.at, text: run.map((m) => m.text).join('\n\n'), from: 'page' };
  else if (row.word) word = { at: t(row.word.at), text: row.word.text, from: 'stored' };
  if (row.deal) {
    const newest = newestActivity(row.deal);
    if (newest && (!word || (newest.at ?? 0) > (word.at ?? 0))) word = { ...newest, from: 'record' };
  }
  return word;
}

function inputOf(row: Row): SituationInput {
  const now = row.now ?? NOW;
  const word = lastWordOf(row);
  const lastWord: LastWord | null = word ? { at: word.at, text: word.text, reading: readReply(word.text, word.at ?? now), voice: lastWordVoice({ deal: row.deal ?? null, lastWord: word, lastWordFrom: word.from }) } : null;
  const threadTouches = (row.thread?.messages ?? []).flatMap((m) => (m.at === null ? [] : [{ at: m.at, direction: m.direction }]));
  return {
    playbook,
    now,
    locale: row.locale ?? 'en',
    contact: row.contact ?? null,
    deal: row.deal ?? null,
    conversation: row.thread ? { ...(row.thread.subject ? { subject: row.thread.subject } : {}), messages: row.thread.messages } : null,
    touches: [...threadTouches, ...(row.touches ?? [])],
    lastWord,
    chosenTrack: row.chosenTrack,
  };
}

const BEFORE_DISCOVERY_ENDS: readonly (StageId | 'lost')[] = ['lost', 'prospect', 'qualify', 'discover'];

// ————————————————————————————————————————— the table —————————————————————————————————————————

const ROWS: Row[] = [
  // ——— answer the objection ———
  {
    name: 'a price objection after the quote, in a Gmail thread, answered with the ROI track the rep chose (need on record; the quote out shows the rest: tier A)',
    contact: mei({ stage: 'present', bant: { budget: 'unknown', authority: 'influencer', need: 'clear', timelineMonths: 6 } }),
    thread: {
      subject: 'Re: Quote for the Suzhou plant',
      messages: [
        us('Hi Mei, attached is our quote for the three lines: 48,000 a year, implementation included. Happy to walk you through it.', '2026-11-30 15:10'),
        them('Thanks Sam. The team liked the demo, but honestly 48k is well above what we had in mind. It is too expensive for us as it stands.', '2026-12-04 08:40'),
      ],
    },
    chosenTrack: 'price-roi',
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'negotiate', tier: 'A', language: 'en', subject: 'Re: Quote for the Suzhou plant', track: 'price-roi', last: 'objection', evidence: 'quote' },
  },
  {
    name: 'a price objection on a Pipedrive deal at "Proposal Made" (zh-Hans), the phased-start track with the deal’s own numbers',
    contact: person({ name: '刘洋', company: '华辰零售集团', title: '采购经理', sources: ['pipedrive'] }),
    deal: deal('pipedrive', 'Proposal Made', {
      amount: '¥360,000',
      amountValue: 360_000,
      contacts: [{ name: '刘洋', title: '采购经理' }],
      activity: [{ text: '方案我们看过了，但是这个价格实在太贵了，超出我们的心理价位不少。', at: t('2026-12-03 16:20') }],
    }),
    chosenTrack: 'price-phased-start',
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', tier: 'A', language: 'zh-Hans', track: 'price-phased-start', last: 'objection', evidence: 'crm' },
  },
  {
    name: 'a Taiwan office email: the manager must report to the general manager first (zh-Hant, discovery, tier C: within two days)',
    contact: chen({ stage: 'discover' }),
    thread: {
      subject: '回覆：產線排程系統導入評估',
      messages: [
        us('陳經理您好，附上上週會議的紀錄與需求整理，請您過目。', '2026-11-27 10:00'),
        them('您好，資料收到了，謝謝。不過這個案子我需要先跟總經理報告，等他核准之後才能往下走，再麻煩您耐心等候。', '2026-12-03 14:30'),
      ],
    },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'discover', tier: 'C', language: 'zh-Hant', subject: 'Re: 產線排程系統導入評估', last: 'objection' },
  },
  {
    name: 'a formal Taiwan reply to our quote: over this year’s budget, is there room to adjust? (zh-Hant) is the price objection, not a question to answer with a blank',
    contact: chen({ stage: 'present' }),
    thread: {
      subject: '回覆：報價',
      messages: [us('陳經理您好，附上報價：兩個廠區，每年新台幣 96 萬元，含導入。', '2026-11-27 10:00'), them('Sam 您好：\n\n貴公司報價已超出本年度預算，不知是否有調整的空間？\n\n陳怡君 敬上', '2026-12-03 15:20')],
    },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', subject: 'Re: 報價', last: 'objection' },
  },
  {
    name: '报价超出今年预算，还有没有调整的空间 (zh-Hans) after our quote: the price objection',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '会员系统报价', messages: [us('王总您好，附件是报价：每年 36 万元，含实施。', '2026-11-30 10:00'), them('报价收到了，超出了我们今年的预算，不知道还有没有调整的空间？', '2026-12-03 11:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', subject: 'Re: 会员系统报价', last: 'objection' },
  },
  {
    name: 'a bit above our budget, any room on the price? after our quote (unsure between price and budget): the objection, not a blank answer',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Quote for the Suzhou plant', messages: [us('Hi Mei, attached is our quote for the three lines: 48,000 a year.', '2026-11-30 10:00'), them("Thanks for the quote. It's a bit above our budget for this year. Any room on the price?", '2026-12-03 11:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', subject: 'Re: Quote for the Suzhou plant', last: 'objection' },
  },
  {
    name: 'our budget for this year is already spent, after the quote: the budget objection, not "wait until this year"',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Quote for the Suzhou plant', messages: [us('Hi Mei, attached is our quote for the three lines: 48,000 a year.', '2026-11-30 10:00'), them('Thanks for the quote. Our budget for this year is already spent, so we cannot go ahead.', '2026-12-03 16:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', subject: 'Re: Quote for the Suzhou plant', last: 'objection' },
  },
  {
    name: 'a Cantonese chat: Excel is good enough (status quo, prospect, tier C)',
    contact: kelvin(),
    thread: {
      messages: [
        us('Hi Kelvin, saw Harbour Bloom just opened a second shop, congrats! How are you keeping track of orders across both?', '2026-12-01 11:00'),
        them('我哋而家用Excel都夠用啦，唔使搞咁複雜', '2026-12-04 09:15'),
      ],
    },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'prospect', tier: 'C', language: 'zh-Hant', subject: '關於您的顧慮', last: 'objection' },
  },
  {
    name: 'code-switching: already on Salesforce with a year left on the contract (competitor, zh-Hans)',
    contact: person({ name: 'Jason Zhou', company: '上海启明物流', title: 'IT Director', stage: 'present' }),
    thread: {
      subject: 'Re: Demo follow-up',
      messages: [
        us('Hi Jason, thanks for joining the demo yesterday. Attached are the slides and the pilot outline.', '2026-11-25 18:00'),
        them('我们已经在用 Salesforce 了, contract 还有一年才到期, 现在换的话 cost 太高了', '2026-12-04 09:50'),
      ],
    },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'present', tier: 'C', language: 'zh-Hans', subject: 'Re: Demo follow-up', last: 'objection' },
  },
  {
    name: 'a LinkedIn reply: we do not have that problem (need, prospect)',
    contact: priya(),
    thread: {
      messages: [
        us('Hi Priya, many healthcare finance teams lose two days every month-end to manual reconciliation. Is that something you see at Meridian?', '2026-12-02 09:12'),
        them('Appreciate the note, but we don’t really have that problem. Our close runs fine as is.', '2026-12-04 08:05'),
      ],
    },
    chosenTrack: 'need-insight',
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'prospect', tier: 'C', language: 'en', track: 'need-insight', last: 'objection' },
  },
  {
    name: 'a HubSpot deal at "Presentation scheduled": never heard of you, what if go-live fails (trust; the person follows the deal)',
    contact: maria(),
    deal: deal('hubspot', 'Presentation scheduled', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Honestly we had never heard of you before this month. What happens if the go-live fails halfway through our busiest season?', at: t('2026-12-02 17:05') }],
    }),
    chosenTrack: 'trust-reference',
    want: { kind: 'answer_objection', due: '2026-12-02', stage: 'present', tier: 'B', language: 'en', track: 'trust-reference', last: 'objection' },
  },
  {
    name: 'a short chat brush-off: just send me some info',
    contact: mei(),
    thread: { messages: [us('Hi Mei, would a 15-minute call next week make sense?', '2026-12-03 16:00'), them('just send me some info, I’ll have a look', '2026-12-04 07:55')] },
    chosenTrack: 'brush-off-micro-commitment',
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'prospect', tier: 'C', language: 'en', track: 'brush-off-micro-commitment', last: 'objection' },
  },
  {
    name: 'a Zoho deal at "Value Proposition": it does not integrate with SAP (fit; tier A from the amount)',
    contact: rahul(),
    deal: deal('zoho', 'Value Proposition', {
      amount: 'INR 1,200,000',
      amountValue: 1_200_000,
      contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager', email: 'rahul.mehta@anandtextiles.example' }],
      activity: [{ text: 'It doesn’t integrate with our SAP system, and that is a deal breaker for our finance team.', at: t('2026-12-01 12:30') }],
    }),
    want: { kind: 'answer_objection', due: '2026-12-01', stage: 'present', tier: 'A', language: 'en', last: 'objection', evidence: 'crm' },
  },
  {
    name: 'a Salesforce deal in "Negotiation/Review": legal rejects the liability and payment terms (contract, the liability-cap track)',
    contact: wei(),
    deal: deal('salesforce', 'Negotiation/Review', {
      amount: '$48,000.00',
      amountValue: 48_000,
      closeDate: '12/18/2026',
      closeAt: t('2026-12-18 00:00'),
      contacts: [SF_DM],
      activity: [{ text: 'Our legal team won’t accept unlimited liability, and net 15 payment terms don’t work for us either.', at: t('2026-12-04 09:00') }],
    }),
    chosenTrack: 'contract-liability-cap',
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'negotiate', tier: 'A', language: 'en', track: 'contract-liability-cap', last: 'objection', closeDatePassed: false },
  },
  {
    name: 'a Fxiaoke deal in 谈判审核: not sure it pays off, how is it measured (value before the question)',
    contact: wangFang(),
    deal: deal('fxiaoke', '谈判审核', {
      amount: '¥800,000',
      amountValue: 800_000,
      contacts: [{ name: '王芳', title: '采购总监', email: 'wangfang@hncold.example' }],
      activity: [{ text: '说实话，我们还是不确定这个投入产出比，效果到底怎么衡量？', at: t('2026-12-04 08:30') }],
    }),
    chosenTrack: 'value-roi-calc',
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'negotiate', tier: 'A', language: 'zh-Hans', track: 'value-roi-calc', last: 'objection' },
  },
  {
    name: 'bad timing with no date named: answered, not snoozed',
    contact: mei({ stage: 'qualify' }),
    thread: { subject: 'Scheduling at Orchid', messages: [us('Hi Mei, any thoughts on the pilot outline?', '2026-11-26 10:00'), them('Bad timing on our end, we’re in the middle of a restructuring.', '2026-12-04 09:30')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'present', tier: 'C', language: 'en', subject: 'Re: Scheduling at Orchid', last: 'objection' },
  },
  {
    name: 'tied to Oracle for two more years, three days ago (tier C: due two days after, overdue)',
    contact: priya(),
    thread: { messages: [us('Hi Priya, following up on month-end close.', '2026-11-30 09:00'), them('We’re tied to Oracle for another two years, sorry.', '2026-12-01 13:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'prospect', tier: 'C', language: 'en', last: 'objection' },
  },
  {
    name: 'a Taiwan reply in June: the price is far above expectations (zh-Hant; the quote puts it at negotiation; tier A on record)',
    now: JUNE,
    contact: chen({ stage: 'present', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } }),
    thread: {
      subject: '回覆：宏碩精密 報價單',
      messages: [
        us('陳經理您好，附上三條產線的報價單，含導入與一年維護，請參考。', '2026-06-10 11:00'),
        them('謝謝您的報價。老實說這個價格太高了，跟我們原本的預期差很多。', '2026-06-15 08:30'),
      ],
    },
    chosenTrack: 'price-value-add',
    want: { kind: 'answer_objection', due: '2026-06-15', stage: 'negotiate', tier: 'A', language: 'zh-Hant', subject: 'Re: 宏碩精密 報價單', track: 'price-value-add', last: 'objection', evidence: 'quote' },
  },
  {
    name: 'a Taiwan Fxiaoke user in 談判審核 (Traditional stage name): the chairman has to nod first',
    contact: chen({ sources: ['fxiaoke'] }),
    deal: deal('fxiaoke', '談判審核', {
      amount: 'NT$2,400,000',
      amountValue: 2_400_000,
      contacts: [{ name: '陳怡君', title: '資訊部經理' }],
      activity: [{ text: '這個方案我們還需要跟董事長報告，他點頭才能簽。', at: t('2026-12-04 09:40') }],
    }),
    chosenTrack: 'authority-joint-meeting',
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'negotiate', tier: 'A', language: 'zh-Hant', track: 'authority-joint-meeting', last: 'objection' },
  },
  {
    name: 'a Salesforce deal at "Id. Decision Makers": the price is higher than expected (zh-Hant on an English CRM, UI in Traditional Chinese)',
    locale: 'zh-Hant',
    contact: person({ name: '林志豪', company: '鴻海精密工業', title: '採購經理', sources: ['salesforce'], location: '台北市' }),
    deal: deal('salesforce', 'Id. Decision Makers', {
      contacts: [{ name: '林志豪', title: '採購經理' }],
      activity: [{ text: '價格比我們預期高出不少，能否再調整？', at: t('2026-12-04 08:50') }],
    }),
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'qualify', tier: 'C', language: 'zh-Hant', last: 'objection' },
  },

  // ——— answer their question ———
  {
    name: 'a chat question without a question mark',
    contact: mei(),
    thread: { messages: [us('Hi Mei, thanks for connecting!', '2026-12-03 12:00'), them('hey what does the onboarding look like', '2026-12-04 09:40')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'prospect', tier: 'C', language: 'en', last: 'question' },
  },
  {
    name: 'a formal Taiwan question about tax on the quote (zh-Hant)',
    contact: chen({ stage: 'present' }),
    thread: {
      subject: 'RE: 宏碩精密 導入方案',
      messages: [
        us('陳經理您好，附件是導入方案與報價，請您參考。', '2026-12-01 10:00'),
        them('您好，請問報價是否含稅？另外教育訓練是在台北還是新竹進行？', '2026-12-04 09:20'),
      ],
    },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'negotiate', tier: 'A', language: 'zh-Hant', subject: 'Re: 宏碩精密 導入方案', last: 'question', evidence: 'quote' },
  },
  {
    name: 'a Simplified Chinese question without a question mark',
    contact: wangXiaoming(),
    thread: { messages: [us('王总您好，很高兴认识您。', '2026-12-02 10:00'), them('会员积分可以跨门店通用吗', '2026-12-04 08:10')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'prospect', tier: 'C', language: 'zh-Hans', last: 'question' },
  },
  {
    name: 'a Cantonese question: when are you free for a demo',
    contact: kelvin(),
    thread: { messages: [us('Hi Kelvin, we help florists keep orders and stock in one place.', '2026-12-02 15:00'), them('你哋個demo幾時得閒做呀', '2026-12-04 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'prospect', tier: 'C', language: 'zh-Hant', last: 'question' },
  },
  {
    name: 'a formal question without a question mark',
    contact: priya({ stage: 'discover' }),
    thread: {
      subject: 'Month-end close at Meridian',
      messages: [us('Hi Priya, as promised, a short overview of the reconciliation module.', '2026-12-01 09:00'), them('Thanks Sam. Could you tell me which reports come out of the box', '2026-12-03 16:45')],
    },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', tier: 'C', language: 'en', subject: 'Re: Month-end close at Meridian', last: 'question' },
  },
  {
    name: 'a HubSpot deal at "Qualified to buy": who runs the workshop',
    contact: maria(),
    deal: deal('hubspot', 'Qualified to buy', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Who on your side would run the workshop with our store managers?', at: t('2026-12-04 08:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'discover', language: 'en', last: 'question' },
  },
  {
    name: 'code-switching: is the onboarding remote or onsite (an either-or question without a question mark)',
    contact: person({ name: 'Jason Zhou', company: '上海启明物流', title: 'IT Director', stage: 'discover' }),
    thread: { messages: [us('Jason 你好，附上接口文档。', '2026-12-03 11:00'), them('收到 btw 你们的 onboarding 是 remote 还是 onsite', '2026-12-04 09:05')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'discover', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '续费涨价 (zh-Hans): a customer pushes back on the renewal price; the renewal fitted to what they use',
    contact: person({ name: '王小明', company: '华辰零售集团', title: '信息技术部总监', stage: 'retain' }),
    thread: { subject: '2027 年续费', messages: [us('王总您好，附件是 2027 年的续费报价，年费 36 万，比今年上调 8%。', '2026-12-01 10:00'), them('收到。今年续费涨了这么多，说实话有点难接受，能不能维持原价？', '2026-12-03 16:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'retain', language: 'zh-Hans', track: 'price-phased-start', last: 'objection', draftHas: /续约可以按你们实际在用的账号和模块来配置/ },
  },
  {
    name: 'our prospecting email names their renewal elsewhere; a lower price wanted: still a prospect, no renewal value review',
    contact: mei({ stage: 'qualify' }),
    thread: { subject: 'Planning tools', messages: [us('Hi Mei, I gather your contract comes up for renewal in March. Worth 20 minutes to compare options?', '2026-12-01 10:00'), them('Maybe. Honestly we mostly want a lower price than we pay now.', '2026-12-03 16:00')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'qualify', language: 'en', draftLacks: /clearly worth it/ },
  },
  {
    name: 'a customer asks for more seats: a question, not a move to contract (stage 8 is past the contract)',
    contact: mei({ stage: 'retain' }),
    thread: { subject: 'Re: Quarterly review', messages: [us('Hi Mei, here is the Q4 value report.', '2026-12-01 10:00'), them('Looks great. Can we add 20 more seats for the Wuxi plant?', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'retain', language: 'en', subject: 'Re: Quarterly review', last: 'question' },
  },
  {
    name: 'a Salesforce deal at "Needs Analysis": what a week of implementation looks like, UI in Simplified Chinese',
    locale: 'zh-Hans',
    contact: person({ name: 'Li Wei', company: 'Lotus Foods', title: 'Head Chef', sources: ['outlook', 'salesforce'] }),
    deal: deal('salesforce', 'Needs Analysis', {
      contacts: [{ name: 'Li Wei', title: 'Head Chef', email: 'li.wei@lotusfoods.example' }],
      activity: [{ text: 'What does a typical week of implementation look like for the kitchen staff', at: t('2026-12-03 15:30') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', tier: 'C', language: 'en', last: 'question' },
  },

  {
    name: 'a HubSpot deal with two people: the CFO asks for the ROI numbers, the draft answers him, not the champion listed first',
    contact: maria(),
    deal: deal('hubspot', 'Presentation scheduled', {
      amount: '$60,000',
      amountValue: 60_000,
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }, { name: 'Tom Wright', title: 'Chief Financial Officer' }],
      activity: [{ text: 'Tom: Before the board meets on the 15th I need the ROI numbers. Can you send them?', at: t('2026-12-02 10:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-02', stage: 'present', language: 'en', greets: 'Tom' },
  },
  {
    name: '一个商机两位联系人 (zh-Hans): 李伟问上线要多久，草稿回给李伟',
    contact: wangFang(),
    deal: deal('fxiaoke', '方案/报价', {
      contacts: [{ name: '王芳', title: '采购总监' }, { name: '李伟', title: '信息部经理' }],
      activity: [{ text: '李伟问：我们这边的数据迁移大概需要多少人天？', at: t('2026-12-03 14:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', greets: '李伟' },
  },
  {
    name: 'a Salesforce deal at "Proposal/Price Quote" whose note says she asked the implementation timeline: the draft gives the start date with the contract (walk)',
    contact: wei(),
    deal: deal('salesforce', 'Proposal/Price Quote', {
      contacts: [SF_DM],
      activity: [{ text: 'Walked Wei through the pilot. She asked what the implementation timeline looks like if they sign this month.', at: t('2026-12-03 11:00') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-start', label: /start date/, draftHas: /On when you can start: \[the start date/ },
  },
  {
    name: '纷享销客商机 (zh-Hans): 王总问什么时候能上线、合同流程怎么走，草稿给出启动日期并附合同 (walk)',
    contact: wangFang(),
    deal: deal('fxiaoke', '需求确定', {
      contacts: [{ name: '王芳', title: '采购总监' }],
      activity: [{ text: '王总说方案不错，问我们什么时候能上线，合同流程怎么走。', at: t('2026-12-03 14:00') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-start', draftHas: /关于什么时候能启动：\[/ },
  },
  {
    name: 'a Salesforce deal with two Taiwan buyers (zh-Hant): the one who wrote gets the answer',
    contact: chen(),
    deal: deal('salesforce', 'Id. Decision Makers', {
      contacts: [{ name: '陳怡君', title: '資訊部經理' }, { name: '林志豪', title: '財務協理' }],
      activity: [{ text: '林志豪來信：請問教育訓練是到廠還是線上？', at: t('2026-12-03 10:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'qualify', language: 'zh-Hant', greets: '林志豪' },
  },
  {
    name: 'forwarded to us with "can you set up a call next week with both of us?": answer today, not "wait until next week, as they asked"',
    contact: mei(),
    thread: { subject: 'Fwd: Crew scheduling', messages: [them('Sam, forwarding this from our ops lead, she is interested. Can you set up a call next week with both of us?\n\nMei', '2026-12-04 08:30')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'prospect', language: 'en', subject: 'Re: Crew scheduling', last: 'question' },
  },
  {
    name: '下周能不能安排一次电话会议，我们两个都参加？(zh-Hans): a request to answer now',
    contact: wangXiaoming(),
    thread: { subject: '会员系统', messages: [us('王总您好，附上会员系统的介绍。', '2026-12-01 10:00'), them('下周能不能安排一次电话会议，我们两个都参加？', '2026-12-03 16:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', subject: 'Re: 会员系统', last: 'question' },
  },
  {
    name: '下禮拜可以約個時間跟我們主管一起開會嗎？(zh-Hant): a request to answer now',
    contact: chen(),
    thread: { subject: '排程系統', messages: [us('陳經理您好，附上排程系統的簡介。', '2026-12-01 10:00'), them('下禮拜可以約個時間跟我們主管一起開會嗎？', '2026-12-03 16:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', subject: 'Re: 排程系統', last: 'question' },
  },
  // ——— something asked of us without a question mark: our move today, for a customer too ———
  {
    name: 'a British customer asks, without a question mark, for the signed order form to go to accounts (retain: today, not the next check)',
    contact: maria({ stage: 'retain', location: 'Bristol, UK' }),
    thread: {
      subject: 'Invoice 4471',
      messages: [us('Hi Maria, your invoice for the spring term is attached.', '2026-11-26 10:00'), them('Hi Sam, please could you send a copy of the signed order form to our accounts team. They cannot match the invoice without it. Many thanks, Maria', '2026-12-03 16:05')],
    },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'retain', language: 'en', last: 'question', step: 'request', draftHas: /signed order form/ },
  },
  {
    name: 'a terse chase for pricing we promised (negotiate): still waiting is a request, not "following up on my last message"',
    contact: mei({ stage: 'negotiate' }),
    thread: {
      subject: 'Pricing for lines 4-6',
      messages: [us('Mei, I will send the updated pricing for lines 4 to 6 after our call.', '2026-11-27 17:00'), them('Still waiting on the updated pricing you mentioned last week.', '2026-12-04 08:15')],
    },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'negotiate', language: 'en', last: 'question', step: 'request', draftHas: /updated pricing/, template: 'answer-chase' },
  },
  {
    name: 'a Zoho call log: please resend the demo recording, the plant head missed it (present)',
    contact: rahul(),
    deal: deal('zoho', 'Value Proposition', {
      contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }],
      activity: [{ text: 'Rahul called: please resend the demo recording, the plant head missed the session.', at: t('2026-12-03 12:30') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'request', draftHas: /demo recording/ },
  },
  {
    name: 'a HubSpot customer being onboarded: could you resend the checklist, written as a statement',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Maria: Could you resend the onboarding checklist to Dev, our IT lead, so he can prepare the accounts. Thanks!', at: t('2026-12-04 08:10') }],
    }),
    // (the record's label "Maria:" is not her words; "Could you resend…" asks us to do something: a request, not a question to answer in words)
    want: { kind: 'answer_question', step: 'request', due: '2026-12-04', stage: 'deliver', language: 'en', last: 'question', draftHas: /^(?![\s\S]*Maria:)[\s\S]*onboarding checklist/ },
  },
  {
    name: 'a customer asks, as a question, for a document to be sent again: a request to do today, not a question to answer in words',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Hey, would you mind... actually, can you send the admin guide to our new store manager? She starts Monday.', at: t('2026-12-04 08:10') }],
    }),
    want: { kind: 'answer_question', step: 'request', due: '2026-12-04', stage: 'deliver', language: 'en', last: 'question' },
  },
  {
    name: '能不能把演示录像再发一份给我们？(zh-Hans, after the demo): a request to do today',
    locale: 'zh-Hans',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '演示回顾', messages: [us('王总您好，感谢今天抽时间看演示。', '2026-12-01 10:00'), them('收到，谢谢。能不能把演示录像再发一份给我们？上次的链接过期了。', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', step: 'request', due: '2026-12-04', stage: 'present', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '可以把產品型錄寄給我們嗎？(zh-Hant, after the demo): a request to do today',
    locale: 'zh-Hant',
    contact: chen({ stage: 'present' }),
    thread: { subject: '展示後續', messages: [us('陳經理您好，謝謝您今天撥空看展示。', '2026-12-01 10:00'), them('好的。可以把產品型錄寄給我們嗎？廠務那邊想先看看。', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', step: 'request', due: '2026-12-04', stage: 'present', language: 'zh-Hant', last: 'question' },
  },
  {
    name: 'a question about what it can do stays a question ("Could you tell me if it exports to Excel?")',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Could you tell me if the reports export to Excel? Our finance team asked.', at: t('2026-12-04 08:10') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'deliver', language: 'en', last: 'question' },
  },
  {
    name: '麻烦把实施计划按周细化一下 (zh-Hans, proposal out): a request to answer today, not a follow-up',
    contact: wangXiaoming({ stage: 'present' }),
    thread: {
      subject: '会员系统方案',
      messages: [us('王总您好，方案和实施计划已发您，请查收。', '2026-11-30 10:00'), them('方案看了，整体可以。麻烦把实施计划按周再细化一下，我们下次内部过会要用。', '2026-12-03 17:20')],
    },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', step: 'request', draftHas: /实施计划/ },
  },
  {
    name: '煩請提供營利事業登記證影本及匯款帳戶資料 (Taiwan purchasing, formal)',
    contact: chen({ stage: 'negotiate' }),
    thread: {
      subject: '回覆：報價單',
      messages: [us('陳經理您好，附上修正後的報價單，請參考。', '2026-12-01 10:00'), them('Sam 您好：\n\n報價已確認。煩請提供貴公司營利事業登記證影本及匯款帳戶資料，以利本公司建立廠商資料。\n\n陳怡君 敬上', '2026-12-03 11:40')],
    },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'request', draftHas: /營利事業登記證/ },
  },
  {
    name: 'a Hong Kong customer: 唔該幫我哋開返張發票，抬頭改做新公司名 (retain: today)',
    contact: kelvin({ stage: 'retain' }),
    thread: { messages: [us('Hi Kelvin, 十一月張單已經send咗俾你。', '2026-11-28 10:00'), them('唔該幫我哋開返張發票，抬頭要改做新公司名「海港花藝有限公司」', '2026-12-03 19:30')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'retain', language: 'zh-Hant', last: 'question', step: 'request', draftHas: /新公司名/ },
  },

  // ——— re-confirming a detail before anything was shown: a question, not a buying signal ———
  {
    name: 'discovery, before any demo: "will it really pull our order history out of Sage 200?" is a question, not "I have attached the contract"',
    contact: mei({ stage: 'discover' }),
    thread: { subject: 'Next steps', messages: [us('Hi Mei, thanks for walking me through the plant today. Shall we book a demo with your planners?', '2026-12-02 16:00'), them('Before we book a demo: will it really pull our order history out of Sage 200?', '2026-12-03 08:30')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'en', last: 'question', draftHas: /Sage 200/ },
  },
  {
    name: '你们的系统真的能直接读我们用友U8里的老数据吗？while qualifying (zh-Hans): the fit concern answered (or the question, when the reader is unsure), never the contract',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统', messages: [us('王总您好，附上会员系统的简介，方便时可以约个电话聊聊。', '2026-12-01 10:00'), them('你们的系统真的能直接读我们用友U8里的老数据吗？', '2026-12-03 15:00')] },
    // The reader leans to fit (0.56) but is not sure since issue 14's tenth round: the question is answered the day it came.
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'qualify', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '請問貴公司的系統真的可以跟我們的鼎新ERP對接嗎？in discovery (zh-Hant): the fit concern, still discovery',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '需求訪談紀錄', messages: [us('陳經理您好，附上今天的需求訪談紀錄。', '2026-12-01 17:00'), them('請問貴公司的系統真的可以跟我們的鼎新ERP對接嗎？', '2026-12-03 10:15')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'discover', language: 'zh-Hant', last: 'objection' },
  },
  {
    name: 'after the demo, the same kind of words ("does it actually work offline on the shop floor?") are the buying signal they were',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Demo follow-up', messages: [us('Hi Mei, thanks for the demo time today. The recording is attached.', '2026-12-02 16:00'), them('Does it actually work offline on the shop floor, or is that just the brochure?', '2026-12-03 08:30')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-question' },
  },

  // ——— move to contract ———
  {
    name: 'a buying signal in chat: can we pay in 3 instalments',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Re: Revised quote', messages: [us('Hi Mei, the revised quote is attached.', '2026-12-02 17:00'), them('can we pay in 3 instalments', '2026-12-04 09:45')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'en', subject: 'Re: Revised quote', last: 'signal', draftHas: /yes, we can split it into instalments/ },
  },
  {
    name: 'how do we sign, and a VAT invoice (zh-Hans email)',
    contact: wangXiaoming({ stage: 'present' }),
    thread: {
      subject: '回复：华辰零售会员系统方案',
      messages: [
        us('王总您好，附件是会员系统的方案，请您过目。', '2026-11-28 10:00'),
        them('Sam 你好，方案我们内部讨论过了，整体认可。合同怎么签？另外能开增值税专用发票吗？', '2026-12-04 10:15'),
      ],
    },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'zh-Hans', subject: 'Re: 华辰零售会员系统方案', last: 'signal', evidence: 'proposal' },
  },
  {
    name: 'the contract is already with them and they ask when to start: answer and get it signed, not send it again',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Contract', messages: [us('Hi Mei, attached is the contract for your signature.', '2026-12-02 17:00'), them('Looks good. When could you start the rollout?', '2026-12-04 09:45')] },
    want: { kind: 'get_signature', due: '2026-12-04', stage: 'close', language: 'en', subject: 'Re: Contract', last: 'signal', template: 'contract-question-sign', evidence: 'contract-sent' },
  },
  {
    name: 'the terms are fine, can we pay in three parts (zh-Hant)',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '合約條款確認', messages: [us('陳經理您好，合約條款已依您的意見修改。', '2026-12-02 10:00'), them('條款都沒問題了，可以分三期付款嗎？', '2026-12-03 15:20')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', subject: 'Re: 合約條款確認', last: 'signal', draftHas: /：可以的，我們支援依付款階段分期付款/ },
  },
  {
    name: 'a Salesforce deal in "Negotiation/Review": send the contract over for legal',
    contact: wei(),
    deal: deal('salesforce', 'Negotiation/Review', {
      amount: '$48,000.00',
      amountValue: 48_000,
      closeAt: t('2026-12-18 00:00'),
      contacts: [SF_DM],
      activity: [{ text: 'Please send the contract over so our legal team can start the review.', at: t('2026-12-03 11:00') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', tier: 'A', language: 'en', last: 'signal', template: 'contract-request', draftHas: /send the contract over/ },
  },
  {
    name: 'a HubSpot deal at "Contract sent": where do we send the signed agreement',
    contact: maria(),
    deal: deal('hubspot', 'Contract sent', {
      amount: '$36,000',
      amountValue: 36_000,
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations', role: 'Decision maker' }],
      activity: [{ text: 'Where should we send the signed agreement back to?', at: t('2026-12-04 09:10') }],
    }),
    want: { kind: 'get_signature', due: '2026-12-04', stage: 'close', tier: 'A', language: 'en', last: 'signal' },
  },
  {
    name: '合同已发过去，对方问发票怎么开 (zh-Hans email): answer and get it signed',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: {
      subject: '华辰零售会员系统合同',
      messages: [us('王总您好，合同已发给您，请查收。', '2026-12-01 10:00'), them('合同收到了。请问签完之后发票是开专票还是普票？抬头需要提供什么？', '2026-12-04 10:20')],
    },
    want: { kind: 'get_signature', due: '2026-12-04', stage: 'close', language: 'zh-Hans', subject: 'Re: 华辰零售会员系统合同', last: 'signal', evidence: 'contract-sent' },
  },
  {
    name: '合約寄過去了，對方問何時可以開始 (zh-Hant email)',
    contact: chen({ stage: 'close' }),
    thread: {
      subject: '宏碩精密 合約',
      messages: [us('陳經理您好，附件是合約，請您過目。', '2026-12-01 10:00'), them('合約內容沒問題，請問簽完之後多快可以開始導入？', '2026-12-04 11:00')],
    },
    want: { kind: 'get_signature', due: '2026-12-04', stage: 'close', language: 'zh-Hant', subject: 'Re: 宏碩精密 合約', last: 'signal', template: 'contract-question-sign' },
  },
  {
    name: 'recorded at the contract stage, they re-confirm a detail before signing',
    contact: priya({ stage: 'close' }),
    thread: { subject: 'Agreement', messages: [us('Hi Priya, anything else you need before signing?', '2026-12-02 09:00'), them('Just to confirm: the onboarding sessions are included in the annual fee, right?', '2026-12-04 08:40')] },
    want: { kind: 'get_signature', due: '2026-12-04', stage: 'close', language: 'en', subject: 'Re: Agreement', last: 'signal', template: 'contract-question-sign' },
  },
  {
    name: 'a Salesforce deal whose newest activity logs our own email: we spoke last, so we follow up by the cadence',
    contact: wei(),
    deal: deal('salesforce', 'Id. Decision Makers', { contacts: [SF_DM], activity: [{ text: 'Sent the pilot plan for two kitchens.', at: t('2026-11-20 10:00') }, { text: 'Wei asked for a pilot on two sites.', at: t('2026-11-18 09:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-21', stage: 'qualify', tier: 'C', language: 'en', last: 'silence' },
  },
  {
    name: 'a Fxiaoke deal in 谈判审核: we can sign next week, what is the process',
    contact: wangFang(),
    deal: deal('fxiaoke', '谈判审核', {
      amount: '¥800,000',
      amountValue: 800_000,
      contacts: [{ name: '王芳', title: '采购总监', email: 'wangfang@hncold.example' }],
      activity: [{ text: '领导已经同意了，下周就可以安排签合同，流程怎么走？', at: t('2026-12-04 09:30') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', tier: 'A', language: 'zh-Hans', last: 'signal' },
  },
  {
    name: 're-confirming a detail: just to confirm, onboarding is included',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Re: Quote v2', messages: [us('Hi Mei, here is the updated quote.', '2026-12-03 09:00'), them('Just to confirm, the price includes onboarding for all three plants?', '2026-12-04 08:20')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'en', subject: 'Re: Quote v2', last: 'signal', template: 'contract-question' },
  },
  {
    name: 'a Zoho deal at "Proposal/Price Quote": earliest start date if we sign this month',
    contact: rahul(),
    deal: deal('zoho', 'Proposal/Price Quote', {
      amount: 'INR 1,200,000',
      amountValue: 1_200_000,
      contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }],
      activity: [{ text: 'What’s the earliest start date if we sign this month?', at: t('2026-12-04 07:30') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', tier: 'A', language: 'en', last: 'signal', template: 'contract-question' },
  },
  {
    name: 'a Pipedrive deal in "Negotiations Started": a longer support term if we sign by Friday',
    contact: jonas(),
    deal: deal('pipedrive', 'Negotiations Started', {
      amount: '€52,000',
      amountValue: 52_000,
      contacts: [{ name: 'Jonas Weber', title: 'Head of Quality', email: 'j.weber@nordlicht-pharma.example' }],
      activity: [{ text: 'Can you extend the support term to 24 months if we sign by Friday?', at: t('2026-12-02 14:00') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-02', stage: 'close', tier: 'A', language: 'en', last: 'signal', template: 'contract-question' },
  },
  ...(['en', 'zh-Hans', 'zh-Hant'] as const).map((locale): Row => ({
    name: `a Pipedrive deal in a stage the playbook does not map ("Security review"), he will send the questionnaire once their IT has reviewed the gateway (${locale}): the reason names the CRM's stage as not mapped, as the header does, never "Prospecting"`,
    locale,
    contact: jonas(),
    deal: deal('pipedrive', 'Security review', {
      amount: '€45,000',
      amountValue: 45_000,
      contacts: [{ name: 'Jonas Weber', title: 'Head of Quality', email: 'j.weber@nordlicht-pharma.example' }],
      activity: [{ text: 'Call: Jonas needs their IT security team to review the sensor gateway before anything moves; he will send the questionnaire.', at: t('2026-12-03 13:00') }],
    }),
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'prospect', tier: 'C', language: 'en', step: 'promise', template: 'security-review', draftHas: /security pack[\s\S]*by when/, why: { en: /\(tier C, the unmapped CRM stage “Security review”\)\. /, 'zh-Hans': /按 C 级、未对应的 CRM 阶段“Security review”，/, 'zh-Hant': /依 C 級、未對應的 CRM 階段「Security review」，/ }[locale] },
  })),
  {
    name: 'a Chinese profile writing in English: the draft follows their writing, not their name',
    locale: 'zh-Hans',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: 'Re: Membership system quote', messages: [us('Hi Xiaoming, the quote you asked for is attached.', '2026-12-02 10:00'), them('Thanks, can we pay in two instalments instead of one?', '2026-12-04 09:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'en', subject: 'Re: Membership system quote', last: 'signal', evidence: 'quote', draftHas: /can we pay in two instalments instead of one\?”\): yes, we can split it/ },
  },
  {
    name: 'a HubSpot deal at "Decision maker bought-in": what do you need from us to sign before the holidays',
    contact: maria(),
    deal: deal('hubspot', 'Decision maker bought-in', {
      amount: '$36,000',
      amountValue: 36_000,
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations', role: 'Decision maker' }],
      activity: [{ text: 'What do you need from us to get this signed before the holidays?', at: t('2026-12-04 09:20') }],
    }),
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', tier: 'A', language: 'en', last: 'signal' },
  },

  {
    name: 'a Pipedrive deal the CRM still has at "Qualified" whose buyer asks for the contract: implication and need-payoff questions, not discovery ones, beside "move to contract"',
    contact: jonas(),
    deal: deal('pipedrive', 'Qualified', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Email from Jonas: We are ready to go. Please send the contract and tell me when you can start the installation.', at: t('2026-12-03 13:00') }] }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-request' },
  },
  // ——— a greeting before their question is not quoted ———
  {
    name: '王经理，请问实施大概需要多久？(zh-Hans): the draft quotes 请问…, not the greeting',
    contact: wangXiaoming(),
    thread: { subject: '会员系统', messages: [us('王总您好，附上会员系统的介绍。', '2026-12-01 10:00'), them('王经理，请问实施大概需要多久？', '2026-12-03 16:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'question', draftHas: /“请问实施大概需要多久？”/ },
  },
  {
    name: '陳經理您好，請問教育訓練是到廠還是線上？(zh-Hant): quoted from 請問',
    contact: chen(),
    thread: { subject: '排程系統', messages: [us('陳經理您好，附上排程系統的簡介。', '2026-12-01 10:00'), them('陳經理您好，請問教育訓練是到廠還是線上？', '2026-12-03 16:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'question', draftHas: /「請問教育訓練是到廠還是線上？」|“請問教育訓練是到廠還是線上？”/ },
  },
  // ——— a CRM activity's label ("Email from Aiko:", 来自…的邮件：) is not their words: the draft quotes what they said ———
  {
    name: 'a Pipedrive deal, two people: "Email from Aiko: could you send…" is answered to Aiko, without the label',
    contact: jonas(),
    deal: deal('pipedrive', 'Demo Scheduled', {
      contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }, { name: 'Aiko Tanaka', title: 'IT Security Lead' }],
      activity: [{ text: 'Email from Aiko: could you send the completed security questionnaire before our review?', at: t('2026-12-03 13:00') }],
    }),
    // (judge4: her security questionnaire is the security-review step, today, to her: was the generic answer quoting her)
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'security_review', greets: 'Aiko', draftHas: /^(?![\s\S]*Email from)[\s\S]*questionnaire/ },
  },
  {
    name: '纷享销客 来自李伟的邮件：数据迁移要多少人天 (zh-Hans): the draft quotes 李伟’s words, not the label',
    contact: wangFang(),
    deal: deal('fxiaoke', '方案/报价', {
      contacts: [{ name: '王芳', title: '采购总监' }, { name: '李伟', title: '信息部经理' }],
      activity: [{ text: '来自李伟的邮件：我们这边的数据迁移大概需要多少人天？', at: t('2026-12-03 14:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', greets: '李伟', draftHas: /^(?![\s\S]*来自李伟)[\s\S]*数据迁移/ },
  },
  {
    name: 'a Salesforce email 來自陳怡君的郵件：教育訓練到廠還是線上 (zh-Hant): quoted without the label',
    contact: chen(),
    deal: deal('salesforce', 'Id. Decision Makers', {
      contacts: [{ name: '陳怡君', title: '資訊部經理' }],
      activity: [{ text: '來自陳怡君的郵件：請問教育訓練是到廠還是線上？', at: t('2026-12-03 10:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'qualify', language: 'zh-Hant', last: 'question', draftHas: /^(?![\s\S]*來自)[\s\S]*教育訓練/ },
  },
  {
    name: '纷享销客 商机还在“验证客户”，客户问合同怎么走 (zh-Hans): the questions follow the conversation',
    contact: wangFang(),
    deal: deal('fxiaoke', '验证客户', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '王总说方案没问题，合同流程怎么走？', at: t('2026-12-03 14:00') }] }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal' },
  },
  // ——— snooze: wait until the day they named ———
  // (a day named by forms the reader learnt in session 23: a day of this month, "Monday week", Cantonese 月頭)
  {
    name: '这个月15号再约 (zh-Hans email): the 15th, not "this month" (no day)',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统试点', messages: [us('王总您好，试点方案您看得怎么样？', '2026-11-30 10:00'), them('收到，谢谢。这个月15号再约吧。', '2026-12-04 09:30')] },
    want: { kind: 'snooze', due: '2026-12-15', until: '2026-12-15', stage: 'present', language: 'zh-Hans', subject: 'Re: 会员系统试点', last: 'snooze' },
  },
  {
    name: '"let\'s speak Monday week" (British): seven days after next Monday',
    contact: mei(),
    thread: { messages: [us('Hi Mei, would a short call make sense before year end?', '2026-12-02 10:00'), them("Tied up with the audit till then, let's speak Monday week.", '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2026-12-14', until: '2026-12-14', stage: 'prospect', language: 'en', last: 'snooze' },
  },
  {
    name: '下個月頭再搵我 (Cantonese chat): the start of next month, off New Year’s Day',
    contact: kelvin(),
    thread: { messages: [us('Hi Kelvin, 想約你傾下花籃訂單系統。', '2026-12-02 10:00'), them('下個月頭再搵我啦，呢排好忙。', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'prospect', language: 'zh-Hant', last: 'snooze' },
  },
  {
    name: 'not now, try me after Chinese New Year (LinkedIn chat)',
    contact: mei(),
    thread: { messages: [us('Hi Mei, would a short call make sense before year end?', '2026-12-02 10:00'), them('not now, try me after Chinese New Year', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'prospect', language: 'en', last: 'snooze' },
  },
  {
    name: '下个季度再说 at year end (zh-Hans email)',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统试点', messages: [us('王总您好，试点方案您看得怎么样？', '2026-11-30 10:00'), them('收到，谢谢。年底各种结算太忙了，这事下个季度再说吧。', '2026-12-04 09:30')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'present', language: 'zh-Hans', subject: 'Re: 会员系统试点', last: 'snooze' },
  },
  {
    name: '過完年再聯絡 (Taiwan chat)',
    contact: chen(),
    thread: { messages: [us('陳經理您好，想跟您約個時間聊聊排程的痛點。', '2026-12-03 14:00'), them('好的，謝謝，過完年再聯絡。', '2026-12-04 08:45')] },
    want: { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'prospect', language: 'zh-Hant', last: 'snooze' },
  },
  {
    name: 'circle back in Q3 when the new budget is approved',
    contact: priya({ stage: 'discover' }),
    thread: { subject: 'Reconciliation pilot', messages: [us('Hi Priya, here is the pilot outline we discussed.', '2026-12-01 09:00'), them('Thanks. Let’s circle back in Q3 once the new budget is approved.', '2026-12-04 09:10')] },
    want: { kind: 'snooze', due: '2027-07-01', until: '2027-07-01', stage: 'present', language: 'en', subject: 'Re: Reconciliation pilot', last: 'snooze' },
  },
  {
    name: 'two concerns and a start they rule out before Q3 ("nothing can start before Q3") is a snooze, not a move to contract',
    contact: priya({ stage: 'discover' }),
    thread: {
      subject: 'Timetabling pilot for Northgate',
      messages: [
        us('Hi Priya, following the demo, here is the pilot plan for two sites.', '2026-11-25 09:00'),
        them("Thanks. Two things: it's more than we have budgeted this year, and we're in the middle of moving our finance system, so nothing can start before Q3. Can we pick this up in Q3?", '2026-12-02 12:40'),
      ],
    },
    want: { kind: 'snooze', due: '2027-07-01', until: '2027-07-01', stage: 'present', language: 'en', subject: 'Re: Timetabling pilot for Northgate', last: 'snooze' },
  },
  {
    name: '今年不需要开发票, 明年三月再谈 is a snooze, not an invoice question (zh-Hans)',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统报价', messages: [us('王总您好，报价单已发您邮箱，您看看有什么问题。', '2026-12-01 10:00'), them('报价收到了。今年预算已经用完，不需要开发票，明年三月再谈吧。', '2026-12-03 16:00')] },
    want: { kind: 'snooze', due: '2027-03-01', until: '2027-03-01', stage: 'negotiate', language: 'zh-Hans', subject: 'Re: 会员系统报价', last: 'snooze' },
  },
  {
    name: 'an out-of-office auto-reply with a return date (formal English)',
    contact: mei({ stage: 'present' }),
    thread: {
      subject: 'Re: Proposal for Orchid Precision',
      messages: [
        us('Hi Mei, attached is the proposal for the scheduling module.', '2026-12-04 08:00'),
        them('Thank you for your message. I am out of the office until Monday 14 December with limited access to email. For urgent matters please contact ops@orchid-precision.example.', '2026-12-04 08:01'),
      ],
    },
    want: { kind: 'snooze', due: '2026-12-14', until: '2026-12-14', stage: 'present', language: 'en', subject: 'Re: Proposal for Orchid Precision', last: 'out_of_office', evidence: 'proposal' },
  },
  {
    name: 'an out-of-office in Simplified Chinese: back at work on 4 January',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统演示安排', messages: [us('王总您好，下周演示的时间您看周二可以吗？', '2026-12-04 09:00'), them('您好，我正在休假，1月4日回来上班，期间邮件回复会有延迟，敬请谅解。', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'qualify', language: 'zh-Hans', subject: 'Re: 会员系统演示安排', last: 'out_of_office' },
  },
  {
    name: 'a Taiwan auto-reply: on a business trip, back in the office on 10 December',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '需求訪談紀錄', messages: [us('陳經理您好，附上需求訪談紀錄。', '2026-12-04 09:30'), them('自動回覆：本人出差中，12月10日返回辦公室，急事請洽分機 203。', '2026-12-04 09:31')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'discover', language: 'zh-Hant', subject: 'Re: 需求訪談紀錄', last: 'out_of_office' },
  },
  // PEOPLE: away with no day of return: about a week's wait, said as ours (not "as they asked"), never an objection nor silence to chase tomorrow.
  {
    name: 'out of the office with limited access to email, no return date (English): a week, no objection, not "as they asked"',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal for Orchid Precision', messages: [us('Hi Mei, attached is the proposal for the scheduling module.', '2026-12-03 08:00'), them('Thank you for your email. I am out of the office with limited access to email. I will respond as soon as possible.', '2026-12-03 08:01')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'present', language: 'en', last: 'out_of_office', label: /^Away, no return date: wait until Dec 10, 2026$/, why: /no date of return \(“I am out of the office with limited access to email\.”\).*about a week/ },
  },
  {
    name: '我目前休假中，回复可能会有延迟 (zh-Hans, no date): a week, not a timing objection',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统演示安排', messages: [us('王总您好，下周演示的时间您看周二可以吗？', '2026-12-03 09:00'), them('您好，我目前休假中，回复可能会有延迟，敬请谅解。', '2026-12-03 09:05')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'qualify', language: 'zh-Hans', last: 'out_of_office', label: /no return date/, why: /no date of return/ },
  },
  {
    name: '本人休假中，如有急事請聯絡林小姐 (Taiwan, no date): a week, the stand-in named only for what cannot wait',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '需求訪談紀錄', messages: [us('陳經理您好，附上需求訪談紀錄。', '2026-12-03 09:30'), them('本人休假中，如有急事請聯絡林小姐 lin@example.com.tw，謝謝。', '2026-12-03 09:31')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'discover', language: 'zh-Hant', last: 'out_of_office', label: /no return date/, why: /if it cannot wait, write to 林小姐/ },
  },
  {
    name: '我呢排放大假…有急事可以搵我同事Kelvin (Cantonese, no date): away a week, not a referral to Kelvin today',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '需求訪談紀錄', messages: [us('陳生你好，附上需求訪談紀錄。', '2026-12-03 09:30'), them('我呢排放大假，唔係經常睇email，有急事可以搵我同事Kelvin。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'discover', language: 'zh-Hant', last: 'out_of_office', label: /no return date/, why: /write to Kelvin/ },
  },
  {
    name: 'a Cantonese chat: very busy, talk again next month',
    contact: kelvin(),
    thread: { messages: [us('Hi Kelvin, any chance for a quick call this week?', '2026-12-03 17:00'), them('呢排真係好忙，下個月先再傾啦', '2026-12-04 10:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'prospect', language: 'zh-Hant', last: 'snooze' },
  },
  {
    name: 'ping me next week: a question that names a day is a snooze',
    contact: priya(),
    thread: { messages: [us('Hi Priya, did you get a chance to look at the overview?', '2026-12-02 09:00'), them('Can you ping me next week? Drowning in month-end close right now.', '2026-12-04 08:30')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'prospect', language: 'en', last: 'snooze' },
  },
  {
    name: 'on parental leave until March',
    contact: mei({ stage: 'discover' }),
    thread: { subject: 'Scheduling discovery notes', messages: [us('Hi Mei, sharing the notes from our call.', '2026-12-03 10:00'), them('Hi Sam, thanks! Heads up: I’m on parental leave from next week until March. Please keep Li Na in the loop meanwhile.', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2027-03-01', until: '2027-03-01', stage: 'discover', language: 'en', subject: 'Re: Scheduling discovery notes', last: 'out_of_office' },
  },
  {
    name: 'the rep’s own snooze on a contact (after reading a noncommittal reply)',
    contact: priya({ snooze: { until: t('2026-12-18 00:00'), at: t('2026-12-03 17:00') } }),
    touches: [out('2026-11-27 10:00')],
    word: { text: 'Interesting, let me think about it.', at: '2026-11-28 09:00' },
    want: { kind: 'snooze', due: '2026-12-18', until: '2026-12-18', stage: 'prospect', language: 'en', label: /^Snoozed until Dec 18/, why: /You put this off/ },
  },
  {
    name: 'the rep’s own snooze on a Zoho deal in "Negotiation/Review"',
    contact: rahul(),
    deal: deal('zoho', 'Negotiation/Review', {
      amount: 'INR 1,200,000',
      amountValue: 1_200_000,
      contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }],
      snooze: { until: t('2027-01-11 00:00'), at: t('2026-12-02 18:00') },
    }),
    touches: [out('2026-11-30 10:00'), inb('2026-12-01 09:00')],
    want: { kind: 'snooze', due: '2027-01-11', until: '2027-01-11', stage: 'negotiate', tier: 'A', language: 'en', label: /^Snoozed until/ },
  },
  {
    name: 'the rep’s own snooze after our last message (zh-Hans): no “as you suggested” on the day, the label is the rep’s',
    locale: 'zh-Hans',
    contact: wangXiaoming({ snooze: { until: t('2026-12-18 00:00'), at: t('2026-12-03 17:00') } }),
    touches: [inb('2026-11-27 10:00'), out('2026-11-28 09:00')],
    want: { kind: 'snooze', due: '2026-12-18', until: '2026-12-18', stage: 'prospect', language: 'zh-Hans', label: /^已暂缓/, template: 'follow-up-open' },
  },
  {
    name: 'a Salesforce deal: revisit after the board meeting in January',
    contact: wei(),
    deal: deal('salesforce', 'Value Proposition', {
      amount: '$48,000.00',
      amountValue: 48_000,
      contacts: [SF_DM],
      activity: [{ text: 'Let’s revisit this after our board meeting in January.', at: t('2026-12-03 15:00') }],
    }),
    want: { kind: 'snooze', due: '2027-02-01', until: '2027-02-01', stage: 'present', tier: 'A', language: 'en', last: 'snooze' },
  },
  {
    name: 'June: swamped, ping me after the summer holidays',
    now: JUNE,
    contact: mei({ stage: 'qualify' }),
    thread: { subject: 'Pilot timing', messages: [us('Hi Mei, shall we plan the pilot for July?', '2026-06-11 10:00'), them('Swamped right now, ping me after the summer holidays.', '2026-06-15 08:00')] },
    want: { kind: 'snooze', due: '2026-09-01', until: '2026-09-01', stage: 'present', language: 'en', subject: 'Re: Pilot timing', last: 'snooze' },
  },
  {
    name: 'January: 年后再联系 (Spring Festival 2027 + 8 days, a Sunday: the Monday after)',
    now: JANUARY,
    contact: wangFang(),
    thread: { messages: [us('王总您好，冷链运费对账的方案想跟您约个时间聊聊。', '2027-01-18 10:00'), them('最近在忙年终盘点，年后再联系吧。', '2027-01-20 11:00')] },
    want: { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'prospect', language: 'zh-Hans', last: 'snooze' },
  },
  {
    name: 'a Pipedrive deal at "Demo Scheduled": travelling until the 14th, back on the 15th',
    contact: jonas(),
    deal: deal('pipedrive', 'Demo Scheduled', {
      contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }],
      activity: [{ text: 'Hi Sam, I’m travelling for work until 14 December, back in the office on the 15th.', at: t('2026-12-04 07:10') }],
    }),
    want: { kind: 'snooze', due: '2026-12-15', until: '2026-12-15', stage: 'present', tier: 'B', language: 'en', last: 'out_of_office' },
  },
  {
    name: 'a Taiwan reply: the quote arrived, but this year’s budget is spent, next year then',
    contact: chen({ stage: 'present' }),
    thread: { subject: '宏碩精密 報價', messages: [us('陳經理您好，附件是正式報價單。', '2026-12-01 10:00'), them('報價我們收到了，不過預算今年已經用完了，明年再說吧。', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'negotiate', language: 'zh-Hant', subject: 'Re: 宏碩精密 報價', last: 'snooze', evidence: 'quote' },
  },

  // ——— a decision against us: thanked now, re-opened later, not argued ———
  {
    name: 'a casual LinkedIn note: we ended up going with Monday.com (a decision, not a competitor objection to answer)',
    contact: priya({ stage: 'present' }),
    thread: { messages: [us('Hi Priya, any thoughts on the walkthrough last week?', '2026-11-30 10:00'), them('Appreciate you following up! We ended up going with Monday.com for this one. Good luck with everything', '2026-12-03 22:10')] },
    want: { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'present', language: 'en', last: 'decision', step: 'decided' },
  },
  {
    name: 'a formal British letter: the board has decided not to proceed (negotiate)',
    contact: mei({ stage: 'negotiate', location: 'Manchester, UK' }),
    thread: {
      subject: 'Proposal for Orchid Precision',
      messages: [us('Dear Mei, please find our revised proposal attached.', '2026-11-26 10:00'), them('Dear Sam,\n\nFurther to our meeting, I regret to inform you that the board has decided not to proceed with the project. Thank you for the considerable effort your team put in.\n\nKind regards,\nMei', '2026-12-02 15:00')],
    },
    want: { kind: 'snooze', due: '2027-03-02', until: '2027-03-02', stage: 'negotiate', language: 'en', last: 'decision', step: 'decided', subject: 'Re: Proposal for Orchid Precision' },
  },
  {
    name: 'an Indian purchase head: we have placed the order with another vendor',
    contact: rahul({ stage: 'negotiate' }),
    thread: { subject: 'Quotation for dyeing line', messages: [us('Dear Rahul ji, please find the final quotation attached.', '2026-11-28 10:00'), them('Dear Sam, we have placed the order with another vendor as their delivery was earlier. Thank you for your support. Regards, Rahul', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'negotiate', language: 'en', last: 'decision', step: 'decided' },
  },
  {
    name: '纷享销客 follow-up log: 综合考虑后选了另一家供应商 (zh-Hans): thanked, re-opened in a quarter',
    contact: wangFang(),
    deal: deal('fxiaoke', '谈判审核', {
      contacts: [{ name: '王芳', title: '采购总监' }],
      activity: [{ text: '客户反馈：综合考虑后选了另一家供应商，主要是价格更低。', at: t('2026-12-03 17:00') }],
    }),
    want: { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'negotiate', language: 'zh-Hans', last: 'decision', step: 'decided' },
  },
  {
    name: '經內部評估後，本公司決定暫不導入 (Taiwan, formal)',
    contact: chen({ stage: 'present' }),
    thread: { subject: '回覆：產線排程系統方案', messages: [us('陳經理您好，附上方案與時程規劃，請參考。', '2026-11-24 10:00'), them('Sam 您好：\n\n經內部評估後，本公司決定暫不導入，感謝您這段時間的協助。\n\n陳怡君 敬上', '2026-12-01 09:30')] },
    want: { kind: 'snooze', due: '2027-03-01', until: '2027-03-01', stage: 'present', language: 'zh-Hant', last: 'decision', step: 'decided' },
  },
  {
    name: 'Cantonese chat: 我哋最後揀咗另一間 (a decision, not "the difference is mobile approval")',
    contact: kelvin({ stage: 'present' }),
    thread: { messages: [us('Hi Kelvin, 上次個demo覺得點呀？', '2026-11-30 10:00'), them('我哋最後揀咗另一間，佢哋平啲，唔好意思呀', '2026-12-03 21:00')] },
    want: { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'present', language: 'zh-Hant', last: 'decision', step: 'decided' },
  },

  // ——— follow up ———
  {
    name: 'we wrote last, tier C: a month after our note, asking the heaviest BANT fact',
    contact: priya(),
    touches: [out('2026-11-20 10:00')],
    want: { kind: 'follow_up', due: '2026-12-21', stage: 'prospect', tier: 'C', language: 'en', last: 'silence' },
  },
  {
    name: 'we wrote last, tier B: a week after',
    contact: mei({ stage: 'qualify', bant: { budget: 'unknown', authority: 'influencer', need: 'clear', timelineMonths: 6 } }),
    touches: [inb('2026-11-30 10:00'), out('2026-12-01 10:00')],
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'qualify', tier: 'B', language: 'en', last: 'silence' },
  },
  {
    name: 'we wrote last, tier A: twice a week',
    contact: mei({ stage: 'discover', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } }),
    touches: [inb('2026-11-30 10:00'), out('2026-12-01 10:00')],
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'discover', tier: 'A', language: 'en', last: 'silence' },
  },
  {
    name: 'a Salesforce deal at "Value Proposition" we touched last: tier A cadence',
    contact: wei(),
    deal: deal('salesforce', 'Value Proposition', { amount: '$48,000.00', amountValue: 48_000, contacts: [SF_DM] }),
    touches: [inb('2026-11-28 10:00'), out('2026-12-02 14:00')],
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'present', tier: 'A', language: 'en', last: 'silence' },
  },
  {
    name: 'a Salesforce deal whose close date has passed: follow up today',
    contact: wei(),
    deal: deal('salesforce', 'Negotiation/Review', { amount: '$48,000.00', amountValue: 48_000, closeDate: '11/30/2026', closeAt: t('2026-11-30 00:00'), contacts: [SF_DM] }),
    touches: [inb('2026-12-01 10:00'), out('2026-12-03 10:00')],
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'negotiate', tier: 'A', language: 'en', last: 'silence', closeDatePassed: true },
  },
  {
    name: 'sounds good, talk soon: only an acknowledgement, so the follow-up comes by the tier C cadence from their words, not today',
    contact: mei({ stage: 'discover' }),
    thread: { subject: 'Discovery call recap', messages: [us('Hi Mei, a recap of our call is below.', '2026-12-02 16:00'), them('sounds good, talk soon', '2026-12-03 08:15')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'discover', language: 'en', subject: 'Re: Discovery call recap', last: 'reply' },
  },
  {
    name: 'they said November, in September; November came and we have not written since',
    contact: priya({ stage: 'qualify' }),
    thread: {
      subject: 'Re: Month-end close',
      messages: [us('Hi Priya, following up on the reconciliation overview.', '2026-09-08 10:00'), them('Thanks Sam, we’re heads-down on the ERP cutover. Reach out in November and we can take a look.', '2026-09-10 09:00')],
    },
    want: { kind: 'follow_up', due: '2026-11-01', stage: 'qualify', language: 'en', subject: 'Re: Month-end close', last: 'snooze' },
  },
  {
    name: 'an out-of-office that has ended: follow up from the day they came back',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Re: Proposal', messages: [us('Hi Mei, any thoughts on the proposal?', '2026-11-23 09:00'), them('I’m out of the office until 30 November and will reply on my return.', '2026-11-23 09:01')] },
    want: { kind: 'follow_up', due: '2026-11-30', stage: 'present', language: 'en', subject: 'Re: Proposal', last: 'out_of_office', evidence: 'proposal' },
  },
  {
    name: 'a short Taiwan acknowledgement: 好的，收到，謝謝 (by the cadence, not due the day they wrote)',
    contact: chen({ stage: 'discover' }),
    thread: { messages: [us('陳經理您好，附上需求確認表，麻煩您撥空看一下。', '2026-12-03 10:00'), them('好的，收到，謝謝', '2026-12-04 09:00')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'discover', language: 'zh-Hant', last: 'reply' },
  },
  {
    name: 'a tier A buyer writes only "Thanks Sam, got it." under our quote: the next touch by the tier A cadence, not overdue today',
    contact: wei({ bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } }),
    thread: { subject: 'Quote for Harbor Logistics', messages: [us('Hi Wei, the quote for the fleet visibility rollout is attached.', '2026-12-02 10:00'), them('Thanks Sam, got it.\n\nWei', '2026-12-03 09:00')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'negotiate', tier: 'A', language: 'en', subject: 'Re: Quote for Harbor Logistics', last: 'reply', evidence: 'quote' },
  },
  {
    name: 'a thanks that hands it on ("Thanks, I will forward it to our CFO") is a reply to act on: the next move is ours today',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Re: Proposal', messages: [us('Hi Mei, the proposal is attached.', '2026-12-02 10:00'), them('Thanks, I will forward it to our CFO.', '2026-12-03 09:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', subject: 'Re: Proposal', last: 'reply' },
  },
  {
    name: 'a Pipedrive deal at "Qualified" with no amount: tier C, a month after our touch',
    contact: jonas(),
    deal: deal('pipedrive', 'Qualified', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }] }),
    touches: [out('2026-11-16 10:00')],
    want: { kind: 'follow_up', due: '2026-12-16', stage: 'qualify', tier: 'C', language: 'en', last: 'silence' },
  },
  {
    name: 'a Fxiaoke deal in 需求确定 with no amount: tier C, in Chinese',
    contact: wangFang(),
    deal: deal('fxiaoke', '需求确定', { contacts: [{ name: '王芳', title: '采购总监' }] }),
    touches: [out('2026-11-10 10:00')],
    want: { kind: 'follow_up', due: '2026-12-10', stage: 'discover', tier: 'C', language: 'zh-Hans', last: 'silence' },
  },
  {
    name: 'two unanswered follow-ups in a thread the extension also stored as touches: still a follow-up, not a retirement',
    contact: mei(),
    thread: {
      subject: 'Scheduling at Orchid',
      messages: [
        us('Hi Mei, great to meet you at the expo.', '2026-11-16 10:00'),
        them('Thanks, I’ll take a look.', '2026-11-17 09:00'),
        us('Hi Mei, a short case study from a plant like yours.', '2026-11-24 10:00'),
        us('Hi Mei, checking whether the case study was useful.', '2026-12-01 10:00'),
      ],
    },
    want: { kind: 'follow_up', due: '2026-12-31', stage: 'prospect', tier: 'C', language: 'en', subject: 'Re: Scheduling at Orchid', last: 'silence' },
  },
  {
    name: 'a prospect reports our demo sandbox crashing: not a customer complaint, a reply to act on',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Re: Sandbox access', messages: [us('Hi Mei, your sandbox login is below.', '2026-12-02 10:00'), them('Your demo sandbox keeps crashing whenever I upload our item file.', '2026-12-04 08:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'present', language: 'en', subject: 'Re: Sandbox access', last: 'reply' },
  },

  {
    name: 'Tuesday 10am works, I sent an invite: a meeting they agreed to (follow up on its day, a confirmation draft), not "wait until Tuesday, as they asked"',
    contact: mei(),
    thread: { subject: '20 minutes on scheduling?', messages: [us('Hi Mei, would Tuesday or Wednesday next week work for 20 minutes?', '2026-12-02 09:00'), them("Tuesday 10am works. I've sent you an invite.", '2026-12-02 11:20')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'prospect', language: 'en', subject: 'Re: 20 minutes on scheduling?', last: 'meeting' },
  },
  {
    name: '周四下午3点可以，会议邀请我发你 (zh-Hans): a meeting on Thursday, not a snooze',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统演示', messages: [us('王总您好，下周找个时间给您演示一下？', '2026-12-03 10:00'), them('下周四下午3点可以，会议邀请我发你。', '2026-12-04 09:00')] },
    want: { kind: 'follow_up', due: '2026-12-10', stage: 'qualify', language: 'zh-Hans', subject: 'Re: 会员系统演示', last: 'meeting' },
  },
  {
    name: '下週三下午兩點可以，會議邀請已寄出 (zh-Hant): a meeting on Wednesday',
    contact: chen(),
    thread: { subject: '排班系統簡報', messages: [us('陳經理您好，想跟您約 30 分鐘介紹排班系統，下週三下午方便嗎？', '2026-12-01 14:00'), them('您好，下週三下午兩點可以，會議邀請我已經寄出了，到時見。', '2026-12-02 09:30')] },
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'prospect', language: 'zh-Hant', subject: 'Re: 排班系統簡報', last: 'meeting' },
  },
  {
    name: 'a meeting moved: a clash on Wednesday, shift our call to Friday the 11th, same time (reads as timing; still a meeting on its new day)',
    contact: jonas({ stage: 'discover' }),
    thread: { subject: 'Call on Wednesday', messages: [us('Dear Jonas, looking forward to our call on Wednesday at 15:00.', '2026-12-01 09:00'), them("Apologies, I've got a clash on Wednesday now. Could we shift our call to Friday the 11th, same time?", '2026-12-03 17:45')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', subject: 'Re: Call on Wednesday', last: 'meeting', step: 'meeting', meetingOn: '2026-12-11' },
  },
  {
    name: '演示能不能改到下周一？时间不变 (zh-Hans): the demo moved to Monday, confirmed, not "wait until Monday"',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '周四演示', messages: [us('王总您好，周四下午两点的演示链接已发您。', '2026-12-01 10:00'), them('周四临时要出差，演示能不能改到下周一？时间不变。', '2026-12-03 18:20')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', subject: 'Re: 周四演示', last: 'meeting', step: 'meeting', meetingOn: '2026-12-07' },
  },
  {
    name: '週三臨時有會，改到下週二同一時間 (zh-Hant): the meeting on its new day',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '系統展示', messages: [us('陳經理您好，週三上午十點的系統展示，會議連結已寄給您。', '2026-12-01 10:00'), them('不好意思，週三臨時有會，我們改到下週二同一時間好嗎？', '2026-12-03 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', subject: 'Re: 系統展示', last: 'meeting', step: 'meeting', meetingOn: '2026-12-08' },
  },
  {
    name: 'a follow-up for a pain on record (“manual production scheduling”) names that conversation',
    contact: mei({ stage: 'present', knownPains: ['manual_scheduling'] }),
    touches: [out('2026-11-20 10:00')],
    want: { kind: 'follow_up', due: '2026-12-21', stage: 'present', language: 'en' },
  },
  // ——— follow a referral: a first touch to the person they named, saying who sent us, and thanks ———
  {
    name: 'a referral by email: "Please talk to my colleague Jan Hoffmann" is a first touch to Jan quoting Lena, not an authority objection',
    contact: person({ name: 'Lena Fischer', company: 'Rhein Metallbau', title: 'Plant Manager' }),
    thread: { subject: 'Maintenance scheduling at Rhein Metallbau', messages: [us('Hi Lena, teams running presses like yours lose a shift a month to unplanned downtime. Is that something you see?', '2026-12-01 11:00'), them("Hi Sam,\n\nI'm not the right person for this. Please talk to my colleague Jan Hoffmann, he runs maintenance planning: jan.hoffmann@rhein-metall.example\n\nLena", '2026-12-03 13:05')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'referral', step: 'referral', greets: 'Hi Jan,', draftHas: /Lena Fischer suggested I get in touch with you[\s\S]*Lena, thank you for the introduction/ },
  },
  {
    name: 'a referral in a chat: "talk to my colleague Jan, she owns this"',
    contact: mei(),
    thread: { messages: [us('Hi Mei, how do you schedule maintenance across the two plants today?', '2026-12-02 09:00'), them('Hey! talk to my colleague Jan, she owns this. I will let her know you will reach out.', '2026-12-03 18:10')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'referral', step: 'referral', greets: 'Hi Jan,', draftHas: /Mei Lin Chen suggested/ },
  },
  {
    name: 'a referral (zh-Hans): 这个你找我们采购部的王经理',
    contact: wangXiaoming(),
    thread: { subject: '会员系统', messages: [us('王总您好，想了解一下贵司会员系统目前的情况。', '2026-12-01 10:00'), them('这个你找我们采购部的王经理吧，他负责这块。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'referral', step: 'referral', greets: '王经理您好', draftHas: /王小明建议我直接联系您[\s\S]*也谢谢王小明的引荐/ },
  },
  {
    name: 'a referral (zh-Hant): 請聯絡我同事 陳小姐',
    contact: chen(),
    thread: { subject: '排程系統', messages: [us('陳經理您好，想請教貴司目前排程的做法。', '2026-12-01 10:00'), them('這部分請聯絡我同事 陳小姐，她負責採購，我已經跟她提過了。', '2026-12-03 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'referral', step: 'referral', greets: '陳小姐您好', draftHas: /陳怡君建議我直接聯絡您/ },
  },
  {
    name: 'a referral with no name ("please reach out to our procurement team"): thank them and ask whom',
    contact: maria(),
    thread: { subject: 'Store staffing', messages: [us('Hi Maria, how do you plan shifts across the stores today?', '2026-12-01 10:00'), them('Thanks Sam. Please reach out to our procurement team, they handle new vendors.', '2026-12-03 12:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'referral', step: 'referral_ask', greets: 'Hi Maria,', draftHas: /Who would be the best person to speak with/ },
  },
  {
    name: '"I need to talk to my boss first" is no referral: the authority objection is answered',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Mei, the proposal is attached.', '2026-12-01 10:00'), them('Looks interesting, but I need to talk to my boss first before we go any further.', '2026-12-03 12:00')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'present', language: 'en', last: 'objection' },
  },

  {
    name: 'the champion has left (an auto-reply names the successor): a first touch to Piotr, saying how we worked with Anna, no thanks to someone gone',
    contact: person({ name: 'Anna Kowalski', company: 'Vistula Logistics', title: 'Operations Manager' }),
    thread: { subject: 'Dock scheduling pilot – next steps', messages: [us('Hi Anna, following up on the pilot results: shall we plan the roll-out to the second depot?', '2026-12-02 10:00'), them('Thank you for your email. Anna Kowalski has left Vistula Logistics as of 30 November 2026. For anything related to dock scheduling, please contact Piotr Nowak at piotr.nowak@vistula-logistics.example.', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', last: 'referral', step: 'successor', greets: 'Hi Piotr,', draftHas: /I had been working with Anna Kowalski on this/ },
  },
  // PEOPLE: the person we wrote to has left, said by a colleague or an auto-reply, the successor named before or after, or nobody named.
  {
    name: '王经理已于上月离职, the project now 由刘敏负责 (a bare name, 于上月 between 已 and 离职): a first touch to 刘敏, not the old contact chased',
    contact: person({ name: '王强', company: '华东冷链', title: '运营经理' }),
    thread: { subject: '温控平台试点', messages: [us('王经理您好，试点结果出来了，我们是否可以规划第二个仓库的推广？', '2026-12-02 10:00'), them('您好，王经理已于上月离职，此项目现由刘敏负责，邮箱 liumin@huadong-coldchain.example。', '2026-12-02 14:20')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', last: 'referral', step: 'successor', greets: '刘敏您好', draftHas: /之前我一直在和王强沟通这件事/ },
  },
  {
    name: 'an auto-reply that 王强已离职 and names 李娜 for the business is the successor, not an away notice to wait out',
    contact: person({ name: '王强', company: '华东冷链', title: '运营经理' }),
    thread: { subject: '温控平台试点', messages: [us('王经理您好，试点结果出来了，我们是否可以规划第二个仓库的推广？', '2026-12-02 10:00'), them('【自动回复】王强已离职，相关业务请联系李娜（lina@huadong-coldchain.example）。', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', last: 'referral', step: 'successor', greets: '李娜您好' },
  },
  {
    name: '陳經理已於上個月離職，此案目前由林雅婷接手 (Taiwan): a first touch to 林雅婷',
    contact: person({ name: '陳志明', company: '台揚物流', title: '營運經理' }),
    thread: { subject: '倉儲排程試點', messages: [us('陳經理您好，試點結果出來了，我們是否可以規劃第二個倉庫的導入？', '2026-12-02 10:00'), them('您好，陳經理已於上個月離職，此案目前由林雅婷接手，信箱 lin.yating@taiyang.example，再請與她聯繫。', '2026-12-02 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hant', last: 'referral', step: 'successor', greets: '林雅婷您好', draftHas: /之前我一直在和陳志明溝通這件事/ },
  },
  {
    name: '陳生已經走咗, 呢個project而家由黃小姐跟 (Hong Kong, Cantonese): a first touch to 黃小姐, not a competitor objection',
    contact: person({ name: '陳志明', company: '港灣倉儲', title: '營運經理' }),
    thread: { subject: '倉儲排程試點', messages: [us('陳生你好，試點結果出咗，我哋可唔可以傾下第二個倉嘅推行？', '2026-12-02 10:00'), them('你好，陳生上個月已經走咗，唔再喺公司做。呢個project而家由黃小姐跟，你可以直接搵佢：wong@harbour-storage.example', '2026-12-02 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hant', last: 'referral', step: 'successor', greets: '黃小姐' },
  },
  {
    name: '"Her role has been picked up by Priya Shah" (UK): the successor, not a price objection',
    contact: person({ name: 'Anna Kowalski', company: 'Vistula Logistics', title: 'Operations Manager' }),
    thread: { subject: 'Dock scheduling pilot', messages: [us('Hi Anna, following up on the pilot results: shall we plan the roll-out to the second depot?', '2026-12-02 10:00'), them("Good morning,\n\nI'm afraid Anna has now left Vistula Logistics. Her role has been picked up by Priya Shah, who you can reach on priya.shah@vistula-logistics.example.\n\nKind regards,\nOffice Manager", '2026-12-02 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', last: 'referral', step: 'successor', greets: 'Hi Priya,', draftHas: /I had been working with Anna Kowalski on this/ },
  },
  {
    name: 'Anna has left and they send us to "our team at procurement@…": that address is asked who has it now, not Anna thanked for a referral',
    contact: person({ name: 'Anna Kowalski', company: 'Vistula Logistics', title: 'Operations Manager' }),
    thread: { subject: 'Dock scheduling pilot', messages: [us('Hi Anna, following up on the pilot results: shall we plan the roll-out to the second depot?', '2026-12-02 10:00'), them('Anna has left Vistula Logistics. Please reach out to our team at procurement@vistula-logistics.example and someone will help you.', '2026-12-02 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', last: 'referral', step: 'referral_ask', greets: 'Hello,', draftHas: /I understand Anna has left/, draftLacks: /Thank you, that helps/, label: /^Write to procurement@vistula-logistics\.example/ },
  },
  {
    name: '"Anna left us last month. Our new Head of Operations will be picking up her projects" (a title, no name): the company asked who has it now, not a generic follow-up to Anna',
    contact: person({ name: 'Anna Kowalski', company: 'Vistula Logistics', title: 'Operations Manager' }),
    thread: { subject: 'Dock scheduling pilot', messages: [us('Hi Anna, following up on the pilot results: shall we plan the roll-out to the second depot?', '2026-12-02 10:00'), them("Hi, Anna left us last month. Our new Head of Operations will be picking up her projects - I'd suggest you contact him directly via the main office.", '2026-12-02 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', last: 'referral', step: 'referral_ask', greets: 'Hello,', draftHas: /I had been working with Anna Kowalski at Vistula Logistics, and I understand Anna has left/ },
  },
  {
    name: '王强已离职，此邮箱不再使用 (nobody named, a dead mailbox): still the bounce, the company asked who has it now',
    contact: person({ name: '王强', company: '华东冷链', title: '运营经理' }),
    thread: { subject: '温控平台试点', messages: [us('王经理您好，试点结果出来了，我们是否可以规划第二个仓库的推广？', '2026-12-02 10:00'), them('王强已离职，此邮箱不再使用。', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', step: 'bounced', greets: '您好' },
  },
  {
    name: '陳經理已離職，後續請洽採購部 (a department, no name): the company asked who has it now, no department greeted as a person',
    contact: person({ name: '陳志明', company: '台揚物流', title: '營運經理' }),
    thread: { subject: '倉儲排程試點', messages: [us('陳經理您好，試點結果出來了，我們是否可以規劃第二個倉庫的導入？', '2026-12-02 10:00'), them('陳經理已離職，後續請洽採購部，謝謝。', '2026-12-02 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hant', last: 'referral', step: 'referral_ask', greets: '您好', draftLacks: /採購部您好/ },
  },
  {
    name: 'the successor writes themselves (我是刘敏，接手了王经理的工作): no one gone to ask about; the new contact is answered',
    contact: person({ name: '刘敏', company: '华东冷链', title: '运营经理' }),
    thread: { subject: '温控平台试点', messages: [us('王经理您好，试点结果出来了，我们是否可以规划第二个仓库的推广？', '2026-12-02 10:00'), them('你好，我是刘敏，接手了王经理的工作，他已经离职了。之后这个项目找我就行。', '2026-12-02 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', last: 'reply', greets: '刘敏您好' },
  },
  {
    name: 'the champion moved on and names who covers the role now (LinkedIn): a referral, not "wait until the new year"',
    contact: person({ name: 'Lucas Moreau', company: 'Calder Foods', title: 'Operations Director' }),
    thread: { messages: [us('Hi Lucas, any news on the pilot decision at Harbor?', '2026-12-01 09:00'), them('Hi Sam! Quick heads-up: I left Harbor last month and started at Calder Foods. My old role at Harbor is now covered by Daniel Ortiz, best to reach out to him directly. Happy to chat about Calder later in the new year too.', '2026-12-03 19:20')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', last: 'referral', step: 'referral', greets: 'Hi Daniel,', draftHas: /Lucas Moreau suggested/ },
  },
  // ——— taken up to someone who decides on a day they name: the one-pager before it, the check-in the working day after ———
  {
    name: '"I will take it to our GM on Friday" after the pilot offer: a one-page summary for the GM before Friday, the check-in on Monday; not "thank and wait"',
    contact: person({ name: 'Li Wei', company: 'Harbor Logistics', title: 'Operations Manager', sources: ['outlook'], stage: 'present' }),
    thread: { subject: 'RE: Pilot proposal', messages: [us('Hi Li Wei, as discussed, a four-week pilot at the Ningbo warehouse: the outline is attached.', '2026-12-01 10:00'), them('Hi Sam,\nThe pilot sounds good to me, but I need my boss to sign off before we commit. I will take it to our GM on Friday.\nRegards,\nLi Wei', '2026-12-02 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', last: 'reply', step: 'forwarded_up', template: 'forwarded-up-on', why: /check in on Dec 7, 2026/, draftHas: /taking this to your GM[\s\S]*check in with you on December 7/ },
  },
  {
    name: 'the same after our one-pager went out: their move until the Monday after their GM has seen it',
    contact: person({ name: 'Li Wei', company: 'Harbor Logistics', title: 'Operations Manager', sources: ['outlook'], stage: 'present' }),
    thread: { subject: 'RE: Pilot proposal', messages: [us('Hi Li Wei, as discussed, a four-week pilot at the Ningbo warehouse: the outline is attached.', '2026-12-01 10:00'), them('Hi Sam,\nThe pilot sounds good to me, but I need my boss to sign off before we commit. I will take it to our GM on Friday.\nRegards,\nLi Wei', '2026-12-02 16:00'), us('Hi Li Wei, thank you: a one-page summary for your GM is attached.', '2026-12-03 09:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'present', language: 'en', why: /taking it to their GM/, draftHas: /getting back in touch|check/i },
  },
  {
    name: 'the GM met on Friday and nothing came since: a nudge on Monday, the one-pager too late',
    now: t('2026-12-07 11:00'),
    contact: person({ name: 'Li Wei', company: 'Harbor Logistics', title: 'Operations Manager', sources: ['outlook'], stage: 'present' }),
    thread: { subject: 'RE: Pilot proposal', messages: [us('Hi Li Wei, as discussed, a four-week pilot at the Ningbo warehouse: the outline is attached.', '2026-12-01 10:00'), them('Hi Sam,\nThe pilot sounds good to me, but I need my boss to sign off before we commit. I will take it to our GM on Friday.\nRegards,\nLi Wei', '2026-12-02 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'present', language: 'en', step: 'promise_over' },
  },
  {
    name: 'a board that meets on Thursday ("we\'ll be presenting it to the board on Thursday"): the one-pager for the board now, the check-in on Friday',
    now: t('2026-12-01 10:00'),
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Re: Proposal – Meridian Health', messages: [us('Hi Priya, the revised proposal is attached.', '2026-11-27 10:00'), them('Thanks Priya here, looks fine. We will be presenting it to the board on Thursday and I\'ll come back to you after that.', '2026-11-30 11:00')] },
    want: { kind: 'follow_up', due: '2026-11-30', stage: 'negotiate', language: 'en', step: 'forwarded_up', template: 'forwarded-up-on', draftHas: /your board[\s\S]*on December 4/ },
  },
  {
    name: 'on the agenda for the board meeting next week: the check-in the Monday after that week',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Re: Proposal', messages: [us('Hi Priya, the proposal for the two clinics is attached.', '2026-12-01 10:00'), them("Thanks Sam. It's on the agenda for the board meeting next week; I'll walk them through it there.", '2026-12-03 12:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'forwarded_up', why: /check in on Dec 14, 2026/ },
  },
  {
    name: '"I\'ll walk our CFO through it at Friday\'s exec meeting" (the one who decides as the object): the one-pager for the CFO, the check-in on Monday',
    contact: person({ name: 'Megan Doyle', company: 'Brightline Retail', title: 'Head of Store Operations', stage: 'present' }),
    thread: { subject: 'Re: Store ops rollout', messages: [us('Hi Megan, the rollout plan for the first twelve stores is attached.', '2026-12-01 10:00'), them("Makes sense. I'll walk our CFO through it at Friday's exec meeting.", '2026-12-02 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', step: 'forwarded_up', template: 'forwarded-up-on', why: /check in on Dec 7, 2026/, draftHas: /your CFO/ },
  },
  {
    name: 'run it by the partners on Monday (a law firm): the one-pager for the partners, the check-in on Tuesday',
    contact: person({ name: 'Olivia Grant', company: 'Grant & Sayer LLP', title: 'Practice Manager' }),
    thread: { subject: 'Re: Matter intake pilot', messages: [us('Hi Olivia, the pilot outline for the intake desk is attached.', '2026-12-01 10:00'), them('Looks sensible. I will run it by the partners on Monday.', '2026-12-03 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'forwarded_up', draftHas: /your partners[\s\S]*December 8/ },
  },
  {
    name: 'our MD will review it on Thursday (en-GB): the one-pager for the MD before then',
    now: t('2026-12-01 10:00'),
    contact: person({ name: 'Callum Reid', company: 'Tayside Freight', title: 'Operations Manager', location: 'Dundee, UK' }),
    thread: { subject: 'Re: Yard scheduling quote', messages: [us('Hi Callum, the quote for the two yards is attached.', '2026-11-27 10:00'), them('Cheers Sam. Our MD will review it on Thursday, I\'ll let you know.', '2026-11-30 09:30')] },
    want: { kind: 'follow_up', due: '2026-11-30', stage: 'negotiate', language: 'en', step: 'forwarded_up', draftHas: /your MD/ },
  },
  {
    name: '我周五拿去跟总经理汇报 (zh-Hans): 周五前给对方一页纸摘要，下周一再联系',
    locale: 'zh-Hans',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '回复：试点方案', messages: [us('王总您好，试点方案已附上，请过目。', '2026-12-01 10:00'), them('方案我看了，觉得可以，不过要老板点头才能定。我周五拿去跟总经理汇报一下。', '2026-12-02 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', step: 'forwarded_up', template: 'forwarded-up-on', why: /2026年12月7日\s?再联系/, draftHas: /带给总经理[\s\S]*12月7日再跟您联系/ },
  },
  {
    name: '下周董事会上讨论 (zh-Hans): 给董事会的一页纸摘要，下周过完再联系',
    locale: 'zh-Hans',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '回复：会员系统方案', messages: [us('王总您好，会员系统的方案已附上。', '2026-12-01 10:00'), them('方案收到了，下周董事会上讨论，有结果再告诉你。', '2026-12-03 17:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'forwarded_up', draftHas: /带给董事会[\s\S]*12月14日/ },
  },
  {
    name: '禮拜五我會拿去跟總經理彙報 (zh-Hant): 週五前的一頁摘要，週一再聯絡',
    locale: 'zh-Hant',
    contact: chen({ stage: 'present' }),
    thread: { subject: '回覆：試點方案', messages: [us('陳經理您好，試點方案已附上，請您過目。', '2026-12-01 10:00'), them('方案我看過了，沒什麼問題，不過要總經理點頭才行。禮拜五我會拿去跟總經理彙報。', '2026-12-02 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hant', step: 'forwarded_up', why: /一頁摘要/, draftHas: /帶給總經理[\s\S]*一頁摘要[\s\S]*12月7日再跟您聯絡/ },
  },
  {
    name: '我下週一拿給老闆看 (zh-Hant, after the quote): the one-pager for 老闆, the check-in on Tuesday',
    locale: 'zh-Hant',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('收到，我下週一拿給老闆看，再回覆您。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', step: 'forwarded_up', draftHas: /老闆[\s\S]*12月8日/ },
  },
  // ——— their buying process: a supplier portal, a deadline for our answer ———
  {
    name: 'a procurement portal ("we cannot accept quotes by email… register on our Coupa portal"): register and submit, not a brush-off answered with a case study',
    contact: person({ name: 'Sofia Rossi', company: 'Medilab Group', title: 'Procurement Manager' }),
    thread: { subject: 'Quote request – lab scheduling', messages: [us('Hi Sofia, the quote for the four labs is attached: 52,000 a year.', '2026-12-01 10:00'), them('Hi Sam,\n\nThank you. Unfortunately we cannot accept quotes by email. Please register as a supplier on our Coupa portal and submit the quote there by 15 December; the link is below.\n\nBest regards,\nSofia Rossi', '2026-12-03 13:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', step: 'procurement', draftHas: /registering as a supplier on your portal now and will submit the quote there, well before the deadline/ },
  },
  {
    name: '供应商管理平台 (zh-Hans): register and submit there, not "a competitor is cheaper"',
    contact: person({ name: '孙丽', company: '华东电力', title: '采购经理' }),
    thread: { subject: '华东电力 巡检系统报价', messages: [us('孙经理您好，附件是巡检系统的报价单，请查收。', '2026-12-01 10:00'), them('李先生您好，报价单收到。按公司规定，请先在我们的供应商管理平台注册，报价统一在平台上提交，12 月 15 日截止。谢谢！', '2026-12-03 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', step: 'procurement', draftHas: /供应商平台注册，并会在截止日期前把报价提交到平台上/ },
  },
  // ——— a trial or pilot nobody is using: adoption before it ends ———
  {
    name: 'a trial the team "didn\'t really use", busy with year-end: a short session and an extension before it ends, not a wait until Jan 4',
    contact: person({ name: 'Priya Desai', company: 'Loom & Pine', title: 'Operations Manager' }),
    thread: { subject: 'Re: Your trial ends Dec 10', messages: [us("Hi Priya,\n\nQuick heads-up that your team's trial ends on Thursday the 10th. How has it gone so far?\n\nSam", '2026-12-02 10:00'), them("Hi Sam, honestly the team didn't really use it. Everyone got slammed with year-end. Not sure we'd convert at this point.", '2026-12-04 17:10')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'prospect', language: 'en', step: 'adoption', template: 'adoption', draftHas: /30 minutes with one or two of your team/, draftLacks: /January|get back to you/ },
  },
  {
    name: '试用没怎么用 (zh-Hans): 约一次上手培训，试用可延长',
    contact: person({ name: '郑晓燕', company: '杭州云帆电商', title: '运营经理' }),
    thread: { subject: '关于试用', messages: [us('郑经理您好，试用账号已经开通，下周五（12月11日）到期，用得怎么样？', '2026-12-02 10:00'), them('不好意思，这两周双十二备货太忙了，团队基本没怎么用。', '2026-12-04 18:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'present', language: 'zh-Hans', step: 'adoption', template: 'adoption', draftHas: /约 30 分钟/ },
  },
  {
    name: '試用期冇乜人用 (zh-Hant, Hong Kong): 試用完之前約培訓',
    contact: person({ name: '梁嘉欣', company: '金輝酒店集團', title: '房務部經理' }),
    thread: { subject: '試用情況', messages: [us('梁小姐你好，試用版下星期三到期，想了解下用得點？', '2026-12-02 10:00'), them('唔好意思，呢排太忙，我哋團隊冇乜人用過個試用版。', '2026-12-04 17:45')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'present', language: 'zh-Hant', step: 'adoption', template: 'adoption', draftHas: /約 ?30 ?分鐘/ },
  },
  // (not beside what else they say: a promise to come back, a buying signal and a question, a question about the trial)
  {
    name: 'a trial offered, "haven\'t had a chance to look at it yet, I\'ll get back to you next week": their promise, not the adoption step',
    contact: person({ name: 'Owen Marsh', company: 'Harbour Freight Co', title: 'Operations Manager' }),
    thread: { subject: 'Proposal and free trial', messages: [us('Hi Owen, attached is our proposal; a free 30-day trial is included so your team can try it first.', '2026-12-01 10:00'), them("Thanks, I haven't had a chance to look at it yet. I'll get back to you next week.", '2026-12-04 11:00')] },
    want: { kind: 'snooze', due: '2026-12-14', until: '2026-12-14', stage: 'present', language: 'en', step: 'promise' },
  },
  {
    name: '試用版冇點用過，不過老闆話要買，幾時可以簽約？ (zh-Hant): their buying signal and question, not the adoption step',
    contact: person({ name: '何志明', company: '東昇物流', title: '營運經理' }),
    thread: { subject: '試用情況', messages: [us('何生你好，試用版下星期三到期，想了解下用得點？', '2026-12-02 10:00'), them('試用版我哋冇點用過，不過老闆已經話要買，幾時可以簽約？', '2026-12-04 17:45')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'present', language: 'zh-Hant' },
  },
  {
    name: 'a portal registration with no quote asked (Ariba, a W-9): register and complete what it asks, no quote or deadline promised',
    contact: person({ name: 'Lauren Pike', company: 'Summit Dental Group', title: 'Practice Manager' }),
    thread: { subject: 'PO for Summit Dental Group - supplier setup', messages: [us('Hi Lauren, great news on the go-ahead. The order form is attached.', '2026-12-01 10:00'), them('Hi Sam,\n\nBefore we can raise the PO, procurement needs you to register as a supplier in our Ariba network and upload a W-9 and a certificate of insurance.\n\nThanks,\nLauren', '2026-12-03 13:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'close', language: 'en', step: 'procurement', draftHas: /registering as a supplier on your portal now and will complete everything it asks for/, draftLacks: /quote|deadline/ },
  },
  {
    name: '供應商平台註冊，冇要報價 (zh-Hant, Hong Kong): register and fill in what it asks',
    contact: person({ name: '陳嘉欣', company: '港灣物流', title: '採購主任' }),
    thread: { subject: '港灣物流 訂單', messages: [us('陳小姐你好，報價單已附上，50個帳號一年，請查收。', '2026-12-01 10:00'), them('你好，報價收到。落單之前要你哋喺我哋嘅供應商平台註冊，填埋銀行資料同公司證明文件，唔該。', '2026-12-03 13:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', step: 'procurement', draftHas: /供應商平台註冊，按平台要求填寫資料、上傳文件/, draftLacks: /報價|截止/ },
  },
  {
    name: '"We will go through it this week and get back to you": their move; thank them, follow up the Monday after if nothing comes',
    contact: person({ name: 'Hannah Berg', company: 'Nordlicht Foods', title: 'Head of Operations' }),
    thread: { subject: 'Proposal: scheduling for Nordlicht', messages: [us('Hi Hannah, attached is the proposal we discussed.', '2026-12-01 10:00'), them("Thanks Sam, got the proposal. We'll go through it with the team this week and get back to you.", '2026-12-02 16:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'present', language: 'en', step: 'promise', draftHas: /check in on/ },
  },
  {
    name: '我们下周内部讨论一下，再回复你 (zh-Hans): wait for their answer until the Monday after next week',
    contact: person({ name: '周婷', company: '江南纺织', title: '运营总监' }),
    thread: { subject: '江南纺织 排产方案', messages: [us('周总您好，附件是排产方案，请查收。', '2026-12-01 10:00'), them('收到，谢谢！我们下周内部讨论一下，再回复你。', '2026-12-03 18:20')] },
    want: { kind: 'snooze', due: '2026-12-14', until: '2026-12-14', stage: 'present', language: 'zh-Hans', step: 'promise', draftHas: /再跟您确认/ },
  },
  {
    name: '我週五前跟老闆確認後回覆您 (zh-Hant): their answer by Friday, a nudge on Monday if nothing comes',
    contact: person({ name: '林雅婷', company: '北辰精密', title: '採購主任' }),
    thread: { subject: '北辰精密 報價', messages: [us('林主任您好：附件是報價單，請您參考。', '2026-12-01 10:00'), them('好的，我週五前跟老闆確認後回覆您。', '2026-12-02 11:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'zh-Hant', step: 'promise' },
  },
  {
    name: 'A promise to answer "this week" that has passed with nothing since: follow up now, not wait',
    contact: person({ name: 'Raj Patel', company: 'Kestrel Labs', title: 'Lab Manager' }),
    thread: { subject: 'Kestrel pilot', messages: [us('Hi Raj, here is the pilot plan.', '2026-11-20 10:00'), them("We'll review it this week and let you know.", '2026-11-23 09:30')] },
    want: { kind: 'follow_up', due: '2026-11-30', stage: 'present', language: 'en', step: 'promise_over', draftHas: /You mentioned you would come back/ },
  },
  {
    name: '"We won\'t decide this week, the board meets in January": no promise to wait on this week; the board\'s month is the day',
    contact: person({ name: 'Eva Lind', company: 'Fjord Mobility', title: 'COO' }),
    thread: { subject: 'Fjord proposal', messages: [us('Hi Eva, the proposal is attached.', '2026-12-01 10:00'), them("Thanks. We won't decide this week, the board meets in January.", '2026-12-03 12:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'present', language: 'en' },
  },
  {
    name: '下週一前回覆即可 after a request (zh-Hant): revise the quote before Monday, not "wait until Monday, as they asked"',
    contact: person({ name: '黃志明', company: '福爾摩沙電子', title: '設備課經理' }),
    thread: { subject: '福爾摩沙電子 報價', messages: [us('黃經理您好：附件是設備保養排程系統的報價，請您參考。', '2026-11-27 10:00'), them('Sam 您好：轉寄給您參考，以下是我們財務部的意見。我這邊沒有問題，麻煩您依財務的意見修改報價，下週一前回覆即可。', '2026-12-04 17:30')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'deadline', draftHas: /最晚 12月7日發給您/ },
  },
  // ——— a season's greeting only: nothing to answer ———
  {
    name: 'a season\'s greeting only (zh-Hant LinkedIn): the cadence from their words, not "they replied, our move" today',
    contact: chen({ stage: 'negotiate' }),
    thread: { messages: [us('陳經理您好，上次提到的報價已經寄到您的信箱，有任何問題隨時告訴我。', '2026-11-20 10:00'), them('李先生，提前祝您聖誕快樂、新年快樂！今年謝謝您的幫忙 🎄', '2026-12-03 22:00')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'negotiate', language: 'zh-Hant' },
  },
  {
    name: 'a New Year greeting only (zh-Hans): the cadence, not today',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '新年快乐', messages: [us('王总您好，上次聊到的试点，附上方案供您参考。', '2026-11-26 10:00'), them('李经理，提前祝您元旦快乐，万事如意！', '2026-12-03 09:00')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'present', language: 'zh-Hans' },
  },
  {
    name: 'a Christmas greeting only (en): the cadence, not today',
    contact: mei({ stage: 'present' }),
    thread: { subject: "Season's greetings", messages: [us('Hi Mei, the proposal is attached.', '2026-11-20 10:00'), them('Merry Christmas and a happy new year to you and the team! 🎄\n\nMei', '2026-12-03 16:30')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'present', language: 'en' },
  },
  // ——— judge5: our thanks for joining the demo is evidence it was held; a demo still ahead is none ———
  {
    name: 'our "Thanks for joining the demo this morning" and their question: Solution presentation, the demo held',
    contact: maria({ stage: 'prospect' }),
    thread: { subject: 'Demo follow-up', messages: [us('Hi Maria, thanks for joining the demo this morning. The slides are attached.', '2026-12-03 12:00'), them('Thanks Sam. Does the mobile app work offline in the stores?', '2026-12-03 15:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', evidence: 'demo' },
  },
  {
    name: '我们的“感谢今天上午参加演示”和对方的问题 (zh-Hans): 方案展示阶段',
    contact: wangXiaoming({ stage: 'prospect' }),
    thread: { subject: '演示回顾', messages: [us('王总您好，感谢今天上午参加演示，幻灯片见附件。', '2026-12-03 12:00'), them('谢谢。门店断网的时候还能用吗？', '2026-12-03 15:00')] },
    locale: 'zh-Hans',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', evidence: 'demo' },
  },
  {
    name: '我們的「謝謝您今早參加示範」和對方的問題 (zh-Hant): 方案展示階段',
    contact: chen({ stage: 'prospect' }),
    thread: { subject: '示範回顧', messages: [us('陳經理您好，謝謝您今早參加示範，簡報請見附件。', '2026-12-03 12:00'), them('謝謝。門市斷網的時候還能用嗎？', '2026-12-03 15:00')] },
    locale: 'zh-Hant',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', evidence: 'demo' },
  },
  {
    name: 'a demo given ("Thank you for your time at the demo today"): Solution presentation, not Prospecting',
    contact: person({ name: 'Klaus Berger', company: 'Alpenmilch AG', title: 'Plant Director' }),
    thread: { subject: 'Demo follow-up – Alpenmilch', messages: [us('Hi Klaus, thank you for your time at the demo today. The recording and the slides are attached.', '2026-12-01 16:00'), them('Hello Sam, thanks for the demo, the team liked it. Before we go further, could you share two references in food manufacturing and a case study with numbers?', '2026-12-03 08:30')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', evidence: 'demo' },
  },
  {
    name: 'a Closed-won deal whose customer asks for the renewal quote: in use (a renewal), so no kick-off; their question answered',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { amount: '$36,000', amountValue: 36_000, contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'Maria: our subscription renews at the end of January. Can you send the renewal quote?', at: t('2026-12-02 14:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-02', stage: 'deliver', language: 'en' },
  },
  {
    name: 'a customer asks for the renewal quote and whether the price changes: their question, not "Too expensive"',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { amount: '$36,000', amountValue: 36_000, contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'Maria: our subscription renews at the end of January. Can you send the renewal quote and tell us whether anything changes in price?', at: t('2026-12-02 14:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-02', stage: 'deliver', language: 'en', last: 'question' },
  },
  {
    name: '合同条款都在附件里, then instalments and a VAT invoice (zh-Hans): the contract is with them, get it signed, the instalments answered',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '江南化工 合同条款', messages: [us('王总您好，按上次沟通修改后的报价和合同条款都在附件里，请您过目。', '2026-12-01 10:00'), them('条款没问题。发票开增值税专用发票，能不能分两期付款？可以的话这个月就签。', '2026-12-04 11:00')] },
    want: { kind: 'get_signature', due: '2026-12-04', stage: 'close', language: 'zh-Hans', evidence: 'contract-sent', draftHas: /：可以的，我们支持按节点分期付款/ },
  },

  {
    name: 'legal redlines naming the liability cap: the liability track, not the payment milestones listed first, and no "which clause is the sticking point?"; answered the same day',
    contact: person({ name: 'Marcus Lindqvist', company: 'Nordhavn Shipping', title: 'COO' }),
    thread: { subject: 'Agreement – Nordhavn Shipping', messages: [us('Hi Marcus, the agreement is attached for signature.', '2026-11-26 10:00'), them('Sam, our legal team has sent back redlines on the agreement: mainly the liability cap (they want 2x annual fees, not 1x) and the data processing terms. Could we get on a call with your legal early next week?', '2026-12-04 09:40')] },
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'close', language: 'en', track: 'contract-liability-cap', tier: 'A', why: /same working day/ },
  },
  {
    name: 'a customer (Zoho "Closed Won") pushing back on a 10% renewal increase, read unsure as price (zh-Hans): answered today, not left to the after-sales check',
    contact: rahul({ name: '刘洋' }),
    deal: deal('zoho', 'Closed Won', { amount: 'CNY 180,000', amountValue: 180_000, contacts: [{ name: '刘洋', title: '运营总监', role: 'Decision Maker' }], activity: [{ text: '刘洋来电：续约价格上涨 10% 太多了，希望维持去年的价格，不然明年考虑换别家。', at: t('2026-12-03 16:20') }] }),
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', last: 'objection' },
  },

  {
    name: 'a Pipedrive deal marked Lost while its bar still shows "Proposal Made": closed lost, re-opened later with the reason, not a follow-up at negotiation',
    contact: jonas(),
    deal: deal('pipedrive', 'Proposal Made', { status: 'lost', contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Deal lost: went with a cheaper local vendor.', at: t('2026-11-28 10:00') }] }),
    want: { kind: 'reopen', due: '2027-02-26', stage: 'lost', language: 'en' },
  },
  {
    name: 'a Pipedrive deal marked Won on Dec 2: the kick-off the day after',
    contact: jonas(),
    deal: deal('pipedrive', 'Negotiations Started', { status: 'won', closeDate: 'December 2, 2026', closeAt: t('2026-12-02 00:00'), contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Contract signed by Jonas, countersigned today.', at: t('2026-12-02 15:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'deliver', language: 'en', step: 'kickoff', draftHas: /book the kick-off/ },
  },

  // ——— the CRM's stage against the conversation's ———
  {
    name: 'a contact on a HubSpot deal at "Decision maker bought-in" whose thread holds only a first reply: the CRM is ahead of the conversation, every card keeps its stage',
    contact: maria(),
    deal: deal('hubspot', 'Decision maker bought-in', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }] }),
    thread: { subject: 'Shift planning at Brightline', messages: [us('Hi Maria, how do you plan shifts across the stores today?', '2026-12-01 10:00'), them('Hi Sam, thanks for reaching out. Happy to hear more, what does it involve?', '2026-12-03 11:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', crmAhead: 'qualify' },
  },
  {
    name: 'a HubSpot deal at "Closed won" whose newest email says they are still comparing vendors: the record and the thread disagree',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }] }),
    thread: { subject: 'Proposal for Brightline', messages: [us('Hi Maria, the proposal for the shift planning roll-out is attached.', '2026-11-25 10:00'), them('Hi Sam, thanks. We are still comparing a couple of vendors and will come back to you.', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'deliver', language: 'en', crmAhead: 'present' },
  },
  {
    name: '纷享销客 商机已“赢单”，客户最新邮件说还在比较几家供应商 (zh-Hans): 记录和邮件不一致',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { contacts: [{ name: '王芳', title: '采购总监' }] }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-11-25 10:00'), them('收到，我们还在比较几家供应商，定了再联系您。', '2026-12-03 11:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', crmAhead: 'negotiate' },
  },
  {
    name: 'a Salesforce deal at "Closed Won" whose newest email says 還沒決定 (zh-Hant): the record and the thread disagree',
    contact: chen(),
    deal: deal('salesforce', 'Closed Won', { contacts: [{ name: '陳怡君', title: '資訊部經理' }] }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-11-25 10:00'), them('謝謝，我們內部還沒決定，也在評估其他廠商。', '2026-12-03 11:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'deliver', language: 'zh-Hant', crmAhead: 'negotiate' },
  },
  {
    name: 'a HubSpot deal at "Closed won" whose newest email is about the kick-off: the CRM is not ahead',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }] }),
    thread: { subject: 'Kick-off', messages: [us('Hi Maria, welcome aboard! Shall we plan the kick-off?', '2026-11-25 10:00'), them('Hi Sam, we compared a couple of vendors last month and are glad we chose you. Who from your side will run the kick-off?', '2026-12-03 11:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', language: 'en', crmAhead: null },
  },
  {
    name: 'a contact on a Pipedrive deal at "Proposal Made" whose thread has the proposal: the CRM is not ahead',
    contact: jonas(),
    deal: deal('pipedrive', 'Proposal Made', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }] }),
    thread: { subject: 'Proposal for Nordlicht', messages: [us('Hi Jonas, the proposal for the batch-record review is attached.', '2026-12-01 10:00'), them('Thanks Jonas here, we will read the proposal this week.', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', crmAhead: null },
  },

  // ——— first touch ———
  {
    name: 'a new LinkedIn contact, no touch yet',
    contact: mei({ createdAt: t('2026-12-04 09:00') }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', tier: 'C', language: 'en', last: 'none' },
  },
  // ——— judge5: the rep's notes say we met: the first touch is written as to someone met, where and when, not cold ———
  {
    name: 'a lead whose notes say "We met at the Logistics Expo in Birmingham. Keen on route planning.": written as to someone met there',
    contact: mei({ createdAt: t('2026-12-04 09:00'), leadNotes: 'We met at the Logistics Expo in Birmingham. Keen on route planning.' }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'en', last: 'none', template: 'first-touch-met', draftHas: /good to meet you at the Logistics Expo in Birmingham/, draftLacks: /I work with/ },
  },
  {
    name: '领英线索备注“我们在深圳物流展上聊过，对温控很关注。” (zh-Hans): 按见过面的人来写',
    contact: wangXiaoming({ createdAt: t('2026-12-01 14:00'), leadNotes: '我们在深圳物流展上聊过，对温控很关注。' }),
    want: { kind: 'first_touch', due: '2026-12-01', stage: 'prospect', language: 'zh-Hans', last: 'none', template: 'first-touch-met', draftHas: /很高兴在深圳物流展上认识您/, draftLacks: /我一直在帮/ },
  },
  {
    name: '領英名單備註「去年在台北電腦展跟他見過面，對 MES 有興趣。」(zh-Hant): 按見過面的人來寫',
    contact: person({ name: '林志豪', company: '鴻海精密工業', title: '採購經理', headline: '鴻海精密工業 採購經理', location: '台北市', createdAt: t('2026-12-04 08:00'), leadNotes: '去年在台北電腦展跟他見過面，對 MES 有興趣。' }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'zh-Hant', last: 'none', template: 'first-touch-met', draftHas: /很高興去年在台北電腦展認識您/ },
  },
  // (near misses: notes that deny a meeting, or name none, keep the cold first touch)
  {
    name: 'a lead whose notes say "Haven\'t met at any event yet; keen on route planning.": the cold first touch',
    contact: mei({ createdAt: t('2026-12-04 09:00'), leadNotes: "Haven't met at any event yet; keen on route planning." }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'en', last: 'none', template: 'first-touch', draftLacks: /good to meet you/i },
  },
  {
    name: '领英线索备注“从没见过面，名单上来的。” (zh-Hans): 仍是陌生开发信',
    contact: wangXiaoming({ createdAt: t('2026-12-01 14:00'), leadNotes: '从没见过面，名单上来的。' }),
    want: { kind: 'first_touch', due: '2026-12-01', stage: 'prospect', language: 'zh-Hans', last: 'none', template: 'first-touch', draftLacks: /认识您/ },
  },
  {
    name: '領英名單備註「名單上來的，對 MES 有興趣。」(zh-Hant): 仍是陌生開發信',
    contact: person({ name: '林志豪', company: '鴻海精密工業', title: '採購經理', headline: '鴻海精密工業 採購經理', location: '台北市', createdAt: t('2026-12-04 08:00'), leadNotes: '名單上來的，對 MES 有興趣。' }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'zh-Hant', last: 'none', template: 'first-touch', draftLacks: /認識您/ },
  },
  {
    name: 'a Chinese profile captured three days ago: the draft in Chinese whatever the UI language',
    contact: wangXiaoming({ createdAt: t('2026-12-01 14:00') }),
    want: { kind: 'first_touch', due: '2026-12-01', stage: 'prospect', language: 'zh-Hans', last: 'none' },
  },
  {
    name: 'a Taiwan profile: Traditional Chinese',
    contact: person({ name: '林志豪', company: '鴻海精密工業', title: '採購經理', headline: '鴻海精密工業 採購經理', location: '台北市', createdAt: t('2026-12-04 08:00') }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'zh-Hant', last: 'none' },
  },
  {
    name: 'a Chinese name with an English headline in Hong Kong: Traditional Chinese',
    contact: person({ name: '黃家明', company: 'Pacific Freight Ltd', title: 'Regional Procurement Lead', headline: 'Regional Procurement Lead, APAC', location: 'Hong Kong SAR', createdAt: t('2026-12-04 08:00') }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'zh-Hant', last: 'none' },
  },
  {
    name: 'a HubSpot deal at "Appointment scheduled" with no activity and no touch',
    contact: maria({ createdAt: t('2026-12-04 08:30') }),
    deal: deal('hubspot', 'Appointment scheduled', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }] }, t('2026-12-04 08:30')),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'qualify', tier: 'C', language: 'en', last: 'none' },
  },
  {
    name: 'a Fxiaoke deal in 验证客户 with no activity: first touch in Chinese',
    contact: wangFang({ createdAt: t('2026-12-02 11:00') }),
    deal: deal('fxiaoke', '验证客户', { contacts: [{ name: '王芳', title: '采购总监' }] }),
    want: { kind: 'first_touch', due: '2026-12-02', stage: 'qualify', language: 'zh-Hans', last: 'none' },
  },
  {
    name: 'an English profile with the UI in Simplified Chinese: the draft stays English',
    locale: 'zh-Hans',
    contact: priya({ createdAt: t('2026-12-04 07:00') }),
    want: { kind: 'first_touch', due: '2026-12-04', stage: 'prospect', language: 'en', last: 'none' },
  },
  {
    name: 'a Pipedrive deal at "Lead In" with no activity',
    contact: jonas({ createdAt: t('2026-12-03 16:00') }),
    deal: deal('pipedrive', 'Lead In', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }] }, t('2026-12-03 16:00')),
    want: { kind: 'first_touch', due: '2026-12-03', stage: 'prospect', tier: 'C', language: 'en', last: 'none' },
  },

  // ——— re-open ———
  {
    name: 'a dormant lead: 200 days since their “not a priority”',
    contact: mei({ stage: 'qualify' }),
    touches: [out('2026-05-17 10:00'), inb('2026-05-18 09:00')],
    word: { text: 'Interesting. Not a priority for us right now though.', at: '2026-05-18 09:00' },
    want: { kind: 'reopen', due: '2026-12-04', stage: 'qualify', language: 'en' },
  },
  {
    name: 'three unanswered touches: retire, re-open with an offer 90 days after the last',
    contact: priya(),
    touches: [inb('2026-10-20 10:00'), out('2026-11-02 10:00'), out('2026-11-09 10:00'), out('2026-11-16 10:00')],
    word: { text: 'ok thanks', at: '2026-10-20 10:00' },
    want: { kind: 'reopen', due: '2027-02-15', stage: 'prospect', language: 'en', last: 'silence' },
  },
  {
    name: 'a Salesforce deal "Closed Lost": re-open 90 days after the last touch',
    contact: wei(),
    deal: deal('salesforce', 'Closed Lost', { amount: '$48,000.00', amountValue: 48_000, contacts: [SF_DM] }),
    touches: [inb('2026-08-30 10:00'), out('2026-09-01 10:00')],
    want: { kind: 'reopen', due: '2026-11-30', stage: 'lost', language: 'en' },
  },
  {
    name: 'a Zoho deal lost to the competition, its last words long ago',
    contact: rahul(),
    deal: deal('zoho', 'Closed-Lost to Competition', {
      contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }],
      activity: [{ text: 'We decided to go with another vendor this time.', at: t('2026-07-10 12:00') }],
    }),
    want: { kind: 'reopen', due: '2026-10-08', stage: 'lost', language: 'en' },
  },
  {
    name: 'a Fxiaoke deal 输单: re-open in Chinese',
    contact: wangFang(),
    deal: deal('fxiaoke', '输单', { contacts: [{ name: '王芳', title: '采购总监' }] }),
    touches: [out('2026-10-15 10:00')],
    want: { kind: 'reopen', due: '2027-01-13', stage: 'lost', language: 'zh-Hans' },
  },
  {
    name: 'a HubSpot deal "Closed lost" whose last note is fresh: they went with a cheaper competitor (re-open later with the reason, not "answer it today")',
    contact: maria(),
    deal: deal('hubspot', 'Closed lost', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Maria called: they went with Deputy, it is cheaper for them. Check back when their contract renews.', at: t('2026-11-30 10:00') }],
    }),
    want: { kind: 'reopen', due: '2027-03-01', stage: 'lost', language: 'en', last: 'objection' },
  },
  {
    name: 'a HubSpot deal "Closed lost" to a cheaper competitor whose note names when to come back ("in a year"): re-opened then, not in 90 days',
    contact: maria(),
    deal: deal('hubspot', 'Closed lost', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Laura called: they went with Deputy, cheaper for them. Said to check back after their contract renews in a year.', at: t('2026-12-03 10:00') }],
    }),
    want: { kind: 'reopen', due: '2027-12-03', stage: 'lost', language: 'en', last: 'objection' },
  },
  {
    name: '输单的商机，对方说明年三月合同到期再谈 (zh-Hans): re-opened in March, not in 90 days',
    contact: wangFang(),
    deal: deal('fxiaoke', '输单', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '王总说这次先用回原来的供应商，明年3月合同到期再谈。', at: t('2026-12-02 15:00') }] }),
    want: { kind: 'reopen', due: '2027-03-01', stage: 'lost', language: 'zh-Hans' },
  },
  {
    name: '輸單的商機，對方選了較便宜的廠商，合約到明年九月 (zh-Hant): re-opened in September with the reason',
    contact: chen(),
    deal: deal('salesforce', 'Closed Lost', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '我們最後選了另一家廠商，價格比較低。他們的合約簽到明年九月，到時候再聯絡看看。', at: t('2026-12-01 11:00') }] }),
    want: { kind: 'reopen', due: '2027-09-01', stage: 'lost', language: 'zh-Hant', last: 'objection' },
  },
  {
    name: '输单的商机，最新记录是价格太贵 (zh-Hans): re-open later, not answer today',
    contact: wangFang(),
    deal: deal('fxiaoke', '输单', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '王总说价格太贵了，今年先不做了。', at: t('2026-12-02 15:00') }] }),
    want: { kind: 'reopen', due: '2027-03-02', stage: 'lost', language: 'zh-Hans', last: 'objection' },
  },
  {
    name: 'a Salesforce "Closed Lost" deal whose Taiwan buyer wrote the budget was cut (zh-Hant)',
    contact: chen(),
    deal: deal('salesforce', 'Closed Lost', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '今年的預算被砍了，這個案子只能先暫停，謝謝你們的協助。', at: t('2026-12-01 11:00') }] }),
    want: { kind: 'reopen', due: '2027-03-01', stage: 'lost', language: 'zh-Hant', last: 'objection' },
  },
  {
    name: 'a lead whose need does not match: retired, re-open in 90 days',
    contact: kelvin({ bant: { budget: 'unknown', authority: 'decision-maker', need: 'none', timelineMonths: null } }),
    touches: [out('2026-11-20 10:00')],
    want: { kind: 'reopen', due: '2027-03-04', stage: 'prospect', tier: null, language: 'en' },
  },
  {
    name: 'a Taiwan lead dormant for 150 days',
    contact: chen({ stage: 'discover' }),
    touches: [out('2026-07-06 10:00'), inb('2026-07-07 09:00')],
    word: { text: '謝謝，我們內部再評估看看。', at: '2026-07-07 09:00' },
    want: { kind: 'reopen', due: '2026-12-04', stage: 'discover', language: 'zh-Hant' },
  },
  {
    name: 'a HubSpot deal "Closed lost"',
    contact: maria(),
    deal: deal('hubspot', 'Closed lost', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }] }),
    touches: [out('2026-11-01 10:00')],
    want: { kind: 'reopen', due: '2027-02-01', stage: 'lost', language: 'en' },
  },
  {
    name: 'January: a lead idle since September',
    now: JANUARY,
    contact: jonas({ stage: 'qualify' }),
    touches: [inb('2026-08-31 10:00'), out('2026-09-01 10:00')],
    want: { kind: 'reopen', due: '2027-01-20', stage: 'qualify', language: 'en', last: 'silence' },
  },

  // ——— after-sales check ———
  {
    name: 'a customer (stage 8) with no BANT on record: not tier A, so quarterly',
    contact: mei({ stage: 'retain' }),
    touches: [out('2026-11-01 10:00')],
    want: { kind: 'after_sales_check', due: '2027-02-01', stage: 'retain', tier: 'C', language: 'en' },
  },
  {
    name: 'a Fxiaoke deal 赢单 whose newest note says it went live (zh-Hans): the after-sales check, not "they replied, our move"',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { amount: '¥800,000', amountValue: 800_000, contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '合同已签，11 月 5 日上线。', at: t('2026-11-05 10:00') }] }),
    want: { kind: 'after_sales_check', due: '2026-12-07', stage: 'deliver', language: 'zh-Hans' },
  },
  {
    name: 'a HubSpot customer (Closed won) writes that the team likes it: the after-sales check by its cadence',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { amount: '$36,000', amountValue: 36_000, contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'The store managers like the new rota screen a lot. Thanks to the whole team.', at: t('2026-11-20 10:00') }] }),
    want: { kind: 'after_sales_check', due: '2026-12-21', stage: 'deliver', language: 'en' },
  },
  {
    name: 'a Taiwan customer (stage 8) writes a short thanks (zh-Hant): after-sales, not a follow-up due today',
    contact: chen({ stage: 'retain', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 1 } }),
    thread: { messages: [us('陳經理您好，上線第一個月的使用報告已寄給您。', '2026-11-25 10:00'), them('收到，謝謝，大家用得很順。', '2026-11-26 09:00')] },
    want: { kind: 'after_sales_check', due: '2026-12-28', stage: 'retain', tier: 'A', language: 'zh-Hant' },
  },
  {
    name: '"Signed and attached" after our contract: delivered to the customer stages, not a contract follow-up; the kick-off next, not the 90-day check',
    contact: mei({ stage: 'close' }),
    thread: { subject: 'Contract – Orchid Precision', messages: [us('Hi Mei, the contract is attached for signature.', '2026-11-30 10:00'), them('Signed and attached. Looking forward to kick-off!', '2026-12-03 17:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'deliver', language: 'en', evidence: 'signed', step: 'kickoff', draftHas: /book the kick-off/ },
  },
  {
    name: '合同已签字盖章，附上扫描件 (zh-Hans): signed',
    contact: wangXiaoming({ stage: 'close' }),
    thread: { subject: '会员系统合同', messages: [us('王总您好，附件是合同，请您签署。', '2026-11-30 10:00'), them('合同已签字盖章，附上扫描件。', '2026-12-03 17:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'deliver', language: 'zh-Hans', evidence: 'signed', step: 'kickoff', draftHas: /启动会/ },
  },
  {
    name: '合約已簽名蓋章，附上掃描檔 (zh-Hant): signed',
    contact: chen({ stage: 'close' }),
    thread: { subject: '排程系統合約', messages: [us('陳經理您好，附上合約，再請您簽署。', '2026-11-30 10:00'), them('合約已簽名蓋章，附上掃描檔。', '2026-12-03 17:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'deliver', language: 'zh-Hant', evidence: 'signed', step: 'kickoff', draftHas: /啟動會議/ },
  },
  {
    name: '合約已簽名，寄回給您了，謝謝 (zh-Hant), read unsure as a brush-off: a customer who signed is not answered with brush-off tracks',
    contact: chen({ stage: 'close' }),
    thread: { subject: '排程系統合約', messages: [us('陳經理您好，附上合約，再請您簽署。', '2026-11-30 10:00'), them('合約已簽名，寄回給您了，謝謝。', '2026-12-03 17:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'deliver', language: 'zh-Hant', evidence: 'signed', step: 'kickoff', draftHas: /啟動會議/ },
  },
  {
    name: 'a tier A customer: monthly',
    contact: mei({ stage: 'retain', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 1 } }),
    touches: [inb('2026-11-20 10:00')],
    want: { kind: 'after_sales_check', due: '2026-12-21', stage: 'retain', tier: 'A', language: 'en' },
  },
  {
    name: 'a Salesforce deal "Closed Won" touched since, nothing live yet: in delivery, a progress update a week after our touch',
    contact: wei(),
    deal: deal('salesforce', 'Closed Won', { amount: '$48,000.00', amountValue: 48_000, contacts: [SF_DM] }),
    touches: [out('2026-11-10 10:00')],
    want: { kind: 'follow_up', due: '2026-11-17', stage: 'deliver', tier: 'A', language: 'en', step: 'progress' },
  },
  {
    name: 'a HubSpot deal "Closed won" with no amount, not live: tier B, delivery progress',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }] }),
    touches: [out('2026-10-01 10:00')],
    want: { kind: 'follow_up', due: '2026-10-08', stage: 'deliver', tier: 'B', language: 'en', step: 'progress' },
  },
  {
    name: 'a Fxiaoke deal 赢单, not live yet: tier A, delivery progress in Chinese',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { amount: '¥800,000', amountValue: 800_000, contacts: [{ name: '王芳', title: '采购总监' }] }),
    touches: [out('2026-11-25 10:00')],
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'deliver', tier: 'A', language: 'zh-Hans', step: 'progress', draftHas: /交付进度/ },
  },
  {
    name: 'a Zoho deal "Closed Won" whose progress update is overdue',
    contact: rahul(),
    deal: deal('zoho', 'Closed Won', { amount: 'INR 1,200,000', amountValue: 1_200_000, contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }] }),
    touches: [out('2026-09-15 10:00')],
    want: { kind: 'follow_up', due: '2026-09-22', stage: 'deliver', tier: 'A', language: 'en', step: 'progress' },
  },

  // ——— answer a complaint ———
  {
    name: 'a customer reports an outage: respond within 24 hours',
    contact: mei({ stage: 'retain' }),
    thread: { subject: 'URGENT: dashboards down', messages: [them('Our dashboards have been down since 8am and nobody on the floor can log in. This is urgent.', '2026-12-04 08:30')] },
    want: { kind: 'answer_complaint', due: '2026-12-05', stage: 'retain', language: 'en', subject: 'Re: URGENT: dashboards down', last: 'complaint' },
  },
  {
    name: 'a customer in delivery cannot log in again (zh-Hans chat)',
    contact: wangXiaoming({ stage: 'deliver' }),
    thread: { messages: [us('王总，第三阶段部署已完成，下周开始测试。', '2026-12-01 10:00'), them('系统又登不上了，仓库那边都停了，急！', '2026-12-03 18:00')] },
    want: { kind: 'answer_complaint', due: '2026-12-04', stage: 'deliver', language: 'zh-Hans', last: 'complaint' },
  },
  {
    name: 'a Taiwan customer: the export has failed for three days (complaint before the question)',
    contact: chen({ stage: 'retain' }),
    thread: { subject: '報表匯出問題', messages: [them('您好，報表匯出一直失敗，已經三天了，請問什麼時候才能修好？', '2026-12-04 09:00')] },
    want: { kind: 'answer_complaint', due: '2026-12-05', stage: 'retain', language: 'zh-Hant', subject: 'Re: 報表匯出問題', last: 'complaint' },
  },
  {
    name: 'a Cantonese customer: the machine keeps crashing',
    contact: kelvin({ stage: 'retain' }),
    thread: { messages: [us('Hi Kelvin, how is the new order system going?', '2026-11-30 10:00'), them('部機成日死咗機，啲單都入唔到，搞唔掂呀', '2026-12-04 09:30')] },
    want: { kind: 'answer_complaint', due: '2026-12-05', stage: 'retain', language: 'zh-Hant', last: 'complaint' },
  },
  {
    name: 'a Salesforce deal "Closed Won": the nightly sync has been failing',
    contact: wei(),
    deal: deal('salesforce', 'Closed Won', {
      amount: '$48,000.00',
      amountValue: 48_000,
      contacts: [SF_DM],
      activity: [{ text: 'The nightly sync has been failing since Monday and invoices are missing in the ERP.', at: t('2026-12-02 11:00') }],
    }),
    want: { kind: 'answer_complaint', due: '2026-12-03', stage: 'deliver', tier: 'A', language: 'en', last: 'complaint' },
  },
  {
    // (was the complaint track, a 48-hour workaround for a product fault: a bill to correct is the correction, done today)
    name: 'a HubSpot customer double charged (an invoice word, but the invoice corrected today, not a buying signal)',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', {
      amount: '$36,000',
      amountValue: 36_000,
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'We were double charged on the November invoice. Please sort this out.', at: t('2026-12-04 08:00') }],
    }),
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'deliver', tier: 'A', language: 'en', last: 'question', step: 'correction' },
  },

  // ——— stop ———
  {
    name: 'unsubscribe me',
    contact: priya(),
    thread: { messages: [us('Hi Priya, one more idea on month-end close.', '2026-12-03 10:00'), them('unsubscribe me', '2026-12-04 09:00')] },
    want: { kind: 'stop', due: '2026-12-04', stage: 'prospect', language: 'en', last: 'stop' },
  },
  {
    name: '別再打來了 (Taiwan)',
    contact: chen(),
    thread: { messages: [us('陳經理您好，想再跟您確認一下時間。', '2026-12-03 10:00'), them('別再打來了，我們沒有這個需要。', '2026-12-04 09:00')] },
    want: { kind: 'stop', due: '2026-12-04', stage: 'prospect', language: 'zh-Hant', last: 'stop' },
  },
  {
    name: 'Cantonese: please stop looking for me',
    contact: kelvin(),
    thread: { messages: [us('Hi Kelvin, following up on the order system.', '2026-12-02 10:00'), them('唔該你唔好再搵我', '2026-12-03 20:00')] },
    want: { kind: 'stop', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'stop' },
  },
  {
    name: 'a formal Simplified Chinese request to stop emailing',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '会员系统', messages: [us('王总您好，跟进一下会员系统的事情。', '2026-12-01 10:00'), them('请不要再给我发邮件了，谢谢。', '2026-12-04 09:00')] },
    want: { kind: 'stop', due: '2026-12-04', stage: 'qualify', language: 'zh-Hans', last: 'stop' },
  },
  {
    name: 'remove me from your mailing list (formal English)',
    contact: mei(),
    thread: { subject: 'Scheduling webinar', messages: [us('Hi Mei, join our scheduling webinar next Thursday.', '2026-12-02 10:00'), them('Please remove me from your mailing list. Thank you.', '2026-12-02 11:00')] },
    want: { kind: 'stop', due: '2026-12-02', stage: 'prospect', language: 'en', last: 'stop' },
  },
  {
    name: 'a person on a HubSpot deal asks us to stop: stop, at the deal’s stage',
    contact: maria(),
    deal: deal('hubspot', 'Presentation scheduled', {
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }],
      activity: [{ text: 'Please stop emailing me, we have decided to go another way.', at: t('2026-12-03 12:00') }],
    }),
    want: { kind: 'stop', due: '2026-12-03', stage: 'present', language: 'en', last: 'stop' },
  },
  {
    name: 'a stop from 200 days ago still stands',
    contact: priya({ stage: 'qualify' }),
    touches: [out('2026-05-17 10:00'), inb('2026-05-18 09:00')],
    word: { text: 'Please take me off your list.', at: '2026-05-18 09:00' },
    want: { kind: 'stop', due: '2026-05-18', stage: 'qualify', language: 'en', last: 'stop' },
  },
  // ——— judge5: a follow-up day off their public holidays (1 January, the Spring Festival week, Christmas Day) ———
  {
    name: 'tier A, our customer stories went out on Monday 28 December: twice a week puts the follow-up on 1 January, moved to Monday 4 January and said',
    now: t('2026-12-29 10:00'),
    contact: mei({ stage: 'discover', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } }),
    thread: { subject: 'Scheduling at the Suzhou plant', messages: [them('Interesting. Send me a couple of examples from plants like ours?', '2026-12-18 09:30'), us('Hi Mei, here are the two customer stories I mentioned, both precision machining plants.', '2026-12-28 11:00')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'discover', tier: 'A', language: 'en', last: 'silence', why: /New Year’s Day/ },
  },
  {
    name: '春节 week (zh-Hans, tier B): a weekly follow-up that would fall on 8 February 2027 waits for the first working day after the break',
    now: t('2027-02-02 10:00'),
    contact: wangXiaoming({ stage: 'discover', bant: { budget: 'unknown', authority: 'influencer', need: 'clear', timelineMonths: 6 } }),
    thread: { subject: '会员系统选型', messages: [them('可以，先把你们做过的零售案例发我看看。', '2027-01-25 14:00'), us('王总您好，附上两家连锁零售客户的案例，供您参考。', '2027-02-01 10:00')] },
    want: { kind: 'follow_up', due: '2027-02-15', stage: 'discover', tier: 'B', language: 'zh-Hans', last: 'silence', why: /Spring Festival/ },
  },
  {
    name: 'a Taiwan manager will talk to the boss and come back, no day named, just before 農曆新年 (zh-Hant, tier C): five working days that skip the holiday',
    now: t('2027-02-03 16:00'),
    contact: chen({ stage: 'discover' }),
    thread: { subject: '產線排程系統', messages: [us('陳經理您好，附上需求整理，請您過目。', '2027-01-29 10:00'), them('收到，謝謝。我跟老闆商量之後再回覆您。', '2027-02-03 11:20')] },
    want: { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'discover', tier: 'C', language: 'zh-Hant', last: 'snooze', step: 'promise' },
  },
  {
    name: 'a thanks on Monday 21 December from a tier A lead: the follow-up off Christmas Day, on Monday 28 December',
    now: t('2026-12-22 09:00'),
    contact: priya({ stage: 'discover', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 3 } }),
    thread: { subject: 'No-show numbers', messages: [us('Hi Priya, here are the no-show figures from two clinics of your size.', '2026-12-21 08:00'), them('Thanks, got it!', '2026-12-21 17:45')] },
    want: { kind: 'follow_up', due: '2026-12-28', stage: 'discover', tier: 'A', language: 'en', last: 'reply', why: /Christmas Day/ },
  },
  // ——— judge6: a follow-up day the cadence puts on a Saturday or Sunday moves to the Monday, and the reason says so ———
  {
    name: 'tier B, our case study went out on Saturday 28 November: once a week lands on Saturday 5 December, moved to Monday 7 December',
    contact: maria({ stage: 'discover', bant: { budget: 'unknown', authority: 'influencer', need: 'clear', timelineMonths: 5 } }),
    thread: { subject: 'Shrinkage at the Leeds stores', messages: [them('Fine, send me something on shrinkage and I will have a look.', '2026-11-27 16:00'), us('Hi Maria, here is the case study on shrinkage I promised, from a chain of 30 stores.', '2026-11-28 10:30')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'discover', tier: 'B', language: 'en', last: 'silence', why: /weekend day/ },
  },
  {
    name: '季度回访 (zh-Hans customer, tier C): ninety days after our last note is a Sunday, so the check is on the Monday',
    now: t('2027-03-01 10:00'),
    contact: wangXiaoming({ stage: 'retain' }),
    touches: [out('2026-12-01 10:00')],
    want: { kind: 'after_sales_check', due: '2027-03-01', stage: 'retain', tier: 'C', language: 'zh-Hans' },
  },
  {
    name: 'a Taiwan lead thanks us on a Friday (zh-Hant, tier A): twice a week from their words falls on Tuesday, a working day, so nothing moves',
    contact: chen({ stage: 'discover', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } }),
    thread: { subject: '排程系統報價', messages: [us('陳經理您好，附上兩家客戶的導入案例，供您參考。', '2026-12-03 10:00'), them('收到，謝謝您！', '2026-12-04 08:30')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'discover', tier: 'A', language: 'zh-Hant', last: 'reply' },
  },
  // ——— judge6: a leave under way when they wrote is this year's ———
  {
    name: '您好，我12月1日至12月10日休假 (zh-Hans, written on 2 December): back on 11 December this year, not next year',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '会员系统选型', messages: [us('王总您好，上次提到的案例已整理好，附件供您参考。', '2026-12-01 10:00'), them('您好，我12月1日至12月10日休假，期间不方便回复邮件，回来后再联系您。', '2026-12-02 08:00')] },
    want: { kind: 'snooze', due: '2026-12-11', until: '2026-12-11', stage: 'discover', language: 'zh-Hans' },
  },
  {
    name: 'an English auto-reply "on leave from December 1 to December 10" read on the 3rd: back on 11 December',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Pilot plan', messages: [us('Hi Mei, the pilot plan is attached.', '2026-12-02 10:00'), them('Thank you for your email. I am on leave from December 1 to December 10 with no access to email. For urgent matters please contact my assistant.', '2026-12-02 10:01')] },
    want: { kind: 'snooze', due: '2026-12-11', until: '2026-12-11', stage: 'present', language: 'en' },
  },
  // ——— judge6: a buying signal asked as a question is answered, not met with "I have attached the contract" ———
  {
    name: 'after the proposal, "could we start with 20 seats and add the rest in Q2?": move to contract, the draft answers their question first',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal: scheduling for Meridian', messages: [us('Hi Priya, our proposal for the 60 schedulers is attached.', '2026-12-01 10:00'), them('Thanks, this reads well. Could we start with 20 seats and add the rest in Q2?', '2026-12-04 08:15')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'en', last: 'signal', template: 'contract-question', draftHas: /You asked: “Could we start with 20 seats/ },
  },
  {
    name: '方案看过了，能不能先签一年？ (zh-Hans, after the quote): a change of term asked, a buying signal answered in the draft, not the payment-milestones track',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '会员系统报价', messages: [us('王总您好，附件是三年期的报价，请您过目。', '2026-12-01 10:00'), them('方案看过了，能不能先签一年？', '2026-12-04 09:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-question', draftHas: /能不能先签一年/ },
  },
  {
    name: 'Taiwan, after the quote: 可以先買50個帳號試試嗎？ is a smaller start asked, answered before the contract',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '排程系統報價', messages: [us('陳經理您好，附件是 200 個帳號的報價，請您參考。', '2026-12-02 10:00'), them('可以先買50個帳號試試嗎？', '2026-12-04 09:30')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'zh-Hant', last: 'signal', template: 'contract-question' },
  },
  {
    name: '"Can we sign for one year first instead of three?" after the quote: a length asked (not a day a year away, not the contract objection)',
    contact: rahul({ stage: 'negotiate' }),
    thread: { subject: 'Quotation for the dyeing unit', messages: [us('Dear Rahul, please find attached our quotation for a three-year licence.', '2026-12-01 10:00'), them('Looks good. Can we sign for one year first instead of three?', '2026-12-04 07:45')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'en', last: 'signal', template: 'contract-question' },
  },
  {
    name: 'a refused clause with a question ("the liability cap does not work for us, can we change it?") stays the contract objection',
    contact: person({ name: 'Marcus Lindqvist', company: 'Nordhavn Shipping', title: 'COO' }),
    thread: { subject: 'Agreement – Nordhavn Shipping', messages: [us('Hi Marcus, the agreement is attached for signature.', '2026-11-30 10:00'), them('The liability cap of 1x does not work for us. Could we change it to 2x annual fees?', '2026-12-04 09:40')] },
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'close', language: 'en', track: 'contract-liability-cap' },
  },
  {
    name: 'a smaller start asked before anything was presented ("can we start with just one site?") is a question to answer, not a contract',
    contact: jonas({ stage: 'qualify' }),
    thread: { subject: 'Batch release', messages: [us('Hi Jonas, thanks for the call. Happy to show you how batch release works in a short demo.', '2026-12-02 10:00'), them('Before a demo: can we start with just one site, or is it all sites at once?', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'qualify', language: 'en', last: 'question' },
  },
  {
    name: 'the contract is with them and they ask about the invoice (发票能开专票吗？, zh-Hans): the signature asked for, their question answered first',
    contact: wangXiaoming({ stage: 'close' }),
    thread: { subject: '合同', messages: [us('王总您好，合同已按您的意见修改，附件请查收。', '2026-12-01 10:00'), them('合同我们看过了没问题。发票能开6%的增值税专票吗？', '2026-12-03 16:00')] },
    want: { kind: 'get_signature', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-question-sign', draftHas: /发票能开6%的增值税专票吗/ },
  },
  {
    name: 'English, the contract sent: "before I sign, does the licence cover our Hamburg site too?" answered before the signature',
    contact: jonas({ stage: 'close' }),
    thread: { subject: 'Agreement', messages: [us('Hi Jonas, the agreement is attached for signature.', '2026-12-01 10:00'), them('Before I sign: can the licence also cover our Hamburg site, or is that a separate order?', '2026-12-03 11:00')] },
    want: { kind: 'get_signature', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-question-sign' },
  },
  // ——— judge6: whose it is, said with the title before the name ———
  {
    name: '这个项目现在是我们运营总监李娜在负责，你直接联系她吧 (zh-Hans): a first note to 李娜, thanking the one who sent us',
    contact: person({ name: '郑浩', company: '远航科技', title: '运营经理' }),
    thread: { subject: '排班系统', messages: [us('郑经理您好，上次聊到的排班问题，想跟您再约个时间。', '2026-12-01 10:00'), them('这个项目现在是我们运营总监李娜在负责，你直接联系她吧，我把你微信推给她。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'referral', step: 'referral', draftHas: /李娜/ },
  },
  {
    name: '這個專案是我們IT經理王大明在對接 (zh-Hant): the referral to 王大明',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '系統整合', messages: [us('陳經理您好，附上整合說明，請您參考。', '2026-12-01 10:00'), them('這個專案是我們IT經理王大明在對接，您跟他聯絡就好。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'referral', step: 'referral', draftHas: /王大明/ },
  },
  // ——— judge6: their colleagues will send us something; a receipt with "I'll have a look" ———
  {
    name: '"our security team will send you a questionnaire" after the quote: their move for a few working days, not "they replied, the move is ours"',
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote: 120 users', messages: [us('Hi Priya, the quote for 120 users is attached.', '2026-11-30 10:00'), them('Before legal signs off our security team will send you a questionnaire. Please turn it around within 5 business days.', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'en', last: 'snooze', step: 'promise', template: 'security-review', draftHas: /data processing agreement \(DPA\)/ },
  },
  {
    name: '收到，謝謝，我再看看。 after our case studies (Taiwan LINE): a receipt, rested by the cadence, not a brush-off to argue',
    contact: person({ name: '林志明', company: '永豐機械', title: '廠長', location: '台中市, 台灣' }),
    thread: { messages: [us('林經理您好，附上兩家同業的導入案例給您參考。', '2026-12-02 10:00'), them('收到，謝謝，我再看看。', '2026-12-02 18:00')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'prospect', language: 'zh-Hant', last: 'reply', why: /New Year/ },
  },
  {
    name: '"Thanks Sam, will have a look" after our proposal: rested until the follow-up after sending, not answered as a brush-off',
    contact: jonas({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Jonas, our proposal for the batch release module is attached.', '2026-12-03 10:00'), them('Thanks Sam, will have a look.', '2026-12-03 17:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'en', last: 'reply' },
  },
  // ——— judge5: a promise to come back with no day: their move for a few working days (by tier and stage), then a nudge ———
  {
    name: 'Indian English after our quote: "Noted. Will discuss with our MD and revert." is a promise with no day (negotiation, tier A as the quote shows: two working days)',
    contact: rahul({ stage: 'negotiate' }),
    thread: { subject: 'Quotation for the dyeing unit', messages: [us('Dear Rahul, please find attached our quotation for the dyeing unit, INR 18 lakh per year.', '2026-12-01 10:00'), them('Dear Sir,\n\nNoted. Will discuss with our MD and revert.\n\nRegards,\nRahul', '2026-12-03 12:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'en', last: 'snooze', step: 'promise', why: /2 working days \(tier A, Quote and negotiation\)/ },
  },
  {
    name: 'let me check with our CFO and get back to you (after the proposal, tier B): three working days, not an authority objection to argue today',
    contact: maria({ stage: 'present', bant: { budget: 'unknown', authority: 'influencer', need: 'clear', timelineMonths: 5 } }),
    thread: { subject: 'Proposal: store replenishment', messages: [us('Hi Maria, attached is our proposal for the 40 stores.', '2026-11-30 10:00'), them('Thanks Sam, this is helpful. Let me check with our CFO and get back to you.', '2026-12-03 18:10')] },
    want: { kind: 'snooze', due: '2026-12-08', until: '2026-12-08', stage: 'present', tier: 'B', language: 'en', last: 'snooze', step: 'promise' },
  },
  {
    name: '收到，我问下老板再回复你 (zh-Hans, a WeChat-style reply after the quote): their move, then a nudge',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '会员系统报价', messages: [us('王总您好，附件是报价：每年 36 万元，含实施。', '2026-11-30 10:00'), them('收到，我问下老板再回复你', '2026-12-03 21:05')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'zh-Hans', last: 'snooze', step: 'promise' },
  },
  {
    name: 'Cantonese: 我同老細傾下先，遲啲覆你 (a promise with no day), and a week on with nothing: the nudge is due',
    now: t('2026-12-14 10:00'),
    contact: kelvin({ stage: 'present' }),
    thread: { messages: [us('Kelvin 你好，附上兩間分店嘅方案，你睇下先。', '2026-12-01 11:00'), them('收到，我同老細傾下先，遲啲覆你', '2026-12-02 20:30')] },
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'present', language: 'zh-Hant', last: 'snooze', step: 'promise_over' },
  },
  // ——— judge5: a referral said indirectly ———
  {
    // (fixP: was a first touch to Daniel; she is still there until next week, so she is asked for the introduction to him before she goes, as probe4 expects of someone leaving who names a successor)
    name: 'my replacement is Daniel Ortiz (en, HubSpot contact), said by someone moving on next week: Maria asked to introduce Daniel before she goes',
    contact: maria({ stage: 'qualify' }),
    thread: { subject: 'Replenishment pilot', messages: [us('Hi Maria, any news on the pilot?', '2026-12-01 10:00'), them("Hi Sam, I'm moving to a new role next week; my replacement is Daniel Ortiz (daniel.ortiz@brightline.example). He'll take it from here.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'leaving', greets: 'Maria', draftHas: /introduce us[\s\S]*Daniel/ },
  },
  {
    name: '這個案子由資訊部林經理負責 (zh-Hant): whose it is, said without "please contact", is a referral to 林經理',
    contact: chen({ stage: 'qualify' }),
    thread: { subject: '排程系統', messages: [us('陳經理您好，想約 20 分鐘聊聊排程的現況。', '2026-12-01 10:00'), them('您好，這個案子由資訊部林經理負責，您直接寫信給他比較快。', '2026-12-03 09:10')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'zh-Hant', last: 'referral', step: 'referral', greets: '林經理' },
  },
  {
    name: '这事归采购部李经理管，我这边说了不算 (zh-Hans): a referral to 李经理, not the authority objection',
    contact: wangFang({ stage: 'qualify' }),
    thread: { subject: '冷链温控方案', messages: [us('王总监您好，想约个时间聊聊冷库温控的现状。', '2026-12-01 10:00'), them('这事归采购部李经理管，我这边说了不算。', '2026-12-03 10:30')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'zh-Hans', last: 'referral', step: 'referral', greets: '李经理' },
  },
  {
    name: "the person you'll want is Tomasz Wójcik (LinkedIn): a referral with a name the reader did not flag",
    contact: jonas({ stage: 'prospect' }),
    thread: { messages: [us('Hi Jonas, how is batch release planned at Nordlicht today?', '2026-12-01 10:00'), them("Hi, thanks for reaching out. Honestly the person you'll want is Tomasz Wójcik in our plant IT team.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'referral', step: 'referral', greets: 'Tomasz' },
  },
  // ——— judge5: after our proposal, quote or contract, the first follow-up by the stage it put the deal at ———
  {
    name: 'our proposal went out on Tuesday to a tier C lead and nothing since: follow up in three working days, not in a month',
    contact: jonas({ stage: 'discover' }),
    thread: { subject: 'Proposal: batch release planning', messages: [them('Fine, send the proposal and I will look.', '2026-11-27 10:00'), us('Hi Jonas, as promised, our proposal for batch release planning is attached.', '2026-12-01 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'present', tier: 'C', language: 'en', last: 'silence', why: /3 working days/ },
  },
  {
    name: '报价 sent on Wednesday (zh-Hans, tier C): negotiation follows up two working days later',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '冷链温控报价', messages: [them('方案可以，麻烦出个报价。', '2026-11-30 10:00'), us('王总监您好，附件是报价单：三个冷库，每年 28 万元。', '2026-12-02 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hans', last: 'silence' },
  },
  {
    name: '合約已附上 on Thursday (zh-Hant): the contract follows up two working days later, on Monday',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '合約', messages: [them('價格 OK，請寄合約過來。', '2026-12-02 10:00'), us('陳經理您好，合約已附上，請您過目。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'close', language: 'zh-Hant', last: 'silence' },
  },
  // ——— judge5: a forward to a colleague: the question in it is theirs, not ours ———
  {
    name: 'FYI, see below, we are reviewing internally, over a forward asking a colleague about the budget: nothing to answer, a follow-up soon after the proposal',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Fwd: Proposal', messages: [us('Hi Priya, proposal attached.', '2026-12-01 10:00'), them('FYI, see below. We are reviewing internally.\n\n---------- Forwarded message ---------\nFrom: Priya Raman\nTo: Tom Hill\nTom, can you check whether this fits our Q1 budget?', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'en', last: 'reply' },
  },
  {
    name: '抄送你一下，我们内部在看 over a forward asking 李娜 about integration (zh-Hans): not our question to answer today',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '转发：方案', messages: [us('王总您好，附上方案。', '2026-12-01 10:00'), them('抄送你一下，我们内部在看。\n\n-------- 转发的邮件 --------\n发件人：王小明\n收件人：李娜\n李娜，你看下这个方案跟我们现有的系统能不能对接？', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'zh-Hans', last: 'reply' },
  },
  // ——— judge5: a buying signal that asks for something: the draft does it ———
  {
    name: 'looks good, can you send over the MSA so legal can start: move to contract with a draft that sends the MSA, not a generic contract',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Revised quote', messages: [us('Hi Mei, revised quote attached: 44,000 a year.', '2026-12-01 10:00'), them('Looks good to us - can you send over the MSA so legal can start reviewing?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-request', draftHas: /send over the MSA/ },
  },
  {
    name: '价格没问题，麻烦把合同模板发给我们法务看一下 (zh-Hans): asking for the contract is the buying signal, and the draft sends it',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，附上修改后的报价。', '2026-12-01 10:00'), them('价格没问题，麻烦把合同模板发给我们法务看一下。', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', evidence: 'buying-signal', template: 'contract-request', draftHas: /合同模板/ },
  },
  // ——— judge5: a renewal increase complained of ———
  {
    name: 'a customer: a 10% increase is hard to justify to finance this year (the reader unsure between budget and price): answered today as a renewal concern',
    contact: maria({ stage: 'retain' }),
    thread: { subject: 'Renewal 2027', messages: [us('Hi Maria, attached is your renewal quote for 2027.', '2026-12-01 10:00'), them('Thanks Sam. Honestly a 10% increase is hard to justify to our finance team this year.', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'retain', language: 'en', last: 'objection' },
  },
  // ——— judge5 audit: the kinds it found most often ———
  {
    name: 'cc-ing a colleague by name after our quote ("I am cc-ing Lena Vogt from purchasing, she will handle the PO"): a first note to Lena, thanking Jonas',
    contact: jonas({ stage: 'negotiate' }),
    thread: { subject: 'Quote: batch release planning', messages: [us('Hi Jonas, the quote for two sites is attached.', '2026-12-01 10:00'), them('Thanks. I am cc-ing Lena Vogt from purchasing, she will handle the PO on our side.', '2026-12-03 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'referral', step: 'referral', greets: 'Lena' },
  },
  {
    name: '你直接找我们财务的刘经理对接吧 (zh-Hans): a referral through "our finance’s" 刘经理',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '冷链报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('付款流程你直接找我们财务的刘经理对接吧。', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'referral', step: 'referral', greets: '刘经理' },
  },
  {
    // (judge4: a security review asked of us is the security-review step and its pack, today: was the generic request placeholder)
    name: 'our security team requires your ISO 27001 certificate before the pilot (read unsure as trust): the security review, ours to send today',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Pilot', messages: [us('Hi Priya, the pilot plan is attached.', '2026-12-01 10:00'), them('Our security team requires your ISO 27001 certificate before the pilot can start.', '2026-12-03 12:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', last: 'reply', step: 'security_review' },
  },
  {
    name: 'a partial yes ("OK for the training, but only the on-site day, not the webinars"): ours to adjust today, not a contract objection',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Rollout plan', messages: [us('Hi Maria, the rollout plan with training is attached.', '2026-12-01 10:00'), them('OK for the training, but only the on-site day, not the webinars.', '2026-12-03 12:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: '好，我们整理好现有流程再发给你 (zh-Hans, they will send us something, no day read): their move, then a nudge',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '需求', messages: [us('王总您好，方便的话把现有的补货流程发我看看？', '2026-12-01 10:00'), them('好，我们整理好现有流程再发给你。', '2026-12-03 12:00')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'discover', language: 'zh-Hans', last: 'snooze', step: 'promise' },
  },
  // ——— judge7: whom to write to while they are away: the colleague they name, not a wait for their return ———
  {
    name: 'an auto-reply, back 11 January, "in my absence, please reach out to Tom Fischer": write to Tom today, saying Jonas is out until then',
    contact: jonas({ stage: 'negotiate' }),
    thread: { subject: 'Rollout quote', messages: [us('Hi Jonas, the rollout quote is attached.', '2026-12-02 15:00'), them("I'm currently out of the office, returning 11 January. In my absence, please reach out to Tom Fischer in our IT team (tom.fischer@nordlicht.example).", '2026-12-02 15:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'negotiate', language: 'en', last: 'referral', step: 'referral_away', greets: 'Tom', draftHas: /out until January 11\b/ },
  },
  {
    name: '我12月2日至12月11日請假，這段期間合約相關事宜請聯絡我同事吳經理 (zh-Hant): write to 吳經理 today; she is back on Monday the 14th, not Saturday the 12th',
    contact: chen({ stage: 'close' }),
    thread: { subject: '合約', messages: [us('陳經理您好，合約已附上，請您過目。', '2026-12-02 10:00'), them('您好，我12月2日至12月11日請假，這段期間合約相關事宜請聯絡我同事吳經理。', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'close', language: 'zh-Hant', last: 'referral', step: 'referral_away', greets: '吳經理', draftHas: /12月14日回來/ },
  },
  {
    name: '休假至12月14日，如有紧急事务请联系我的助理 (zh-Hans): someone for urgent matters only, so the proposal waits for her return',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-02 10:00'), them('本人休假至12月14日，如有紧急事务请联系我的助理刘经理。', '2026-12-02 10:01')] },
    want: { kind: 'snooze', due: '2026-12-15', until: '2026-12-15', stage: 'present', language: 'zh-Hans', last: 'out_of_office' },
  },
  // ——— judge7: their paperwork for taking us on, and a yes to part of the offer: ours to do today ———
  {
    name: 'accounts payable needs a W-9 and our banking details before they can issue the PO: send them today, not "move to contract"',
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Priya, the final quote is attached.', '2026-12-01 10:00'), them('Before we can issue the PO, accounts payable needs a W-9 and your banking details on company letterhead.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'request', draftHas: /needs a W-9/ },
  },
  {
    name: '麻烦把附件里的新供应商登记表填一下发回给我们 (zh-Hans): a form to fill in is a request, not a reply to follow up',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，报价已附上。', '2026-12-01 10:00'), them('报价收到。麻烦把附件里的新供应商登记表填一下发回给我们。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'request' },
  },
  {
    name: 'happy to go ahead with the two-week trial, but not with the annual licence yet: set up the trial today',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Trial and licence', messages: [us('Hi Mei, attached: the two-week trial plan and the annual licence.', '2026-12-01 10:00'), them("We're happy to go ahead with the two-week trial, but not with the annual licence yet.", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: '試用沒問題，正式採購等明年預算下來再說 (zh-Hant): the trial now, not the budget objection nor a wait until next year',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，附上試用計畫和正式採購的方案。', '2026-12-01 10:00'), them('試用沒問題，正式採購等明年預算下來再說。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question', step: 'request' },
  },
  {
    name: '先上一家门店试试，其他门店之后再看 (zh-Hans): one store first is a yes to set up, not "they replied"',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '门店方案', messages: [us('王总您好，附上十家门店的方案。', '2026-12-01 10:00'), them('先上一家门店试试，其他门店之后再看。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', step: 'request' },
  },
  {
    name: "please send me the one-pager, and let's talk again in January: the one-pager today (the January call is another clause)",
    contact: jonas({ stage: 'discover' }),
    thread: { subject: 'Batch release', messages: [us('Hi Jonas, a short call this month?', '2026-12-01 10:00'), them("Please send me the one-pager, and let's talk again in January.", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'en', last: 'question', step: 'request' },
  },
  // ——— judge7: a bigger order or a commitment priced is buying, not "too expensive" ———
  {
    name: 'after the quote for three warehouses: "if we took licences for all 12, how would the per-site price change?" is a buying signal, answered in the draft',
    contact: wei({ stage: 'negotiate', sources: ['linkedin'] }),
    thread: { subject: 'Quote: 3 warehouses', messages: [us('Hi Wei, the quote for three warehouses is attached.', '2026-12-01 10:00'), them('Out of interest, if we took licences for all 12 warehouses, how would the per-site price change?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-question', draftHas: /all 12 warehouses/ },
  },
  {
    name: '如果全公司80個帳號一起買，有沒有比較優惠的價格？ before any quote (zh-Hant): a question to answer today, not the price objection',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，附上方案說明。', '2026-12-01 10:00'), them('如果全公司80個帳號一起買，有沒有比較優惠的價格？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question' },
  },
  {
    name: '如果这个月底前签的话，能给个九折吗？ after the quote (zh-Hans): a counter-offer (a discount for signing by a day), answered today by trading, not with the contract as it stands',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价单已附上。', '2026-12-01 10:00'), them('如果这个月底前签的话，能给个九折吗？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'counter', draftHas: /九折/ },
  },
  // ——— judge7: a day we come back on is a working day of theirs ———
  {
    name: 'please check back with me next quarter (said in December): 1 January is a holiday, so Monday 4 January',
    contact: mei({ stage: 'discover' }),
    thread: { subject: 'Scheduling', messages: [us('Hi Mei, any thoughts on a pilot?', '2026-12-01 10:00'), them('Please check back with me next quarter.', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'present', language: 'en', last: 'snooze', why: /New Year’s Day/ },
  },
  {
    name: '等中秋过完再联系吧 (zh-Hans, September 2026): the day after Mid-Autumn is a Saturday of the break (25–27 September), so Monday 28 September',
    now: t('2026-09-14 10:00'),
    contact: wangFang({ stage: 'qualify' }),
    thread: { subject: '冷链', messages: [us('王总监您好，想约时间聊聊。', '2026-09-10 10:00'), them('这段时间太忙，等中秋过完再联系吧。', '2026-09-11 10:00')] },
    want: { kind: 'snooze', due: '2026-09-28', until: '2026-09-28', stage: 'qualify', language: 'zh-Hans', last: 'snooze', why: /Mid-Autumn Festival/ },
  },
  // ——— judge7: whom to write to, said as a forward, a hand-over or "wrong person" ———
  {
    name: '"+ Priyanka Shah" on a line of its own, then "Priyanka runs our vendor reviews": a first note to Priyanka',
    contact: priya({ stage: 'qualify' }),
    thread: { subject: 'Intro', messages: [us('Hi Priya, worth a short call?', '2026-12-01 10:00'), them("+ Priyanka Shah\n\nPriyanka runs our vendor reviews, I'll let her take it from here.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'referral', step: 'referral', greets: 'Priyanka' },
  },
  {
    name: 'a customer moving on: "from January, Lukas Brandt will be your point of contact" is a note to Lukas today, not the next quarterly check',
    contact: jonas({ stage: 'retain' }),
    thread: { subject: 'Quarterly review', messages: [us('Hi Jonas, your quarterly value report is attached.', '2026-11-20 10:00'), them("Thanks Sam. I'm moving to our Berlin site next month; from January, Lukas Brandt will be your point of contact.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'retain', language: 'en', last: 'referral', greets: 'Lukas' },
  },
  {
    name: '不好意思，这块不归我管 (zh-Hans chat): thank them and ask whom, not the authority objection',
    contact: wangXiaoming({ stage: 'prospect' }),
    thread: { messages: [us('王总您好，想了解一下华辰的库存管理。', '2026-12-01 10:00'), them('不好意思，这块不归我管。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'referral', step: 'referral_ask' },
  },
  {
    name: "wrong person I'm afraid, I only handle payroll: ask whom to write to",
    contact: priya({ stage: 'prospect' }),
    thread: { subject: 'No-shows', messages: [us('Hi Priya, how do your clinics handle no-shows?', '2026-12-01 10:00'), them("Wrong person I'm afraid - I only handle payroll.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'referral', step: 'referral_ask' },
  },
  // ——— judge7: keeping what they have is a decision; a promise or a deadline by end of day ———
  {
    name: '我们评估后决定继续用原来的系统，暂时不换了 (zh-Hans): a decision, thanked and re-opened in 90 days',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案您看了吗？', '2026-12-01 10:00'), them('谢谢，我们评估后决定继续用原来的系统，暂时不换了。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'present', language: 'zh-Hans', last: 'decision', step: 'decided' },
  },
  {
    name: "I'll have an answer for you by COB Tuesday once I've spoken to our COO: their move, a nudge on Wednesday",
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, revised quote attached.', '2026-12-01 10:00'), them("I'll have an answer for you by COB Tuesday once I've spoken to our COO.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-09', until: '2026-12-09', stage: 'negotiate', language: 'en', last: 'snooze', step: 'promise' },
  },
  {
    name: 'could you send the updated order form by end of day Monday: ours before Monday, not a question about signing',
    contact: rahul({ stage: 'close' }),
    thread: { subject: 'Order form', messages: [us('Dear Rahul, the order form is attached for signature.', '2026-12-01 10:00'), them('Dear Sam, finance wants two changes (marked). Could you send the updated order form by end of day Monday?', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'close', language: 'en', last: 'question', step: 'deadline', draftHas: /by December 7\./ },
  },
  // ——— judge8: the known wrong kinds of judge7's audit ———
  // A meeting moved: the day it moves to, "the following X" after the day it leaves.
  {
    name: 'shift Wednesday to the following Friday, same time: confirmed on Friday 11th, not the Wednesday left',
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Our Wednesday session', messages: [us('Hi Maria, confirming our session on Wednesday 9 December at 11:00.', '2026-12-02 10:00'), them('Can we shift Wednesday to the following Friday? Same time suits.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting' },
  },
  {
    name: 'the Tuesday after next at 2pm instead: two weeks on, not this coming Tuesday',
    contact: priya({ stage: 'qualify' }),
    thread: { subject: 'Call', messages: [us('Hi Priya, talk on Thursday at 2pm?', '2026-12-01 10:00'), them("Afraid Thursday won't work after all - could we do the Tuesday after next at 2pm instead?", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'meeting', step: 'meeting', meetingOn: '2026-12-15', draftHas: /December 15 at 2pm/ },
  },
  {
    name: '会议挪到下下周三上午十点 (zh-Hans): the Wednesday two weeks on',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: '会议', messages: [us('王总监您好，下周二的会议邀请已发。', '2026-12-02 10:00'), them('下周二我要去工厂，会议挪到下下周三上午十点吧。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'meeting', step: 'meeting', meetingOn: '2026-12-16', draftHas: /12月16日上午十点见/ },
  },
  {
    name: '改到隔週二同樣時間 (zh-Hant): the Tuesday after the Friday they leave',
    contact: chen({ stage: 'present' }),
    thread: { subject: '會議', messages: [us('陳經理您好，12月4日週五下午三點的會議連結已寄出。', '2026-12-02 10:00'), them('週五臨時要開董事會，可以改到隔週二同樣時間嗎？', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'meeting', step: 'meeting', meetingOn: '2026-12-08' },
  },
  // A question taken back: nothing to answer, the exchange rests.
  {
    name: 'a sandbox question, then "disregard that, our IT manager already has access": rests, no answer owed',
    contact: jonas({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Jonas, the proposal is attached.', '2026-12-01 10:00'), them('Is there a sandbox we could try?', '2026-12-02 15:00'), them('Disregard that, our IT manager already has access.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'en', last: 'reply', why: /took their question back/ },
  },
  {
    name: 'forget my earlier question about SAML, figured it out: the tier C cadence, not "answer their question"',
    contact: mei({ stage: 'qualify' }),
    thread: { subject: 'Scheduling', messages: [us('Hi Mei, happy to answer anything about the SSO setup.', '2026-12-01 10:00'), them('Quick one: forget my earlier question about SAML, figured it out. Thanks!', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'qualify', language: 'en', last: 'reply', why: /took their question back/ },
  },
  {
    name: '上午问的问题请忽略，同事已经帮我弄好了 (zh-Hans): rests after the proposal',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总您好，方案已附上。', '2026-12-01 10:00'), them('不好意思，上午问的报表导出问题请忽略，同事已经帮我弄好了。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'zh-Hans', last: 'reply' },
  },
  {
    name: '剛才的問題不用回了，我找到了 (zh-Hant): rests after the proposal',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('可以設定多層簽核嗎？', '2026-12-02 16:00'), them('剛才的問題不用回了，我在說明文件裡找到了，謝謝。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'zh-Hant', last: 'reply' },
  },
  // An hour in their time zone: their day, and the confirmation says the hour in their zone.
  {
    name: 'Thursday at 3pm EST: the meeting on their Thursday, confirmed "at 3pm EST"',
    contact: maria({ stage: 'discover', location: 'New York, United States' }),
    thread: { subject: 'Intro call', messages: [us('Hi Maria, could we find half an hour next week?', '2026-12-01 10:00'), them('Thursday at 3pm EST works for our side.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting', meetingOn: '2026-12-10', draftHas: /December 10 at 3pm EST\./ },
  },
  {
    name: 'Wednesday 9am my time, from Singapore: confirmed "at 9am your time"',
    contact: priya({ stage: 'qualify', location: 'Singapore' }),
    thread: { subject: 'Call', messages: [us('Hi Priya, could we talk next week?', '2026-12-01 10:00'), them("I'm based in Singapore - Wednesday 9am my time would work.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'meeting', step: 'meeting', meetingOn: '2026-12-09', draftHas: /at 9am your time\./ },
  },
  {
    name: '周四上午10点（北京时间）可以 (zh-Hans): confirmed with the hour in Beijing time',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '交流', messages: [us('王总您好，下周方便约个视频会议吗？', '2026-12-01 10:00'), them('下周四上午10点（北京时间）可以，我们用腾讯会议。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'zh-Hans', last: 'meeting', step: 'meeting', meetingOn: '2026-12-10', draftHas: /12月10日上午10点（北京时间）见/ },
  },
  {
    name: '下週四下午四點台北時間可以 (zh-Hant): confirmed with the hour in Taipei time',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '會議', messages: [us('陳經理您好，下週方便約個視訊會議嗎？', '2026-12-01 10:00'), them('下週四下午四點台北時間可以。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'meeting', step: 'meeting', meetingOn: '2026-12-10', draftHas: /下午四點台北時間見/ },
  },
  // Their contract step promised for a day: wait for it, check in the working day after.
  {
    name: "I'll send the marked-up version back on Monday (their counsel's changes): wait, check in on Tuesday",
    contact: rahul({ stage: 'close' }),
    thread: { subject: 'Agreement', messages: [us('Dear Rahul, the agreement is attached for review.', '2026-12-01 10:00'), them("Dear Sam, our counsel has a few changes to the indemnity wording. I'll send the marked-up version back on Monday.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-08', until: '2026-12-08', stage: 'close', language: 'en', last: 'snooze', step: 'promise' },
  },
  {
    name: '法务还在改，后天把修订版发给您 (zh-Hans): their move until Saturday, checked on Monday',
    contact: wangFang({ stage: 'close' }),
    thread: { subject: '合同', messages: [us('王总监您好，合同已附上，请过目。', '2026-12-01 10:00'), them('合同我们法务还在改，后天把修订版发给您。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'close', language: 'zh-Hans', last: 'snooze', step: 'promise' },
  },
  {
    name: '付款條款財務再看一下，明天會把修改的地方寄給您 (zh-Hant): their move, not the contract objection',
    contact: chen({ stage: 'close' }),
    thread: { subject: '合約', messages: [us('陳經理您好，合約已附上。', '2026-12-01 10:00'), them('付款條款我們財務要再看一下，明天會把修改的地方寄給您。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'close', language: 'zh-Hant', last: 'snooze', step: 'promise' },
  },
  // On hold with no day: a light check-in a month on, not the budget track nor a few days' wait.
  {
    name: 'the initiative has been parked while we merge: a light check-in a month on, not an objection',
    contact: jonas({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Jonas, the quote is attached.', '2026-12-01 10:00'), them("Hi Sam - the whole initiative has been parked while we merge with another group. I'll reach out once the dust settles.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'negotiate', language: 'en', last: 'snooze', why: /on hold with no date/ },
  },
  {
    name: '这个采购先冻结了，什么时候恢复另行通知 (zh-Hans): a light check-in a month on',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总您好，方案您看了吗？', '2026-12-01 10:00'), them('这个采购先冻结了，什么时候恢复另行通知。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'present', language: 'zh-Hans', last: 'snooze' },
  },
  {
    name: '老闆說這個專案先擱置 (zh-Hant): a light check-in a month on',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('老闆說這個專案先擱置，有消息再跟您說。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'negotiate', language: 'zh-Hant', last: 'snooze' },
  },
  {
    name: 'on hold until March, talk then: the day they named, not the month-on check-in',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Mei, any thoughts on the proposal?', '2026-12-01 10:00'), them("The project is on hold until March, let's talk then.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-03-01', until: '2027-03-01', stage: 'present', language: 'en', last: 'snooze' },
  },
  // A meeting agreed with a question beside it: confirmed and answered today.
  {
    name: 'Tuesday 8 December at 10am suits me, should I invite our IT lead too? Confirmed and answered today',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Rollout plan', messages: [us('Hi Mei, shall we walk through the rollout plan next week?', '2026-12-01 10:00'), them('Tuesday 8 December at 10am suits me. Should I invite our IT lead too?', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', last: 'meeting', step: 'meeting_answer', draftHas: /December 8 at 10am\.\n\nYou asked: “Should I invite our IT lead too\?”/ },
  },
  {
    name: '下周四下午两点没问题，需要我们提前准备数据吗 (zh-Hans): confirmed and answered today',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: '会议', messages: [us('王总监您好，下周找个时间当面聊聊？', '2026-12-01 10:00'), them('下周四下午两点没问题，需要我们提前准备数据吗？', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'meeting', step: 'meeting_answer', draftHas: /12月10日下午两点见。[\s\S]*需要我们提前准备数据吗/ },
  },
  {
    name: '下週二上午十點可以，會議大概多久 (zh-Hant): confirmed and answered today',
    contact: chen({ stage: 'qualify' }),
    thread: { subject: '會議', messages: [us('陳經理您好，下週方便見面聊聊嗎？', '2026-12-01 10:00'), them('下週二上午十點可以，會議大概多久？', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'zh-Hant', last: 'meeting', step: 'meeting_answer', draftHas: /會議大概多久/ },
  },
  // Approved, asking what comes next: a buying signal, the next step proposed today.
  {
    name: 'Pipedrive: finance signed off on the spend, how do we proceed? The next step proposed, not "[your answer]"',
    contact: jonas(),
    deal: deal('pipedrive', 'Proposal Made', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Finance signed off on the spend this morning - how do we proceed?', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', step: 'next_step', draftHas: /three steps/ },
  },
  {
    name: 'we got the green light from the board, what are the next steps? (after the proposal)',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal is attached.', '2026-12-01 10:00'), them('We got the green light from the board. What are the next steps?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', step: 'next_step' },
  },
  {
    name: '领导已经拍板了，接下来怎么推进 (zh-Hans, after the quote): the next step today',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('领导已经拍板了，接下来怎么推进？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', step: 'next_step', draftHas: /接下来分三步/ },
  },
  {
    name: '採購案審批通過了，下一步要怎麼走 (zh-Hant, after the proposal): the next step today',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('採購案審批通過了，下一步要怎麼走？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step' },
  },
  // A doubt they set aside themselves, then the next steps: a buying signal, not "[your answer]" nor congratulations on an approval.
  {
    name: 'the price looked high but it makes sense, what are the next steps? (after the proposal): the next step proposed',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal is attached.', '2026-12-01 10:00'), them('Hi Sam, the price looked high but it makes sense — what are the next steps?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', step: 'next_step', template: 'contract-next-agreed', draftHas: /^(?![\s\S]*(?:Congratulations|\[Your answer\]))[\s\S]*three steps/ },
  },
  {
    name: 'more than we hoped, but we can see the value. How do we proceed? (HubSpot, proposal made)',
    contact: maria(),
    deal: deal('hubspot', 'Presentation scheduled', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'Email from Maria: Honestly the price was more than we hoped, but we can see the value. How do we proceed?', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', step: 'next_step', template: 'contract-next-agreed' },
  },
  {
    name: '价格一开始觉得有点高，不过算下来是合理的。下一步怎么走？(zh-Hans, after the quote): the next step, no congratulations',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('王总您好，价格一开始觉得有点高，不过算下来是合理的。下一步怎么走？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', step: 'next_step', template: 'contract-next-agreed', draftHas: /^(?![\s\S]*恭喜)[\s\S]*接下来分三步/ },
  },
  {
    name: '價格是高了一點，但我們覺得值得。接下來要怎麼進行？(zh-Hant, after the proposal)',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('價格是高了一點，但我們覺得值得。接下來要怎麼進行？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step', template: 'contract-next-agreed' },
  },
  {
    name: 'the price is too high, what are the next steps? (after the proposal): no doubt set aside, the price objection stays',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal is attached.', '2026-12-01 10:00'), them('Fair enough on the timeline, but the price is too high. What are the next steps?', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'objection' },
  },
  {
    name: 'next year\'s budget approved, what\'s next? while qualifying: a question to answer, nothing presented yet',
    contact: mei({ stage: 'qualify' }),
    thread: { subject: 'Scheduling', messages: [us('Hi Mei, would a first call help?', '2026-12-01 10:00'), them("Our budget for next year was approved. What's next?", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'question' },
  },
  // Our quote with them, and only how to go on asked: the steps from here (the quote confirmed, the contract or PO, the kick-off), not "[your answer]".
  {
    name: '附件是贵司50个账号的报价单 … 收到，谢谢。下一步要我们准备什么？(zh-Hans): the next steps listed',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: 'CRM 报价', messages: [us('王总监您好，附件是贵司50个账号的报价单，年付优惠9折，报价有效期至12月31日。', '2026-12-01 10:00'), them('收到，谢谢。下一步要我们准备什么？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', step: 'next_step', template: 'contract-next-quote', draftHas: /^(?![\s\S]*(?:恭喜|\[你的回答\]))[\s\S]*请您确认报价[\s\S]*采购单[\s\S]*启动会/ },
  },
  {
    name: '報價單 … 好的，收到。接下來要怎麼進行？(zh-Hant): the next steps listed',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，附件是貴公司50個帳號的報價單，年繳享九折優惠。', '2026-12-01 10:00'), them('好的，收到。接下來要怎麼進行？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step', template: 'contract-next-quote' },
  },
  {
    name: '份quotation … 收到，跟住我哋要準備啲咩？(Hong Kong): the next steps listed',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { subject: 'Quotation', messages: [us('Hi Kelvin，附上份quotation，50個account，年付九折。', '2026-12-01 10:00'), them('收到，跟住我哋要準備啲咩？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step', template: 'contract-next-quote' },
  },
  {
    name: 'the quote attached … Thanks Sam. What are the next steps? (en): the next steps listed',
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Priya, attached is the quote for 50 seats, 10% off if billed annually.', '2026-12-01 10:00'), them('Thanks Sam. What are the next steps?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', step: 'next_step', template: 'contract-next-quote', draftHas: /^(?![\s\S]*(?:Congratulations|\[Your answer\]))[\s\S]*confirm the quote/ },
  },
  {
    name: 'our price in our own words, 50个账号的价格是每年12万元 … 下一步要我们准备什么？(zh-Hans): a quote out, the next steps listed',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: 'CRM 系统', messages: [us('王总监您好，50个账号的价格是每年12万元，年付优惠9折。', '2026-12-01 10:00'), them('收到，下一步要我们准备什么？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', step: 'next_step', template: 'contract-next-quote' },
  },
  {
    name: 'only a proposal out: 下一步要我们准备什么？ stays a question to answer (no quote with them yet)',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('收到，谢谢。下一步要我们准备什么？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '报价单 … 下一步你们打算怎么降价？ (a price question, not how to go on)',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，附件是贵司50个账号的报价单。', '2026-12-01 10:00'), them('下一步你们打算怎么降价？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question' },
  },
  // A yes to going ahead after our quote, in principle or outright: the contract or PO paperwork sent today.
  {
    name: '原則上同意採購 (zh-Hant, after the quote): the contract today',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，附件是貴公司50個帳號的報價單。', '2026-12-01 10:00'), them('Sam 您好，我們內部討論過了，原則上同意採購。', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step', template: 'contract-next-agreed', why: /said yes to going ahead/ },
  },
  {
    name: '报价我们看了，原则上没问题 (zh-Hans): the contract today, not a price objection',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('报价我们看了，原则上没问题。', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', step: 'next_step', template: 'contract-next-agreed' },
  },
  {
    name: '可以，就照这个价格走 (zh-Hans): the contract today',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('可以，就照这个价格走。', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', step: 'next_step', template: 'contract-next-agreed' },
  },
  {
    name: '份quotation冇問題，老闆話OK (Hong Kong): the contract today, not "needs the boss"',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { subject: 'Quotation', messages: [us('Hi Kelvin，附上份quotation。', '2026-12-01 10:00'), them('Sam，份quotation我哋睇過，冇問題，老闆話OK。', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step', template: 'contract-next-agreed' },
  },
  {
    name: '我哋決定用你哋 (Hong Kong, after the proposal): the contract today',
    contact: kelvin({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Kelvin，proposal已經attach咗。', '2026-12-01 10:00'), them('Sam，我哋決定用你哋。', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', step: 'next_step', template: 'contract-next-agreed' },
  },
  {
    name: "we've decided to go with you (en, after the quote): the contract today, not a brush-off",
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Priya, the quote is attached.', '2026-12-01 10:00'), them("Hi Sam, we've decided to go with you.", '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', step: 'next_step', template: 'contract-next-agreed', why: /said yes to going ahead/ },
  },
  {
    name: '原則上同意，但價格要再談: agreement with a price objection stays the objection',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('原則上同意，但價格要再談。', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'objection' },
  },
  {
    name: '报价没问题吗？: a question, not a yes',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('报价没问题吗？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '冇問題，我哋再諗下: a polite brush-off, not a yes',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { subject: 'Quotation', messages: [us('Hi Kelvin，附上份quotation。', '2026-12-01 10:00'), them('冇問題，我哋再諗下。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'reply' },
  },
  // A deadline at the end of a day: promised by that day, not the day before.
  {
    name: 'the signed NDA back by close of business Thursday: promised by Thursday',
    contact: jonas({ stage: 'discover' }),
    thread: { subject: 'NDA', messages: [us('Hi Jonas, our mutual NDA is attached.', '2026-12-01 10:00'), them('Please send the countersigned NDA back by close of business Thursday.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-09', stage: 'discover', language: 'en', last: 'question', step: 'deadline', draftHas: /by December 10\./ },
  },
  {
    name: '麻烦下周二下班前把实施计划发我 (zh-Hans): by Tuesday, the end of their day',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总您好，方案已附上。', '2026-12-01 10:00'), them('麻烦下周二下班前把实施计划发我。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-07', stage: 'present', language: 'zh-Hans', last: 'question', step: 'deadline', draftHas: /最晚 12月8日发给您/ },
  },
  {
    name: '報價單麻煩週五下班前寄給我 (zh-Hant): by Friday',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('修改後的報價單麻煩週五下班前寄給我，謝謝。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'deadline', draftHas: /最晚 12月4日發給您/ },
  },
  // ——— judge8's audit: their okay to the meeting we proposed; "on it" ———
  {
    name: '"ok" to the Wednesday 2pm call we proposed: that meeting, confirmed at 2pm',
    contact: priya({ stage: 'qualify' }),
    thread: { subject: 'Call', messages: [us('Hi Priya, would Wednesday 9 December at 2pm work for you?', '2026-12-02 10:00'), them('ok', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'meeting', step: 'meeting', meetingOn: '2026-12-09', draftHas: /at 2pm\./ },
  },
  {
    name: '好的，謝謝 to the Monday 10am video call we proposed (zh-Hant): that meeting',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '視訊', messages: [us('陳經理您好，下週一上午十點視訊方便嗎？', '2026-12-02 10:00'), them('好的，謝謝', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'meeting', step: 'meeting', meetingOn: '2026-12-07' },
  },
  {
    name: 'a thanks to our plain question (no day proposed) still rests: no meeting made up',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: '资料', messages: [us('王总监您好，资料收到了吗？', '2026-12-02 10:00'), them('好的', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'discover', language: 'zh-Hans', last: 'reply' },
  },
  {
    name: "Sure, I'm on it (the numbers we asked for): their move for a few days, not ours today",
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Volumes', messages: [us("Hi Maria, could you share last quarter's order volumes per store?", '2026-12-01 10:00'), them("Sure, I'm on it.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'discover', language: 'en', last: 'snooze', step: 'promise' },
  },
  // Someone writing for them, and two slots offered: greet the one who wrote, let the rep pick.
  {
    name: "Dr Mensah's assistant offers Monday 9:30 or Wednesday 16:00: the slot is ours to pick, the reply greets Grace",
    contact: person({ name: 'Ama Mensah', company: 'Korle Bu Diagnostics', title: 'Medical Director' }),
    thread: { subject: 'Introduction', messages: [us('Dear Dr Mensah, may I ask for 20 minutes to show how labs cut turnaround times?', '2026-12-01 10:00'), them("Good morning Sam, this is Grace, Dr Mensah's personal assistant. She can do Monday at 9:30 or Wednesday at 16:00 next week - which would you prefer?", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'question', greets: 'Grace' },
  },
  {
    name: 'a colleague answers on her behalf and signs: the contract request greets Kevin',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Pilot', messages: [us('Hi Maria, the pilot plan is attached.', '2026-12-01 10:00'), them('Hi Sam, Maria asked me to reply on her behalf while she travels: the pilot is approved, please send the contract to me.\n- Kevin, Store Operations', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', greets: 'Kevin', template: 'contract-request' },
  },
  {
    name: '我是王总的助理李娜 (zh-Hans): the answer greets 李娜, who wrote',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '拜访', messages: [us('王总您好，下周想登门拜访，您看方便吗？', '2026-12-01 10:00'), them('您好，我是王总的助理李娜。王总下周行程比较满，请问拜访大概需要多长时间？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'qualify', language: 'zh-Hans', last: 'question', greets: '李娜' },
  },
  // ——— judge9: a counter-offer is a negotiation move, answered by trading ———
  {
    name: "best we can do is $60k, the PO this week if you get there: the counter is answered today, naming their figure",
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Mei, the quote is attached: $72,000 a year.', '2026-12-01 10:00'), them("Best we can do is $60k. If you can get there, I'll have procurement issue the PO this week.", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'counter', draftHas: /\$60k[\s\S]*in return/ },
  },
  {
    name: 'Zoho: management signs today if we come down to $27,500: a counter, not the price objection',
    contact: rahul(),
    deal: deal('zoho', 'Negotiation/Review', { contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }], activity: [{ text: 'Rahul: management will sign today if you can come down to $27,500.', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'counter', draftHas: /\$27,500/ },
  },
  {
    name: "contract out, 'we'd sign today at $45k instead of $50k': answered as a counter at the contract stage, not the signature asked again",
    contact: jonas({ stage: 'close' }),
    thread: { subject: 'Agreement', messages: [us('Hi Jonas, the agreement is attached for signature ($50,000 a year).', '2026-12-01 10:00'), them("Legal is fine with the paper. We'd sign today at $45k instead of $50k.", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'close', language: 'en', last: 'question', step: 'counter', draftHas: /\$45k/ },
  },
  {
    name: '三十八万太高了，三十万的话我们下周就下单 (zh-Hans): their figure is 三十万, not ours',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { messages: [us('王总监，报价发您了，三十八万一年。', '2026-12-01 10:00'), them('三十八万太高了，三十万的话我们下周就下单。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'counter', draftHas: /对“三十万”的答复/ },
  },
  {
    name: '年費能不能算我們25萬？可以的話這個月就用印 (zh-Hant): a counter with their figure',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上，年費30萬。', '2026-12-01 10:00'), them('年費能不能算我們25萬？可以的話這個月就用印。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'counter', draftHas: /25萬/ },
  },
  {
    name: '你哋俾個九折我，我哋即刻簽 (Cantonese chat): a counter, answered by trading',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { messages: [us('Kelvin，報價send咗俾你。', '2026-12-01 10:00'), them('你哋俾個九折我，我哋即刻簽。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'counter', draftHas: /九折/ },
  },
  // ——— judge9: a complaint about our own emails or calls is an apology and fewer of them ———
  {
    name: 'three voicemails and two emails in a week, please ease off: an apology now, the next touch weeks away',
    contact: maria({ stage: 'qualify' }),
    thread: { subject: 'Store staffing', messages: [us('Hi Maria, following up on staffing.', '2026-12-02 10:00'), them('Sam, three voicemails and two emails in one week is a lot. Please ease off.', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-02-01', until: '2027-02-01', stage: 'qualify', language: 'en', last: 'complaint', step: 'apology', draftHas: /sorry[\s\S]*February 1\b/ },
  },
  {
    name: "it's Jonas, not Jonah: an apology, never a talk track",
    contact: jonas({ stage: 'discover' }),
    thread: { subject: 'Batch release', messages: [us('Hi Jonah, a quick follow-up.', '2026-12-02 10:00'), them("It's Jonas, not Jonah. Third time now.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-02-01', until: '2027-02-01', stage: 'discover', language: 'en', last: 'complaint', step: 'apology', draftHas: /Jonas, not Jonah/ },
  },
  {
    name: '你们的销售一天打三个电话，能不能别这么频繁 (zh-Hans): an apology and a lighter cadence',
    contact: wangXiaoming({ stage: 'qualify' }),
    thread: { subject: '方案', messages: [us('王总您好，再跟进一下。', '2026-12-02 10:00'), them('你们的销售一天打三个电话，能不能别这么频繁？', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-02-01', until: '2027-02-01', stage: 'qualify', language: 'zh-Hans', last: 'complaint', step: 'apology', draftHas: /抱歉/ },
  },
  {
    name: '信裡把我們公司名稱打錯了 (zh-Hant): an apology, not a brush-off',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '拜訪', messages: [us('陳經理您好，附上給宏達精密的簡介。', '2026-12-02 10:00'), them('你們寄來的信把我們公司名稱打錯了，是宏碩不是宏達。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2027-02-01', until: '2027-02-01', stage: 'discover', language: 'zh-Hant', last: 'complaint', step: 'apology', draftHas: /抱歉/ },
  },
  // ——— judge9: after the kick-off, delivery's progress updates (not the kick-off booked again) ———
  {
    name: 'HubSpot Closed won: "great kick-off this morning": progress a week after it',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], closeAt: t('2026-11-16'), activity: [{ text: 'Maria: great kick-off this morning, the store leads are on board.', at: t('2026-12-01 10:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'deliver', language: 'en', step: 'progress', why: /kick-off has happened/ },
  },
  {
    name: 'we kicked things off with the whole team (after our agenda): progress a week on',
    contact: jonas({ stage: 'deliver' }),
    thread: { subject: 'Kick-off', messages: [us('Hi Jonas, thank you for signing! Countersigned copy attached.', '2026-11-23 10:00'), us('Hi Jonas, the agenda for tomorrow is attached.', '2026-11-30 10:00'), them('Good session today - we kicked things off with the whole team.', '2026-12-01 16:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'deliver', language: 'en', step: 'progress' },
  },
  {
    name: '项目启动会已经开过了 (zh-Hans): progress, not the kick-off booked',
    contact: wangFang({ stage: 'deliver' }),
    thread: { subject: '合同', messages: [us('王总监您好，感谢签约！盖章版合同已附上。', '2026-11-20 10:00'), them('项目启动会已经开过了，下周开始培训。', '2026-12-02 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'deliver', language: 'zh-Hans', step: 'progress' },
  },
  {
    name: '上週的啟動會議很成功 (zh-Hant): progress from the day they said so',
    contact: chen({ stage: 'deliver' }),
    thread: { subject: '合約', messages: [us('陳經理您好，感謝簽約！用印版合約已附上。', '2026-11-20 10:00'), them('上週的啟動會議很成功，謝謝。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-10', stage: 'deliver', language: 'zh-Hant', step: 'progress' },
  },
  // ——— judge9: a correction to our invoice or quote is admin, done today, no selling ———
  {
    name: 'Salesforce Closed Won: wrong VAT number on the invoice, reissue: the correction today, no contract and no stage moved',
    contact: wei(),
    deal: deal('salesforce', 'Closed Won', { contacts: [SF_DM], closeAt: t('2026-11-10'), activity: [{ text: 'The invoice shows the wrong VAT number - ours is GB123456789. Can you reissue it?', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', language: 'en', last: 'question', step: 'correction', draftHas: /corrected version/ },
  },
  {
    name: 'the order form has our old billing address, before we sign: corrected today, not "Great news, the contract is attached"',
    contact: maria({ stage: 'close' }),
    thread: { subject: 'Order form', messages: [us('Hi Maria, the order form is attached for signature.', '2026-12-01 10:00'), them('Quick fix before we sign: the order form has our old billing address, it should be 200 Pier Street.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'close', language: 'en', last: 'question', step: 'correction' },
  },
  {
    name: '开户行写错了，麻烦更正后重开 (zh-Hans, customer): the correction today',
    contact: wangXiaoming({ stage: 'retain' }),
    thread: { subject: '发票', messages: [us('王总您好，本季度发票已开出。', '2026-12-01 10:00'), them('发票上开户行写错了，麻烦更正后重开一张。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'retain', language: 'zh-Hans', last: 'question', step: 'correction' },
  },
  {
    name: '報價單上的統編少一碼 (zh-Hant): corrected today at negotiation, no buying signal',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('報價單上的統編少一碼，麻煩更正一下。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'correction' },
  },
  // ——— judge9: the roll-out looks too long or too heavy: a phased start, today ———
  {
    name: 'twelve weeks of implementation is a lot for a team our size: a phased start, not a price track',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal is attached.', '2026-12-01 10:00'), them('Twelve weeks of implementation is a lot for a team our size.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'effort', draftHas: /phases/ },
  },
  {
    name: 'the setup takes too long for us right now (after the quote): a phased start, not the contract',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached.', '2026-12-01 10:00'), them('We like it, but the setup takes too long for us right now.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'effort' },
  },
  {
    name: '部署要两个月太久了 (zh-Hans): a phased start',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('部署要两个月太久了，我们三月就要用。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', step: 'effort', draftHas: /分阶段/ },
  },
  {
    name: '導入要三個月，我們人力撐不住 (zh-Hant): a phased start',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('導入要三個月，我們人力撐不住。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question', step: 'effort', draftHas: /分階段/ },
  },
  {
    name: '方案没问题，就是价格比我们预算高了不少 (zh-Hans): the price objection after 就是 is answered, not "they said yes"',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('方案没问题，就是价格比我们预算高了不少。', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'objection' },
  },
  {
    name: "The numbers look good on paper, I'm just not convinced the team will use it (en): the doubt is answered, not \"they said yes\"",
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Re: Quote', messages: [us('Hi Mei, the quote is attached.', '2026-12-01 10:00'), them("The numbers look good on paper, I'm just not convinced the team will actually use it.", '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'objection' },
  },
  {
    name: 'The quote looks good, let me run it by my boss (en): the boss still to decide is answered, not "they said yes"',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Re: Quote', messages: [us('Hi Mei, the quote is attached.', '2026-12-01 10:00'), them('The quote looks good, let me run it by my boss.', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'objection' },
  },
  {
    name: 'a cost figure of the trade in our cold email, "the cost of missed appointments is $12,000 a year on average" (en): no quote of ours, still prospecting',
    contact: mei(),
    thread: { subject: 'Missed appointments', messages: [us('Hi Mei, for clinics your size the cost of missed appointments is $12,000 a year on average. Worth a quick chat?', '2026-12-01 10:00'), them('Sure, what do you have in mind?', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', tier: 'C', language: 'en', last: 'question' },
  },
  {
    name: '同规模门店每年因漏单损失的费用是12万元左右 in our cold email (zh-Hans): no quote of ours, still prospecting',
    contact: wangFang(),
    thread: { subject: '漏单', messages: [us('王总监您好，同规模门店每年因漏单损失的费用是12万元左右，方便聊聊吗？', '2026-12-01 10:00'), them('可以，你们具体是做什么的？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', tier: 'C', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '不好意思，我们这边评估之后觉得导入时间太长了… (zh-Hans): the draft quotes the point, “导入时间太长了”, not the apology that leads into it',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('不好意思，我们这边评估之后觉得导入时间太长了，年底前产线要全部切换完成，可能没办法配合你们提出的十二周时程。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'effort', draftHas: /“导入时间太长了”/, draftLacks: /“不好意思|十二周时程/ },
  },
  {
    name: '非常感谢您的详细方案，不过导入时间太长了… (zh-Hans): the draft quotes what 不过 turns to, “导入时间太长了”, not the thanks',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价已附上。', '2026-12-01 10:00'), them('非常感谢您的详细方案，不过导入时间太长了，年底前产线要全部切换完成，可能没办法配合十二周的时程。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'effort', draftHas: /“导入时间太长了”/, draftLacks: /“非常感谢|十二周的时程/ },
  },
  {
    name: '是這樣的，我們評估之後覺得導入時間太長了… (zh-Hant): the draft quotes 「導入時間太長了」, not the framing 「是這樣的」',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價已附上。', '2026-12-01 10:00'), them('是這樣的，我們評估之後覺得導入時間太長了，因為年底前產線要全部切換完成，沒辦法配合十二週時程。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'effort', draftHas: /「導入時間太長了」/, draftLacks: /「是這樣的|十二週時程/ },
  },
  {
    name: '我們這邊評估之後覺得導入時間太長了，因為… (zh-Hant, a long sentence): the draft quotes its point, 「導入時間太長了」, not the whole sentence back',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，附件是報價單。', '2026-12-01 10:00'), them('我們這邊評估之後覺得導入時間太長了，因為年底前產線要全部切換完成，可能沒辦法配合你們提出的十二週時程。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'effort', draftHas: /「導入時間太長了」/, draftLacks: /十二週時程/ },
  },
  {
    name: 'the same in English keeps their words (an English draft is not cut by this)',
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Priya, the quote is attached.', '2026-12-01 10:00'), them('The implementation time is too long for us.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'effort', draftHas: /“The implementation time is too long for us\.”/ },
  },
  // A limit on the roll-out asked together with when we can start is a buying signal, not a concern about it.
  {
    name: 'the implementation can\'t take more than four weeks – when can you start? (after the quote): the start asked for, not a phased start',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached.', '2026-12-01 10:00'), them('The implementation can\'t take more than four weeks – when can you start?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-question' },
  },
  {
    name: '上线不能超过一个月，你们最快什么时候能开始？ (zh-Hans, after the quote): the start asked for, not a phased start',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价单已附上。', '2026-12-01 10:00'), them('上线不能超过一个月，你们最快什么时候能开始？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-question' },
  },
  // ——— they have changed company: congratulations, who took over at the old one, a conversation at the new one ———
  {
    name: 'I have moved on from Brightline, now COO at Coastal Foods (negotiation): congratulate and ask who took over, not a follow-up on the quote',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached.', '2026-12-01 10:00'), them('Hi Sam, quick heads-up: I have moved on from Brightline and I am now COO at Coastal Foods. All the best with the project!', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'reply', step: 'moved', draftHas: /Who has taken over from you at Brightline Retail\?/ },
  },
  {
    name: 'started a new role at a logistics firm last month (qualification, a short reply): the same',
    contact: priya({ stage: 'qualify' }),
    thread: { subject: 'Finance automation', messages: [us('Hi Priya, would a short call next week work?', '2026-12-01 10:00'), them('thx Sam - I started a new role at Harbor Logistics last month fyi', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'reply', step: 'moved' },
  },
  {
    name: '我上个月已经离职了，现在在另一家公司上班 (zh-Hans): 道贺并问清谁接手',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('不好意思，我上个月已经离职了，现在在另一家公司上班。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'reply', step: 'moved', draftHas: /华南冷链物流有限公司这边现在由哪位同事接手/ },
  },
  {
    name: '我轉咗工喇 (Cantonese, zh-Hant): the same',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('唔好意思，我上個月轉咗工喇，呢個project要搵返公司其他人跟。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'reply', step: 'moved', draftHas: /恭喜履新/ },
  },
  // ——— judge9's audit: promises read, a meeting proposed while travelling, a message sent by mistake, a handover, what they need us to do ———
  {
    name: 'passing it to our COO, you should hear back by Wednesday: the one-pager for the COO now, the check-in the day after',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached.', '2026-12-01 10:00'), them('Passing it to our COO today - you should hear back by Wednesday.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'reply', step: 'forwarded_up', why: /check in on Dec 10, 2026/ },
  },
  {
    name: '收到，周三跟老板汇报一下 (zh-Hans WeChat): a one-pager for the boss before Wednesday, the check-in on Thursday',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { messages: [us('王总，方案发您微信了。', '2026-12-02 10:00'), them('收到，周三跟老板汇报一下', '2026-12-03 20:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'reply', step: 'forwarded_up', draftHas: /带给老板[\s\S]*12月10日/ },
  },
  {
    name: '了解，我週一跟主管請示一下 (zh-Hant): a one-pager for the 主管 before Monday, the check-in on Tuesday',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('了解，我週一跟主管請示一下。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'reply', step: 'forwarded_up', draftHas: /主管[\s\S]*12月8日/ },
  },
  {
    name: "Thursday won't work, I'm on the road; Tuesday the 15th at 10am instead: the meeting they propose, not an away notice",
    contact: priya({ stage: 'discover' }),
    thread: { subject: 'Call', messages: [us('Hi Priya, does Thursday 10 December at 2pm work?', '2026-12-02 10:00'), them("Thursday won't work, I'm on the road. Could we do Tuesday the 15th at 10am instead?", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting' },
  },
  {
    name: 'oops, wrong thread: nothing to answer, the exchange rests',
    contact: jonas({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Jonas, the proposal is attached.', '2026-12-01 10:00'), them('Can you book the meeting room for Friday?', '2026-12-03 09:00'), them('Oops, wrong thread, sorry!', '2026-12-03 09:02')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'en', last: 'reply', why: /nothing to answer/ },
  },
  {
    name: '不好意思，发错群了 (zh-Hans): nothing to answer',
    contact: wangFang({ stage: 'present' }),
    thread: { messages: [us('王总监，方案发您了。', '2026-12-01 10:00'), them('明天上午的会改到十点', '2026-12-03 09:00'), them('不好意思，发错群了', '2026-12-03 09:01')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'zh-Hans', last: 'reply', why: /nothing to answer/ },
  },
  {
    name: "I'm no longer involved - Marta Silva handles procurement now: a first note to Marta",
    contact: jonas({ stage: 'discover' }),
    thread: { subject: 'Batch release', messages: [us('Hi Jonas, checking in.', '2026-12-01 10:00'), them("I'm no longer involved in this. Marta Silva handles procurement now.", '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'referral', step: 'referral', draftHas: /^Hi Marta/ },
  },
  {
    // (judge4: the security-review step and its pack, today: was the generic request placeholder)
    name: 'our security team needs you to fill out the vendor risk questionnaire: our move today, the security review',
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Priya, the quote is attached.', '2026-12-01 10:00'), them('Our security team needs you to fill out the attached vendor risk questionnaire before the next step.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'reply', step: 'security_review' },
  },
  {
    name: 'kindly share your best price for 120 seats (before any quote): a quote asked for, not "too expensive"',
    contact: rahul({ stage: 'discover' }),
    thread: { subject: 'Seats', messages: [us('Dear Rahul, thank you for the call.', '2026-12-01 10:00'), them('Dear Sam, kindly share your best price for 120 seats.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: "a forward whose note asks 'can you answer?': the finance lead's question below is the one answered, quoted",
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Maria, the proposal is attached.', '2026-12-01 10:00'), them('Hi Sam, question from our finance lead below - can you answer?\n\n---------- Forwarded message ---------\nFrom: Tom Reed\nSubject: Vendor\nDoes the price include the API module?', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', draftHas: /Does the price include the API module\?/ },
  },
  {
    name: '可以幫忙回答下面的問題嗎？ over a forwarded mail (zh-Hant): the colleague\'s question is answered',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('可以幫忙回答下面的問題嗎？\n\n-----原始郵件-----\n寄件者：林志明\n主旨：報價\n請問保固期是幾年？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', draftHas: /請問保固期是幾年？/ },
  },
  {
    name: 'sorry, who is this? how did you get my email?: answered today, not a brush-off countered',
    contact: person({ name: 'Dan Ortiz', company: 'Ortiz Roofing', title: 'Owner' }),
    thread: { subject: 'Crew scheduling', messages: [us('Hi Dan, a quick question about crew scheduling.', '2026-12-02 10:00'), them('Sorry, who is this? How did you get my email?', '2026-12-03 10:00')] },
    // (a plain who-we-are: where their details came from and an easy way out; no discovery question)
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'question', template: 'who-we-are', draftHas: /found your details on \[[\s\S]*will not write again/ },
  },
  {
    name: '你是哪位？怎么有我电话的？ (zh-Hans): answered today',
    contact: wangXiaoming({ stage: 'prospect' }),
    thread: { messages: [us('王总您好，想跟您聊聊门店补货的事。', '2026-12-02 10:00'), them('你是哪位？怎么有我电话的？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'question', template: 'who-we-are', draftHas: /联系方式是我在\[[\s\S]*不会再打扰您/ },
  },
  // ——— playfix: an answer quotes every question whole with a slot each; a discovery question only in discovery ———
  {
    name: 'two questions after the demo (present): both quoted whole, a slot each, no discovery question',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Demo recap', messages: [us('Hi Priya, thanks for the demo today, slides attached.', '2026-12-02 10:00'), them('Thanks Sam, useful session. Who would run the data import, your people or mine? And can we keep the old system read-only for a month while everyone gets used to it? Our audit starts in March so timing matters.', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'present', language: 'en', last: 'question', draftHas: /“Who would run the data import, your people or mine\?”\n\[Your answer\]\n\n“And can we keep the old system read-only for a month while everyone gets used to it\?”\n\[Your answer\]/ },
  },
  {
    name: '简体: 报价后问了三个问题 (negotiate): 三个问题都原样引用，各留一处作答，不加挖需求的问题',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，报价单已附上，三家门店每年 18 万元。', '2026-12-01 10:00'), them('报价收到了。实施要多久？培训是上门还是线上？后续的服务费怎么算？', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hans', last: 'question', draftHas: /“实施要多久？”\n\[你的回答\]\n\n“培训是上门还是线上？”\n\[你的回答\]\n\n“后续的服务费怎么算？”\n\[你的回答\]/ },
  },
  {
    name: '繁體: 簽約前問上線時間和資料搬遷 (negotiate): 兩題都引用，各留作答處',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，附上報價：兩個廠區，每年新台幣 96 萬元。', '2026-12-01 10:00'), them('您好，報價我們看過了。請問舊系統的資料誰來轉？大概幾時可以上線？', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hant', last: 'question', draftHas: /「請問舊系統的資料誰來轉？」\n\[你的回答\]\n\n「大概幾時可以上線？」\n\[你的回答\]/ },
  },
  {
    name: 'a short "Is it?" is quoted with the sentence it leans on, not alone',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal for the two clinics is attached.', '2026-12-01 10:00'), them('Looks reasonable. We need the patient portal to be included rather than sold on top. Is it?', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'present', language: 'en', last: 'question', draftHas: /“We need the patient portal to be included rather than sold on top\. Is it\?”/ },
  },
  {
    name: 'a question at discovery still gets one discovery question after the answer (negative: unchanged)',
    contact: priya({ stage: 'discover' }),
    thread: { subject: 'Intro', messages: [us('Hi Priya, a quick note about month-end reporting.', '2026-12-01 10:00'), them('Does it work with Xero?', '2026-12-04 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'discover', language: 'en', last: 'question', draftHas: /“Does it work with Xero\?”\n\[Your answer\]\n\n\S[^\n]*\?/ },
  },
  {
    name: 'signed copy back with a question: the kick-off booked and the question answered in the same note',
    contact: priya({ stage: 'close' }),
    thread: { subject: 'Contract for signature', messages: [us('Hi Priya, the contract is attached for signature.', '2026-12-02 10:00'), them('Hi Sam, signed copy attached. Who will be our onboarding contact?', '2026-12-04 15:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'deliver', language: 'en', last: 'question', template: 'kick-off-answer', draftHas: /“Who will be our onboarding contact\?”\n\[Your answer\][\s\S]*book the kick-off/ },
  },
  {
    name: '简体: 合同签好了，问培训怎么安排: 启动会和答复写在同一封里',
    contact: wangXiaoming({ stage: 'close' }),
    thread: { subject: '合同', messages: [us('王总您好，合同已发您，请签署。', '2026-12-02 10:00'), them('合同已经签好盖章了，扫描件附上。培训怎么安排？', '2026-12-04 15:00')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'deliver', language: 'zh-Hans', last: 'question', template: 'kick-off-answer', draftHas: /“培训怎么安排？”\n\[你的回答\][\s\S]*启动会/ },
  },
  {
    name: 'legal asks to strike the auto-renewal and send a clean copy (contract sent): the redline step, not a generic answer',
    contact: priya({ stage: 'close' }),
    thread: { subject: 'Agreement', messages: [us('Hi Priya, the agreement is attached for signature.', '2026-12-01 10:00'), them('Legal went through it. They will not sign with the automatic renewal in section 8. Could you strike it and send a clean copy?', '2026-12-04 11:00')] },
    want: { kind: 'answer_question', step: 'redline', due: '2026-12-04', stage: 'close', language: 'en', last: 'question', template: 'redline-asked', draftHas: /automatic renewal in section 8\. Could you strike it and send a clean copy\?”[\s\S]*clean copy for signature/ },
  },
  {
    name: '简体: 把自动续约那条删掉再发一版: 合同修改，当天答复',
    contact: wangXiaoming({ stage: 'close' }),
    thread: { subject: '合同', messages: [us('王总您好，合同已发您，请签署。', '2026-12-01 10:00'), them('法务看了，把自动续约那条删掉再发一版吧，其他没问题。', '2026-12-04 11:00')] },
    want: { kind: 'answer_question', step: 'redline', due: '2026-12-04', stage: 'close', language: 'zh-Hans', last: 'question', template: 'redline-asked', draftHas: /关于您提的修改（“[^”]*自动续约[^”]*”）/ },
  },
  {
    name: 'competitor named, no price raised: no claim about their tool, no "apart from price", a slot for a checked difference',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Demo recap', messages: [us('Hi Priya, thanks for the demo today.', '2026-12-02 10:00'), them('Thanks, but we already use Athenahealth for scheduling and billing, and we are happy with them.', '2026-12-04 09:00')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'present', language: 'en', last: 'objection', track: 'competitor-differentiator', draftHas: /knows Athenahealth well[\s\S]*\[one difference you have checked/, draftLacks: /mobile approval|desktop only|[Aa]part from price/ },
  },
  {
    name: '简体: 别家便宜两成: 问对方报价包含什么，按同样范围比，不下断言',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总您好，方案和报价已发您。', '2026-12-01 10:00'), them('你们方案可以，不过另一家报价便宜两成，功能差不多。', '2026-12-04 09:00')] },
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hans', last: 'objection', track: 'competitor-tco', draftHas: /对方报价里都包含哪些/, draftLacks: /移动审批|电脑端|除了价格/ },
  },
  {
    name: '繁體: 已經在用鼎新，暫不更換: 不說對方不支援什麼，也不提價格',
    contact: chen({ stage: 'present' }),
    thread: { subject: '展示後續', messages: [us('陳經理您好，謝謝您今天撥空看展示。', '2026-12-01 10:00'), them('謝謝，不過我們目前已經在用鼎新的系統，用得還算順，暫時不考慮更換。', '2026-12-04 09:00')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'present', language: 'zh-Hant', last: 'objection', track: 'competitor-differentiator', draftHas: /用熟了鼎新[\s\S]*\[一處您核實過/, draftLacks: /行動簽核|電腦版|除了價格/ },
  },
  {
    name: '简体: 好的，合同发过来吧: 按您的要求附上，不拿引语当主语',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总您好，方案已发您，请过目。', '2026-12-01 10:00'), them('好的，合同发过来吧，我们走流程。', '2026-12-04 09:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-request', draftHas: /按您的要求（“[^”]+”），文件已附在这封邮件里。/, draftLacks: /您提到：“[^”]+”已/ },
  },
  {
    name: '繁體: 請把合約寄給我們法務: 按您的要求附上，語句通順',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已寄給您，請參考。', '2026-12-01 10:00'), them('我們決定選你們了，請把合約寄給我們法務。', '2026-12-04 09:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-04', stage: 'close', language: 'zh-Hant', last: 'signal', template: 'contract-request', draftHas: /按您的要求（「[^」]+」），\S{2}已附在這封郵件裡。/ },
  },
  {
    name: 'a bad moment on LinkedIn ("in a meeting, talk later"): let them go, try again the next working day; no cost-of-waiting track',
    contact: priya({ stage: 'prospect' }),
    thread: { messages: [us('Hi Priya, a quick question about month-end reporting.', '2026-12-03 10:00'), them('in a meeting, talk later', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'prospect', language: 'en', last: 'snooze', template: 'busy-now', draftHas: /leave you to it/, draftLacks: /Every month of waiting/ },
  },
  {
    name: '简体: 在忙，晚点聊: 您先忙，下个工作日再联系',
    contact: wangXiaoming({ stage: 'prospect' }),
    thread: { messages: [us('王总您好，想跟您聊聊门店补货的事。', '2026-12-03 10:00'), them('在忙，晚点聊', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'prospect', language: 'zh-Hans', last: 'snooze', template: 'busy-now', draftHas: /您先忙/, draftLacks: /每拖一个月/ },
  },
  {
    // (was "try again on Dec 5", a Saturday, shown overdue: a day already past was not moved off the weekend)
    name: 'a bad moment on a Friday, seen on Monday: the retry is Monday, today, not Saturday overdue',
    contact: wangXiaoming({ stage: 'prospect' }),
    now: t('2026-12-07 09:30'),
    thread: { messages: [us('王总您好，想跟您聊聊门店补货的事。', '2026-12-03 10:00'), them('在忙，晚点聊', '2026-12-04 09:00')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'prospect', language: 'zh-Hans', last: 'snooze', why: /busy when they last wrote \(“在忙，晚点聊”/, draftLacks: /您先忙/ },
  },
  {
    // (was a generic follow-up with a discovery question while the reason said to leave them to it)
    name: 'a bad moment on the retry day (in a meeting, talk later; seen the next Monday): the reason and the draft both try them again now (no "I will try you again on" today)',
    contact: priya({ stage: 'prospect' }),
    now: t('2026-12-07 09:30'),
    thread: { messages: [us('Hi Priya, a quick question about month-end reporting.', '2026-12-03 10:00'), them('in a meeting, talk later', '2026-12-04 09:00')] },
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'prospect', language: 'en', last: 'snooze', why: /busy when they last wrote[\s\S]*Try them again now/, draftLacks: /leave you to it|try you again on/i },
  },
  {
    name: '"Sorry, not a good time for us.": a not-now, not a bad moment to wait out',
    contact: priya({ stage: 'prospect' }),
    thread: { messages: [us('Hi Priya, a quick question about month-end reporting.', '2026-12-03 10:00'), them('Sorry, not a good time for us.', '2026-12-04 09:00')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'prospect', language: 'en', last: 'objection', draftLacks: /leave you to it/ },
  },
  {
    name: '粵語: 開緊會，遲啲傾: 您先忙，下個工作日再聯絡',
    contact: chen({ stage: 'prospect' }),
    thread: { messages: [us('陳經理您好，想跟您聊聊排程的事。', '2026-12-03 10:00'), them('開緊會，遲啲傾', '2026-12-04 09:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'prospect', language: 'zh-Hant', last: 'snooze', template: 'busy-now', draftHas: /您先忙/ },
  },
  // ——— judge10: passed up to someone who was not in the conversation: equip our contact to sell it inside ———
  {
    name: "sent the proposal up to our CFO (proposal): a one-page summary for the CFO and a short call offered, today, not 'following up'",
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal for the two clinics is attached.', '2026-12-01 10:00'), them('Thanks Sam, I have sent the proposal up to our CFO.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', last: 'reply', step: 'forwarded_up', draftHas: /one-page summary[\s\S]*short call with you and your CFO/ },
  },
  {
    name: 'a Pipedrive note: shared your deck with our leadership team (tier B): the same, the day of the note',
    contact: jonas(),
    deal: deal('pipedrive', 'Proposal Made', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Jonas: shared your deck with our leadership team this morning.', at: t('2026-12-02 10:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'negotiate', language: 'en', last: 'reply', step: 'forwarded_up', draftHas: /your leadership team/ },
  },
  {
    name: '方案我已经转发给我们总经理了 (zh-Hans): 帮对方准备一页纸摘要，约总经理通个电话',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '会员系统方案', messages: [us('王总您好，会员系统的方案已附上。', '2026-12-01 10:00'), them('方案我已经转发给我们总经理了。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'reply', step: 'forwarded_up', draftHas: /转给总经理[\s\S]*一页纸摘要/ },
  },
  {
    name: '報價單已經轉給我們財務長了 (zh-Hant, after the quote): the same, for the 財務長',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('收到，報價單已經轉給我們財務長了。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'reply', step: 'forwarded_up', draftHas: /財務長/ },
  },
  {
    name: '份報價我send咗俾老闆睇 (Cantonese chat): the same, as a message',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { messages: [us('Kelvin，報價send咗俾你。', '2026-12-01 10:00'), them('份報價我send咗俾老闆睇', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'reply', step: 'forwarded_up' },
  },
  // ——— judge10: our price asked for once the proposal is out: the quote is the next step, not "too expensive" ———
  {
    name: 'please send us your final pricing for the three sites (after the proposal): the quote stage, ours today, no price objection',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Mei, the proposal for the three lines is attached.', '2026-12-01 10:00'), them('Please send us your final pricing for the three sites.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'request', evidence: 'quote-asked' },
  },
  {
    name: '方案我们看过了，请报一下最优惠的价格 (zh-Hans): 报价是下一步，不是价格异议',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '冷链方案', messages: [us('王总监您好，冷链监控方案已附上。', '2026-12-01 10:00'), them('方案我们看过了，请报一下最优惠的价格。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'request', evidence: 'quote-asked' },
  },
  {
    name: '麻煩提供正式報價單，我們要跑內部簽核 (zh-Hant): the same',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('麻煩提供正式報價單，我們要跑內部簽核。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'request' },
  },
  {
    name: 'your price is too high, send me your best price (after the quote): still the price objection',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached: $30,000 a year.', '2026-12-01 10:00'), them('Your price is too high for us. Please send me your best price.', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'objection' },
  },
  // ——— judge10: travelling this week, and a promise to come back: their move (no auto-reply, no "not now" to argue) ———
  {
    name: "on the road all week, I'll go through the quote on the flight home and come back to you: their move, a few working days",
    contact: jonas({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Jonas, the quote is attached.', '2026-12-01 10:00'), them("On the road all week, so replies will be slow. I'll go through the quote on the flight home and come back to you.", '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'en', last: 'snooze', step: 'promise' },
  },
  {
    name: '这周一直在出差，方案我路上看一下，再回复你 (zh-Hans): 这周内等对方回复，下周一再跟进；不是"现在不方便"的异议',
    contact: wangFang({ stage: 'present' }),
    thread: { messages: [us('王总监，方案发您了。', '2026-12-01 10:00'), them('这周一直在出差，方案我路上看一下，再回复你。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'present', language: 'zh-Hans', last: 'snooze', step: 'promise' },
  },
  {
    name: '這禮拜都在外面跑客戶，報價我看完再回覆您 (zh-Hant): their move, a check-in after',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('這禮拜都在外面跑客戶，報價我看完再回覆您。', '2026-12-03 10:00')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'zh-Hant', last: 'snooze', step: 'promise' },
  },
  // ——— judge10: one list left while the talk goes on: no stop ———
  {
    name: 'unsubscribe me from the webinar invites, still keen on the rollout plan - when can we talk?: answered today, not "do not contact again"',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Rollout plan', messages: [us('Hi Priya, the rollout plan is attached.', '2026-12-01 10:00'), them('Unsubscribe me from the webinar invites please. Still keen on the rollout plan though - when can we talk?', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', why: /Take them off that list/ },
  },
  {
    name: '以后别给我发推广短信了，不过报价的事还是要继续谈，报价单麻烦再发我一份 (zh-Hans): 照做，不是停止联系，也不是敷衍',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { messages: [us('王总，报价单发您了。', '2026-12-01 10:00'), them('以后别给我发推广短信了，不过报价的事还是要继续谈，报价单麻烦再发我一份。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'request', why: /Take them off that list/ },
  },
  {
    name: '請把我從電子報名單中移除，不過導入的事還是想繼續談 (zh-Hant): the conversation goes on',
    locale: 'zh-Hant',
    contact: chen({ stage: 'present' }),
    thread: { subject: '導入方案', messages: [us('陳經理您好，導入方案已附上。', '2026-12-01 10:00'), them('請把我從電子報名單中移除，不過導入的事還是想繼續談。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'reply', why: /名單移除/ },
  },
  // ——— judge10: the contract asked for in a question is the buying signal, and the draft sends it ———
  {
    name: 'numbers work for us - when will you send the agreement? (after the quote): move to contract, not "[your answer]"',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached.', '2026-12-01 10:00'), them('Numbers work for us - when will you send the agreement?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-request' },
  },
  {
    name: '价格没问题了，合同什么时候可以发我们？ (zh-Hans): 推进签约，草稿附上合同',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价单已附上。', '2026-12-01 10:00'), them('价格没问题了，合同什么时候可以发我们？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-request' },
  },
  {
    name: '報價OK，合約可以先寄一份給我們看看嗎？ (zh-Hant): the same',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('報價OK，合約可以先寄一份給我們看看嗎？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', template: 'contract-request' },
  },
  // ——— judge10: a yes with a condition is ours to confirm today ———
  {
    name: 'happy to sign as long as SSO is included in the base price: confirm the condition today, not "following up"',
    contact: priya({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Priya, the final quote is attached.', '2026-12-01 10:00'), them('Happy to sign as long as SSO is included in the base price.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: '只要能在三月前上线，我们就签 (zh-Hans): 今天确认条件',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，报价单已附上。', '2026-12-01 10:00'), them('只要能在三月前上线，我们就签。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'request' },
  },
  {
    name: '只要你哋包埋培訓，我哋就落單 (Cantonese): a concession asked for the order (training thrown in), answered today as a counter: trade, do not give (DOMAIN.md § 2, stage 5)',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { messages: [us('Kelvin，報價send咗俾你。', '2026-12-01 10:00'), them('只要你哋包埋培訓，我哋就落單。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'counter' },
  },
  // ——— yescond: a yes with a condition, a counter with a signing promise, a link asked for, more seats quoted ———
  {
    name: 'knock 12% off and give us net 60 and I can get it signed before Friday: a counter naming both terms, answered today',
    contact: jonas({ stage: 'close' }),
    thread: { subject: 'Order form', messages: [us('Hi Jonas, order form attached for the 3-year subscription.', '2026-12-01 10:00'), them('Knock 12% off and give us net 60 instead of net 30 and I can get this signed before Friday.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'close', language: 'en', last: 'question', step: 'counter', draftHas: /12% off \+ net 60/ },
  },
  {
    name: '账期改成60天、再打个9折，我们周五前就签 (zh-Hans): 还价，两项都答',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，报价已附上。', '2026-12-01 10:00'), them('账期改成60天、再打个9折，我们周五前就签。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', step: 'counter', draftHas: /账期改成60天 \+ 9折/ },
  },
  {
    name: 'a Pipedrive activity: fine with the price if you throw in onboarding free, answer by Wednesday: a counter traded today, not a SPIN follow-up',
    contact: jonas(),
    deal: deal('pipedrive', 'Negotiations started', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Jonas: we are fine with the price if you throw in onboarding for both sites at no charge. Need an answer by Wednesday.', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'counter', draftHas: /onboarding for both sites at no charge/ },
  },
  {
    name: '價錢OK，只要兩個廠的培訓免費，我們就簽 (zh-Hant): 還價，讓步要換條件',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('價錢OK，只要兩個廠的培訓免費，我們就簽。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question', step: 'counter' },
  },
  {
    // The tag question is answered with the yes it asks about, in the answer draft (a slot for the answer), not the request draft's "noted".
    name: 'happy to go ahead on v2 provided SSO is part of it. Is it?: the condition confirmed today, quoting the yes, not "Is it?" alone',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal v2', messages: [us('Hi Mei, proposal v2 attached with the reduced seat count.', '2026-12-01 10:00'), them('We are happy to go ahead on v2 provided SSO with Azure AD is part of it and not an add-on. Is it?', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', language: 'en', last: 'question', stage: 'present', draftHas: /provided SSO with Azure AD[\s\S]*Is it\?/ },
  },
  {
    name: '只要包含单点登录，我们就按第二版签，对吗？ (zh-Hans): 今天确认条件，引用整句',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '方案', messages: [us('王总您好，第二版方案已附上。', '2026-12-01 10:00'), them('只要包含单点登录，我们就按第二版签。对吗？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', draftHas: /只要包含单点登录/ },
  },
  {
    name: 'Sure, send me a link and I\'ll grab a slot: the link sent today, not a nurture follow-up',
    contact: mei({ stage: 'prospect' }),
    thread: { messages: [us('Hi Mei, would a 20 minute look at how plants your size schedule maintenance be useful?', '2026-12-02 09:00'), them("Sure, send me a link and I'll grab a slot", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: '好呀，send條link俾我先 (Cantonese): the same',
    contact: kelvin({ stage: 'prospect' }),
    thread: { messages: [us('Kelvin你好，想約你傾十五分鐘，睇吓點樣幫花店處理訂單？', '2026-12-02 09:00'), them('好呀，send條link俾我先。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'question', step: 'request' },
  },
  {
    name: 'a Closed Won customer: could we add 20 more licences? please send a quote: the quote sent today, quoting both, no SPIN question',
    contact: wei(),
    deal: deal('salesforce', 'Closed Won', { contacts: [SF_DM], activity: [{ text: 'Wei: everything is running smoothly. Could we add 20 more licences for the new depot from January? Please send a quote.', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', language: 'en', last: 'question', step: 'request', draftHas: /20 more licences[\s\S]*send a quote/ },
  },
  {
    name: 'proposal out, two concerns, one of them whether it actually syncs with NetSuite: an objection answered, not a re-confirmation that jumps to contract',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, attached is the proposal: $38,400/yr, implementation included.', '2026-11-30 10:00'), them('Two things. First, $38k is a fair bit north of what I had pencilled in. Second, nobody here could tell me whether this actually syncs with NetSuite or if we are back to CSV exports. If it is exports, that is a non-starter.', '2026-12-03 10:00')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'present', language: 'en', last: 'objection' },
  },
  // ——— yescond: two things in one reply: a question beside a day, a meeting moved ———
  {
    name: 'back after two silent months: is the September price still good? if so, pick up in January: the question answered today, not a wait until January',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Mei, quote for 120 seats attached, valid to end of year.', '2026-09-22 09:00'), them('So sorry for vanishing on you. Is the pricing you sent in September still good? If so I would like to pick this back up in January.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', draftHas: /still good/ },
  },
  {
    name: '九月的报价还有效吗？有效的话我们一月再启动 (zh-Hans): 今天回答，不等到一月',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，120个账号的报价已附上。', '2026-09-22 09:00'), them('不好意思这阵子太忙了。九月发的报价现在还有效吗？有效的话我们明年一月再启动。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'question', draftHas: /还有效吗/ },
  },
  {
    name: 'a HubSpot deal: any chance we can push Tuesday\'s call to the week of the 14th?: two times offered today, not a wait until the 14th',
    contact: priya(),
    deal: deal('hubspot', 'Appointment scheduled', { contacts: [{ name: 'Priya Raman', title: 'Director of Finance' }], activity: [{ text: "Priya: any chance we can push Tuesday's call to the week of the 14th? Year-end close is eating us alive.", at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'qualify', language: 'en', last: 'question', step: 'request', label: /two new times/ },
  },
  {
    name: '個會可唔可以改去下個禮拜？ (Cantonese): 今日回覆，俾兩個時間',
    contact: kelvin({ stage: 'discover' }),
    thread: { messages: [us('Kelvin你好，星期二下午三點傾，OK嗎？', '2026-12-01 10:00'), them('個會可唔可以改去下個禮拜？呢排真係好忙。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'question', step: 'request' },
  },
  // ——— judge10: a customer we lost wants to talk again: answered today, not re-opened months away ———
  {
    name: 'a Salesforce deal Closed Lost: the vendor we picked instead has not worked out, can we talk?: answered today',
    contact: wei(),
    deal: deal('salesforce', 'Closed Lost', { contacts: [SF_DM], closeAt: t('2026-05-15'), activity: [{ text: "Wei: the vendor we picked instead hasn't worked out. Can we talk?", at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'lost', language: 'en', last: 'question', why: /wants to talk again/ },
  },
  {
    name: '纷享 输单：用了半年别家的系统，不太满意，想重新评估一下你们的方案 (zh-Hans): 今天回复',
    contact: wangFang(),
    deal: deal('fxiaoke', '输单', { contacts: [{ name: '王芳', title: '采购总监' }], closeAt: t('2026-05-20'), activity: [{ text: '王芳：用了半年别家的系统，不太满意，想重新评估一下你们的方案。', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'lost', language: 'zh-Hans', last: 'question', step: 'request' },
  },
  // ——— judge4 (probe3 l07): a lead met before whose budget is set in a month: a touch the month before, not a cold first touch today ———
  {
    name: 'a Sales Navigator lead, notes "Met at Japan IT Week in Oct… next year\'s IT budget gets fixed in February": back in touch on 4 January, not a first touch today',
    contact: person({ name: 'Kenji Watanabe', company: 'Hoshino Logistics', title: 'General Manager, IT Planning', location: 'Osaka, Japan', leadNotes: "Met at Japan IT Week in Oct. Interested but their fiscal year starts in April; next year's IT budget gets fixed in February." }),
    want: { kind: 'first_touch', due: '2027-01-04', stage: 'prospect', language: 'en', why: /before their budget is fixed|the month before their budget/, label: /before their budget is fixed/, template: 'first-touch-met', draftHas: /good to meet you at Japan IT Week in Oct/ },
  },
  {
    name: '领英线索备注“十月展会上认识的…预算二月定” (zh-Hans): 一月再联系，不是今天发陌生开发信',
    contact: person({ name: '周立群', company: '东航物流', title: '信息部经理', leadNotes: '十月展会上认识的，对排班很感兴趣。他们财年四月开始，预算二月定。' }),
    locale: 'zh-Hans',
    want: { kind: 'first_touch', due: '2027-01-04', stage: 'prospect', language: 'zh-Hans', label: /预算敲定之前/ },
  },
  {
    name: '領英名單備註「展會上見過…預算在2月確定」(zh-Hant): 一月再聯絡',
    contact: person({ name: '吳建宏', company: '永豐光電', title: '廠長', location: '台北市, 台灣', leadNotes: '展會上見過，很有興趣。他們預算在2月確定。' }),
    locale: 'zh-Hant',
    want: { kind: 'first_touch', due: '2027-01-04', stage: 'prospect', language: 'zh-Hant', label: /預算確定之前/ },
  },
  {
    name: 'a Sales Navigator lead met before, no budget month in the notes (near miss): the first touch today, as before',
    contact: person({ name: 'Kenji Watanabe', company: 'Hoshino Logistics', title: 'General Manager, IT Planning', leadNotes: 'Met at Japan IT Week in Oct. Very keen on shipment visibility.' }),
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'en' },
  },
  // ——— fixB (review): only the rep's own notes on a lead are read, and a meeting denied or a budget round over is no reason to wait ———
  {
    name: 'a LinkedIn profile whose own About says "Spoke at the CFO Leadership Summit… Our annual budget is set in March": the lead\'s words, not our notes: the first touch today',
    contact: person({ name: 'Dana Whitfield', company: 'Harbor Freight Partners', title: 'CFO', about: 'Spoke at the CFO Leadership Summit on finance transformation. Our annual budget is set in March, and I care about cost-to-serve.' }),
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'en' },
  },
  {
    name: 'Sales Navigator notes "Haven\'t met at any event yet… budget gets fixed in February": no meeting: the first touch today',
    contact: person({ name: 'Kenji Watanabe', company: 'Hoshino Logistics', title: 'General Manager, IT Planning', about: "Haven't met at any event yet. Budget gets fixed in February.", leadNotes: "Haven't met at any event yet. Budget gets fixed in February." }),
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'en' },
  },
  {
    name: 'Sales Navigator notes "We never met on a call… budgets are approved in March": the first touch today',
    contact: person({ name: 'Kenji Watanabe', company: 'Hoshino Logistics', title: 'General Manager, IT Planning', about: 'We never met on a call; cold list. Budgets are approved in March.', leadNotes: 'We never met on a call; cold list. Budgets are approved in March.' }),
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'en' },
  },
  {
    name: 'Sales Navigator notes "Met at Japan IT Week… budget was approved in March last year": a round already over: the first touch today',
    contact: person({ name: 'Kenji Watanabe', company: 'Hoshino Logistics', title: 'General Manager, IT Planning', about: 'Met at Japan IT Week in Oct. Their budget was approved in March last year.', leadNotes: 'Met at Japan IT Week in Oct. Their budget was approved in March last year.' }),
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'en' },
  },
  {
    name: '领英线索备注“从没见过面，名单上来的。预算二月定。”(zh-Hans): 没见过面：今天发开发信',
    contact: person({ name: '周立群', company: '东航物流', title: '信息部经理', about: '从没见过面，名单上来的。预算二月定。', leadNotes: '从没见过面，名单上来的。预算二月定。' }),
    locale: 'zh-Hans',
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'zh-Hans' },
  },
  {
    name: '領英名單備註「還沒見過面，名單上來的。預算二月定。」(zh-Hant): 沒見過面：今天發開發信',
    contact: person({ name: '吳建宏', company: '永豐光電', title: '廠長', location: '台北市, 台灣', about: '還沒見過面，名單上來的。預算二月定。', leadNotes: '還沒見過面，名單上來的。預算二月定。' }),
    locale: 'zh-Hant',
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'zh-Hant' },
  },
  // ——— fixN (probe4 sn01/sn02): the rep's notes on a lead say when to get in touch again: a first touch on that day, not today ———
  {
    name: 'Sales Navigator notes "Met at HLTH… wants to revisit once settled (late Jan)": a first touch on 25 January, not as to a stranger today',
    contact: person({ name: 'Alicia Romero', company: 'BrightPath Clinics', title: 'Director of Operations', leadNotes: 'Met at HLTH booth in Oct. Liked the demo; said she starts as VP Ops at Sonora Health in January and wants to revisit once settled (late Jan).' }),
    want: { kind: 'first_touch', due: '2027-01-25', stage: 'prospect', language: 'en', why: /say when to get in touch/, label: /as your notes say/ },
  },
  {
    name: '领英线索备注“展会上聊过，今年没预算，明年三月再联系。”(zh-Hans): 3月再联系，不是今天发开发信',
    contact: person({ name: '周立群', company: '东航物流', title: '信息部经理', leadNotes: '展会上聊过，今年没预算，明年三月再联系。' }),
    locale: 'zh-Hans',
    want: { kind: 'first_touch', due: '2027-03-01', stage: 'prospect', language: 'zh-Hans', label: /按备注所说/ },
  },
  {
    name: '領英名單備註「電話：林資訊長說明年Q1才有預算，請一月中再聯絡」(zh-Hant): 1月15日再聯絡',
    contact: person({ name: '林志明', company: '大成食品', title: '資訊長', location: '台北市, 台灣', leadNotes: '2026/11/20 電話：林資訊長說明年Q1才有預算，請一月中再聯絡，屆時可安排展示。' }),
    locale: 'zh-Hant',
    want: { kind: 'first_touch', due: '2027-01-15', stage: 'prospect', language: 'zh-Hant', label: /依備註所說/ },
  },
  {
    name: 'Sales Navigator notes with a month that is no time to write ("starts as VP Ops at Sonora Health in January", near miss): the first touch today, as before',
    contact: person({ name: 'Alicia Romero', company: 'BrightPath Clinics', title: 'Director of Operations', leadNotes: 'Starts as VP Ops at Sonora Health in January. Liked the demo.' }),
    want: { kind: 'first_touch', due: '2026-11-02', stage: 'prospect', language: 'en' },
  },
  // ——— fixN (probe4 fx02): a won deal whose newer note reports their ask for the next phase: that ask today, not the kick-off of the first ———
  {
    name: '纷享 赢单（10月31日签约），12月3日记录“一期用得不错，二期…让我们下周前出个方案和报价” (zh-Hans): 今天办对方要的事，不是启动会',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { contacts: [{ name: '王芳', title: '运营副总' }], closeAt: t('2026-10-31'), activity: [{ text: '王总反馈一期用得不错，二期想把华南三个仓也上线，让我们下周前出个方案和报价。', at: t('2026-12-03 17:00') }, { text: '合同已签，一期上线深圳仓。', at: t('2026-10-31 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', step: 'request' },
  },
  {
    name: 'a HubSpot deal Closed won on Oct 30, note Dec 3 "loving it so far; Leeds wants in too - asked us to quote for 15 more seats by next Friday": that ask today, not the kick-off',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], closeAt: t('2026-10-30'), activity: [{ text: 'Call with Maria: the team likes the new rota screen; Leeds wants in too - asked us to quote for 15 more seats by next Friday.', at: t('2026-12-03 17:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', language: 'en', step: 'request' },
  },
  {
    name: 'Salesforce Closed Won（10月30日），12月3日紀錄「一期用得不錯，二期想加兩個廠區，請我們下週前報價」(zh-Hant): 今天處理，不是啟動會',
    contact: chen(),
    locale: 'zh-Hant',
    deal: deal('salesforce', 'Closed Won', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], closeAt: t('2026-10-30'), activity: [{ text: '陳經理說一期用得不錯，二期想加兩個廠區，請我們下週前報價。', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'deliver', language: 'zh-Hant' },
  },
  {
    name: '纷享 赢单（10月31日签约），最新记录是合同已签 (near miss): 启动会照旧',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { contacts: [{ name: '王芳', title: '运营副总' }], closeAt: t('2026-10-31'), activity: [{ text: '合同已签，下一步安排实施。', at: t('2026-10-31 10:00') }] }),
    want: { kind: 'follow_up', due: '2026-11-01', stage: 'deliver', language: 'zh-Hans', step: 'kickoff' },
  },
  // ——— fixN (probe4 hs01/sf01): the record's own notes say the deal is earlier than its stage field: flagged, no price quoted back ———
  {
    name: 'a HubSpot deal at "Closed won" whose newest note says "legal is still reviewing our MSA… Signature expected next week": the CRM is ahead (contract)',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'Call with Maria: legal is still reviewing our MSA (limitation of liability). Signature expected next week, not before.', at: t('2026-12-03 19:00') }] }),
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'deliver', language: 'en', crmAhead: 'close', track: 'contract-liability-cap' },
  },
  {
    name: '纷享 商机已“赢单”，最新记录“合同还没签，法务还在审责任条款” (zh-Hans): 记录超前（合同阶段）',
    contact: wangFang(),
    locale: 'zh-Hans',
    deal: deal('fxiaoke', '赢单', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '王总电话：合同还没签，法务还在审责任条款。', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', crmAhead: 'close' },
  },
  {
    name: 'Salesforce Negotiation/Review，最新紀錄「陳經理還沒看到我們的報價，先做內部立項」(zh-Hant): 紀錄超前，不報價',
    contact: chen(),
    locale: 'zh-Hant',
    deal: deal('salesforce', 'Negotiation/Review', { amount: 'NT$1,500,000', amountValue: 1_500_000, contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '陳經理擔心效益算不出來，要先做內部立項，還沒看過報價。', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_objection', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', crmAhead: 'discover', draftLacks: /1,500,000|1,500|NT\$/ },
  },
  {
    name: 'a Salesforce deal at "Closed Won" whose newest note says the contract is signed (near miss): the CRM is not ahead',
    contact: maria(),
    deal: deal('salesforce', 'Closed Won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'Contract signed on Oct 30; kick-off booked for Dec 10.', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'follow_up', due: '2027-10-28', stage: 'deliver', language: 'en', crmAhead: null },
  },
  // ——— judge4: someone else has left, said by our contact: no notice that our contact has left ———
  {
    name: 'Marc writes "Sarah has left the company. Could you send the case study to me directly?": his request answered, not "Marc has left"',
    contact: maria({ name: 'Marc Dubois' }),
    thread: { subject: 'Re: Rostering', messages: [us('Hi Marc, good to speak last week. Anything else you need from me?', '2026-12-01 10:00'), them('Hi Sam, quick update: Sarah has left the company. Could you send the case study to me directly?', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'question', why: /^(?![\s\S]*Marc has left)/ },
  },
  {
    name: '王强来信“李娜已经离职了，项目继续推进，麻烦把更新后的排期发我一下。” (zh-Hans): 他的请求今天办，不是“王强已离职”',
    contact: wangXiaoming({ name: '王强' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：试点', messages: [us('王总您好，试点方案已附上。', '2026-12-01 10:00'), them('李娜已经离职了，项目还是继续推进，麻烦把更新后的排期发我一下。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', why: /^(?![\s\S]*王强 已离职)/ },
  },
  {
    name: '陳怡君來信「林經理上個月已經離職了，專案照常進行，麻煩把新的時程寄給我。」(zh-Hant): 她的請求今天辦，不是「陳怡君已離職」',
    contact: chen(),
    locale: 'zh-Hant',
    thread: { subject: '回覆：試點', messages: [us('陳經理您好，試點方案已附上。', '2026-12-01 10:00'), them('林經理上個月已經離職了，專案照常進行，麻煩把新的時程寄給我。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question', why: /^(?![\s\S]*怡君 已離職)/ },
  },
  {
    name: 'our contact Marc; "Sarah has left; please contact James Ortiz, who now looks after procurement": James, and the reason says Sarah left, not Marc (a successor named is still written to)',
    contact: maria({ name: 'Marc Dubois' }),
    thread: { subject: 'Re: Pilot', messages: [us('Hi Marc, the pilot plan is attached.', '2026-12-01 10:00'), them('Sarah has left the company; please contact James Ortiz, who now looks after procurement.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'successor', why: /^Sarah has left/ },
  },
  {
    name: 'an auto-reply "Anna Kowalski is no longer with the company." to our Anna: she has left, ask who has it now (near miss, unchanged)',
    contact: maria({ name: 'Anna Kowalski' }),
    thread: { subject: 'Re: Pilot', messages: [us('Hi Anna, the pilot plan is attached.', '2026-12-01 10:00'), them('Anna Kowalski is no longer with the company.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'referral_ask', why: /Anna has left/ },
  },
  // ——— fixB (review): a leaver's name written another way than our record (other script, short form, a contact known by
  // an address) is still our contact leaving; a successor named after someone else left is written to as it happened ———
  {
    name: 'our contact 王芳; "Fang Wang has left the company. Please contact info@hncl.example…": she has left, the company asked at that address (not someone else)',
    contact: wangFang(),
    thread: { subject: 'Re: Cold-chain pilot', messages: [us('Hi Fang, the pilot plan is attached.', '2026-12-01 10:00'), them('Fang Wang has left the company. Please contact info@hncl.example for any enquiries.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'referral_ask', draftTo: 'info@hncl.example' },
  },
  {
    name: 'our contact Katherine Brown; "Kate has left Acme…": she has left, ask who has it now',
    contact: maria({ name: 'Katherine Brown' }),
    thread: { subject: 'Re: Pilot', messages: [us('Hi Katherine, the pilot plan is attached.', '2026-12-01 10:00'), them('Kate has left Acme. Please contact our team at hello@acme.example.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'referral_ask', why: /^Katherine has left/, draftTo: 'hello@acme.example' },
  },
  {
    name: 'our contact Robert Smith; "Bob has left the company.": he has left, ask who has it now',
    contact: maria({ name: 'Robert Smith' }),
    thread: { subject: 'Re: Pilot', messages: [us('Hi Robert, the pilot plan is attached.', '2026-12-01 10:00'), them('Bob has left the company.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'referral_ask', why: /^Robert has left/ },
  },
  {
    name: 'a contact known by the address slee@…; "Sarah Lee has left the company.": she has left, the reason names Sarah',
    contact: maria({ name: 'slee@brightline.example' }),
    thread: { subject: 'Re: Pilot', messages: [us('Hi, the pilot plan is attached.', '2026-12-01 10:00'), them('Sarah Lee has left the company.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'referral_ask', why: /Sarah has left/ },
  },
  {
    name: '联系人记为 Wang Fang；回信“王芳已经离职了，有事请联系 info@hncl.example。”(zh-Hans): 她已离职，按留的地址问现在谁负责',
    contact: wangFang({ name: 'Wang Fang' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：试点', messages: [us('王经理您好，试点方案已附上。', '2026-12-01 10:00'), them('王芳已经离职了，有事请联系 info@hncl.example。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'referral_ask', draftTo: 'info@hncl.example' },
  },
  {
    name: '聯絡人記為 Chen Yi-chun；回信「陳怡君上個月已經離職了。」(zh-Hant): 她已離職，問現在由誰負責',
    contact: chen({ name: 'Chen Yi-chun' }),
    locale: 'zh-Hant',
    thread: { subject: '回覆：試點', messages: [us('陳經理您好，試點方案已附上。', '2026-12-01 10:00'), them('陳怡君上個月已經離職了。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', step: 'referral_ask' },
  },
  {
    name: 'our contact Marc: "Sarah has left the company, so please contact Julie (julie@acme.example)…": the draft to Julie\'s address names Sarah as the reason does, and says Marc passed it on',
    contact: maria({ name: 'Marc Vidal' }),
    thread: { subject: 'Re: Renewal', messages: [us('Hi Marc, the pilot plan is attached.', '2026-12-01 10:00'), them('Hi, Sarah has left the company, so please contact Julie (julie@acme.example) about the renewal from now on.', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'successor', why: /Julie[\s\S]*Sarah/, draftHas: /working with Sarah on this, and Marc let me know you have taken it over/, draftLacks: /Marc Vidal|working with Marc/, draftTo: 'julie@acme.example' },
  },
  {
    name: '王强来信“李娜已经离职了，以后续约的事请联系刘敏（liumin@hc.example）。”(zh-Hans): 写给刘敏的地址，说之前和李娜沟通、王强告知',
    contact: wangXiaoming({ name: '王强' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：试点', messages: [us('王总您好，试点方案已附上。', '2026-12-01 10:00'), them('李娜已经离职了，以后续约的事请联系刘敏（liumin@hc.example）。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'successor', why: /李娜/, draftHas: /一直在和李娜沟通这件事，王强告诉我/, draftTo: 'liumin@hc.example' },
  },
  {
    name: '陳怡君來信「林經理上個月已經離職了，之後續約的事請聯絡黃志明（zm.huang@hs.example）。」(zh-Hant): 寫給黃志明的地址，說之前和林經理溝通、陳怡君告知',
    contact: chen(),
    locale: 'zh-Hant',
    thread: { subject: '回覆：試點', messages: [us('陳經理您好，試點方案已附上。', '2026-12-01 10:00'), them('林經理上個月已經離職了，之後續約的事請聯絡黃志明（zm.huang@hs.example）。', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hant', step: 'successor', why: /林經理/, draftHas: /林經理[\s\S]*怡君告訴我/, draftTo: 'zm.huang@hs.example' },
  },
  // ——— judge4 (probe3 z01, p02): the rep's paraphrase under a name is never quoted back to the customer in the third person ———
  {
    name: 'a Zoho note "Carla: board approved. Need our W-9 and their vendor setup form before she can issue a PO.": the request today, her words not quoted back',
    contact: person({ name: 'Carla Jensen', company: 'Granite Peak School District', title: 'Business Manager', sources: ['zoho'] }),
    deal: deal('zoho', 'Id. Decision Makers', { contacts: [{ name: 'Carla Jensen', title: 'Business Manager' }], activity: [{ text: 'Carla: board approved. Need our W-9 and their vendor setup form before she can issue a PO.', at: t('2026-12-02 13:15') }] }),
    want: { kind: 'answer_question', due: '2026-12-02', stage: 'qualify', language: 'en', step: 'request', draftLacks: /she can issue|their vendor setup form/ },
  },
  {
    name: '纷享 输单 笔记“王芳：他们上次选了别家，现在用得不满意，想再聊聊。” (zh-Hans): 今天回复，不把“他们”原话引回给客户',
    contact: wangFang(),
    deal: deal('fxiaoke', '输单', { contacts: [{ name: '王芳', title: '采购总监' }], closeAt: t('2026-05-20'), activity: [{ text: '王芳：他们上次选了别家，现在用得不满意，想再聊聊。', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'lost', language: 'zh-Hans', last: 'question', draftLacks: /他们上次/ },
  },
  // ——— judge4 (probe3 g12): a security review asked of us in an email is the security-review step and its pack, not "[what you have done]" ———
  {
    name: 'a Gmail reply: "our InfoSec team needs your SOC 2 Type II report and the attached vendor security questionnaire filled in": the security-review step today',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Re: Next steps - Brightline', messages: [us('Hi Maria, thanks again for the demo time. What does your team need from us to move forward?', '2026-12-01 16:00'), them('Hi Sam,\n\nBefore we can go any further our InfoSec team needs your SOC 2 Type II report and the attached vendor security questionnaire filled in. They review on a rolling basis, usually takes them two weeks.\n\nMaria', '2026-12-03 09:55')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'security_review', template: 'security-review', draftHas: /SOC 2 report/, draftLacks: /\[What you have done/ },
  },
  {
    name: '信息安全部需要贵司提供SOC 2报告，并填写供应商安全评估问卷 (zh-Hans): 安全评估这一步，今天发资料',
    contact: wangXiaoming({ stage: 'present' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：下一步', messages: [us('王总您好，感谢您抽时间看演示。要往下推进，贵司这边还需要我们准备什么？', '2026-12-01 16:00'), them('王总您好，继续推进之前，我们信息安全部需要贵司提供SOC 2报告，并填写附件里的供应商安全评估问卷，麻烦尽快发过来。', '2026-12-03 09:55')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'security_review', template: 'security-review', draftHas: /安全资料包/ },
  },
  {
    name: '資安部門需要貴公司的 SOC 2 報告，也請填寫資安評估問卷 (zh-Hant): 資安審查這一步，今天寄資料',
    contact: chen({ stage: 'present' }),
    locale: 'zh-Hant',
    thread: { subject: '回覆：下一步', messages: [us('陳經理您好，謝謝您撥空看展示。要往下推進，貴公司這邊還需要我們準備什麼？', '2026-12-01 16:00'), them('Sam您好，要往下走之前，我們資安部門需要貴公司的 SOC 2 報告，也請填寫附件的資安評估問卷，麻煩盡快提供。', '2026-12-03 09:55')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hant', step: 'security_review', template: 'security-review' },
  },
  {
    name: 'security settled and the order form asked for (near miss): the request, not a security review',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Re: Next steps', messages: [us('Hi Maria, anything else you need from us?', '2026-12-01 16:00'), them('Our security team reviewed the SOC 2 report and has no concerns. Please send the order form.', '2026-12-03 09:55')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', template: 'contract-request' },
  },
  // ——— fixA: a no to one thing beside a meeting, a request or a question after our notes in a row is no fed-up stop ———
  {
    name: 'after two notes, "Not interested in the premium tier, but how many times can we still move the demo? Let\'s lock in Thursday 2pm.": no stop (fixA)',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Re: demo', messages: [us('Hi Maria, shall we move the demo to this week?', '2026-11-30 09:00'), us('Hi Maria, also happy to show you the premium tier.', '2026-12-02 09:00'), them("Not interested in the premium tier, but how many times can we still move the demo? Let's lock in Thursday 2pm.", '2026-12-03 11:40')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', last: 'meeting', step: 'meeting_answer' },
  },
  {
    name: 'after three notes, "Ha, I\'ll take the hint - sorry for going quiet! No thanks on the webinar, but a call next Tuesday works.": no stop (fixA)',
    contact: maria(),
    thread: { subject: 'Re: rostering', messages: [us('Hi Maria, any chance for a quick chat about rostering?', '2026-11-24 09:00'), us('Hi Maria, just bumping this up.', '2026-11-30 09:00'), us('Hi Maria, we also run a webinar on Friday - want a seat?', '2026-12-02 09:00'), them("Ha, I'll take the hint - sorry for going quiet! No thanks on the webinar, but a call next Tuesday works.", '2026-12-03 11:40')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'meeting', step: 'meeting_invite' },
  },
  {
    name: 'after two notes, "Not interested in the annual plan - we have already said we\'d prefer monthly. Can you send the monthly quote?": the request, no stop (fixA)',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Re: quote', messages: [us('Hi Maria, attached is the annual quote.', '2026-11-30 09:00'), us('Hi Maria, any thoughts on the annual plan?', '2026-12-02 09:00'), them("Not interested in the annual plan - we have already said we'd prefer monthly. Can you send the monthly quote?", '2026-12-03 11:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: '追了兩次之後：已經說過了，下星期一開會決定，我們不需要另外的簡報，到時候直接報價給我們。(zh-Hant): 不是到此為止 (fixA)',
    contact: chen({ stage: 'present' }),
    locale: 'zh-Hant',
    thread: { subject: '回覆：方案', messages: [us('陳經理您好，要不要我另外準備一份簡報？', '2026-11-30 09:00'), us('陳經理，再跟您確認一下簡報的事。', '2026-12-02 09:00'), them('已經說過了，下星期一開會決定，我們不需要另外的簡報，到時候直接報價給我們。', '2026-12-03 11:40')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'zh-Hant', last: 'snooze' },
  },
  {
    name: '追了两次之后：已经说过了，下星期一开会决定，我们不需要另外的简报，到时候直接报价给我们。(zh-Hans): 不是到此为止 (fixA)',
    contact: wangXiaoming({ stage: 'present' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：方案', messages: [us('王总您好，要不要我另外准备一份简报？', '2026-11-30 09:00'), us('王总，再跟您确认一下简报的事。', '2026-12-02 09:00'), them('已经说过了，下星期一开会决定，我们不需要另外的简报，到时候直接报价给我们。', '2026-12-03 11:40')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'negotiate', language: 'zh-Hans', last: 'snooze' },
  },
  {
    name: '追咗兩次之後：老闆講咗幾多次要快啲搞掂，我哋唔需要額外功能，照原價簽就得，合約幾時有？(zh-Hant, Cantonese): 不是到此為止 (fixA)',
    contact: chen({ stage: 'negotiate' }),
    locale: 'zh-Hant',
    thread: { subject: '回覆：報價', messages: [us('陳生您好，報價已附上，另外可以加購額外功能。', '2026-11-30 09:00'), us('陳生，再跟您確認一下額外功能。', '2026-12-02 09:00'), them('老闆講咗幾多次要快啲搞掂，我哋唔需要額外功能，照原價簽就得，合約幾時有？', '2026-12-03 11:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', last: 'question' },
  },
  // ——— judge4 (probe3 g09): a hard no, fed up with our chasing, ends the sequence; a plain no stays the brush-off ———
  {
    name: 'after three chases, "Third email in a fortnight mate. Do you lot ever take a hint? Not interested." (en-AU): stop, no talk track',
    contact: maria({ name: 'Steph Nguyen', company: 'Bayside Physio' }),
    thread: { subject: 'Re: Re: Re: rostering for Bayside Physio', messages: [us('Hi Steph, following up on rostering for Bayside - any chance for a quick chat this week?', '2026-11-24 09:00'), us('Hi Steph, just bumping this up your inbox :)', '2026-11-30 09:00'), us('Hi Steph, last one from me - still keen to show you the rostering tool!', '2026-12-03 09:00'), them('Third email in a fortnight mate. Do you lot ever take a hint? Not interested.', '2026-12-03 11:40')] },
    want: { kind: 'stop', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'stop', why: /fed up/ },
  },
  {
    name: '连发三封之后：都说了多少次了，我们不需要，不感兴趣。(zh-Hans): 到此为止，不再跟进',
    contact: wangXiaoming(),
    locale: 'zh-Hans',
    thread: { subject: '回复：排班系统', messages: [us('王总您好，想跟您约十五分钟聊聊排班。', '2026-11-24 09:00'), us('王总，再跟您确认一下，这周方便吗？', '2026-11-30 09:00'), us('王总，最后打扰一次，方便的话回复一下～', '2026-12-03 09:00'), them('都说了多少次了，我们不需要，不感兴趣。', '2026-12-03 11:40')] },
    want: { kind: 'stop', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'stop', why: /不耐烦/ },
  },
  {
    name: '追了兩次之後：已經說過了，我們沒興趣，你們到底懂不懂？(zh-Hant): 到此為止',
    contact: chen(),
    locale: 'zh-Hant',
    thread: { subject: '回覆：排程系統', messages: [us('陳經理您好，想跟您約十五分鐘聊聊排程。', '2026-11-26 09:00'), us('陳經理，再跟您確認一下，這週方便嗎？', '2026-12-01 09:00'), them('已經說過了，我們沒興趣，你們到底懂不懂？', '2026-12-03 11:40')] },
    want: { kind: 'stop', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'stop', why: /不耐煩/ },
  },
  {
    name: 'a plain first "Not interested, thanks." after one note: the brush-off answered as before (near miss)',
    contact: maria(),
    thread: { subject: 'Re: rostering', messages: [us('Hi Maria, any chance for a quick chat about rostering this week?', '2026-12-01 09:00'), them('Not interested, thanks.', '2026-12-03 11:40')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'prospect', language: 'en', last: 'objection' },
  },
  {
    name: '连发三封之后一句平常的“不感兴趣，谢谢。” (zh-Hans): 没有不耐烦，仍按推托来回 (near miss)',
    contact: wangXiaoming(),
    locale: 'zh-Hans',
    thread: { subject: '回复：排班系统', messages: [us('王总您好，想跟您约十五分钟聊聊排班。', '2026-11-24 09:00'), us('王总，再跟您确认一下，这周方便吗？', '2026-11-30 09:00'), us('王总，最后打扰一次，方便的话回复一下～', '2026-12-03 09:00'), them('不感兴趣，谢谢。', '2026-12-03 11:40')] },
    want: { kind: 'answer_objection', due: '2026-12-07', stage: 'prospect', language: 'zh-Hans', last: 'objection' },
  },
  // ——— fixA: no come-back without someone else chosen and failing them ———
  {
    name: '"We\'ve decided to go with Acme. Their rollout at our sister company hasn\'t worked out, but we\'re committed here. Happy to catch up…": a decision against us, not a come-back (fixA)',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Re: Shift planning', messages: [us('Hi Maria, how is the decision coming along?', '2026-11-20 10:00'), them("We've decided to go with Acme. Their rollout at our sister company hasn't worked out, but we're committed here. Happy to catch up at the conference in spring.", '2026-12-03 16:40')] },
    want: { kind: 'snooze', due: '2027-03-01', until: '2027-03-01', stage: 'present', language: 'en', last: 'decision', step: 'decided' },
  },
  {
    name: 'at discover, "Our new ops hire didn\'t work out, so the project slipped. Can we set up a call next week?": no come-back (fixA)',
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Re: Shift planning', messages: [us('Hi Maria, any update on the project?', '2026-11-20 10:00'), them("Our new ops hire didn't work out, so the project slipped. Can we set up a call next week?", '2026-12-03 16:40')] },
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'discover', language: 'en', last: 'snooze' },
  },
  {
    name: '上次的活动不太理想，想再跟您聊聊，下周您方便吗？(zh-Hans): 不是回头客 (fixA)',
    contact: wangXiaoming({ stage: 'discover' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：活动', messages: [us('王总您好，上次的活动您觉得怎么样？', '2026-11-20 10:00'), them('上次的活动不太理想，想再跟您聊聊，下周您方便吗？', '2026-12-03 16:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'question', why: /提了问题/ },
  },
  {
    name: '上次的活動不太理想，想再跟您聊聊，下週您方便嗎？(zh-Hant): 不是回頭客 (fixA)',
    contact: chen({ stage: 'discover' }),
    locale: 'zh-Hant',
    thread: { subject: '回覆：活動', messages: [us('陳經理您好，上次的活動您覺得怎麼樣？', '2026-11-20 10:00'), them('上次的活動不太理想，想再跟您聊聊，下週您方便嗎？', '2026-12-03 16:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'question', why: /提了問題/ },
  },
  // ——— fixA: a request naming our security-questionnaire product is the plain request, not a security review ———
  {
    name: '"Please send pricing for the security questionnaire automation module as well - we\'d like to add it.": the request, not a security review (fixA)',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Re: quote', messages: [us('Hi Maria, attached is the quote for the core platform.', '2026-12-01 16:00'), them("Please send pricing for the security questionnaire automation module as well - we'd like to add it.", '2026-12-03 09:55')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'request', template: 'answer-request' },
  },
  {
    name: '"Can you send a sample of the vendor security questionnaire your tool generates?": the request, not a security review (fixA)',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Re: demo', messages: [us('Hi Maria, thanks for the demo time today.', '2026-12-01 16:00'), them('Can you send a sample of the vendor security questionnaire your tool generates?', '2026-12-03 09:55')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'request', template: 'answer-request' },
  },
  {
    name: '请把安全问卷自动化模块的报价也发给我们 (zh-Hans): 报价的请求，不是安全审查 (fixA)',
    contact: wangXiaoming({ stage: 'negotiate' }),
    locale: 'zh-Hans',
    thread: { subject: '回复：报价', messages: [us('王总您好，附上核心平台的报价。', '2026-12-01 16:00'), them('请把安全问卷自动化模块的报价也发给我们，我们想加上。', '2026-12-03 09:55')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hans', last: 'reply', template: 'follow-up-thanks', draftLacks: /安全资料包/ },
  },
  {
    name: '可以寄一份你們的工具生成的資安評估問卷範本給我們嗎？(zh-Hant): 請求，不是資安審查 (fixA)',
    contact: chen({ stage: 'present' }),
    locale: 'zh-Hant',
    thread: { subject: '回覆：展示', messages: [us('陳經理您好，謝謝您今天撥空看展示。', '2026-12-01 16:00'), them('可以寄一份你們的工具生成的資安評估問卷範本給我們嗎？', '2026-12-03 09:55')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question', template: 'answer-question' },
  },
  // ——— judge4 (probe3 g14): someone else chosen before, it has not worked out, a talk asked for: a come-back, not a decision against us ———
  {
    name: '上次我們選了別家，結果用下來不太理想，想再跟您聊聊。下週您方便嗎？ (zh-Hant, no CRM): two times next week, today; no re-opening with an offer',
    contact: chen(),
    thread: { subject: '回覆：好久不見', messages: [us('陳經理您好，了解，謝謝您告訴我結果。之後若有需要，隨時找我。', '2026-06-08 10:00'), them('Sam 您好，好久不見。上次我們選了別家，結果用下來不太理想，想再跟您聊聊。下週您方便嗎？', '2026-12-03 16:40')] },
    locale: 'zh-Hant',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'question', step: 'meeting_slots', why: /想重新談/, draftLacks: /優惠|免費評估/ },
  },
  {
    name: '上次我们选了别家，结果用下来不太理想，想再跟您聊聊。下周您方便吗？ (zh-Hans): two times next week, today',
    contact: wangXiaoming(),
    thread: { subject: '回复：好久不见', messages: [us('王总您好，明白，谢谢您告诉我结果。之后有需要随时找我。', '2026-06-08 10:00'), them('Sam你好，好久不见。上次我们选了别家，结果用下来不太理想，想再跟您聊聊。下周您方便吗？', '2026-12-03 16:40')] },
    locale: 'zh-Hans',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'question', step: 'meeting_slots', why: /想重新谈/ },
  },
  {
    name: "We went with Acme in June but it hasn't worked out. Could we set up a call next week? (no CRM): two times next week, today",
    contact: maria(),
    thread: { subject: 'Re: Shift planning', messages: [us('Hi Maria, understood, thanks for letting me know. Good luck with the roll-out.', '2026-06-08 10:00'), them("Hi Sam, we went with Acme in June but it hasn't worked out. Could we set up a call next week?", '2026-12-03 16:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'question', step: 'meeting_slots', why: /wants to talk again/ },
  },
  {
    name: '我们已经选了别家，以后有机会再聊聊 (zh-Hans): still a decision against us, nothing failed (near miss)',
    contact: wangXiaoming(),
    thread: { subject: '回复：方案', messages: [us('王总您好，上次聊的排班系统，您考虑得怎么样了？', '2026-11-20 10:00'), them('谢谢，我们已经选了别家，以后有机会再聊聊。', '2026-12-03 16:40')] },
    locale: 'zh-Hans',
    want: { kind: 'snooze', due: '2027-03-03', until: '2027-03-03', stage: 'prospect', language: 'zh-Hans', last: 'decision', step: 'decided' },
  },
  // ——— judge5: the come-back's times ask what did not work out with the other choice, from the day they name ———
  {
    name: "we signed with Planday in the spring and it's been a headache, a chat the week of the 14th? (en-GB): two times from 14 December, and what has not worked out",
    contact: maria(),
    thread: { subject: 'Re: Rota planning', messages: [us('Hi Maria, no problem at all, thanks for letting me know. Best of luck with it.', '2026-05-20 10:00'), them("Hi Sam, bit awkward this one - we signed with Planday in the spring and honestly it's been a headache. Any chance we could have a chat the week of the 14th?", '2026-12-03 16:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en', last: 'question', step: 'meeting_slots', template: 'come-back-meeting-slots-from', draftHas: /from December 14[\s\S]*what has not worked out with the option you chose/, draftLacks: /discount|offer/i },
  },
  {
    name: '去年我们换了别家的系统，用下来问题很多，想再跟你们聊聊，下周有空吗？(zh-Hans): 下周起两个时间，并问哪里不理想',
    contact: wangXiaoming(),
    thread: { subject: '回复：排班系统', messages: [us('王总您好，明白，谢谢告知。之后有需要随时找我。', '2026-05-20 10:00'), them('Sam你好，去年我们换了别家的系统，用下来问题很多，想再跟你们聊聊，下周有空吗？', '2026-12-03 16:40')] },
    locale: 'zh-Hans',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hans', last: 'question', step: 'meeting_slots', template: 'come-back-meeting-slots-from', draftHas: /12月7日起[\s\S]*哪些地方不理想/ },
  },
  {
    name: '之前我哋揀咗另一間，用咗半年都唔係好滿意，想再約你傾下，下個禮拜你方便唔？(繁/粤): 下星期起兩個時間，並問哪裡不理想',
    contact: kelvin(),
    thread: { subject: '回覆：排班系統', messages: [us('Kelvin你好，明白，多謝話我知。之後有需要隨時搵我。', '2026-05-20 10:00'), them('Sam你好，之前我哋揀咗另一間，用咗半年都唔係好滿意，想再約你傾下，下個禮拜你方便唔？', '2026-12-03 16:40')] },
    locale: 'zh-Hant',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'zh-Hant', last: 'question', step: 'meeting_slots', template: 'come-back-meeting-slots-from', draftHas: /12月7日起[\s\S]*哪些地方不理想/ },
  },
  // (near misses: times for a meeting asked by someone who never left us are the plain times, no "what has not worked out")
  {
    name: 'Could we set up a call next week to go through the rollout plan? (no come-back): the plain two times',
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Re: Rollout', messages: [us('Hi Maria, the rollout plan is attached.', '2026-12-01 10:00'), them('Thanks Sam. Could we set up a call next week to go through the rollout plan?', '2026-12-03 16:40')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'en', last: 'question', draftLacks: /option you chose|not worked out/ },
  },
  {
    name: '方案收到了，下周有空的话约个时间聊聊？(zh-Hans, no come-back): 普通的两个时间，不问哪里不理想',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '回复：方案', messages: [us('王总您好，方案见附件。', '2026-12-01 10:00'), them('方案收到了，下周有空的话约个时间聊聊？', '2026-12-03 16:40')] },
    locale: 'zh-Hans',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', step: 'meeting_slots', draftLacks: /不理想|现在用的方案/ },
  },
  {
    name: '份方案收到，下個禮拜約個時間傾下？(繁/粤, no come-back): 普通兩個時間',
    contact: kelvin({ stage: 'discover' }),
    thread: { subject: '回覆：方案', messages: [us('Kelvin你好，方案喺附件。', '2026-12-01 10:00'), them('份方案收到，下個禮拜約個時間傾下？', '2026-12-03 16:40')] },
    locale: 'zh-Hant',
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question', step: 'meeting_slots', draftLacks: /不理想|現在用的方案/ },
  },
  // ——— judge10: their okay above our whole mail quoted: the quoted part is ours, the meeting is the one we proposed ———
  {
    name: 'sounds good, above our quoted mail proposing Tuesday 8 December at 2pm: that meeting at 2pm, not an hour from the quote header',
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Call', messages: [us('Hi Maria, how about Tuesday 8 December at 2pm?', '2026-12-01 10:00'), them('Sounds good.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Sam Carter <sam@fieldwise.example> wrote:\n> Hi Maria, how about Tuesday 8 December at 2pm?', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting', meetingOn: '2026-12-08', draftHas: /at 2pm/ },
  },
  {
    name: '没问题。+ 原始邮件 (zh-Hans): 我们提议的下周二上午十点',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '沟通', messages: [us('王总您好，下周二上午十点电话沟通方便吗？', '2026-12-02 10:00'), them('没问题。\n\n------------------ 原始邮件 ------------------\n发件人: Sam\n王总您好，下周二上午十点电话沟通方便吗？', '2026-12-03 10:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'meeting', step: 'meeting', meetingOn: '2026-12-08' },
  },
  // ——— judge10: an intern writing for the boss is greeted; two weekdays offered are ours to pick, not a meeting ———
  {
    name: "Hi, I'm Tom, Ms. Raman's intern: which day next week suits you? (the draft greets Tom)",
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal is attached.', '2026-12-01 10:00'), them("Hi, I'm Tom, Ms. Raman's intern. She read the proposal and would like a call - which day next week suits you?", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', greets: 'Tom' },
  },
  {
    name: '您好，我是王总监的实习生小周，王总监想约您下周二或周四下午通个电话，哪天方便？ (zh-Hans): 问候小周，今天回复选哪天',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('您好，我是王总监的实习生小周，王总监想约您下周二或周四下午通个电话，哪天方便？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', greets: '小周' },
  },
  {
    name: '我是陳經理的實習生小林，經理想約下週二或週四開會，您哪天方便？ (zh-Hant): the same',
    contact: chen({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('陳經理您好，方案已附上。', '2026-12-01 10:00'), them('您好，我是陳經理的實習生小林，經理想約下週二或週四開會，您哪天方便？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question', greets: '小林' },
  },
  // ——— judge10: procurement asks for a cut in percent: a counter-offer, answered by trading ———
  {
    name: 'a Salesforce deal: procurement needs a 12% reduction on the quoted price before we can proceed (after the champion said yes): the counter, greeting procurement',
    contact: wei(),
    deal: deal('salesforce', 'Negotiation/Review', { contacts: [SF_DM, { name: 'Dana Brooks', title: 'Procurement Lead' }], activity: [{ text: "Wei: great, let's get this done.", at: t('2026-12-01 10:00') }, { text: 'Dana Brooks: procurement needs a 12% reduction on the quoted price before we can proceed.', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'question', step: 'counter', greets: 'Dana', draftHas: /12% reduction/ },
  },
  // ——— judge10: a trial made longer is their question about the trial, not a move to contract ———
  {
    name: 'could we extend the pilot by another week? (the pilot ends Friday): answered today, no contract sent',
    contact: jonas({ stage: 'present' }),
    thread: { subject: 'Pilot', messages: [us('Hi Jonas, a reminder that the pilot ends this Friday.', '2026-12-01 10:00'), them('The team likes it so far. Could we extend the pilot by another week? Our plant manager was out sick.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question' },
  },
  {
    name: '试用期能不能再延长两周？ (zh-Hans): 今天回复，不是发合同',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '试用', messages: [us('王总您好，试用还剩三天。', '2026-12-01 10:00'), them('大家用得还不错。试用期能不能再延长两周？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '試用期可以延長一週嗎？ (zh-Hant): the same',
    contact: chen({ stage: 'present' }),
    thread: { subject: '試用', messages: [us('陳經理您好，試用將在週五結束。', '2026-12-01 10:00'), them('同事們反應不錯，試用期可以延長一週嗎？', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question' },
  },
  // ——— judge12: a promise reported in the rep's own CRM note is theirs (check on the working day after); the rep's own promise is ours, due that day ———
  {
    name: 'a Pipedrive call note "Call w/ Jonas: he will send the security questionnaire by Friday": their move, checked for on Monday, not "they replied, our move"',
    contact: jonas(),
    deal: deal('pipedrive', 'Demo Scheduled', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Call w/ Jonas: he will send the security questionnaire by Friday', at: t('2026-12-02 15:00') }] }),
    want: { kind: 'snooze', due: '2026-12-07', until: '2026-12-07', stage: 'present', language: 'en', last: 'snooze', step: 'promise', greets: 'Jonas', template: 'security-review', draftHas: /^(?![\s\S]*while you look at it)/ },
  },
  {
    name: '纷享 跟进记录「电话沟通：客户说下周一把需求清单发过来」(zh-Hans): 对方的动作，下周一之后的工作日再确认',
    contact: wangFang(),
    deal: deal('fxiaoke', '需求确定', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '电话沟通：客户说下周一把需求清单发过来', at: t('2026-12-03 16:00') }] }),
    want: { kind: 'snooze', due: '2026-12-08', until: '2026-12-08', stage: 'discover', language: 'zh-Hans', last: 'snooze', step: 'promise' },
  },
  {
    name: 'a Zoho note in Traditional Chinese 「對方說月底前會回覆」: their move until the month is out, checked on their first working day after (1 January is a holiday)',
    contact: chen({ sources: ['zoho'] }),
    deal: deal('zoho', 'Needs Analysis', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '對方說月底前會回覆', at: t('2026-12-02 11:00') }] }),
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'discover', language: 'zh-Hant', last: 'snooze', step: 'promise' },
  },
  {
    name: 'a Salesforce call note with no day, "she will send the questionnaire": their move for a few working days, not a follow-up today',
    contact: wei(),
    deal: deal('salesforce', 'Needs Analysis', { contacts: [SF_DM], activity: [{ text: 'Call: Wei needs their IT security team to review the gateway first; she will send the questionnaire.', at: t('2026-12-03 15:00') }] }),
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'discover', language: 'en', last: 'snooze', step: 'promise', template: 'security-review', draftHas: /security lead[\s\S]*What else will they need from us, and by when/ },
  },
  // ——— a pending IT security review: the draft offers what reviewers need and asks what and by when, not "while you look at it" ———
  {
    name: '我们信息安全部门要先做一轮安全评估 (zh-Hans, after the proposal): wait, and the draft offers the security pack and the DPA',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '回复：会员系统方案', messages: [us('王总您好，会员系统的方案已附上。', '2026-12-01 10:00'), them('方案没问题。不过上线前，我们信息安全部门要先做一轮安全评估，评估完我再联系你。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'present', language: 'zh-Hans', step: 'promise', template: 'security-review', draftHas: /安全资料包[\s\S]*数据处理协议（DPA）[\s\S]*最晚什么时候要/ },
  },
  {
    name: '資安部門要先審，審完再跟您聯絡 (zh-Hant): the same, in Taiwan’s words (資安審查, 寄)',
    locale: 'zh-Hant',
    contact: chen({ stage: 'present' }),
    thread: { subject: '回覆：試點方案', messages: [us('陳經理您好，試點方案已附上，請您過目。', '2026-12-01 10:00'), them('方案我們內部看過了，不過資安部門要先審，審完再跟您聯絡。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2026-12-10', until: '2026-12-10', stage: 'present', language: 'zh-Hant', step: 'promise', template: 'security-review', draftHas: /資安審查[\s\S]*資料處理協議（DPA）[\s\S]*最晚什麼時候要/ },
  },
  {
    name: 'a HubSpot call note "Call with Maria - she wants annual billing; I\'ll send the revised quote Tuesday": our promise, due Tuesday, not theirs to wait for',
    contact: maria(),
    deal: deal('hubspot', 'Decision maker bought-in', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: "Call with Maria - she wants annual billing; I'll send the revised quote Tuesday.", at: t('2026-12-03 11:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'negotiate', language: 'en', last: 'reply', step: 'own_promise', label: /Do what you promised/ },
  },
  {
    name: '纷享 拜访记录「拜访王总监：对方希望按年付款，我周二把修改后的报价发给她」(zh-Hans): 我们答应的事，周二前做完',
    contact: wangFang(),
    deal: deal('fxiaoke', '方案/报价', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '拜访王总监：对方希望按年付款，我周二把修改后的报价发给她', at: t('2026-12-03 17:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'zh-Hans', last: 'reply', step: 'own_promise' },
  },
  {
    name: 'a Zoho note 「電話：陳經理要導入時程表，我下週三前寄給她」 (zh-Hant): our promise, due that Wednesday',
    contact: chen({ sources: ['zoho'] }),
    deal: deal('zoho', 'Value Proposition', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '電話：陳經理要導入時程表，我下週三前寄給她', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'present', language: 'zh-Hant', last: 'reply', step: 'own_promise' },
  },
  // ——— judge12: our email bounced, or lands in a mailbox nobody reads: ask the company who has it now, today ———
  {
    name: 'a delivery failure in the thread ("Recipient address rejected: User unknown"): ask who looks after it now, not an objection read into the bounce',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Pilot plan', messages: [us('Hi Priya, the pilot plan is attached.', '2026-12-02 10:00'), them('Delivery Status Notification (Failure)\n\nDelivery to the following recipient failed permanently:\n\n     priya.raman@meridianhealth.example\n\nRecipient address rejected: User unknown in virtual mailbox table', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', last: 'reply', step: 'bounced', draftHas: /came back undelivered/ },
  },
  {
    name: '"this inbox is no longer monitored, for orders please email orders@…": to that address, asking who has it now',
    contact: person({ name: 'Gareth Hughes', company: 'Pennine Haulage', title: 'Fleet Manager', stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Gareth, the revised quote is attached.', '2026-12-01 10:00'), them('Hello, this inbox is no longer monitored as of 30 November. For orders and enquiries please email orders@penninehaulage.example. Thank you.', '2026-12-01 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-01', stage: 'negotiate', language: 'en', last: 'reply', step: 'bounced', why: /no longer monitored/ },
  },
  {
    name: '退信通知：邮件投递失败，该邮箱已注销 (zh-Hans): 今天问清现在由谁负责',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '会员系统方案', messages: [us('王总您好，方案发您了。', '2026-12-02 10:00'), them('退信通知：您发送给 wangxm@huachen.example 的邮件投递失败，原因：该邮箱已注销。', '2026-12-02 10:02')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', last: 'reply', step: 'bounced', draftHas: /邮件被退回/ },
  },
  {
    name: '此電子信箱已停用，請改寄 it-service@… (zh-Hant): the same, not the competitor objection',
    contact: chen({ stage: 'present' }),
    thread: { subject: '導入方案', messages: [us('陳經理您好，導入方案已附上。', '2026-12-02 10:00'), them('此電子信箱已停止使用，來信將不會有人處理，請改寄 it-service@hongshuo.example，謝謝。', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hant', last: 'reply', step: 'bounced' },
  },
  // ——— judge12: their words quoted in a reason or on the stage card start at them, not at the greeting ———
  {
    name: 'Hi Sam, looks good - can you send over the MSA? (the reason and the stage card quote from "can you")',
    contact: maria({ stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Maria, the quote is attached.', '2026-12-01 10:00'), them('Hi Sam, looks good - can you send over the MSA so legal can start?', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', template: 'contract-request' },
  },
  {
    name: '王总您好，合同什么时候可以发过来？(zh-Hans): 理由和阶段卡片都从“合同”引起',
    contact: wangFang({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总监您好，报价单已附上。', '2026-12-01 10:00'), them('Sam您好，价格没问题了，合同什么时候可以发过来？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-request' },
  },
  {
    name: '陳經理您好，我們想分三期付款，可以嗎？ on our quote (zh-Hant): quoted without the greeting',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('Sam 您好，我們想分三期付款，可以嗎？', '2026-12-03 10:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal' },
  },
  // ——— judge12's audit: an away notice naming who looks after the account meanwhile ———
  {
    name: 'away until the 14th, "Katrin Vogel (katrin.vogel@…) is handling my accounts": a note to Katrin today, saying when Jonas is back',
    contact: jonas({ stage: 'negotiate' }),
    thread: { subject: 'Revised quote', messages: [us('Hi Jonas, the revised quote is attached.', '2026-12-02 10:00'), them('Thanks for your email. I am on annual leave until 14 December with no access to email. Katrin Vogel (katrin.vogel@nordlicht.example) is handling my accounts while I am away.', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'negotiate', language: 'en', last: 'referral', step: 'referral_away', greets: 'Katrin' },
  },
  {
    name: '自动回复：12月2日至12月11日出差，期间合同事宜请联系我的同事孙磊（…） (zh-Hans): 今天写给孙磊',
    contact: wangFang({ stage: 'close' }),
    thread: { subject: '合同', messages: [us('王总监您好，合同已附上。', '2026-12-02 09:00'), them('自动回复：本人12月2日至12月11日出差，期间合同事宜请联系我的同事孙磊（sunlei@hncold.example），谢谢。', '2026-12-02 09:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'close', language: 'zh-Hans', last: 'referral', step: 'referral_away', greets: '孙磊' },
  },
  // ——— judge12's audit: a calendar invitation with no words is the meeting, at its first hour ———
  {
    name: 'a calendar invitation, "When: Thursday, 10 December 2026 10:00 – 11:00": the meeting on the 10th at 10:00, confirmed',
    contact: priya({ stage: 'discover' }),
    thread: { subject: 'Review', messages: [us('Hi Priya, happy to walk your team through it - pick any slot on my calendar.', '2026-12-01 10:00'), them('Invitation: Reconciliation walkthrough\nWhen: Thursday, 10 December 2026 10:00 – 11:00 (GMT+00:00)\nWho: Priya Raman, Sam Lee', '2026-12-02 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-10', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting', draftHas: /at 10:00/ },
  },
  {
    name: '"Updated invitation … Tue Dec 8 2pm - 2:45pm": confirmed at 2pm, not at the hour it ends',
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Demo', messages: [us('Hi Maria, here is my booking page for the demo.', '2026-12-01 10:00'), them('Updated invitation: Demo @ Tue Dec 8, 2026 2pm - 2:45pm (EST)', '2026-12-02 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting', draftHas: /at 2pm/ },
  },
  {
    name: '會議邀請：導入說明會 / 時間：2026年12月9日 週三 10:00-11:00 (zh-Hant): the meeting on the 9th',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '說明會', messages: [us('陳經理您好，方便時請從我的行事曆選個時間。', '2026-12-01 10:00'), them('會議邀請：導入說明會\n時間：2026年12月9日 週三 10:00-11:00 (GMT+08:00)\nTeams 會議連結', '2026-12-02 15:00')] },
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'discover', language: 'zh-Hant', last: 'meeting', step: 'meeting' },
  },
  // ——— judge12's audit: our note after a meeting they missed is followed up within two working days, not a month on ———
  {
    name: 'our note "sorry we missed each other today" after the call they agreed to (tier C): follow up two working days later',
    contact: priya({ stage: 'discover' }),
    thread: { subject: 'Call', messages: [us('Hi Priya, does Tuesday 1 December at 3pm work?', '2026-11-27 10:00'), them('3pm Tuesday works.', '2026-11-27 12:00'), us('Hi Priya, sorry we missed each other today - shall we try Thursday or Friday instead?', '2026-12-01 15:40')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'silence', why: /missed the meeting/ },
  },
  {
    name: '我们的消息「王总监，刚才的会议没见到您，是不是临时有事？」(zh-Hans): 两个工作日后再跟进',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: '沟通', messages: [us('王总监您好，下周二上午十点电话沟通方便吗？', '2026-11-26 10:00'), them('好的。', '2026-11-26 11:00'), us('王总监，刚才的会议没见到您，是不是临时有事？您看哪天再约比较方便？', '2026-12-01 10:30')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'silence' },
  },
  {
    name: '我們的訊息「剛剛的會議您沒上線，改天再約？」(zh-Hant): the same',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '會議', messages: [us('陳經理您好，下週二下午兩點開會可以嗎？', '2026-11-26 10:00'), them('好，沒問題。', '2026-11-26 11:00'), us('陳經理，剛剛的會議您沒上線，是不是臨時有事？改天再約可以嗎？', '2026-12-01 14:30')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'silence' },
  },
  // ——— judge12's audit: a yes once the pilot meets its mark is ours to confirm today, not the contract sent now ———
  {
    name: '"if the trial shows a 20% drop in no-shows by February, we will roll it out to all clinics": confirm the criteria today',
    contact: person({ name: 'Olivia Hart', company: 'Crescent Dental', title: 'Practice Director', stage: 'present' }),
    thread: { subject: 'Trial', messages: [us('Hi Olivia, the trial plan is attached.', '2026-12-01 10:00'), them('Looks fine. If the trial shows a 20% drop in no-shows by February, we will roll it out to all twelve clinics.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'request' },
  },
  {
    name: '试点三个月，库存准确率达标了我们就全面采购 (zh-Hans): 今天确认验收标准，不是发合同',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '试点', messages: [us('王总您好，试点方案已附上。', '2026-12-01 10:00'), them('先试点三个月，库存准确率达标了我们就全面采购。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', last: 'question', step: 'request' },
  },
  {
    name: '試點效果達標我們就簽三年 (zh-Hant): the same',
    contact: chen({ stage: 'present' }),
    thread: { subject: '試點', messages: [us('陳經理您好，試點計畫已附上。', '2026-12-01 10:00'), them('試點效果達標的話，我們就簽三年。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hant', last: 'question' },
  },
  // ——— judge12's audit: proof asked for (a reference, a case) is sent today, not a trust talk track in two days ———
  {
    name: '你们做过医药行业吗？有的话发两个案例过来看看 (zh-Hans): 今天发案例',
    contact: person({ name: '张伟', company: '恒泰医药', title: '信息部经理', stage: 'present' }),
    thread: { subject: '方案', messages: [us('张经理您好，方案已附上。', '2026-12-01 10:00'), them('方案收到。你们做过医药行业吗？有的话发两个案例过来看看。', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans' },
  },
  {
    name: 'our board will want a reference call with a hospital group your size - please send a couple of case studies first: today',
    contact: priya({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Priya, the proposal is attached.', '2026-12-01 10:00'), them('Our board will want a reference call with a hospital group our size. Please send a couple of case studies first.', '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', step: 'request' },
  },
  // ——— judge12's audit: an okay that is only a word and an emoji rests like a thanks ———
  {
    name: '好喔，謝謝 👌 in a LINE-style chat (zh-Hant): rests like a thanks, not "just send me some material"',
    contact: chen({ stage: 'discover' }),
    thread: { messages: [us('陳經理，上次說的排程範例我傳給您了。', '2026-12-02 10:00'), them('好喔，謝謝 👌', '2026-12-02 10:30')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'discover', language: 'zh-Hant', last: 'reply' },
  },
  {
    name: '收到 👌 (zh-Hans chat): the same',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { messages: [us('王总，排班的示例发您了。', '2026-12-02 10:00'), them('收到 👌', '2026-12-02 10:30')] },
    want: { kind: 'follow_up', due: '2027-01-04', stage: 'discover', language: 'zh-Hans', last: 'reply' },
  },
  // ——— judge12's audit: a colleague jumping in under their own name is greeted ———
  {
    name: '"Marco here from Maria\'s IT team - quick one: which SSO providers do you support?": the draft greets Marco',
    contact: maria({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Maria, the proposal is attached (cc Marco).', '2026-12-01 10:00'), them("Marco here from Maria's IT team - quick one: which SSO providers do you support?", '2026-12-03 10:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', last: 'question', greets: 'Marco' },
  },
  // ——— judge12's audit: a customer whose onboarding was left undone is answered as a complaint ———
  {
    name: 'a customer in delivery: "two weeks since go-live and no one has followed up on the training we were promised": the complaint, within 24 hours',
    contact: priya({ stage: 'deliver' }),
    thread: { subject: 'Go-live', messages: [us('Hi Priya, you are live! Your onboarding lead will be in touch about training.', '2026-11-18 10:00'), them('Two weeks since go-live and no one has followed up on the training we were promised.', '2026-12-03 10:00')] },
    want: { kind: 'answer_complaint', due: '2026-12-04', stage: 'deliver', language: 'en', last: 'complaint' },
  },
  {
    name: '上线两周了，实施顾问一直联系不上 (zh-Hans, a customer): 投诉，24 小时内回应',
    contact: wangXiaoming({ stage: 'deliver' }),
    thread: { subject: '上线', messages: [us('王总您好，系统已经开通了。', '2026-11-18 10:00'), them('上线两周了，实施顾问一直联系不上，门店那边都不会用。', '2026-12-03 10:00')] },
    want: { kind: 'answer_complaint', due: '2026-12-04', stage: 'deliver', language: 'zh-Hans', last: 'complaint' },
  },
  // ——— judge12's audit: what we owe them, asked for again before we answered: sorry for the wait, and it now ———
  {
    name: 'asked twice for the data-processing agreement, the second time "any news on the DPA? legal is asking": today, with an apology, not "thank you, noted"',
    contact: jonas({ stage: 'negotiate' }),
    thread: { subject: 'DPA', messages: [us('Hi Jonas, the quote is attached; the DPA follows.', '2026-11-26 10:00'), them('Thanks. Please send the DPA when you can.', '2026-11-30 09:00'), them('Any news on the DPA? Our legal team is asking.', '2026-12-03 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'en', template: 'answer-chase', draftHas: /Sorry for the wait/ },
  },
  {
    name: '催了两次的实施计划（"麻烦把实施计划发一下" 之后又来一句 "实施计划今天能发吗？老板在问"）(zh-Hans): 今天发，先道歉',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '实施计划', messages: [us('王总监您好，方案已附上，实施计划随后发您。', '2026-11-26 10:00'), them('麻烦把实施计划发一下。', '2026-11-30 09:00'), them('实施计划今天能发吗？老板在问。', '2026-12-03 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', template: 'answer-chase', draftHas: /抱歉让您久等了/ },
  },
  {
    name: '報價單還沒收到 after we promised it (zh-Hant): the chase answered with an apology',
    contact: chen({ stage: 'present' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單這兩天寄給您。', '2026-11-26 10:00'), them('您好，報價單還沒收到，麻煩再確認一下。', '2026-12-03 09:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', step: 'request', template: 'answer-chase', draftHas: /久等/ },
  },
  // ——— judge13: a CRM note of the rep's in the first person, with no label, is ours; "she'll…" / "Jonas will…" is theirs ———
  {
    name: 'a HubSpot note with no label, "I\'ll send the revised quote Tuesday.": our promise, due Tuesday, not theirs to wait for',
    contact: maria(),
    deal: deal('hubspot', 'Decision maker bought-in', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: "I'll send the revised quote Tuesday.", at: t('2026-12-03 11:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'negotiate', language: 'en', step: 'own_promise', label: /Do what you promised/ },
  },
  {
    name: 'a Salesforce note in shorthand, "will call him back Thursday re: pricing tiers": ours, due Thursday',
    contact: wei({ name: 'Tom Becker' }),
    deal: deal('salesforce', 'Needs Analysis', { contacts: [{ name: 'Tom Becker', title: 'CFO' }], activity: [{ text: 'will call him back Thursday re: pricing tiers', at: t('2026-12-03 16:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-10', stage: 'discover', language: 'en', step: 'own_promise' },
  },
  {
    name: 'a Zoho note "We promised them a pilot plan by Monday.": ours, due Monday',
    contact: rahul(),
    deal: deal('zoho', 'Needs Analysis', { contacts: [{ name: 'Rahul Mehta', title: 'Procurement Manager' }], activity: [{ text: 'We promised them a pilot plan by Monday.', at: t('2026-12-03 16:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-07', stage: 'discover', language: 'en', step: 'own_promise' },
  },
  {
    name: '纷享 跟进记录「我周三把报价发给他」(zh-Hans, no label): 我们答应的事，周三前做完',
    contact: wangFang({ name: '李强' }),
    deal: deal('fxiaoke', '方案/报价', { contacts: [{ name: '李强', title: '采购经理' }], activity: [{ text: '我周三把报价发给他', at: t('2026-12-03 17:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'present', language: 'zh-Hans', step: 'own_promise' },
  },
  {
    name: 'a Zoho note 「我下週二回電」 (zh-Hant, no label): our call, due that Tuesday, not "they replied, our move today"',
    contact: chen({ sources: ['zoho'] }),
    deal: deal('zoho', 'Value Proposition', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '我下週二回電', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-08', stage: 'present', language: 'zh-Hant', step: 'own_promise' },
  },
  {
    name: 'a Pipedrive note "She\'ll get the signed NDA back to us Monday": theirs, checked the working day after',
    contact: jonas({ name: 'Anna Kowalski' }),
    deal: deal('pipedrive', 'Demo Scheduled', { contacts: [{ name: 'Anna Kowalski', title: 'COO' }], activity: [{ text: "She'll get the signed NDA back to us Monday", at: t('2026-12-03 15:00') }] }),
    want: { kind: 'snooze', due: '2026-12-08', until: '2026-12-08', stage: 'present', language: 'en', last: 'snooze', step: 'promise' },
  },
  {
    name: 'a Pipedrive note "Jonas will send the signed NDA Monday": theirs (the contact named), not "they replied"',
    contact: jonas(),
    deal: deal('pipedrive', 'Demo Scheduled', { contacts: [{ name: 'Jonas Weber', title: 'Head of Quality' }], activity: [{ text: 'Jonas will send the signed NDA Monday', at: t('2026-12-03 15:00') }] }),
    want: { kind: 'snooze', due: '2026-12-08', until: '2026-12-08', stage: 'present', language: 'en', step: 'promise' },
  },
  {
    name: 'a Zoho activity 「我們下週二把需求清單寄給您」 (zh-Hant, their email logged with no label): theirs, it speaks to us',
    contact: chen({ sources: ['zoho'] }),
    deal: deal('zoho', 'Needs Analysis', { contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '我們下週二把需求清單寄給您', at: t('2026-12-03 10:00') }] }),
    want: { kind: 'snooze', due: '2026-12-09', until: '2026-12-09', stage: 'discover', language: 'zh-Hant', step: 'promise' },
  },
  // ——— judge13: a bounce that names another address is written to that address ———
  {
    name: '"Mark Ellis is no longer with Acme Freight… please contact jane.doe@… instead": the draft goes to and names that address',
    contact: person({ name: 'Mark Ellis', company: 'Acme Freight', title: 'Ops Lead', stage: 'present' }),
    thread: { subject: 'Pilot', messages: [us('Hi Mark, the pilot plan is attached.', '2026-12-02 10:00'), them('Thank you for your message. Mark Ellis is no longer with Acme Freight and this mailbox is no longer monitored. Please contact jane.doe@acmefreight.example instead.', '2026-12-02 10:01')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'en', step: 'bounced', template: 'bounced-to', draftHas: /\(jane\.doe@acmefreight\.example\)/, label: /^Write to jane\.doe@acmefreight\.example/, why: /names jane\.doe@acmefreight\.example/ },
  },
  {
    name: '该邮箱已停止使用，请改寄 zhaolei@… (zh-Hans): 改发到退信给的地址，引文不在地址中间截断',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '方案', messages: [us('王总您好，方案发您了。', '2026-12-02 10:00'), them('该邮箱已停止使用，请改寄 zhaolei@huachen.example，谢谢。', '2026-12-02 10:02')] },
    want: { kind: 'follow_up', due: '2026-12-02', stage: 'present', language: 'zh-Hans', step: 'bounced', template: 'bounced-to', draftHas: /（zhaolei@huachen\.example）/, why: /改寄 zhaolei@huachen\.example，谢谢/ },
  },
  // ——— judge13: a contract sent back marked up is answered the same working day, whatever the tier, and asks no signature yet ———
  {
    name: '"attached is the MSA with our redlines - mostly sections 7 and 9": answered today, not in two days',
    contact: person({ name: 'Lena Fischer', company: 'Kaltwasser Bau', title: 'Head of Procurement', stage: 'close', bant: { budget: 'unknown', authority: 'unknown', need: 'vague', timelineMonths: null } }),
    thread: { subject: 'MSA', messages: [us('Hi Lena, the MSA is attached for review.', '2026-11-30 10:00'), them('Hi Sam, attached is the MSA with our redlines - mostly sections 7 and 9 (liability and termination). Let us know what you can accept.', '2026-12-04 08:30')] },
    want: { kind: 'answer_objection', due: '2026-12-04', stage: 'close', tier: 'A', language: 'en', track: 'contract-liability-cap', why: /same working day/ },
  },
  {
    name: '合同我们法务改了几处，修订版附上 (zh-Hans): 今天逐条答复，不是“签好的合同发回来”',
    contact: wangXiaoming({ stage: 'close' }),
    thread: { subject: '合同', messages: [us('王总您好，合同文本已附上，请审阅。', '2026-11-30 10:00'), them('合同我们法务改了几处，修订版附上，标红的地方请确认。', '2026-12-04 08:30')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'close', tier: 'A', language: 'zh-Hans', last: 'question', step: 'redline', draftHas: /逐条答复/ },
  },
  {
    name: '法務已在合約上以追蹤修訂方式加註意見 (zh-Hant): answered today, not "following up on my last message"',
    contact: chen({ stage: 'close' }),
    thread: { subject: '合約', messages: [us('陳經理您好，合約草稿如附件。', '2026-11-30 10:00'), them('法務已在合約上以追蹤修訂方式加註意見，請參閱附件，有問題再討論。', '2026-12-04 08:30')] },
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'close', tier: 'A', language: 'zh-Hant', step: 'redline', label: /changes to the contract/ },
  },
  // ——— judge13's audit: the person we deal with is about to leave: who takes over, asked today ———
  {
    name: '"Heads up - Friday is my last day here… not sure yet who will pick this up": ask today who takes over',
    contact: person({ name: 'Claire Dubois', company: 'Pennine Haulage', title: 'Ops Director', stage: 'negotiate' }),
    thread: { subject: 'Quote', messages: [us('Hi Claire, the revised quote is attached.', '2026-12-01 10:00'), them("Heads up - Friday is my last day here, I'm moving on to a new role. Not sure yet who will pick this up on our side.", '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', step: 'leaving', draftHas: /who will pick this up on your side/, draftLacks: /Friday is my last day/ },
  },
  {
    name: '我月底就离职了，后续的对接人公司还在安排 (zh-Hans): 今天问清由谁接手，不是等到月底',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('跟您说一声，我月底就离职了，后续的对接人公司还在安排，定了我告诉您。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'leaving', draftLacks: /“|\[用你自己的话/ },
  },
  {
    name: '下週五是我在公司的最後一天 (zh-Hant): the same',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('跟您說一聲，下週五是我在公司的最後一天，後續窗口還沒確定，確定了再通知您。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', step: 'leaving', draftLacks: /「|\[用你自己的話/ },
  },
  {
    name: 'a Salesforce note "Tom left the company last week; Rita Gomez is the new buyer": a note to Rita today',
    contact: wei({ name: 'Tom Becker' }),
    deal: deal('salesforce', 'Negotiation/Review', { amount: '$48,000.00', amountValue: 48_000, contacts: [{ name: 'Tom Becker', title: 'CFO' }], activity: [{ text: 'Tom left the company last week; Rita Gomez is the new buyer.', at: t('2026-12-03 16:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', last: 'referral', step: 'successor', greets: 'Rita' },
  },
  // ——— fixP (probe4 cause 2): someone leaving names who picks it up, in Chinese or in the rep's note; someone gone names a successor ———
  {
    name: '"I\'m leaving Ashgrove at Christmas… Priya Sethi in Finance knows it inside out and I\'ll introduce you to her": Tom asked for the introduction to Priya before he goes',
    contact: person({ name: 'Tom Archer', company: 'Ashgrove Foods', title: 'Ops Director', stage: 'present' }),
    thread: { subject: 'Pilot', messages: [us('Hi Tom, the pilot numbers are attached.', '2026-12-01 10:00'), them("Thanks Sam. Bit of news: I'm leaving Ashgrove at Christmas, last day is 23 December. Priya Sethi in Finance knows the project inside out and I'll introduce you to her before I go.", '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'leaving', greets: 'Tom', label: /Priya Sethi/, draftHas: /Priya Sethi[\s\S]*introduce us/ },
  },
  {
    name: '我下个月调去集团总部了，这个项目之后交给同事刘敏负责 (zh-Hans): 请王芳在走之前引荐刘敏，不是问“该联系谁”',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('跟您说一声，我下个月调去集团总部了。这个项目之后交给同事刘敏负责，她的邮箱是 liumin@hncold.example。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'leaving', greets: '王芳', label: /刘敏/, draftHas: /刘敏接手[\s\S]*引荐/ },
  },
  {
    name: '我12月18號離職，之後會由業務部的林雅婷跟進 (zh-Hant): 請陳怡君在離開前引薦林雅婷',
    contact: chen({ stage: 'negotiate' }),
    thread: { subject: '報價', messages: [us('陳經理您好，報價單已附上。', '2026-12-01 10:00'), them('跟您報告一下，我12月18號離職，之後會由業務部的林雅婷跟進，這週我會介紹你們認識。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'zh-Hant', step: 'leaving', greets: '陳怡君', label: /林雅婷/, draftHas: /林雅婷/ },
  },
  {
    name: 'a Salesforce note "Dana - leaving the company end of the month, Marco Ruiz takes over": Dana asked to introduce Marco, not a chase',
    contact: wei({ name: 'Dana Wu' }),
    deal: deal('salesforce', 'Negotiation/Review', { amount: '$48,000.00', amountValue: 48_000, contacts: [{ name: 'Dana Wu', title: 'COO' }, { name: 'Marco Ruiz', title: 'Finance Director' }], activity: [{ text: 'Call: Dana - leaving the company at the end of the month, Marco Ruiz takes over.', at: t('2026-12-03 16:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', step: 'leaving', greets: 'Dana', label: /Marco Ruiz/ },
  },
  {
    name: '纷享销客的跟进记录“王总电话里说她月底调去华东区，这个项目交给采购经理赵强负责” (zh-Hans): 请王芳引荐赵强，写给王芳，不是写给赵强，也不是等到月底',
    contact: wangFang(),
    deal: deal('fxiaoke', '谈判审核', { amount: '¥800,000', amountValue: 800_000, contacts: [{ name: '王芳', title: '采购总监' }, { name: '赵强', title: '采购经理' }], activity: [{ text: '王总电话里说她月底调去华东区，这个项目交给采购经理赵强负责。', at: t('2026-12-04 08:30') }] }),
    want: { kind: 'follow_up', due: '2026-12-04', stage: 'negotiate', language: 'zh-Hans', step: 'leaving', greets: '王芳', label: /赵强/ },
  },
  {
    name: '我上個月已經從宏碩離職了…宏碩那邊的案子你可以找接替我的林志豪 (zh-Hant): 寫給林志豪，說是陳怡君轉介的；陳怡君在新公司是新名單',
    contact: chen({ stage: 'present' }),
    thread: { subject: '試點', messages: [us('陳經理您好，試點方案已附上。', '2026-12-01 10:00'), them('不好意思，我上個月已經從宏碩離職了，現在在新公司上班。宏碩那邊的案子你可以找接替我的林志豪。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hant', step: 'successor', greets: '林志豪', why: /new lead at the new company/, draftHas: /陳怡君告訴我/ },
  },
  // (near misses: someone else leaving, a day off in lieu, a trip: no one asked for a handover)
  {
    name: 'a Salesforce note "Greg - Linda Park leaving the company Dec 18, Greg stays our contact": Greg is not leaving',
    contact: wei({ name: 'Greg Hollis' }),
    deal: deal('salesforce', 'Negotiation/Review', { amount: '$48,000.00', amountValue: 48_000, contacts: [{ name: 'Greg Hollis', title: 'COO' }, { name: 'Linda Park', title: 'CFO' }], activity: [{ text: 'Call: Greg - Linda Park leaving the company Dec 18, Greg stays our contact.', at: t('2026-12-03 16:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'negotiate', language: 'en', label: /^(?!Before)/, draftLacks: /introduce/ },
  },
  {
    name: '我下个月调休两天，回来再约时间看方案 (zh-Hans): a day off in lieu, nobody leaving',
    contact: wangFang({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总监您好，方案已附上。', '2026-12-01 10:00'), them('我下个月调休两天，回来再约时间看方案。', '2026-12-03 14:00')] },
    want: { kind: 'snooze', due: '2027-01-04', until: '2027-01-04', stage: 'present', language: 'zh-Hans', draftLacks: /引荐/ },
  },
  {
    name: '紀錄「陳經理說她下週去台中出差，回來再約時間」(zh-Hant): a trip, nobody leaving',
    contact: chen(),
    deal: deal('fxiaoke', '談判審核', { amount: 'NT$1,200,000', amountValue: 1_200_000, contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '陳經理說她下週去台中出差，回來再約時間。', at: t('2026-12-04 08:30') }] }),
    want: { kind: 'snooze', due: '2026-12-14', until: '2026-12-14', stage: 'negotiate', language: 'zh-Hant', draftLacks: /引薦/ },
  },
  {
    name: '我已于上月从华辰离职…华辰那边你可以找接替我的孙磊 (zh-Hans): 写给孙磊，说是王小明转介的',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '方案', messages: [us('王总您好，方案已附上。', '2026-12-01 10:00'), them('王总监您好：我已于上月从华辰离职，目前在另一家公司。华辰那边你可以找接替我的孙磊。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'successor', greets: '孙磊', why: /new lead at the new company/, draftHas: /王小明告诉我/ },
  },
  // ——— judge13's audit: an auto-reply their own message followed is no part of their reply ———
  {
    name: 'an auto-reply, then "Back early - yes, Tuesday 10am works": the meeting on Tuesday, not a wait until they are back',
    contact: priya({ stage: 'discover' }),
    thread: { subject: 'Walkthrough', messages: [us('Hi Priya, would Tuesday 8 December at 10am work for the walkthrough?', '2026-12-01 10:00'), them('Automatic reply: I am out of the office until 7 December with limited access to email.', '2026-12-01 10:01'), them('Back early - yes, Tuesday 10am works. Talk then.', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'en', last: 'meeting', step: 'meeting' },
  },
  {
    name: '自动回复：12月7日前休假, then 提前回来了，周二上午十点可以 (zh-Hans): 周二的会',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: '演示', messages: [us('王总监您好，下周二上午十点给您演示可以吗？', '2026-12-01 10:00'), them('自动回复：本人12月7日前休假，期间不查看邮件。', '2026-12-01 10:01'), them('提前回来了，周二上午十点可以。', '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'meeting' },
  },
  // ——— judge13's audit: whether it works with their system, asked, is a question answered today ———
  {
    name: 'a Cantonese chat 「你哋個系統支唔支援SAP？」 (tier C): answered today as a question, not a fit objection in two days',
    contact: kelvin({ stage: 'discover' }),
    thread: { messages: [us('Hi Kelvin, 附上我哋系統嘅簡介。', '2026-12-01 10:00'), them('你哋個系統支唔支援SAP？', '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', last: 'question' },
  },
  {
    name: '"Does it integrate with Shopify?" (tier C): today',
    contact: maria({ stage: 'discover' }),
    thread: { subject: 'Intro', messages: [us('Hi Maria, a short overview is attached.', '2026-12-01 10:00'), them('Does it integrate with Shopify?', '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'en', last: 'question' },
  },
  {
    name: '你们的系统能不能和金蝶对接？ (zh-Hans, tier C): today',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '介绍', messages: [us('王总您好，附上产品介绍。', '2026-12-01 10:00'), them('你们的系统能不能和金蝶对接？', '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'zh-Hans', last: 'question' },
  },
  {
    name: '"I\'ve looped in Daniel Park, our CTO" after the proposal, read unsure: a note to Daniel, and no negotiation read into the unsure reading',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Mei, the proposal is attached.', '2026-12-01 10:00'), them("I've looped in Daniel Park, our CTO, who will own the evaluation from here.", '2026-12-03 14:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'present', language: 'en', step: 'referral', greets: 'Daniel' },
  },  // ——— judge13's audit: a request in other clothes (another channel, a copy they cannot find, a new owner who signs) ———
  {
    name: '加个微信聊吧，邮件我不常看 (zh-Hans): 今天加微信，不是两天后回应“先发个资料”',
    contact: wangFang({ stage: 'discover' }),
    thread: { subject: '沟通', messages: [us('王总监您好，附上我们冷链方案的简介。', '2026-12-01 10:00'), them('加个微信聊吧，邮件我不常看，微信号 wf_coldchain。', '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'zh-Hans', step: 'request', draftHas: /“加个微信聊吧”/ },
  },
  {
    name: '"Can we move this to WhatsApp? I\'m on the road most of the week" (en): today',
    contact: kelvin({ name: 'Ravi Nair', location: 'Dubai' }),
    thread: { subject: 'Intro', messages: [us('Hi Ravi, a short overview is attached.', '2026-12-01 10:00'), them("Can we move this to WhatsApp? I'm on the road most of the week.", '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'prospect', language: 'en' },
  },
  {
    name: '信箱我比較少看，加我LINE比較快 (zh-Hant): today',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '需求', messages: [us('陳經理您好，附上簡介。', '2026-12-01 10:00'), them('信箱我比較少看，方便的話加我LINE比較快，ID 是 chen.yj，謝謝。', '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'discover', language: 'zh-Hant', step: 'request', draftHas: /「信箱我比較少看」/ },
  },
  {
    name: 'a customer: "could you resend the November invoice? Our AP team cannot find it" is a request, not a complaint with a 48-hour workaround',
    contact: maria({ stage: 'retain' }),
    thread: { subject: 'Invoice', messages: [us('Hi Maria, the quarterly report is attached.', '2026-11-20 10:00'), them('Hi Sam, could you resend the November invoice? Our AP team cannot find it.', '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'retain', language: 'en', step: 'request' },
  },
  {
    name: '"I\'m taking over this project from Anna… Could you send me the latest proposal? Best, Erik Lund": the draft greets Erik',
    contact: person({ name: 'Anna Berg', company: 'Solvik AB', title: 'IT Manager', stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Anna, following up on the proposal.', '2026-12-01 10:00'), them("Hi, I'm taking over this project from Anna, who moved to another team. Could you send me the latest proposal?\n\nBest,\nErik Lund", '2026-12-03 14:00')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'present', language: 'en', greets: 'Erik' },
  },
  // ——— judge15: a tender's closing date: the bid prepared and submitted before it (two working days), not a follow-up nor a wait ———
  {
    name: 'a formal RFP, "responses are due 20 December" (a Sunday): the bid in by Thursday 17 December',
    contact: mei({ stage: 'discover' }),
    thread: { subject: 'Scheduling system', messages: [us('Hi Mei, following up on our call about the Suzhou lines.', '2026-11-27 10:00'), them('Thanks Sam. We have now issued a formal RFP for the scheduling system; responses are due 20 December. The documents are attached.', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-17', stage: 'discover', language: 'en', step: 'tender', why: /closes Dec 20, 2026/, label: /submit by Dec 17, 2026/, draftHas: /We will take part, and our response will be with you by December 17/ },
  },
  {
    name: 'a buyer\'s terse RFQ on a HubSpot deal, "must be received by 5pm GMT on Friday 11 December": in by Wednesday the 9th',
    contact: maria(),
    deal: deal('hubspot', 'Appointment scheduled', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: 'Please find attached RFQ ref. PR-2291 for the shift planning tool. Quotations must be received by 5pm GMT on Friday 11 December; late submissions will not be considered.', at: t('2026-12-03 15:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'qualify', language: 'en', step: 'tender', label: /Dec 9, 2026/ },
  },
  {
    name: '投标截止日期是12月18日 (zh-Hans): 12月16日前提交投标文件，不是等到那天再联系',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '会员系统', messages: [us('王总您好，跟进一下上次的沟通。', '2026-11-27 10:00'), them('你好，我们这个项目走公开招标，投标截止日期是12月18日，招标文件见附件。', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-16', stage: 'discover', language: 'zh-Hans', step: 'tender', draftHas: /我们会参加投标，12月16日前/ },
  },
  {
    name: '纷享销客 询价函：请于12月15日17:00前递交报价文件 (zh-Hans): 12月11日前提交',
    contact: wangFang(),
    deal: deal('fxiaoke', '需求确定', { contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '采购部已发布询价函，请于12月15日17:00前递交报价文件，逾期不予受理。', at: t('2026-12-03 15:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-11', stage: 'discover', language: 'zh-Hans', step: 'tender' },
  },
  {
    name: '截標日期為12月21日下午五時 (zh-Hant): 12月17日前送出',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '產線排程系統', messages: [us('陳經理您好，跟進一下上次的會議。', '2026-11-27 10:00'), them('您好，本案將公開招標，截標日期為12月21日下午五時，詳情請參閱附件。', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-17', stage: 'discover', language: 'zh-Hant', step: 'tender', draftHas: /招標文件已收到/ },
  },
  {
    name: 'a Cantonese chat, 個標下個禮拜五截標 (zh-Hant): in by the Wednesday before',
    contact: kelvin({ stage: 'discover' }),
    thread: { messages: [us('Kelvin你好，上次講嘅方案你睇咗未？', '2026-11-27 10:00'), them('睇咗，不過我哋今次要公開招標，個標下個禮拜五截標，記得準時交標書。', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-09', stage: 'discover', language: 'zh-Hant', step: 'tender' },
  },
  // ——— judge15: when to come back, read into a date: the end of a quarter, after the (calendar) new year ———
  {
    name: '"Nothing will move before end of Q1… check back with me at that point": wait until 1 March',
    contact: mei({ stage: 'present' }),
    thread: { subject: 'Proposal', messages: [us('Hi Mei, any thoughts on the proposal?', '2026-11-27 10:00'), them('Nothing will move before end of Q1, our budget resets then. Check back with me at that point.', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-03-01', until: '2027-03-01', stage: 'present', language: 'en', last: 'snooze' },
  },
  {
    name: '而家年尾好忙，過咗新年先再傾啦 (Cantonese): the calendar new year, 5 January, not the year end',
    contact: kelvin({ stage: 'present' }),
    thread: { messages: [us('Kelvin你好，份方案睇咗未？', '2026-11-27 10:00'), them('而家年尾好忙，過咗新年先再傾啦。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-01-05', until: '2027-01-05', stage: 'present', language: 'zh-Hant', last: 'snooze' },
  },
  {
    name: '新年后再联系吧，现在预算都冻结了 (zh-Hans): 1月5日',
    contact: wangXiaoming({ stage: 'present' }),
    thread: { subject: '会员系统方案', messages: [us('王总您好，方案您看了吗？', '2026-11-27 10:00'), them('方案看了，不错。新年后再联系吧，现在预算都冻结了。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-01-05', until: '2027-01-05', stage: 'present', language: 'zh-Hans', last: 'snooze' },
  },
  // ——— judge15: won in the CRM, called off in the newer mail: confirm and update the CRM, never onboard ———
  {
    name: 'a Salesforce deal at "Closed Won" whose newest email cancels the order: confirm it and update the CRM today, no kick-off',
    contact: wei(),
    deal: deal('salesforce', 'Closed Won', { amount: '$48,000.00', amountValue: 48_000, contacts: [SF_DM], activity: [{ text: 'Contract signed by Wei', at: t('2026-11-20 10:00') }] }),
    thread: { subject: 'Kick-off', messages: [us('Hi Wei, welcome aboard! The kick-off invite is attached.', '2026-11-25 10:00'), them('Hi Sam, I am sorry to tell you that our board has decided to cancel the order. Please do not proceed with the kick-off.', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'deliver', language: 'en', step: 'cancelled', why: /The record says Closed Won/, label: /update the CRM/ },
  },
  {
    name: 'a HubSpot "Closed won" deal: "we\'re pulling out of the agreement" after a change of leadership',
    contact: maria(),
    deal: deal('hubspot', 'Closed won', { contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations' }], activity: [{ text: "Maria: Sam, awkward one. New leadership came in last week and we're pulling out of the agreement before anything starts. Sorry.", at: t('2026-12-03 17:00') }] }),
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'deliver', language: 'en', step: 'cancelled' },
  },
  {
    name: '纷享销客 商机“赢单”，客户邮件：公司决定撤回这个订单 (zh-Hans): 先确认再更新 CRM',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { contacts: [{ name: '王芳', title: '采购总监' }] }),
    thread: { subject: '启动会', messages: [us('王总您好，启动会邀请已发。', '2026-11-25 10:00'), them('不好意思，公司决定撤回这个订单，合同先不执行了。', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', step: 'cancelled', draftHas: /在更新我们这边的记录之前/ },
  },
  {
    name: '董事會決議取消這次採購 on a Pipedrive "won" deal (zh-Hant): confirm, not onboarding',
    contact: chen(),
    deal: deal('pipedrive', 'Negotiations Started', { status: 'won', contacts: [{ name: '陳怡君', title: '資訊部經理' }], activity: [{ text: '很抱歉通知您，董事會決議取消這次採購，合約就不執行了。', at: t('2026-12-03 15:00') }] }),
    locale: 'zh-Hant',
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'deliver', language: 'zh-Hant', step: 'cancelled', label: /先跟對方確認取消/ },
  },
  // ——— judge15: a notice not to renew: a retention step before the end date, not a renewal reminder ———
  {
    name: 'a formal notice of non-renewal, the contract ending 31 January: save the account now, before it ends',
    contact: priya({ stage: 'retain' }),
    thread: { subject: 'Your renewal', messages: [us('Hi Priya, a quick note on your renewal coming up.', '2026-11-27 10:00'), them('Please treat this as our formal notice that we will not renew when the contract ends on 31 January.', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'retain', language: 'en', step: 'retention', label: /before Jan 31, 2027/, draftHas: /Before the contract ends/ },
  },
  {
    name: '"we\'ve decided to let the subscription lapse" (a customer, no day named): save the account before it ends',
    contact: maria({ stage: 'retain' }),
    thread: { subject: 'Check-in', messages: [us('Hi Maria, how is the team getting on with the rota module?', '2026-11-27 10:00'), them("Hi Sam, thanks for checking in. To be upfront: we've decided to let the subscription lapse, the team never really took to it.", '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'retain', language: 'en', step: 'retention', label: /before the contract ends/ },
  },
  {
    name: '正式通知：合同2月28日到期后我们不再续约 (zh-Hans): 到期前挽留',
    contact: wangFang({ stage: 'retain', sources: ['linkedin'] }),
    thread: { subject: '续约', messages: [us('王总您好，续约的事情想跟您沟通一下。', '2026-11-27 10:00'), them('正式通知：合同2月28日到期后我们不再续约。', '2026-12-03 11:00')] },
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'retain', language: 'zh-Hans', step: 'retention', label: /Feb 28, 2027/ },
  },
  {
    name: '一月尾約滿之後我哋唔再續約喇 (Cantonese): 約滿前挽留',
    contact: kelvin({ stage: 'retain' }),
    thread: { messages: [us('Kelvin你好，想同你傾下續約。', '2026-11-27 10:00'), them('通知你一聲，一月尾約滿之後我哋唔再續約喇。', '2026-12-03 11:00')] },
    locale: 'zh-Hant',
    want: { kind: 'follow_up', due: '2026-12-03', stage: 'retain', language: 'zh-Hant', step: 'retention', label: /2027年1月31日/ },
  },
  // ——— judge15: instalments asked once the price is accepted: a buying signal, the contract with the payment answered ———
  {
    name: '"we can live with that number. Would you take quarterly instalments rather than one payment?": the contract, not the contract objection',
    contact: mei({ stage: 'negotiate' }),
    thread: { subject: 'Revised quote', messages: [us('Hi Mei, the revised quote is 44,000 a year.', '2026-11-27 10:00'), them('OK, we can live with that number. Would you take quarterly instalments rather than one payment? Finance prefers it.', '2026-12-03 11:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'en', last: 'signal', evidence: 'buying-signal' },
  },
  {
    name: '價錢OK，不過可唔可以分月俾？ (Cantonese): a buying signal',
    contact: kelvin({ stage: 'negotiate' }),
    thread: { messages: [us('Kelvin你好，最新報價係每年三萬六。', '2026-11-27 10:00'), them('價錢OK，不過可唔可以分月俾？一次過俾有啲吃力。', '2026-12-03 11:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hant', last: 'signal', template: 'contract-terms' },
  },
  {
    name: '这个价格可以。就是一次性付清压力有点大，能按月付吗？ (zh-Hans): a buying signal',
    contact: wangXiaoming({ stage: 'negotiate' }),
    thread: { subject: '报价', messages: [us('王总您好，调整后的报价是每年 32 万。', '2026-11-27 10:00'), them('这个价格可以。就是一次性付清压力有点大，能按月付吗？', '2026-12-03 11:00')] },
    want: { kind: 'move_to_contract', due: '2026-12-03', stage: 'close', language: 'zh-Hans', last: 'signal', template: 'contract-terms' },
  },
  // ——— judge15: tied to a competitor until a notice date: back two weeks before it, with the date ———
  {
    name: '"We\'re tied to Kinaxis until their notice period in March": back on 15 February, before the notice date',
    contact: mei({ stage: 'discover' }),
    thread: { subject: 'Planning', messages: [us('Hi Mei, any thoughts on what we discussed?', '2026-11-27 10:00'), them("We're tied to Kinaxis until their notice period in March, so nothing can change before then.", '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'discover', language: 'en', last: 'snooze', why: /14 days before Mar 1, 2027/, label: /before their notice date/ },
  },
  {
    name: '我们跟用友的合同要到明年3月才能提前通知解约 (zh-Hans): 2月15日再联系，不是现在争辩',
    contact: wangXiaoming({ stage: 'discover' }),
    thread: { subject: '系统选型', messages: [us('王总您好，上次聊的内容您考虑得怎么样？', '2026-11-27 10:00'), them('我们跟用友的合同要到明年3月才能提前通知解约，在那之前换不了。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-02-15', until: '2027-02-15', stage: 'discover', language: 'zh-Hans', last: 'snooze' },
  },
  {
    name: '合約綁到明年6月，3月底前要通知對方才能不續約 (zh-Hant): the notice date, 31 March, not June',
    contact: chen({ stage: 'discover' }),
    thread: { subject: '系統評估', messages: [us('陳經理您好，上次討論的內容您考慮得如何？', '2026-11-27 10:00'), them('我們跟 Oracle 的合約綁到明年6月，3月底前要通知對方才能不續約，所以現在還不能換。', '2026-12-03 11:00')] },
    want: { kind: 'snooze', due: '2027-03-17', until: '2027-03-17', stage: 'discover', language: 'zh-Hant', last: 'snooze' },
  },
  // ——— judge15: a price concern after signing: the value they get, not a pre-sale price track ———
  {
    name: '签完合同以后越想越觉得这个价格太贵了 (zh-Hans, a customer): a value review today, not the price track',
    contact: wangFang({ stage: 'retain', sources: ['linkedin'] }),
    thread: { subject: '使用情况', messages: [us('王总您好，系统上线一个月了，使用情况如何？', '2026-11-27 10:00'), them('说实话，签完合同以后越想越觉得这个价格太贵了，用的人也不多。', '2026-12-03 11:00')] },
    want: { kind: 'after_sales_check', due: '2026-12-03', stage: 'retain', language: 'zh-Hans', step: 'value_review', draftHas: /物有所值/ },
  },
  {
    name: '簽約之後覺得這個價錢實在太貴了 (zh-Hant, a customer): the same',
    contact: chen({ stage: 'retain' }),
    thread: { subject: '使用狀況', messages: [us('陳經理您好，上線一個月了，使用情況如何？', '2026-11-27 10:00'), them('老實說，簽約之後覺得這個價錢實在太貴了，同事也很少在用。', '2026-12-03 11:00')] },
    locale: 'zh-Hant',
    want: { kind: 'after_sales_check', due: '2026-12-03', stage: 'retain', language: 'zh-Hant', step: 'value_review', label: /使用情況和成效/ },
  },
  {
    name: 'a Zoho "Closed Won" deal, 刚签的，老板现在嫌贵 (zh-Hans note): a value review',
    contact: rahul({ name: '刘洋' }),
    deal: deal('zoho', 'Closed Won', { amount: 'CNY 180,000', amountValue: 180_000, contacts: [{ name: '刘洋', title: '运营总监', role: 'Decision Maker' }], activity: [{ text: '刘洋来电：上个月刚签的合同，老板现在觉得价格太贵了，问我们到底值不值这个钱。', at: t('2026-12-03 16:20') }] }),
    want: { kind: 'after_sales_check', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', step: 'value_review' },
  },
  {
    name: 'our renewal notice, then "knock 15% off the renewal and we sign today" (en, a Gmail thread, no stage stored): a customer, the renewal answered today',
    contact: rahul(),
    thread: { subject: 'Your annual renewal', messages: [us('Hi Rahul, a heads-up that your subscription renews on 15 January at £14,200 for the year.', '2026-12-01 09:00'), them('We want to stay, the team lives in it. Budget is tight though: knock 15% off the renewal and we sign today.', '2026-12-03 12:25')] },
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'retain', language: 'en', step: 'renewal', draftHas: /past year/ },
  },
  {
    name: '價錢加咗兩成？可唔可以維持返舊價？ to our renewal quote (Cantonese, a customer on record): the renewal, not the price track',
    contact: kelvin({ stage: 'retain' }),
    thread: { subject: '續約報價', messages: [us('Kelvin 你好，附上明年嘅續約報價，請查收。', '2026-12-02 10:00'), them('價錢加咗兩成？可唔可以維持返舊價？唔係我哋要睇下其他選擇。', '2026-12-04 09:30')] },
    locale: 'zh-Hant',
    want: { kind: 'answer_question', due: '2026-12-04', stage: 'retain', language: 'zh-Hant', step: 'renewal', label: /續約/ },
  },
  {
    name: 'a Fxiaoke 赢单 deal, 明年续约能不能按去年的价格来 (zh-Hans note): the renewal answered today',
    contact: wangFang(),
    deal: deal('fxiaoke', '赢单', { amount: '¥800,000', amountValue: 800_000, contacts: [{ name: '王芳', title: '采购总监' }], activity: [{ text: '王芳来电：系统用得挺顺，明年续约能不能按去年的价格来？', at: t('2026-12-03 15:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', language: 'zh-Hans', step: 'renewal', draftHas: /续约/ },
  },
  {
    name: 'a Salesforce "Closed Won" deal, the renewal with two more depots to add (en note): the renewal and the addition quoted together',
    contact: wei(),
    deal: deal('salesforce', 'Closed Won', { amount: '$48,000.00', amountValue: 48_000, contacts: [SF_DM], activity: [{ text: 'Call with Wei: the renewal is due 1 February. They want to add the two new depots at the same time.', at: t('2026-12-03 09:00') }] }),
    want: { kind: 'answer_question', due: '2026-12-03', stage: 'deliver', tier: 'A', language: 'en', step: 'renewal', template: 'renewal-more' },
  },
];

// ————————————————————————————————————————— the checks —————————————————————————————————————————

/** The contact and deal of a row as the Today queue reads them from the store (no page open). */
function queueFor(row: Row, now: number) {
  const input = inputOf(row);
  const contact = row.contact ? { ...row.contact, ...(input.lastWord && !row.deal ? { lastWord: { at: input.lastWord.at, text: input.lastWord.text } } : {}) } : null;
  const storedDeal = row.deal ? { ...row.deal, contactIds: contact ? [contact.id] : [] } : null;
  return buildQueue({
    contacts: contact ? [contact] : [],
    deals: storedDeal ? [storedDeal] : [],
    touches: contact ? input.touches.map((touch) => ({ ...touch, contactId: contact.id })) : [],
    read: readReply,
    playbook,
    now,
    locale: 'en',
  });
}

describe('the situation table', () => {
  it('covers every action kind several times, every CRM and all three languages', () => {
    for (const kind of ACTION_KINDS) expect(ROWS.filter((r) => r.want.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const crm of ['salesforce', 'hubspot', 'zoho', 'pipedrive', 'fxiaoke']) expect(ROWS.filter((r) => r.deal?.crm === crm).length, crm).toBeGreaterThanOrEqual(3);
    for (const language of ['en', 'zh-Hans', 'zh-Hant']) expect(ROWS.filter((r) => r.want.language === language).length, language).toBeGreaterThanOrEqual(15);
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', (_, row) => {
    const input = inputOf(row);
    const { situation, draft, spin } = advise(input);
    const { action } = situation;
    const { want } = row;
    const now = input.now;

    // The action and its day.
    expect({ kind: action.kind, due: iso(action.due) }).toEqual({ kind: want.kind, due: want.due });
    if (action.kind === 'snooze') {
      expect(action.until).not.toBeNull();
      expect(iso(action.until ?? 0)).toBe(want.until);
      expect(action.until).toBe(action.due);
    } else {
      expect(want.until).toBeUndefined();
      expect(action.until).toBeNull();
    }
    expect(action.overdue).toBe(action.kind !== 'stop' && action.kind !== 'snooze' && dayOf(now) > action.due);
    expect(action.why.length).toBeGreaterThan(10);
    if (want.last) expect(situation.last.kind).toBe(want.last);
    if (want.closeDatePassed !== undefined) expect(situation.flags.closeDatePassed).toBe(want.closeDatePassed);

    // Where the deal stands, and the tier.
    expect(situation.stage.id).toBe(want.stage);
    if (want.tier !== undefined) expect(situation.tier).toBe(want.tier);
    if (want.evidence) expect(situation.stage.evidence.map((e) => e.kind)).toContain(want.evidence);
    if (row.deal) {
      // A person on a deal follows the deal: its mapped stage (or the thread's, when the thread is further on and the
      // CRM's is the record that lags) and its tier, whatever the contact's own stage.
      // (a Won or Lost badge outranks the stage bar beside it)
      const mapped = row.deal.record.status ? dealInsight(row.deal, playbook, now, 'en').stage.sop : mapCrmStage(playbook.crmStages, row.deal.crm, row.deal.record.stage ?? '');
      // (a CRM stage the playbook does not map is shown as the CRM names it, the deal placed at the first stage)
      if (mapped === null) expect(unmappedCrmStage(situation, row.deal)).toBe(row.deal.record.stage);
      else expect(situation.stage.id).toBe(situation.stage.crmBehind?.stage ?? mapped);
      if (situation.stage.crmBehind) expect(STAGE_IDS.indexOf(situation.stage.id as StageId)).toBeGreaterThan(STAGE_IDS.indexOf(mapped as StageId));
      const insight = dealInsight(row.deal, playbook, now, 'en');
      expect(situation.tier).toBe(insight.bant.score.tier);
    }

    // The draft: in the prospect's language (never the UI's), doing the action.
    expect(draft.language).toBe(want.language);
    if (input.lastWord) expect(draft.language).toBe(input.lastWord.reading.language);
    if (action.kind === 'stop') {
      expect(draft).toMatchObject({ subject: '', body: '', templateId: 'none', trackId: null });
    } else {
      expect(draft.body.length).toBeGreaterThan(20);
      expect(draft.subject.length).toBeGreaterThan(0);
      expect(`${draft.subject}\n${draft.body}`).not.toMatch(/\{\w+\}/);
      expect(/[\u4e00-\u9fff]/.test(draft.body)).toBe(want.language !== 'en' || /[\u4e00-\u9fff]/.test(input.contact?.name ?? ''));
      if (row.thread?.subject) expect(draft.subject).toBe(replySubject(row.thread.subject));
      if (want.subject) expect(draft.subject).toBe(want.subject);
      if (want.greets) expect(draft.body.split('\n')[0]).toContain(want.greets);
    }
    const template = { answer_objection: 'objection-reply', answer_question: 'answer-question', move_to_contract: 'contract-now', get_signature: 'contract-sign', follow_up: 'follow-up', first_touch: 'first-touch', reopen: 'reopen', after_sales_check: 'after-sales', answer_complaint: 'complaint', stop: 'none', snooze: 'snooze-ack' } as const;
    if (want.draftHas) expect(draft.body).toMatch(want.draftHas);
    if (want.draftLacks) expect(draft.body).not.toMatch(want.draftLacks);
    if (want.meetingOn) expect(situation.meeting?.at === undefined ? null : iso(situation.meeting.at)).toBe(want.meetingOn);
    if (want.draftTo !== undefined) expect(draft.to ?? '').toBe(want.draftTo);
    // An answer to their question adds a discovery question only while the deal is still in discovery.
    if ((draft.templateId === 'answer-question' || draft.templateId === 'kick-off-answer') && !['prospect', 'qualify', 'discover'].includes(spinStageOf(situation))) for (const q of spin) expect(draft.body).not.toContain(q.text);
    if (want.why) expect(action.why).toMatch(want.why);
    if (want.label) expect(action.label).toMatch(want.label);
    if (want.step !== undefined) expect(action.step ?? null).toBe(want.step);
    if (want.crmAhead !== undefined) expect(situation.stage.crmAhead?.stage ?? null).toBe(want.crmAhead);
    // The CRM ahead of a conversation barely begun: the questions are the conversation's (situation and problem), not negotiation's.
    if (want.crmAhead) expect(spin.every((q) => q.phase === 'situation' || q.phase === 'problem')).toBe(BEFORE_DISCOVERY_ENDS.includes(want.crmAhead));
    // The CRM is never both ahead of the conversation and behind it.
    expect(Boolean(situation.stage.crmAhead) && Boolean(situation.stage.crmBehind)).toBe(false);
    const stepTemplate: Record<ActionStep, string> = { adoption: 'adoption', meeting: 'meeting-confirm', meeting_answer: 'meeting-confirm-answer', meeting_invite: 'meeting-invite', meeting_slots: 'meeting-slots', next_step: 'contract-next', referral: 'referral', referral_ask: 'referral-ask', referral_away: 'referral-away', successor: 'referral-successor', referral_approver: 'referral-approver', procurement: 'procurement-portal', deadline: 'request-deadline', kickoff: 'kick-off', kickoff_prep: 'kick-off-prep', progress: 'progress-update', promise: 'promise-ack', promise_over: 'promise-nudge', request: 'answer-request', decided: 'decision-ack', counter: 'counter-offer', correction: 'correction', effort: 'effort-concern', apology: 'apology', moved: 'moved-on', forwarded_up: 'forwarded-up', own_promise: 'own-promise', bounced: 'bounced', redline: 'redline-reply', leaving: 'leaving-handover', tender: 'tender-bid', cancelled: 'cancel-confirm', retention: 'retention', value_review: 'value-review', renewal: 'renewal-terms', same_person: 'none', security_review: 'security-review', offer_yes: 'offer-send', say_plainly: 'say-plainly' };
    // A buying signal asking to pay in instalments is answered in the draft (the question, then the contract).
    const paymentAsked = input.lastWord?.reading.signals.some((s) => (s.signal === 'terms_change' || s.signal === 'invoice') && /instal|split|\bpay|分.?期|付款|支付|按月|按季|分月/i.test(s.evidence.text)) === true;
    if (want.template) expect(draft.templateId).toBe(want.template);
    else if (action.kind === 'snooze' && !action.step) expect(draft.templateId).toBe(situation.last.who === 'us' ? 'snooze-return' : 'snooze-ack');
    else if (situation.last.kind === 'meeting') expect(draft.templateId).toBe(action.step === 'meeting_invite' ? (situation.meeting?.time ? 'meeting-invite' : 'meeting-invite-time') : action.step === 'meeting_answer' ? 'meeting-confirm-answer' : 'meeting-confirm');
    // (a bounce that names another address is written to it)
    // (and one taken up on a day they named has the one-pager before it and the day we check in)
    else if (action.step) expect(draft.templateId).toBe(action.step === 'bounced' && situation.bounced?.to ? 'bounced-to' : action.step === 'referral_ask' && situation.referral?.left ? 'left-ask' : action.step === 'successor' && situation.referral?.passedOnBy ? 'referral-successor-passed' : action.step === 'leaving' && situation.referral?.name ? 'leaving-handover-named' : action.step === 'forwarded_up' && situation.forwardedUp?.on !== undefined ? 'forwarded-up-on' : action.step === 'redline' && input.lastWord && !returnedRedline(input.lastWord.text) ? 'redline-asked' : action.step === 'meeting_slots' ? `${situation.cameBack ? 'come-back-' : ''}${situation.slotsFrom != null ? 'meeting-slots-from' : 'meeting-slots'}` : action.step === 'renewal' && situation.last.quote && asksMoreOnly(situation.last.quote) ? 'renewal-more' : action.step === 'offer_yes' && situation.offered?.kind === 'do' ? 'offer-do' : stepTemplate[action.step]);
    else if (paymentAsked && (action.kind === 'move_to_contract' || action.kind === 'get_signature')) expect(draft.templateId).toBe(action.kind === 'get_signature' ? 'contract-terms-sign' : 'contract-terms');
    // A start date asked (no question of theirs quoted, nothing else asked for): the draft gives it with the contract.
    else if (action.kind === 'move_to_contract' && input.lastWord?.reading.signals.some((s) => s.signal === 'delivery_time') && draft.templateId !== 'contract-question' && draft.templateId !== 'contract-request') expect(draft.templateId).toBe('contract-start');
    // A follow-up names "our conversation about <pain>" only for a pain of theirs on record.
    // (and a reply of theirs that needed no answer is thanked, not followed up "on my last message"; a time they named that has come is picked up as they suggested)
    else if (action.kind === 'follow_up') expect(draft.templateId).toBe(spin[0] && input.contact?.knownPains?.includes(spin[0].painId) ? 'follow-up' : situation.last.who === 'them' && situation.last.kind === 'reply' && !situation.last.voice ? 'follow-up-thanks' : situation.last.who === 'them' && situation.last.kind === 'snooze' ? 'snooze-return' : 'follow-up-open');
    // (a first touch to someone the rep's notes say we met is written as to someone met, judge5)
    else expect(draft.templateId).toBe(action.kind === 'first_touch' && situation.met ? 'first-touch-met' : template[action.kind]);
    // A first note to someone new (referred, a successor) asks no implication or need-payoff question of the stage.
    if (action.step === 'referral' || action.step === 'successor') {
      const deepQuestions = playbook.spin.pains.flatMap((p) => [p.questions.implication[draft.language], p.questions.needPayoff[draft.language]]).map((q) => q.split('{company}')[0] ?? q);
      for (const q of deepQuestions) if (q.length > 12) expect(draft.body).not.toContain(q);
    }
    // A meeting is confirmed, never put off: the draft names its day.
    // (with a question beside it the confirmation goes today, and still names the meeting's day; the hour in their zone when they named one)
    if (situation.last.kind === 'meeting') {
      expect(situation.meeting).toBeTruthy();
      expect(draft.body).toContain(formatDayInLetter(situation.meeting?.at ?? action.due, draft.language, now));
      // (a meeting they agreed to or moved in their words: our confirmation the day they wrote; one their calendar, their own invite or a note set: on its day)
      if (action.step === 'meeting') expect([situation.meeting?.at, dayOf(input.lastWord?.at ?? now)]).toContain(action.due);
      else expect(action.due).toBe(dayOf(input.lastWord?.at ?? now));
      if (situation.meeting?.time) expect(draft.body).toContain(situation.meeting.time);
    }
    if (action.kind === 'answer_objection') {
      const category = input.lastWord?.reading.category;
      const objection = playbook.objections.find((o) => o.id === category);
      expect(objection).toBeDefined();
      const track = objection?.responses.find((r) => r.trackId === (want.track ?? row.chosenTrack)) ?? objection?.responses[0];
      expect(draft.trackId).toBe(track?.trackId);
      if (want.track) expect(draft.trackId).toBe(want.track);
      // (naming the product their words name, as the draft does: "a team that knows Athenahealth well")
      // (no deal numbers quoted to a buyer the record's notes say has not seen a price: the CRM ahead of negotiation)
      const ahead = situation.stage.crmAhead?.stage;
      const priced = ahead && ['prospect', 'qualify', 'discover', 'present'].includes(ahead) ? { deal: null } : input;
      if (track) expect(draft.body).toContain(trackText(track, draft.language, priced, aboutRenewal(situation.stage.id, input), situation.twoObjections ? null : trackNameFor(category ?? '', input.lastWord?.text ?? '')));
      // Their words named the clause: no question asking which it is.
      if (want.track === 'contract-liability-cap' && !row.chosenTrack) expect(draft.body).not.toContain(objection?.clarifyingQuestion[draft.language] ?? '\u0000');
    } else {
      expect(draft.trackId).toBeNull();
    }
    // (who-we-are answers who we are and where their details came from: it does not quote "who is this?" back)
    // (nor do the two times offered for a meeting they asked for: the times are the answer)
    // (a rep's own note of what they said is never quoted to them: the rep puts it in their own words)
    if (action.kind === 'answer_question' && draft.templateId !== 'who-we-are' && action.step !== 'meeting_slots') {
      if (input.lastWord?.voice === 'note') {
        // (a slot for the rep's own words, and the note itself nowhere in it)
        expect(draft.body).toMatch(/\[[^\]\n]{3,}\]/);
        if (situation.last.quote) expect(draft.body).not.toContain(situation.last.quote);
        // (a Chinese draft quotes the point of long words, the clause that says it: pointOfQuote)
      } else expect(draft.body).toContain(draft.language === 'en' || !situation.last.quote ? (situation.last.quote ?? '\u0000') : pointOfQuote(situation.last.quote));
    }
    // Their words quoted anywhere (the reason, the stage card's evidence, what happened last) start at them, not at the greeting.
    const greetingQuoted = /[“「](?:hi|hello|hey|dear|good (?:morning|afternoon))\b|[“「][^”」，,]{0,12}(?:您好|你好)/i;
    expect(action.why).not.toMatch(greetingQuoted);
    for (const e of situation.stage.evidence) if (['buying-signal', 'counter-offer', 'quote-asked', 'objection-at-quote'].includes(e.kind)) expect(withoutSalutation(e.quote)).toBe(e.quote);
    if (situation.last.quote) expect(withoutSalutation(situation.last.quote)).toBe(situation.last.quote);
    if (!input.contact?.knownPains?.length) expect(draft.body).not.toMatch(/our conversation about|上次关于|上次關於/);
    // A chat (LinkedIn, no subject) is answered as a message, not as an email.
    if (row.thread && !row.thread.subject && !row.deal) expect(draft.body).not.toMatch(/邮件|郵件|\bemail\b|\bmail\b/i);
    // The re-open draft makes the playbook's offer to them; the rep's instruction stays in the reason.
    if (action.kind === 'reopen') {
      expect(draft.body).toContain(playbook.triggers.reactivationOffer[draft.language]);
      expect(draft.body).not.toMatch(/\bRe-open\b|重新联系|重新聯絡/);
    }

    // SPIN follows the stage: situation and problem until discovery ends, implication and need-payoff after; in the rep's language.
    expect(spin.length).toBeGreaterThan(0);
    const phases = new Set(spin.map((q) => q.phase));
    // (on a deal whose CRM stage lags the thread, the thread's stage: the questions follow the conversation)
    if (BEFORE_DISCOVERY_ENDS.includes(spinStageOf(situation))) expect([...phases].every((p) => p === 'situation' || p === 'problem')).toBe(true);
    else expect([...phases].every((p) => p === 'implication' || p === 'need_payoff')).toBe(true);
    expect(spin.every((q) => (detectLanguage(q.text).language === 'en') === (input.locale === 'en'))).toBe(true);

    // Nothing contradicts: a fresh objection is answered, not re-opened or introduced.
    const reading = input.lastWord?.reading;
    const freshWord = input.lastWord && situation.last.who === 'them' && now - (input.lastWord.at ?? now) < playbook.triggers.dormantAfterDays * DAY;
    if (reading && freshWord && reading.category !== 'none' && !reading.stop && situation.stage.id !== 'lost') expect(['reopen', 'first_touch']).not.toContain(action.kind);
    // On a lost deal their objection is why it was lost: it is re-opened later, never answered today.
    if (situation.stage.id === 'lost' && action.kind !== 'stop') expect(['reopen', 'snooze', 'answer_question']).toContain(action.kind);
    if (reading?.stop) expect(action.kind).toBe('stop');
    if (action.kind === 'stop') expect(situation.stage.suggested).toBeNull();
    // A suggested stage is a step forward from the stored one, never back.
    if (situation.stage.suggested) expect(STAGE_IDS.indexOf(situation.stage.suggested)).toBeGreaterThan(STAGE_IDS.indexOf(situation.stage.stored ?? 'prospect') - (situation.stage.stored ? 0 : 1));
    if (action.kind === 'move_to_contract') expect(BEFORE_DISCOVERY_ENDS.includes(situation.stage.id) || ['present', 'negotiate', 'close'].includes(situation.stage.id)).toBe(true);
    if (action.kind === 'answer_complaint' || action.kind === 'after_sales_check') expect(['deliver', 'retain']).toContain(situation.stage.id);
    if (action.kind === 'first_touch') expect(situation.last.who).toBeNull();
  });

  const snoozes = ROWS.filter((r) => r.want.kind === 'snooze');
  it.each(snoozes.map((row) => [row.name, row] as const))('snooze: %s — not in Today’s queue now, back in it on its day', (_, row) => {
    const now = row.now ?? NOW;
    const today = queueFor(row, now);
    expect(today).not.toBeNull();
    expect(today).toHaveLength(0);
    const until = t(row.want.until ?? '');
    const back = queueFor(row, until + 10 * 3_600_000);
    expect(back).toHaveLength(1);
    expect(back?.[0]?.situation.action.kind).not.toBe('snooze');
    expect(iso(back?.[0]?.situation.action.due ?? 0) <= iso(until)).toBe(true);
  });

  const stops = ROWS.filter((r) => r.want.kind === 'stop');
  it.each(stops.map((row) => [row.name, row] as const))('stop: %s — never in Today’s queue', (_, row) => {
    expect(queueFor(row, row.now ?? NOW)).toHaveLength(0);
    expect(queueFor(row, (row.now ?? NOW) + 400 * DAY)).toHaveLength(0);
  });
});
