import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { linkedinAdapter } from '.';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/';

describe('LinkedIn messaging extraction', () => {
  it('reads the participant as the same identity as their profile, and every message with its side and day', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    expect(linkedinAdapter.detect(page.url)).toBe('linkedin-messaging');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result).toEqual({
      ok: true,
      kind: 'linkedin-messaging',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:priya-raman-0c9d2e',
        profileUrl: 'https://www.linkedin.com/in/priya-raman-0c9d2e/',
        name: 'Priya Raman',
        headline: 'Director of Finance at Meridian Health Partners',
      },
      conversation: {
        messages: [
          {
            id: 'urn:li:messagingMessage:2-MTcxODAxMDcyMDAwMGIwMDAx',
            fromName: 'Sam Lee',
            direction: 'outbound',
            when: 'Jun 10 9:12 AM',
            text: 'Hi Priya, thanks for connecting. Many finance teams in healthcare lose two days every month-end to manual reconciliation. Is that something you see at Meridian?',
          },
          { id: 'urn:li:messagingMessage:2-MTcxODE4MjAyMDAwMGIwMDAy', fromName: 'Priya Raman', direction: 'inbound', when: 'Jun 12 8:47 AM', text: 'Hi Sam, it is a real pain, yes.' },
          {
            id: 'urn:li:messagingMessage:2-MTcxODE4MjA4MDAwMGIwMDAz',
            fromName: 'Priya Raman',
            direction: 'inbound',
            when: 'Jun 12',
            text: 'But we are in the middle of our year-end audit, so not now. Can you reach out again in September?',
          },
        ],
      },
    });
  });

  it('tells the sides apart by profile link when the "--other" marker is gone', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    for (const element of page.document.querySelectorAll('.msg-s-event-listitem--other')) element.classList.remove('msg-s-event-listitem--other');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.conversation?.messages.map((m) => m.direction)).toEqual(['outbound', 'inbound', 'inbound']);
  });

  it('refuses a thread without a participant link', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    page.document.querySelector('a.msg-thread__link-to-profile')?.removeAttribute('href');
    expect(linkedinAdapter.extract(page.document, page.url)).toMatchObject({ ok: false, error: { kind: 'linkedin-messaging', missing: ['participant-link'] } });
  });
});

describe('LinkedIn chat overlay', () => {
  it('reads the profile with the conversation open in the overlay when both are the same person', () => {
    const page = loadFixture('linkedin/profile-with-message-overlay--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    expect(linkedinAdapter.detect(page.url, page.document)).toBe('linkedin-messaging');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result).toMatchObject({ ok: true, kind: 'linkedin-profile', contact: { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing' } });
    expect(result.ok && result.conversation?.messages.map((m) => [m.direction, m.when, m.text])).toEqual([
      ['outbound', 'Today 9:02 AM', 'Hi Mei, did the scheduling case study reach you?'],
      ['inbound', 'Today 9:30 AM', 'It did, thanks. Honestly our spreadsheets work fine for now.'],
    ]);
  });

  it('reads only the conversation when the overlay is with someone else', () => {
    const page = loadFixture('linkedin/profile-with-message-overlay--2024-06-12.html', 'https://www.linkedin.com/feed/');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result).toMatchObject({ ok: true, kind: 'linkedin-messaging', contact: { identity: 'linkedin:mei-lin-chen-4b21a7', name: 'Mei Lin Chen' } });
  });
});
