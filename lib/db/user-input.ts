/**
 * The rep's typing, told to every context of the extension, so the upkeep of derived data (the
 * contacts' keys, Today's index, re-judging captured rows) steps aside while they type: each of
 * its batches is an IndexedDB transaction that the search's reads would otherwise queue behind
 * (IndexedDB runs one origin's requests one after another). The panel reports keystrokes; the
 * worker and the pages follow them over a BroadcastChannel; {@link yieldToUser} waits between
 * batches until the typing has been quiet a moment and the page is idle.
 */

const CHANNEL = 'sop-copilot-user-input';
/** Quiet this long after the last keystroke before the upkeep's next batch. */
export const QUIET_MS = 700;
/** At most one message per this long while typing. */
const TELL_EVERY_MS = 200;

/** A page that started loading in a tab holds off the work that waits for page loads this long at most… */
const PAGE_LOADING_MS = 5_000;
/** …and this long after it has loaded (the panel reads and paints it meanwhile). */
const PAGE_LOADED_MS = 1_000;

let lastInput = Number.NEGATIVE_INFINITY;
let pagesBusyUntil = Number.NEGATIVE_INFINITY;
let lastTold = Number.NEGATIVE_INFINITY;
let channel: BroadcastChannel | undefined;

const channelOf = (): BroadcastChannel | undefined => {
  if (channel === undefined && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void (lastInput = Date.now());
  }
  return channel;
};

/** The rep typed here (and every context that follows hears it). */
export function reportUserInput(now = Date.now()): void {
  lastInput = now;
  if (now - lastTold < TELL_EVERY_MS) return;
  lastTold = now;
  channelOf()?.postMessage('input');
}

/** Hears the keystrokes of the other contexts (the worker and each page that runs upkeep call it once). */
export function followUserInput(): void {
  channelOf();
}

/** Whether the rep typed within {@link QUIET_MS}. */
export function userIsTyping(now = Date.now()): boolean {
  return now - lastInput < QUIET_MS;
}

/**
 * A page in a tab started loading or finished: the panel is about to read and show it, so work
 * that asked to wait for page loads holds off ({@link yieldToUser}). Told by the panel only.
 */
export function reportPageLoad(status: 'loading' | 'complete', now = Date.now()): void {
  pagesBusyUntil = status === 'loading' ? Math.max(pagesBusyUntil, now + PAGE_LOADING_MS) : now + PAGE_LOADED_MS;
}

/** Whether a page is loading, or loaded within {@link PAGE_LOADED_MS} (as told by {@link reportPageLoad}). */
export function pageIsLoading(now = Date.now()): boolean {
  return now < pagesBusyUntil;
}

const idle = (timeout: number) =>
  new Promise<void>((resolve) => {
    if (timeout > 0 && typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });

/**
 * Between two batches of upkeep: lets the page's input and paints go first (an idle moment) and,
 * while the rep is typing anywhere in the extension, waits until they pause; with `pageLoads`,
 * also while a page loads and the panel shows it ({@link reportPageLoad}: work the panel can
 * put off, whose reads would delay the page's in the panel). `idleTimeoutMs`: how long it waits
 * for an idle moment at most (1 s; 0: none, only the next task). Resolves to how long it was held for typing and for page loads.
 */
export async function yieldToUser(options: { pageLoads?: boolean; idleTimeoutMs?: number } = {}): Promise<{ typingMs: number; pageLoadMs: number }> {
  const timeout = options.idleTimeoutMs ?? 1_000;
  const held = { typingMs: 0, pageLoadMs: 0 };
  await idle(timeout);
  for (;;) {
    const now = Date.now();
    const typing = userIsTyping(now);
    const loading = options.pageLoads === true && pageIsLoading(now);
    if (!typing && !loading) return held;
    // A page load's hold can end early (it loaded): looked at again every 250 ms.
    const wait = Math.max(typing ? QUIET_MS - (now - lastInput) : 0, loading ? Math.min(250, pagesBusyUntil - now) : 0);
    await new Promise((resolve) => setTimeout(resolve, Math.max(50, wait)));
    await idle(timeout);
    held[typing ? 'typingMs' : 'pageLoadMs'] += Date.now() - now;
  }
}
