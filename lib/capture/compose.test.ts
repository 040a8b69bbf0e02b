import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/support/fixtures';
import { messagingSelectors } from '../sites/linkedin/selectors';
import { insertIntoCompose, trackComposeFocus } from './compose';

const OVERLAY = ['linkedin/profile-with-message-overlay--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/overlay/chat/'] as const;
const SELECTORS = messagingSelectors.composeBody;

/** The overlay page, with the page's own `HTMLElement` as the code under test sees it in a content script. */
function loadOverlayPage(): Document {
  const { document } = loadFixture(...OVERLAY);
  vi.stubGlobal('HTMLElement', document.defaultView?.HTMLElement);
  return document;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** jsdom lays nothing out: say these elements are on screen, as a browser would. */
function showOnScreen(...elements: Element[]): void {
  for (const element of elements) Object.defineProperty(element, 'getClientRects', { value: () => ({ length: 1 }) });
}

/** A second chat bubble, as when the rep opened another conversation in the overlay. */
function openSecondBubble(document: Document): { first: HTMLElement; second: HTMLElement } {
  const bubble = document.querySelector('.msg-overlay-conversation-bubble');
  if (!bubble) throw new Error('the fixture has no overlay bubble');
  bubble.after(bubble.cloneNode(true));
  const [first, second] = document.querySelectorAll<HTMLElement>('.msg-form__contenteditable');
  if (!first || !second) throw new Error('no second bubble');
  return { first, second };
}

describe('choosing the LinkedIn message box to insert into', () => {
  it('says there is none when no box is open (or none is on screen)', () => {
    const document = loadOverlayPage();
    expect(insertIntoCompose(document, SELECTORS, 'Hi Mei', null)).toEqual({ ok: false, reason: 'no-compose' });
    document.querySelector('.msg-overlay-conversation-bubble')?.remove();
    showOnScreen(...document.querySelectorAll('input'));
    expect(insertIntoCompose(document, SELECTORS, 'Hi Mei', null)).toEqual({ ok: false, reason: 'no-compose' });
  });

  it('with two bubbles open and neither focused, says so instead of guessing', () => {
    const document = loadOverlayPage();
    const { first, second } = openSecondBubble(document);
    showOnScreen(first, second);
    expect(insertIntoCompose(document, SELECTORS, 'Hi Mei', null)).toEqual({ ok: false, reason: 'several-compose' });
    expect(first.textContent).toBe('');
    expect(second.textContent).toBe('');
  });

  it('remembers the message box last worked in, and not the search box focused after it', () => {
    const document = loadOverlayPage();
    const { second } = openSecondBubble(document);
    const search = document.querySelector<HTMLInputElement>('input[aria-label="Search"]');
    const controller = new (document.defaultView?.AbortController ?? AbortController)();
    const lastCompose = trackComposeFocus(document, SELECTORS, controller.signal);
    expect(lastCompose()).toBeNull();
    search?.focus();
    expect(lastCompose()).toBeNull();
    second.focus();
    search?.focus();
    expect(lastCompose()).toBe(second);
    // The bubble closed: nothing to remember.
    second.closest('.msg-overlay-conversation-bubble')?.remove();
    expect(lastCompose()).toBeNull();
    controller.abort();
  });
});
