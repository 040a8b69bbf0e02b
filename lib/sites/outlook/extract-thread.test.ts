import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { outlookAdapter } from '.';

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
