import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { resolveWhen } from '../../dates/relative';
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

  // Found by the fixture fuzz (tests/unit/fuzz-fixtures.test.ts): each once read a wrong value.
  it('dates messages after a day heading it no longer recognises by their time alone, never by the previous day', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    const headings = page.document.querySelectorAll('.msg-s-message-list__time-heading');
    headings[1]?.setAttribute('class', 'msg-s-message-list__date-divider');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.conversation?.messages.map((m) => m.when)).toEqual(['Jun 10 9:12 AM', '8:47 AM', undefined]);
  });

  it('keeps the side of a message whose classes were all renamed by its sender, not by the missing marker', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    page.document.querySelector('[data-event-urn$="MDAwMGIwMDAy"]')?.setAttribute('class', 'x1a2b3 x4c5d6');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.conversation?.messages.map((m) => [m.fromName, m.direction])).toEqual([
      ['Sam Lee', 'outbound'],
      ['Priya Raman', 'inbound'],
      ['Priya Raman', 'inbound'],
    ]);
  });

  it('does not give a message the previous group’s sender when its own group header was not read', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    const priya = page.document.querySelector('[data-event-urn$="MDAwMGIwMDAy"]');
    priya?.querySelector('.msg-s-event-listitem__link')?.remove();
    priya?.querySelector('.msg-s-message-group__meta')?.remove();
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.conversation?.messages.map((m) => [m.fromName, m.direction])).toEqual([
      ['Sam Lee', 'outbound'],
      [undefined, 'inbound'],
      [undefined, 'inbound'],
    ]);
  });

  it('does not take a profile link written in a message for its sender', () => {
    const page = loadFixture('linkedin/messaging--thread-timing--2024-06-12.html', THREAD);
    for (const element of page.document.querySelectorAll('.msg-s-event-listitem--other')) element.classList.remove('msg-s-event-listitem--other');
    const sam = page.document.querySelector('[data-event-urn$="MDAwMGIwMDAx"]');
    sam?.querySelector('.msg-s-event-listitem__link')?.remove();
    sam?.querySelector('.msg-s-message-group__name')?.remove();
    sam?.querySelector('.msg-s-event-listitem__body')?.insertAdjacentHTML('beforeend', ' <a href="https://www.linkedin.com/in/priya-raman-0c9d2e/">your profile</a>');
    const result = linkedinAdapter.extract(page.document, page.url);
    const message = result.ok ? result.conversation?.messages.find((m) => m.id.endsWith('MDAwMGIwMDAx')) : undefined;
    expect(message?.direction).not.toBe('inbound');
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

describe('LinkedIn chat overlay profile card', () => {
  const FEED = 'https://www.linkedin.com/feed/';
  const FIXTURE = 'linkedin/feed-with-message-overlay--profile-card--2024-06-12.html';
  const setSubtitle = (document: Document, text: string) => {
    const subtitle = document.querySelector('.msg-s-profile-card .artdeco-entity-lockup__subtitle > div');
    if (!subtitle) throw new Error('fixture has no profile-card subtitle');
    subtitle.textContent = text;
  };

  it('reads the card’s "title · company" into the contact, keeps the member id’s case, and dates each message by the heading atop its item', () => {
    const page = loadFixture(FIXTURE, FEED);
    expect(linkedinAdapter.detect(page.url, page.document)).toBe('linkedin-messaging');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result).toEqual({
      ok: true,
      kind: 'linkedin-messaging',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:ACoAABdXNlci1haWtvLXdhdGFuYWJl',
        profileUrl: 'https://www.linkedin.com/in/ACoAABdXNlci1haWtvLXdhdGFuYWJl/',
        name: 'Aiko Watanabe',
        headline: 'VP Operations · Kestrel Freight Systems',
        title: 'VP Operations',
        company: 'Kestrel Freight Systems',
      },
      conversation: {
        messages: [
          {
            id: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABdXNlci1zYW0tbGVlLXJlcA,2-S2VzdHJlbDAwMDAx)',
            fromName: 'Sam Lee',
            direction: 'outbound',
            when: 'Jun 10 4:15 PM',
            text: 'Hi Aiko, saw your post about the cross-dock pilot. We help freight teams plan dock slots a week ahead. Worth a 20-minute look?',
          },
          {
            id: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABdXNlci1zYW0tbGVlLXJlcA,2-S2VzdHJlbDAwMDAy)',
            fromName: 'Aiko Watanabe',
            direction: 'inbound',
            when: 'Today 8:52 AM',
            text: 'Timing is good, we are choosing a tool this quarter. Who else in logistics uses it?',
          },
        ],
      },
    });
  });

  it.each([
    ['VP Operations at Kestrel Freight Systems', { title: 'VP Operations', company: 'Kestrel Freight Systems' }],
    ['VP Operations at Kestrel Freight Systems | Lean practitioner', { title: 'VP Operations', company: 'Kestrel Freight Systems' }],
    ['Key Account Manager – Kestrel Freight Systems', { title: 'Key Account Manager', company: 'Kestrel Freight Systems' }],
    ['运营副总裁 · 凯斯特货运', { title: '运营副总裁', company: '凯斯特货运' }],
  ])('reads "%s" as title and company', (subtitle, role) => {
    const page = loadFixture(FIXTURE, FEED);
    setSubtitle(page.document, subtitle);
    expect(linkedinAdapter.extract(page.document, page.url)).toMatchObject({ ok: true, contact: { headline: subtitle, ...role } });
  });

  it.each(['Coach · Speaker · Author', 'Helping freight teams plan ahead', '@ Kestrel'])('keeps "%s" as the headline only: it names no title and company', (subtitle) => {
    const page = loadFixture(FIXTURE, FEED);
    setSubtitle(page.document, subtitle);
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result).toMatchObject({ ok: true, contact: { headline: subtitle } });
    expect(result.ok && result.contact).not.toHaveProperty('title');
    expect(result.ok && result.contact).not.toHaveProperty('company');
  });

  it('ignores a profile card that is not the participant’s', () => {
    const page = loadFixture(FIXTURE, FEED);
    for (const link of page.document.querySelectorAll('.msg-s-profile-card a')) link.setAttribute('href', 'https://www.linkedin.com/in/jonas-berg-51c0de');
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result).toMatchObject({ ok: true, contact: { identity: 'linkedin:ACoAABdXNlci1haWtvLXdhdGFuYWJl', name: 'Aiko Watanabe' } });
    expect(result.ok && Object.keys(result.contact ?? {})).toEqual(['source', 'identity', 'profileUrl', 'name']);
  });

  it('prefers the messaging page’s header headline to the card’s, and still reads the card’s title and company', () => {
    const page = loadFixture(FIXTURE, FEED);
    const header = page.document.querySelector('.msg-overlay-bubble-header__title');
    header?.insertAdjacentHTML('afterend', '<div class="msg-entity-lockup__entity-info">Runs dock operations for Kestrel</div>');
    expect(linkedinAdapter.extract(page.document, page.url)).toMatchObject({ ok: true, contact: { headline: 'Runs dock operations for Kestrel', title: 'VP Operations', company: 'Kestrel Freight Systems' } });
  });

  it('reads a conversation in the 繁體中文 UI: Chinese day headings and times kept as the page says them, and they resolve', () => {
    const page = loadFixture('linkedin/messaging--ui-zh-hant--2026-11.html', 'https://www.linkedin.com/messaging/thread/2-TWzhChen0001/');
    const result = linkedinAdapter.extract(page.document, page.url);
    if (!result.ok || !result.conversation) throw new Error('expected a conversation');
    // The participant from the thread's title bar, not 許美玲 of the conversation list beside it.
    expect(result.contact).toEqual({ source: 'linkedin', identity: 'linkedin:chen-kuan-yu-5c2e81', profileUrl: 'https://www.linkedin.com/in/chen-kuan-yu-5c2e81/', name: '陳冠宇', headline: '資訊長 | 新竹晶片測試' });
    expect(result.conversation.messages.map((m) => [m.fromName, m.direction, m.when])).toEqual([
      ['林思遠', 'outbound', '11月24日 下午4:30'],
      ['陳冠宇', 'inbound', '今天 上午9:05'],
    ]);
    const now = new Date(2026, 10, 30, 12, 0).getTime();
    expect(result.conversation.messages.map((m) => (m.when ? resolveWhen(m.when, now) : undefined))).toEqual([new Date(2026, 10, 24, 16, 30).getTime(), new Date(2026, 10, 30, 9, 5).getTime()]);
  });
});
