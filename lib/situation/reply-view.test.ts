import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { DealId } from '../deals/deal';
import { lastWordVoice, withoutActivityLabel } from './activity-voice';
import { situationInputOf, type GatheredSituation } from './gather';
import { advise } from './advise';
import { guessOffered, noteVoice, readingSetAside, tracksSetAside } from './reply-view';
import type { SituationMessage } from './types';

const at = (day: string) => new Date(`${day}T10:00:00`).getTime();
const NOW = at('2026-12-04');

/** The judgment of a reply to our note, read by the real reader, on a Friday. */
function judged(ours: string, theirs: string, stage: 'qualify' | 'present' | 'negotiate') {
  const messages: SituationMessage[] = [{ direction: 'outbound', at: at('2026-12-01'), text: ours }, { direction: 'inbound', at: at('2026-12-03'), text: theirs }];
  const contact = { name: 'Ana Ruiz', company: 'Costa Verde Hotels', stage, createdAt: at('2026-11-01'), sources: ['linkedin'] };
  return advise({ playbook, now: NOW, locale: 'en', contact, deal: null, conversation: { messages }, touches: messages.map((m) => ({ at: m.at ?? 0, direction: m.direction })), lastWord: { at: at('2026-12-03'), text: theirs, reading: readReply(theirs, at('2026-12-03')) } }).situation;
}

describe('the reply card sets the reader aside beside a next step that reads their words otherwise', () => {
  it.each([
    // (an apology: no "price or brush-off?" guess beside it, whatever the reader leans to)
    ['Hi Ana, checking in again.', "You've spelt my surname wrong in every email. It's Ruiz.", 'qualify', 'apology'],
    ['Hi Ana, quick follow-up.', 'Three calls from your team yesterday - that is too many calls.', 'qualify', 'apology'],
    // (passed up to their boss: a one-page summary, not the authority objection's tracks)
    ['Hi Ana, the proposal is attached.', 'Thanks, I have forwarded it to our general manager.', 'present', 'forwarded_up'],
  ] as const)('%s / %s', (ours, theirs, stage, step) => {
    const situation = judged(ours, theirs, stage);
    expect(situation.action.step).toBe(step);
    expect(readingSetAside(situation)).toBe(true);
    expect(tracksSetAside(situation)).toBe(true);
  });

  it('plays out no objection beside a request or a question answered instead, but still offers an unsure guess there', () => {
    // (our price asked for: a request done today, not "too expensive" with its talk tracks)
    const asked = judged('Hi Ana, the proposal is attached.', 'Kindly revert with your best price for 40 rooms.', 'present');
    expect(asked.action.step).toBe('request');
    expect(tracksSetAside(asked)).toBe(true);
    expect(readingSetAside(asked)).toBe(false);
  });

  it('leaves an objection to answer to the reading', () => {
    const objection = judged('Hi Ana, the quote is attached: $30,000 a year.', 'Honestly that is too expensive for us.', 'negotiate');
    expect(objection.action.kind).toBe('answer_objection');
    expect(readingSetAside(objection)).toBe(false);
    expect(tracksSetAside(objection)).toBe(false);
  });
});

describe('the reply card asks about the rep’s own note as a note, and their words written down in it as theirs', () => {
  const deal = (text: string) => ({ capturedAt: NOW, record: { type: 'deal' as const, recordId: 'd1', name: 'Zoho deal', contacts: [{ name: 'Rahul Mehta' }], activity: [{ text, at: at('2026-12-03') }], fields: [] } });

  it.each([
    ['Call w/ Rahul: he says the price is too high and wants 15% off.', 'note'],
    ['电话沟通：客户说价格太高，要再便宜一点。', 'note'],
    ['Rahul wrote: the price is too high for us this year.', 'quoted'],
    ['电话沟通：客户说：价格太高，要再便宜一点。', 'quoted'],
    ['Email from Rahul: could you send the revised quote?', null],
  ] as const)('%s', (text, voice) => {
    expect(lastWordVoice({ deal: deal(text), lastWord: { text: withoutActivityLabel(text, ['Rahul Mehta']) }, lastWordFrom: 'record' })).toBe(voice);
  });

  it('a thread’s reply, or the contact’s stored words, is theirs', () => {
    const text = 'Call w/ Rahul: he says the price is too high.';
    expect(lastWordVoice({ deal: deal(text), lastWord: { text }, lastWordFrom: 'page' })).toBe(null);
    expect(lastWordVoice({ deal: deal(text), lastWord: { text }, lastWordFrom: 'stored' })).toBe(null);
    expect(lastWordVoice({ deal: null, lastWord: { text }, lastWordFrom: 'record' })).toBe(null);
  });

  it('their Gmail reply, also logged on the deal as "Rahul wrote: …", is their reply in the reason and on the card alike', () => {
    // (the reason took the voice from the deal whatever the words came from, the card only from the record: "Their words in your note" above "their reply")
    const reply = 'Honestly the price is too high for us this year, a local vendor quoted 20% less.';
    const messages: SituationMessage[] = [{ direction: 'outbound', at: at('2026-12-01'), text: 'Hi Rahul, the revised quote is attached.' }, { direction: 'inbound', at: at('2026-12-03'), text: reply }];
    const gathered: GatheredSituation = {
      contact: null,
      deal: { id: 'd1' as DealId, crm: 'zoho', contactIds: [], createdAt: at('2026-11-01'), ...deal(`Rahul wrote: ${reply}`) },
      touches: messages.map((m) => ({ at: m.at ?? 0, direction: m.direction })),
      conversation: { messages },
      lastWord: { at: at('2026-12-03'), text: reply },
      lastWordFrom: 'page',
      chosenTrack: null,
    };
    const input = situationInputOf(gathered, readReply(reply, at('2026-12-03')), { playbook, now: NOW, locale: 'en' });
    expect(input.lastWord?.voice).toBe(null);
    const { situation } = advise(input);
    expect(situation.action.kind).toBe('answer_objection');
    expect(situation.action.why).toMatch(/^Their last message \(/);
    expect(noteVoice(situation)).toBe(null);
    // (the same words read from the record, with no thread: their words in the rep's note, in the reason and on the card)
    const fromRecord = situationInputOf({ ...gathered, conversation: null, lastWordFrom: 'record' }, readReply(reply, at('2026-12-03')), { playbook, now: NOW, locale: 'en' });
    const noted = advise(fromRecord).situation;
    expect(noted.action.why).toMatch(/^Their words in your note \(/);
    expect(noteVoice(noted)).toBe('quoted');
  });
});

describe('the reason names both readings when the reader is unsure, as the reply card does', () => {
  const theirs = 'Honestly the price is too high compared with the local vendor.';
  const judgedWith = (readings: { category: 'price' | 'competitor' | 'none'; confidence: number }[], unsure: boolean, locale: 'en' | 'zh-Hans' | 'zh-Hant') => {
    const messages: SituationMessage[] = [{ direction: 'outbound', at: at('2026-12-01'), text: 'Hi Ana, the quote is attached: $30,000 a year.' }, { direction: 'inbound', at: at('2026-12-03'), text: theirs }];
    const contact = { name: 'Ana Ruiz', company: 'Costa Verde Hotels', stage: 'negotiate' as const, createdAt: at('2026-11-01'), sources: ['linkedin'] };
    const reading = { ...readReply(theirs, at('2026-12-03')), category: 'price' as const, confidence: readings[0]?.confidence ?? 0.5, readings, unsure, source: 'model' as const };
    return advise({ playbook, now: NOW, locale, contact, deal: null, conversation: { messages }, touches: messages.map((m) => ({ at: m.at ?? 0, direction: m.direction })), lastWord: { at: at('2026-12-03'), text: theirs, reading } }).situation;
  };

  it.each([
    ['en', 'raises an objection: Too expensive (or “A competitor is cheaper or better”? Not sure which: pick one below). Answer it'],
    ['zh-Hans', '提出了异议：价格太贵（也可能是“'],
    ['zh-Hant', '提出了異議：價格太貴（也可能是「'],
  ] as const)('%s', (locale, expected) => {
    const unsure = judgedWith([{ category: 'price', confidence: 0.34 }, { category: 'competitor', confidence: 0.34 }], true, locale);
    expect(unsure.action.kind).toBe('answer_objection');
    expect(unsure.action.why).toContain(expected);
    // (sure: the one reading, no "or")
    const sure = judgedWith([{ category: 'price', confidence: 0.9 }, { category: 'competitor', confidence: 0.05 }], false, locale);
    expect(sure.action.why).not.toMatch(/or “A competitor|也可能/);
  });

  it('names "no objection at all" when that is the other reading', () => {
    const unsure = judgedWith([{ category: 'price', confidence: 0.45 }, { category: 'none', confidence: 0.4 }], true, 'en');
    expect(unsure.action.why).toContain('raises an objection: Too expensive, if it is one at all (not sure: pick below). Answer it');
  });
});

describe('the reply card does not doubt a buying signal its next step acts on', () => {
  it.each([
    'Legal agreed the acceptance criteria. When could we start the rollout, and where do I send the signed contract?',
    '法务那边验收标准已经确认了。什么时候能开始上线？签好的合同寄到哪里？',
    '法務已經確認驗收標準，幾時可以開始上線？簽好嘅合約寄去邊度？',
  ])('%s', (theirs) => {
    const situation = judged('Hi Ana, the contract and the acceptance criteria are attached.', theirs, 'negotiate');
    expect(situation.last.kind).toBe('signal');
    // ("contract terms or no objection?" beside "send the contract": not offered; an objection pair still would be)
    expect(guessOffered(situation, [{ category: 'contract' }, { category: 'none' }])).toBe(false);
    expect(guessOffered(situation, [{ category: 'none' }, { category: 'timing' }])).toBe(false);
    expect(guessOffered(situation, [{ category: 'contract' }, { category: 'price' }])).toBe(true);
  });

  it('still offers the guess beside a question answered instead', () => {
    const asked = judged('Hi Ana, the proposal is attached.', 'Kindly revert with your best price for 40 rooms.', 'present');
    expect(asked.last.kind).not.toBe('signal');
    expect(guessOffered(asked, [{ category: 'price' }, { category: 'none' }])).toBe(true);
  });
});

describe('where to send the signed contract is no request to send it: the contract is with them', () => {
  it.each([
    ['Where do I send the signed contract?', 'en'],
    ['验收标准确认了。签好的合同寄到哪里？', 'zh-Hans'],
    ['簽好嘅合約寄去邊度？', 'zh-Hant'],
  ] as const)('%s', (theirs, locale) => {
    const messages: SituationMessage[] = [{ direction: 'outbound', at: at('2026-12-01'), text: 'Hi Ana, the contract and the acceptance criteria are attached.' }, { direction: 'inbound', at: at('2026-12-03'), text: theirs }];
    const contact = { name: 'Ana Ruiz', company: 'Costa Verde Hotels', stage: 'negotiate' as const, createdAt: at('2026-11-01'), sources: ['gmail'] };
    const { situation, draft } = advise({ playbook, now: NOW, locale, contact, deal: null, conversation: { messages }, touches: messages.map((m) => ({ at: m.at ?? 0, direction: m.direction })), lastWord: { at: at('2026-12-03'), text: theirs, reading: readReply(theirs, at('2026-12-03')) } });
    // (not "contract received" nor "as you asked, it is attached": the signed copy comes back as a reply)
    expect(situation.stage.evidence.map((e) => e.kind)).not.toContain('signed');
    expect(situation.action.kind).toBe('get_signature');
    expect(draft.templateId).toBe('contract-sign');
  });
});
