/**
 * Tied to another vendor until a known end, with no notice date said ("locked in until mid 2028", 合同绑到2028年6月,
 * 同Oracle嘅合約去到2028年3月): back six months before it, while the renewal can still be weighed; not the competitor
 * objection argued today. A notice date, when said, stays the day that counts (judge15-words.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { lockedInUntilEnd, lockedInUntilNotice } from './lock-in';

/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const DAY = 86_400_000;
const ymd = (at: number | null | undefined) => {
  if (at == null) return null;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('a lock-in with a known end', () => {
  it.each([
    ['We signed a three year deal with Workday last spring so we are locked in until mid 2028.', '2028-07-01'],
    ["Honestly we're tied into a 3-year Workday contract until mid 2028.", '2028-07-01'],
    // (a month or a year's end runs to its last day: was Mar 1, Dec 1)
    ['We are under contract with Deputy through March 2028, so nothing changes before then.', '2028-03-31'],
    ['Honestly we are locked in with Workday until the end of 2028.', '2028-12-31'],
    ['我们跟用友的合同到2028年底，到时候再说。', '2028-12-31'],
    ['Our contract with Kronos runs until 1 March 2028.', '2028-03-01'],
    ['Locked into a deal with Rippling until Q1 2028, sorry.', '2028-03-31'],
    ['Our agreement with UKG runs until 30 September 2027.', '2027-09-30'],
    ['我们跟用友的合同要到2028年6月才到期，现在换不了。', '2028-06-30'],
    ['我們同Oracle嘅合約綁到2028年3月，暫時冇得轉。', '2028-03-31'],
    ['我們和金蝶的合約到明年年底，之後再看看。', '2027-12-31'],
    // (a bare year runs to its end: were Jan 1, or none after "through")
    ['Honestly we are locked in with Workday until 2028.', '2028-12-31'],
    ['Our contract with Kronos runs through 2028, so no changes before then.', '2028-12-31'],
    ['我们跟用友的合同到2028年，到时候再说。', '2028-12-31'],
    ['我們同Oracle嘅合約綁到2028年，暫時冇得轉。', '2028-12-31'],
  ])('%s → ends %s', (text, ends) => {
    const lock = lockedInUntilEnd(text, NOW);
    expect(ymd(lock?.ends)).toBe(ends);
  });
  it.each([
    // (no end said, or the end in the past, or no other vendor)
    'We are tied to Kinaxis and happy with them.',
    'We were locked into Oracle until 2024, then we moved.',
    'We have been with Workday since 2019 and renewed in 2025.',
    'We are locked in for the pilot until March.',
    'Our contract with you ends in June 2027, so let us talk renewal.',
    '我们已经在用 Salesforce 了, contract 还有一年才到期, 现在换的话 cost 太高了',
  ])('none in %s', (text) => {
    expect(lockedInUntilEnd(text, NOW)).toBeNull();
  });
  it('a notice date said beside the end is read as the notice', () => {
    const text = '我們跟 Oracle 的合約綁到明年6月，3月底前要通知對方才能不續約。';
    expect(lockedInUntilNotice(text, NOW)).not.toBeNull();
  });
});

/** Their reply judged with the real reader, after our first note. */
function judged(text: string, locale: 'en' | 'zh-Hans' | 'zh-Hant' = 'en') {
  const at = NOW - 4 * DAY;
  const contact = { id: 'contact-lock' as ContactId, identities: ['test:lock'], sources: ['linkedin' as const], name: 'Marcus Bell', company: 'Harbor Foods', stage: 'prospect' as const, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 20 * DAY, capturedAt: NOW - 20 * DAY };
  const sent = NOW - 6 * DAY;
  return advise({
    playbook, now: NOW, locale, contact, deal: null,
    conversation: { subject: 'Scheduling', messages: [{ direction: 'outbound', at: sent, text: 'Hi Marcus, would shift planning be worth a look?' }, { direction: 'inbound', at, text }] },
    touches: [], lastWord: { at, text, reading: readReply(text, at) },
  }).situation.action;
}

describe('the judgment: back six months before the end, said in the reason', () => {
  it.each<[string, 'en' | 'zh-Hans' | 'zh-Hant', string, RegExp]>([
    // (was the competitor objection answered today, with a claim about the other vendor)
    ['We signed a three year deal with Workday last spring so we are locked in until mid 2028.', 'en', '2028-01-03', /Jul 1, 2028/],
    ['我们跟用友的合同要到2028年6月才到期，现在换不了。', 'zh-Hans', '2027-12-30', /2028年6月30日/],
    ['我們同Oracle嘅合約綁到2028年3月，暫時冇得轉。', 'zh-Hant', '2027-09-30', /2028年3月31日/],
    // (was "until Dec 1, 2028")
    ['Honestly we are locked in with Workday until the end of 2028.', 'en', '2028-06-30', /Dec 31, 2028/],
    ['我们跟用友的合同到2028年底，到时候再说。', 'zh-Hans', '2028-06-30', /2028年12月31日/],
    // (a bare year: its end, six months before it; was "until Jan 1, 2028", back on 3 July 2027)
    ['Honestly we are locked in with Workday until 2028.', 'en', '2028-06-30', /Dec 31, 2028/],
    ['我們同Oracle嘅合約綁到2028年，暫時冇得轉。', 'zh-Hant', '2028-06-30', /2028年12月31日/],
    // (six months before Aug 31 is Feb 29, not Mar 2 rolled over from "Feb 31")
    ['Our agreement with UKG runs until 31 August 2028.', 'en', '2028-02-29', /Aug 31, 2028/],
  ])('%s', (text, locale, due, ends) => {
    const action = judged(text, locale);
    expect(action.kind).toBe('snooze');
    expect(ymd(action.due)).toBe(due);
    expect(action.why).toMatch(ends);
  });
  it('an end within six months: in touch now, before they renew', () => {
    const action = judged("We're locked into a contract with Deputy until April 2027.");
    expect(action.kind).toBe('follow_up');
    expect(ymd(action.due)).toBe('2026-12-07');
  });
});
