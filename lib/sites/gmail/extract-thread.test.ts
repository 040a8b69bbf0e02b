import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { gmailAdapter } from '.';
import { parseGmailTime } from './extract-thread';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';

function extract(fixture: string, url = THREAD) {
  const page = loadFixture(`gmail/${fixture}`, url);
  return gmailAdapter.extract(page.document, page.url);
}

describe('Gmail thread extraction', () => {
  // Found by the fixture fuzz (tests/unit/fuzz-fixtures.test.ts): the message was read as the recipient's, on the other side.
  it('never takes the recipient ("to Mei") for the sender of a message', () => {
    const page = loadFixture('gmail/thread--objection-price--2024-06-12.html', THREAD);
    page.document.querySelector('[data-message-id="#msg-f:1801234567890123457"] span.gD')?.remove();
    const result = gmailAdapter.extract(page.document, page.url);
    const message = result.ok ? result.conversation?.messages.find((m) => m.id === 'msg-f:1801234567890123457') : undefined;
    expect(message?.fromEmail).not.toBe('mei.chen@orchid-precision.example');
  });

  it('reads the 2024 thread: subject, messages in order, directions, and the prospect as contact', () => {
    const result = extract('thread--objection-price--2024-06-12.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contact).toEqual({ source: 'gmail', identity: 'email:mei.chen@orchid-precision.example', email: 'mei.chen@orchid-precision.example', name: 'Mei Lin Chen' });
    expect(result.conversation?.subject).toBe('Re: Proposal for Orchid Precision');
    expect(result.conversation?.messages).toEqual([
      {
        id: '18f39a0b1c2d3e4f',
        fromName: 'Sam Lee',
        fromEmail: 'sam.lee@sopcopilot.example',
        direction: 'outbound',
        at: Date.parse('Tue, Jun 4, 2024, 2:30 PM'),
        text: 'Hi Mei, great to meet you at the expo. As promised, a short note on how teams like yours schedule production…',
      },
      {
        id: 'msg-f:1801234567890123457',
        fromName: 'Sam Lee',
        fromEmail: 'sam.lee@sopcopilot.example',
        direction: 'outbound',
        at: Date.parse('Mon, Jun 10, 2024, 9:12 AM'),
        text: 'Hi Mei,\n\nAttached is the proposal for the scheduling module at the Suzhou plant: 48,000 a year for three lines, implementation included.\n\nWould Thursday work for a 20-minute walkthrough?',
      },
      {
        id: 'msg-f:1801234567890123458',
        fromName: 'Mei Lin Chen',
        fromEmail: 'mei.chen@orchid-precision.example',
        direction: 'inbound',
        at: Date.parse('Wed, Jun 12, 2024, 8:47 AM'),
        text: 'Hi Sam,\n\nThanks for the proposal. The team liked the demo, but honestly the price is too high for us at 48k. Is there any flexibility?',
      },
    ]);
  });

  it('reads the 2019 generation in the Chinese UI (account from the avatar label, Chinese dates)', () => {
    const page = loadFixture('gmail/thread--buying-signal-zh--2019-11-05.html', THREAD);
    page.document.title = '回复：华辰零售会员系统报价';
    const result = gmailAdapter.extract(page.document, page.url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contact).toMatchObject({ name: '王小明', email: 'wang.xm@huachen-retail.example', identity: 'email:wang.xm@huachen-retail.example' });
    const [message] = result.conversation?.messages ?? [];
    expect(message).toMatchObject({ direction: 'inbound', at: new Date(2019, 10, 5, 10, 15).getTime() });
    expect(message?.text).toBe('Sam 你好,\n\n方案我们内部讨论过了,整体认可。合同怎么签?另外能不能分三期付款?');
  });

  it('refuses a redesigned page and says what is missing', () => {
    expect(extract('thread--broken-layout--2026-11-01.html')).toEqual({
      ok: false,
      error: { code: 'layout-not-recognised', site: 'gmail', kind: 'gmail-thread', missing: ['subject'] },
    });
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW', 'gmail-thread'],
    ['https://mail.google.com/mail/u/1/#label/Deals/18f3a1b2c3d4e5f6', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#search/orchid/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#inbox', null],
    ['https://mail.google.com/mail/u/0/#settings/general', null],
  ])('detects %s as %s', (url, kind) => {
    expect(gmailAdapter.detect(new URL(url))).toBe(kind);
  });

  it.each([
    ['Mon, Jun 10, 2024, 9:12 AM', Date.parse('Mon, Jun 10, 2024, 9:12 AM')],
    ['2019年11月5日 周二 下午3:05', new Date(2019, 10, 5, 15, 5).getTime()],
    ['yesterday', undefined],
  ])('parses the time %s', (title, expected) => {
    expect(parseGmailTime(title)).toBe(expected);
  });
});
