import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import type { Locale } from '../i18n/locales';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import type { HolidayRegion } from '../reader/time-expressions';
import { advise } from './advise';
import { holidayRegionOf } from './holiday-region';
import type { SituationContact } from './types';

describe('holidayRegionOf: where a contact keeps their holidays, from what is stored of them', () => {
  it.each<[Partial<SituationContact> & { phone?: string; email?: string }, HolidayRegion | null]>([
    [{ location: 'Osaka, Japan' }, 'jp'],
    [{ location: '台北市, 台灣' }, 'tw'],
    [{ location: 'Hong Kong SAR' }, 'hk'],
    [{ location: '上海市' }, 'cn'],
    [{ phone: '+81 3-1234-5678' }, 'jp'],
    [{ phone: '+886 2 2345 6789' }, 'tw'],
    [{ phone: '+852 2345 6789' }, 'hk'],
    [{ phone: '+86 21 5555 0000' }, 'cn'],
    // (a number written without spaces, or in brackets: was none)
    [{ phone: '+8613812345678' }, 'cn'],
    [{ phone: '008621-5555-0000' }, 'cn'],
    [{ phone: '+819012345678' }, 'jp'],
    [{ phone: '+886912345678' }, 'tw'],
    [{ phone: '+85291234567' }, 'hk'],
    [{ phone: '(+853) 2833 1234' }, 'hk'],
    [{ phone: '+49 30 1234567' }, null],
    [{ email: 'k.sato@nishikawa.co.jp' }, 'jp'],
    [{ email: 'amy@harbour.com.hk' }, 'hk'],
    [{ name: '佐藤 健', company: '西川ロジスティクス株式会社' }, 'jp'],
    // (the place first: a Japanese name at a desk in Shanghai keeps China's holidays)
    [{ name: '田中 ゆうき', location: 'Shanghai, China' }, 'cn'],
    [{ location: 'Berlin, Germany', email: 'jo@firma.de' }, null],
    [{}, null],
  ])('%j → %s', (known, region) => {
    expect(holidayRegionOf({ name: 'Sam Lee', ...known }, null)).toBe(region);
  });
});

describe('the snooze takes the holiday where they are, and says which it took', () => {
  const NOW = new Date(2026, 11, 4, 10).getTime();
  const DAY = 86_400_000;
  function snoozed(text: string, known: Partial<SituationContact> & { email?: string; phone?: string }, locale: Locale = 'en') {
    const at = NOW - 3_600_000;
    const contact = { id: 'contact-gw' as ContactId, identities: ['test:gw'], sources: ['gmail' as const], name: 'Sam Lee', company: 'Harbor', stage: 'discover' as const, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 20 * DAY, capturedAt: NOW - 20 * DAY, ...known };
    const { situation } = advise({
      playbook, now: NOW, locale, contact, deal: null,
      conversation: { subject: 'Demo', messages: [{ direction: 'outbound', at: NOW - 3 * DAY, text: 'Hi, following up on the demo.' }, { direction: 'inbound', at, text }] },
      touches: [], lastWord: { at, text, reading: readReply(text, at) },
    });
    return situation.action;
  }
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
  const busy = "Thanks. Things are hectic here; let's pick this up after Golden Week.";

  it.each<[string, Partial<SituationContact> & { email?: string; phone?: string }, number, RegExp]>([
    [busy, {}, day(2027, 5, 6), /Japan’s Golden Week/],
    [busy, { email: 'k.sato@nishikawa.co.jp' }, day(2027, 5, 6), /Japan’s Golden Week/],
    // (was 6 May before the contact was read: the words alone favour Japan's)
    [busy, { location: 'Shanghai, China' }, day(2027, 10, 8), /China’s National Day week/],
    // (a Shanghai mobile with no spaces: was Japan's, 6 May)
    [busy, { phone: '+8613812345678' }, day(2027, 10, 8), /China’s National Day week/],
    ['好的，國慶連假後再約時間聊。', {}, day(2027, 10, 12), /Taiwan’s National Day/],
    // (Hong Kong: 1 October; the 2nd is a Saturday, so Monday the 4th)
    ['好的，國慶連假後再約時間聊。', { location: 'Hong Kong' }, day(2027, 10, 4), /National Day in Hong Kong/],
    ['好的，国庆后再联系吧。', { location: '台北市, 台灣' }, day(2027, 10, 12), /Taiwan’s National Day/],
  ])('%s %j', (text, known, until, why) => {
    const action = snoozed(text, known);
    expect(action.kind).toBe('snooze');
    expect(action.due).toBe(until);
    expect(action.why).toMatch(why);
  });

  it('in Chinese too', () => {
    expect(snoozed(busy, {}, 'zh-Hans').why).toContain('日本的黄金周');
    expect(snoozed('好的，國慶連假後再約時間聊。', {}, 'zh-Hant').why).toContain('雙十節');
  });
});

describe('before National Day: by the last working day before its first day off where they are', () => {
  const SEP = new Date(2026, 8, 10, 10).getTime();
  const DAY = 86_400_000;
  function judged(text: string, known: Partial<SituationContact> & { email?: string; phone?: string }) {
    const at = SEP - 3_600_000;
    const contact = { id: 'contact-nd' as ContactId, identities: ['test:nd'], sources: ['gmail' as const], name: 'Sam Lee', company: 'Harbor', stage: 'negotiate' as const, stageChangedAt: SEP - 20 * DAY, createdAt: SEP - 20 * DAY, capturedAt: SEP - 20 * DAY, ...known };
    return advise({
      playbook, now: SEP, locale: 'en', contact, deal: null,
      conversation: { subject: 'Quote', messages: [{ direction: 'outbound', at: SEP - 3 * DAY, text: 'Hi, the quote is attached.' }, { direction: 'inbound', at, text }] },
      touches: [], lastWord: { at, text, reading: readReply(text, at) },
    }).situation;
  }
  // (Taiwan 2026: 雙十 a Saturday, the Friday before it off; was "by Oct 9", a day off; Hong Kong and the mainland were "by Oct 1")
  it.each<[string, Partial<SituationContact> & { email?: string; phone?: string }, string]>([
    ['麻煩國慶前把報價寄過來', { location: '台北市, 台灣' }, 'Oct 8, 2026'],
    ['Please send the revised quote before National Day, we close the books then.', { phone: '+886 2 2345 6789' }, 'Oct 8, 2026'],
    ['麻煩國慶前把報價寄過來', { location: 'Hong Kong' }, 'Sep 30, 2026'],
    ['唔該國慶前send份報價過嚟', {}, 'Sep 30, 2026'],
    ['合同请国庆前盖章寄回', { location: '上海市' }, 'Sep 30, 2026'],
    ['Please send the revised quote before National Day, we close the books then.', { location: 'Shanghai, China' }, 'Sep 30, 2026'],
  ])('%s %j', (text, known, by) => {
    const situation = judged(text, known);
    expect(situation.action.step).toBe('deadline');
    expect(situation.action.why).toContain(by);
  });
});

describe('the follow-up day takes the holidays of where they are, not of the language they write', () => {
  const DAY = 86_400_000;
  function judged(now: number, text: string, known: Partial<SituationContact> & { email?: string; phone?: string }, locale: Locale = 'zh-Hant') {
    const at = now - 3_600_000;
    const contact = { id: 'contact-fu' as ContactId, identities: ['test:fu'], sources: ['gmail' as const], name: 'Sam Lee', company: 'Harbor', stage: 'negotiate' as const, stageChangedAt: now - 20 * DAY, createdAt: now - 20 * DAY, capturedAt: now - 20 * DAY, ...known };
    return advise({
      playbook, now, locale, contact, deal: null,
      conversation: { subject: 'Quote', messages: [{ direction: 'outbound', at: now - 3 * DAY, text: 'Hi, the quote is attached.' }, { direction: 'inbound', at, text }] },
      touches: [], lastWord: { at, text, reading: readReply(text, at) },
    }).situation.action;
  }
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
  const SEP28 = new Date(2026, 8, 28, 10).getTime();
  const FEB26 = new Date(2026, 1, 26, 10).getTime();

  it.each<[string, number, string, Partial<SituationContact> & { email?: string; phone?: string }, number]>([
    // 國慶前 from Taiwan: their answer by Thursday 8 October; the day after, Friday the 9th, is off there (was the 9th)
    ['Taiwan', SEP28, '好的，國慶前會給您答覆。', { location: '台北市, 台灣' }, day(2026, 10, 12)],
    ['Taiwan, by the email', SEP28, '好的，國慶前會給您答覆。', { email: 'amy@harbor.com.tw' }, day(2026, 10, 12)],
    // Hong Kong writing Traditional: 1 October off, back on the 2nd
    ['Hong Kong', SEP28, '好的，國慶前會給您答覆。', { location: 'Hong Kong' }, day(2026, 10, 2)],
    // the mainland writing Traditional: the National Day week (was 1 October, the language's Taiwan-or-Hong-Kong calendar)
    ['the mainland', SEP28, '好的，國慶前會給您答覆。', { phone: '+86 21 5555 0000' }, day(2026, 10, 8)],
    // 调休: tomorrow's answer from the mainland, then the make-up Saturday 28 February is a working day there
    ['the mainland, a make-up Saturday', FEB26, '好的，週五前會給您答覆。', { location: '上海市' }, day(2026, 2, 28)],
    ['Taiwan, the same Saturday', FEB26, '好的，週五前會給您答覆。', { location: '台北市, 台灣' }, day(2026, 3, 2)],
  ])('%s: %s', (_, now, text, known, until) => {
    const action = judged(now, text, known);
    expect(action.kind).toBe('snooze');
    expect(action.due).toBe(until);
  });
});
