/**
 * Two objections in one reply answered in one draft, the blocking one first, and never one made up from a
 * weak reading; the competitor and fit tracks naming the product in their words (twoobj).
 */
import { describe, expect, it } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { incumbentName, systemName } from './incumbent';
import { kickoffBooked } from './delivery';
import { objectionHeard } from './promise';
import { cleanReply } from '../nlp/reply';
import type { DealId, StoredDeal } from '../deals/deal';
import type { CrmRecord } from '../sites/extraction-schema';
import type { SituationInput } from './types';

const NOW = new Date(2026, 11, 7, 10).getTime();
const SENT = new Date(2026, 11, 1, 9).getTime();
const REPLIED = new Date(2026, 11, 4, 16).getTime();

function person(name: string): Contact {
  const id = `contact-${name}` as ContactId;
  const createdAt = new Date(2026, 10, 2).getTime();
  return { id, name, identities: [`test:${id}`], sources: ['gmail'], stage: 'present', stageChangedAt: createdAt, createdAt, capturedAt: createdAt };
}

/** Our proposal, then their reply: an email thread on the page. */
function thread(name: string, reply: string, proposal = 'Hi, attached is the proposal we discussed: 38,000 a year, implementation included.'): SituationInput {
  return {
    playbook,
    now: NOW,
    locale: 'en',
    contact: person(name),
    deal: null,
    conversation: { subject: 'Re: Proposal', messages: [{ direction: 'outbound', at: SENT, text: proposal }, { direction: 'inbound', at: REPLIED, text: reply }] },
    touches: [{ at: SENT, direction: 'outbound' }, { at: REPLIED, direction: 'inbound' }],
    lastWord: { at: REPLIED, text: reply, reading: readReply(reply, REPLIED), voice: null },
  };
}

describe('two objections in one reply', () => {
  it.each([
    [
      'over budget, and the bigger one: whether it syncs with NetSuite (the integration first)',
      'Derek Osei',
      'Two things. First, $38k is a fair bit north of what I had pencilled in for this. Second, and honestly the bigger one, nobody here could tell me whether this actually syncs with NetSuite or if we are back to CSV exports. If it is exports, that is a non-starter for us.',
      ['fit', 'price'],
      /NetSuite[\s\S]*split payments/,
    ],
    [
      '简体: over budget, and whether it connects to 用友, which would rule it out',
      '赵敏',
      '看了方案，有两点：一是价格比我们预算高不少；二是我们财务一直用用友，跟你们对接不上的话，这事肯定不行。',
      ['fit', 'price'],
      /用友[\s\S]*分期付款/,
    ],
    [
      '简体 note voice: staff resisting, and 金蝶 that must connect (the reader is sure of both)',
      '徐红',
      '一是担心车间老员工不会用、抵触；二是你们系统跟我们现在的金蝶对接不了的话，数据要录两遍，那肯定不行。',
      ['fit', 'trust'],
      /金蝶[\s\S]*关键用户/,
    ],
    [
      'Cantonese: over budget, and on Salesforce without knowing whether it connects',
      '陳家樂',
      '價錢貴咗啲，超出我哋預算。另外我哋用緊 Salesforce，唔知可唔可以對接。',
      ['price', 'fit'],
      /Salesforce/,
    ],
    [
      '繁體: thirty percent over budget, and staff who will not use it',
      '林美華',
      '報價比預算高了三成。另外，現場同仁擔心新系統不會用，會抵觸。',
      ['trust', 'price'],
      /關鍵使用者[\s\S]*分期/,
    ],
  ])('%s', (_name, who, reply, [first, second], draftHas) => {
    const { situation, draft } = advise(thread(who, reply));
    expect(situation.action.kind).toBe('answer_objection');
    expect(situation.twoObjections?.first.category).toBe(first);
    expect(situation.twoObjections?.second.category).toBe(second);
    // (the reason names both, and the label says which comes first)
    const names = [first, second].map((id) => playbook.objections.find((o) => o.id === id)?.name.en ?? id);
    expect(situation.action.label).toBe(`Answer both objections: ${names[0]}, then ${names[1]}`);
    expect(situation.action.why).toContain(situation.twoObjections?.second.quote ?? '—');
    // (each quoted from its point, not from the count that opens it: "First,", "Second, and honestly the bigger one,", 一是, 二是, 另外)
    for (const quote of [situation.twoObjections?.first.quote ?? '', situation.twoObjections?.second.quote ?? '']) expect(quote).not.toMatch(/^(?:two things|first|second|一是|二是|另外)/i);
    expect(draft.body).toMatch(draftHas);
    // (they named both concerns: no clarifying question asks which one it is)
    expect(draft.body).not.toMatch(/[?？]\n\n(?:Best|祝好)/);
  });

  it.each([
    ['one objection only', 'The price is a fair bit above what we budgeted for this year.'],
    ['a weak second reading ("Second, not sure." leans to timing): none made up', 'Too expensive. Second, not sure.'],
    ['a closing thanks after the reason is no second concern', 'We run all our dispatch through ServiceTitan already and the techs know it inside out. Cheers though.'],
    ['简体: two concerns inside one clause the reader reads as one', '价格太贵了，而且我们已经在用金蝶了。'],
    ['繁體: only a competitor, with a thanks', '我們已經在用鼎新的系統了，暫時不考慮，謝謝。'],
  ])('%s: one objection answered', (_name, reply) => {
    const { situation } = advise(thread('Kim Lee', reply));
    expect(situation.twoObjections ?? null).toBeNull();
    expect(situation.action.label).not.toMatch(/both/);
  });
});

describe('two concerns named plainly while the reader cannot tell its readings apart (judge5): both answered, whichever reading came first', () => {
  it.each([
    ['en-US, price, fit and none tied', 'Had a look with the team. Two bits: it\'s more than what we had pencilled in, and we can\'t tell if it integrates with Xero.', /split payments[\s\S]*Xero/],
    ['en-GB, none read first', 'Quick update after our review: finance says it\'s over budget, and IT is not sure whether it syncs with Workday.', /split payments[\s\S]*Workday/],
    ['简体, none read first', '收到方案，谢谢。财务那边觉得太贵了，IT那边担心跟SAP对接不上。', /分期付款[\s\S]*SAP/],
    ['简体, fit and none tied', '王总，方案我们内部看过了，大家提了两个意见：第一，报价超出预算了；第二，不确定能不能跟我们的金蝶对接。', /分期付款[\s\S]*金蝶/],
    ['繁體, none, fit and price tied', '方案收到，謝謝。財務覺得太貴了，IT 那邊擔心跟 SAP 對接不上。', /分期[\s\S]*SAP/],
    ['粤语, none read first', '同事睇完，覺得貴咗，另外唔知可唔可以同 Xero 對接。', /分期[\s\S]*Xero/],
  ])('%s', (_name, reply, draftHas) => {
    const { situation, draft } = advise(thread('Kim Lee', reply));
    expect(situation.action.kind).toBe('answer_objection');
    expect([situation.twoObjections?.first.category, situation.twoObjections?.second.category]).toEqual(['price', 'fit']);
    expect(situation.action.label).toBe('Answer both objections: Too expensive, then Does not fit our systems');
    expect(situation.action.why).toContain(situation.twoObjections?.second.quote ?? '—');
    // (the draft answers the two the next step names: the track of each, in one reply)
    expect(draft.body).toMatch(draftHas);
    expect(draft.trackId).not.toBeNull();
  });

  it.each([
    ['en', 'Quick update after our review: finance says it\'s over budget, and IT is not sure whether it syncs with Workday.'],
    ['简体', '收到方案，谢谢。财务那边觉得太贵了，IT那边担心跟SAP对接不上。'],
    ['繁體', '方案收到，謝謝。財務覺得太貴了，IT 那邊擔心跟 SAP 對接不上。'],
  ])('%s: the reply card shows the two the draft answers, each with its words, and asks no pick between readings', (_name, reply) => {
    const input = thread('Kim Lee', reply);
    const { situation, reading } = advise(input);
    expect(reading?.category).toBe('price');
    expect(reading?.unsure).toBe(false);
    expect(reading?.objections.map((o) => o.category)).toEqual(['price', 'fit']);
    for (const o of reading?.objections ?? []) expect(reply.slice(o.evidence.start, o.evidence.end)).toBe(o.evidence.text);
    expect(reading?.objections.map((o) => o.evidence.text)).toEqual([situation.twoObjections?.first.quote, situation.twoObjections?.second.quote]);
  });

  it.each([
    // (one concern, whatever the reader leans to)
    ['a none reading with one concern', 'Thanks, got it. Finance thinks it is too pricey for this year.'],
    ['简体: 只说了价格', '收到，谢谢。财务觉得太贵了。'],
    ['繁體: 只問對接', '收到，謝謝。IT 擔心跟 SAP 對接不上。'],
  ])('not two: %s', (_name, reply) => {
    const input = thread('Kim Lee', reply);
    const { situation, reading } = advise(input);
    expect(situation.twoObjections ?? null).toBeNull();
    // (and the reply card shows the reader's reading as it is)
    expect(reading).toBe(input.lastWord?.reading);
  });
});

describe('the competitor and fit tracks name the product in their words', () => {
  it.each([
    ["We're on ServiceTitan and the techs know it inside out, so not for now.", 'ServiceTitan'],
    ['We went with Microsoft Dynamics 365 last year.', 'Microsoft Dynamics 365'],
    ['我们用的是金蝶，暂时不考虑换。', '金蝶'],
    ['我们公司目前已经在用鼎新的系统，用得还算顺。', '鼎新'],
    ['我哋用緊 Salesforce，暫時唔諗住轉。', 'Salesforce'],
  ])('%s → %s', (text, name) => {
    expect(incumbentName(text)).toBe(name);
  });

  it.each([
    'We already have a tool for that.',
    '我们用的是别家的系统，比你们便宜。',
    'We are on it already.',
    'We use <b>Acme</b> today.',
    "We're on Tuesday's call anyway.",
    '我哋用緊另一間嘅系統。',
  ])('no name in %s', (text) => {
    expect(incumbentName(text)).toBeNull();
  });

  it('the system to connect to is read from a doubt too', () => {
    expect(systemName('nobody could tell me whether this actually syncs with NetSuite')).toBe('NetSuite');
    expect(systemName('你们系统跟我们现在的金蝶对接不了的话')).toBe('金蝶');
  });

  it.each([
    ['en', 'We run all our dispatch through ServiceTitan already and the techs know it inside out.', /knows ServiceTitan well[\s\S]*differ from ServiceTitan/],
    ['zh-Hans', '我们用的是金蝶，暂时不考虑换。', /用熟了金蝶/],
    ['zh-Hant', '我哋用緊 Salesforce，暫時唔諗住轉。', /用熟了Salesforce/],
  ])('%s: the draft names it as they wrote it', (_lang, reply, want) => {
    const { situation, draft } = advise(thread('Kevin Nash', reply));
    expect(situation.action.kind).toBe('answer_objection');
    expect(draft.trackId).toBe('competitor-differentiator');
    expect(draft.body).toMatch(want);
  });

  it('falls back to the general wording when no name is clear, and never takes markup', () => {
    for (const reply of ['We already have a tool for that and the team likes it.', 'We use <b>Acme</b> already and the team knows it well.']) {
      const { draft } = advise(thread('Kevin Nash', reply));
      if (draft.trackId === 'competitor-differentiator') expect(draft.body).toContain('a team that knows its tool well');
      expect(draft.body).not.toContain('<b>');
    }
  });
});

describe('a kick-off already booked in a note', () => {
  const NOTE = new Date(2026, 11, 2, 10).getTime();
  const day = (at: number | null | undefined) => (at == null ? null : new Date(at).toLocaleDateString('sv'));
  it.each([
    ['Signed. Kick-off with Joel and the harbour masters set for 12 January.', '2027-01-12'],
    ['Kickoff booked for Thursday 14 January, 10am, with their ops team.', '2027-01-14'],
    ['PO received. We have scheduled the kick-off for 11 January.', '2027-01-11'],
    ['合同已回传，启动会已约在1月12日下午。', '2027-01-12'],
    ['客戶已簽約，啟動會已排在1月13日。', '2027-01-13'],
    ['同陳生約好咗啟動會，1月15號開。', '2027-01-15'],
    ['已约好启动会，时间等对方确认。', null],
  ])('%s → booked, on %s', (text, on) => {
    const booked = kickoffBooked([{ at: NOTE, text }]);
    expect(booked).not.toBeNull();
    expect(day(booked?.on)).toBe(on);
  });
  it.each([
    'Signed. Need to book the kick-off with Joel next week.',
    'Can we get the kick-off scheduled before Christmas?',
    '合同已签，还没约启动会。',
    '客戶想約啟動會，等佢哋回覆。',
    'Signed! Kick-off TBC.',
  ])('not booked: %s', (text) => {
    expect(kickoffBooked([{ at: NOTE, text }])).toBeNull();
  });

  function wonDeal(note: string, now = NOW): SituationInput {
    const closed = new Date(2026, 11, 1).getTime();
    const record: CrmRecord = { type: 'deal', recordId: 'won-1', name: 'Tidewater Marinas – Slip Booking', stage: 'Closed won', closeAt: closed, amount: '$18,500', amountValue: 18500, contacts: [{ name: 'Joel Hart', title: 'General Manager', email: 'joel@tidewater.example' }], activity: [{ at: NOTE, text: note }], fields: [] };
    const deal: StoredDeal = { id: 'hubspot:deal:won-1' as DealId, crm: 'hubspot', record, contactIds: [], createdAt: closed - 30 * 86_400_000, capturedAt: now - 3_600_000 };
    return { playbook, now, locale: 'en', contact: null, deal, conversation: null, touches: [], lastWord: null };
  }

  it.each([
    ['en', 'Signed. Kick-off with Joel and the harbour masters set for 12 January.', 'Prepare for the kick-off on Jan 12, 2027', '2027-01-08', /kick-off on January 12/],
    ['zh-Hans', '客户已签约，启动会已约在1月12日。', 'Prepare for the kick-off on Jan 12, 2027', '2027-01-08', /1 月 12 日的启动会|1月12日的启动会/],
    ['zh-Hant', '客戶已簽約，啟動會已排好，時間待定。', 'Prepare the kick-off', '2026-12-03', /期待啟動會議|期待啟動會/],
  ])('%s: the next step prepares it, not "book the kick-off"', (_lang, note, label, due, draftHas) => {
    const { situation, draft } = advise(wonDeal(note));
    expect(situation.action.step).toBe('kickoff_prep');
    expect(situation.action.label).toBe(label);
    expect(situation.action.due).toBe(new Date(`${due}T00:00:00`).getTime());
    expect(draft.body).toMatch(draftHas);
    expect(draft.body).not.toMatch(/which day next week suits you|下周哪天方便|下週哪天方便/);
  });

  it('with its day past, progress from that day; and a note that only wants one still books it', () => {
    const past = advise(wonDeal('Signed. Kick-off with Joel set for 12 January.', new Date(2027, 0, 20, 10).getTime())).situation;
    expect(past.action.step).toBe('progress');
    expect(advise(wonDeal('Signed. Need to book the kick-off with Joel next week.')).situation.action.step).toBe('kickoff');
  });
});

describe('a "think it over" with their promise: the dashboard counts what the panel decided', () => {
  it.each([
    ["Thanks Sam. Let me think it over and I'll get back to you."],
    ['好的，我们内部考虑一下，之后再回复你。'],
    ['收到，我諗下先，遲啲覆你。'],
  ])('%s: waited for, no objection heard', (reply) => {
    const input = thread('Paul Whitaker', reply);
    const { situation } = advise(input);
    expect(situation.action.kind).toBe('snooze');
    expect(situation.action.step).toBe('promise');
    expect(objectionHeard(readReply(reply, REPLIED), cleanReply(reply).text)).toBeNull();
  });
  it.each([
    ['It is too expensive for us right now, I will think about it.', 'price'],
    ['太贵了，我们预算不够。', 'price'],
    ['Not a good time, maybe next quarter.', 'timing'],
  ])('%s: still heard', (reply, category) => {
    expect(objectionHeard(readReply(reply, REPLIED), cleanReply(reply).text)).toBe(category);
  });
});
