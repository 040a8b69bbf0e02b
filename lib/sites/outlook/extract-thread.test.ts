import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { outlookAdapter } from '.';
import { parseOutlookTime } from './extract-thread';

const THREAD = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D';

describe('Outlook thread extraction', () => {
  it('reads the conversation without quoted history or signatures, and the prospect as contact', () => {
    const page = loadFixture('outlook/thread--objection-authority--2024-09-03.html', THREAD);
    expect(outlookAdapter.detect(page.url)).toBe('outlook-thread');
    const result = outlookAdapter.extract(page.document, page.url);
    expect(result).toEqual({
      ok: true,
      kind: 'outlook-thread',
      contact: { source: 'outlook', identity: 'email:li.wei@lotusfoods.example', email: 'li.wei@lotusfoods.example', name: 'Li Wei' },
      conversation: {
        subject: 'Re: Pilot at Lotus Foods',
        messages: [
          {
            id: 'AAMkAGI2TG93AAAB',
            fromName: 'Sam Lee',
            fromEmail: 'sam.lee@sopcopilot.example',
            direction: 'outbound',
            at: Date.parse('9/2/2024 3:41 PM'),
            text: 'Hi Li Wei,\n\nFollowing our call: a four-week pilot on two kitchens, starting October 1. Shall I send the plan?',
          },
          {
            id: 'AAMkAGI2TG93AAAC',
            fromName: 'Li Wei',
            fromEmail: 'li.wei@lotusfoods.example',
            direction: 'inbound',
            at: Date.parse('9/3/2024 10:05 AM'),
            text: 'Hi Sam,\n\nThe pilot sounds good to me, but I need my boss to sign off before we commit. I will take it to our GM on Friday.',
          },
        ],
      },
    });
  });

  it('reads a conversation in the 简体中文 UI by ids: the rep named without an address, a To line never taken for the sender', () => {
    const url = 'https://outlook.office.com/mail/inbox/id/AQQkADAwATNkLTk0';
    const page = loadFixture('outlook/thread--ids-zh-cn--2026-11.html', url);
    expect(outlookAdapter.extract(page.document, page.url)).toEqual({
      ok: true,
      kind: 'outlook-thread',
      // Not 吴国栋 of the other conversation in the message list.
      contact: { source: 'outlook', identity: 'email:gu.xiaowen@hengrun-precision.example', email: 'gu.xiaowen@hengrun-precision.example', name: '顾晓雯' },
      conversation: {
        subject: '回复: 恒润精密 产线数据采集报价',
        // The collapsed earliest message has no body and is not read.
        messages: [
          {
            id: 'MSG_AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A_2',
            fromName: '林思远',
            fromEmail: 'lin.siyuan@sopcopilot.example',
            direction: 'outbound',
            at: new Date(2026, 10, 24, 9, 30).getTime(),
            text: '顾经理您好，\n\n按上周沟通，一期先覆盖 3 条产线，报价 58 万（按年付）。您看本周能否安排一次和刘总的会议？',
          },
          {
            id: 'MSG_AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A_3',
            fromName: '顾晓雯',
            fromEmail: 'gu.xiaowen@hengrun-precision.example',
            direction: 'inbound',
            at: new Date(2026, 10, 27, 15, 20).getTime(),
            // The quoted history after the reply header goes; so does her typed signature (顾晓雯 / 采购部: no
            // signature element marks it, no sign-off opens it; a name, then a department, by its shape).
            text: '林经理：\n\n价格比本地供应商高了不少，能不能再让 10%？不然我们总监那边不会看。会议的话下周三下午可以。',
          },
        ],
      },
    });
  });

  it('leaves out a message whose sender shows neither an address nor the signed-in name, rather than guessing who wrote it', () => {
    const page = loadFixture('outlook/thread--ids-zh-cn--2026-11.html', 'https://outlook.office.com/mail/inbox/id/AQQkADAwATNkLTk0');
    page.document.querySelector('#mectrl_currentAccount_primary')?.remove();
    const result = outlookAdapter.extract(page.document, page.url);
    if (!result.ok) throw new Error('expected a conversation');
    expect(result.conversation?.messages.map((m) => [m.fromName, m.direction])).toEqual([['顾晓雯', 'inbound']]);
  });

  it('reads day-first dates on an en-GB page, and leaves a date undated when nothing on the page says its order', () => {
    const page = loadFixture('outlook/thread--objection-authority--2024-09-03.html', THREAD);
    const times = [...page.document.querySelectorAll('[data-testid="SentReceivedSavedTime"]')];
    const show = (texts: string[]) => times.forEach((time, i) => { time.setAttribute('title', texts[i] ?? ''); time.textContent = texts[i] ?? ''; });
    const dates = () => {
      const result = outlookAdapter.extract(page.document, page.url);
      if (!result.ok) throw new Error('expected a conversation');
      return result.conversation?.messages.map((m) => m.at);
    };
    page.document.documentElement.setAttribute('lang', 'en-GB');
    show(['02/09/2024 15:41', '03/09/2024 10:05']);
    expect(dates()).toEqual([new Date(2024, 8, 2, 15, 41).getTime(), new Date(2024, 8, 3, 10, 5).getTime()]);
    // The user's format says day-first (a day above 12) although the UI language is US English.
    page.document.documentElement.setAttribute('lang', 'en-US');
    show(['13/08/2024 15:41', '03/09/2024 10:05']);
    expect(dates()).toEqual([new Date(2024, 7, 13, 15, 41).getTime(), new Date(2024, 8, 3, 10, 5).getTime()]);
    page.document.documentElement.removeAttribute('lang');
    show(['02/09/2024 15:41', '03/09/2024 10:05']);
    expect(dates()).toEqual([undefined, undefined]);
  });

  it('keeps a recent message’s short stamp ("Yesterday 14:02") to be dated when the page is read, and reads the older one day-first on an en-GB page', () => {
    const page = loadFixture('outlook/thread--relative-dates-en-gb--2026-12.html', 'https://outlook.office.com/mail/inbox/id/AAQkRelGB000%3D');
    const result = outlookAdapter.extract(page.document, page.url);
    if (!result.ok) throw new Error('expected a conversation');
    expect(result.conversation?.messages.map((m) => [m.direction, m.at, m.when])).toEqual([
      ['outbound', new Date(2026, 11, 3, 15, 41).getTime(), undefined],
      ['inbound', undefined, 'Yesterday 14:02'],
    ]);
    // The same stamps as Outlook writes them in the other languages it comes in.
    const stamp = page.document.querySelectorAll('[data-testid="SentReceivedSavedTime"]')[1];
    for (const words of ['昨天 14:02', '週一 上午9:14', '星期一', '2 hr ago', '2小时前', 'Mon 9:14']) {
      if (stamp) stamp.textContent = words;
      const again = outlookAdapter.extract(page.document, page.url);
      expect(again.ok && again.conversation?.messages[1]?.when).toBe(words);
    }
  });

  describe('a reading pane stamped "12/6/2026 9:14 AM" (en-CA: the locale says neither order) takes the order from the message list', () => {
    const URL_CA = 'https://outlook.office.com/mail/inbox/id/AQQkNorthbay0601';
    const read = (change: (document: Document) => void = () => undefined) => {
      const page = loadFixture('outlook/thread--list-weekday-en-ca--2026-12.html', URL_CA);
      change(page.document);
      const result = outlookAdapter.extract(page.document, page.url);
      if (!result.ok) throw new Error('expected a conversation');
      return result.conversation?.messages ?? [];
    };
    const DEC_2 = new Date(2026, 11, 2, 16, 5).getTime();
    const DEC_6 = new Date(2026, 11, 6, 9, 14).getTime();
    const row = (document: Document, id: string) => document.getElementById(id);

    it('as the list shows it: a weekday per stamp, one with its day above 12; a subject typed day-first is no stamp (on main: no date)', () => {
      const messages = read();
      expect(messages.map((m) => [m.direction, m.at])).toEqual([
        ['outbound', DEC_2],
        ['inbound', DEC_6],
      ]);
      // Signed by the firm alone (company, department, phone and site), with no name: the signature goes.
      expect(messages[1]?.text).toBe("Hi Sam,\n\nThanks for walking us through the quote. We've compared it with what we pay today and it's more than we can justify this year, so we'll hold off for now.");
    });

    it('by a weekday alone: Sun 12/6/2026 is 6 December (12 June 2026 is a Friday); on main, 12 June by the subject', () => {
      expect(read((d) => row(d, 'AQQkOkafor2511')?.remove()).map((m) => m.at)).toEqual([DEC_2, DEC_6]);
    });

    it('by a list stamp without its year and no title: "Wed 11/25"', () => {
      const messages = read((d) => {
        row(d, 'AQQkNorthbay0601')?.remove();
        row(d, 'AQQkTremblay0402')?.remove();
        for (const stamp of d.querySelectorAll('._rWRU')) stamp.removeAttribute('title');
      });
      expect(messages.map((m) => m.at)).toEqual([DEC_2, DEC_6]);
    });

    it('not at all when the list says nothing of the order (a weekday both readings fall on, or none)', () => {
      const messages = read((d) => {
        row(d, 'AQQkOkafor2511')?.remove();
        row(d, 'AQQkTremblay0402')?.remove();
        const stamp = d.querySelector('#AQQkNorthbay0601 ._rWRU');
        stamp?.setAttribute('title', '12/6/2026 9:14 AM');
        if (stamp) stamp.textContent = '9:14 AM';
      });
      expect(messages.map((m) => m.at)).toEqual([undefined, undefined]);
    });
  });

  it.each([
    ['Tue 9/3/2024 10:05 AM', new Date(2024, 8, 3, 10, 5)],
    ['2026/11/27 周五 15:20', new Date(2026, 10, 27, 15, 20)],
    ['2026/11/27 周五 下午 3:20', new Date(2026, 10, 27, 15, 20)],
    ['2026/12/3 (週四) 上午 12:05', new Date(2026, 11, 3, 0, 5)],
    ['2026年12月3日 9:30', new Date(2026, 11, 3, 9, 30)],
  ])('reads the time %s', (text, expected) => {
    expect(parseOutlookTime(text)).toBe(expected.getTime());
  });

  it('refuses a redesigned page and says what is missing', () => {
    const page = loadFixture('outlook/thread--broken-layout--2026-11-01.html', THREAD);
    expect(outlookAdapter.extract(page.document, page.url)).toEqual({
      ok: false,
      error: { code: 'layout-not-recognised', site: 'outlook', kind: 'outlook-thread', missing: ['reading-pane'] },
    });
  });

  it.each([
    ['https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D', 'outlook-thread'],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1', 'outlook-thread'],
    ['https://outlook.office.com/mail/', null],
    ['https://outlook.office.com/calendar/view/month', null],
  ])('detects %s as %s', (url, kind) => {
    expect(outlookAdapter.detect(new URL(url))).toBe(kind);
  });
});
