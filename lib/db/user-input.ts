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

let lastInput = Number.NEGATIVE_INFINITY;
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

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });

/**
 * Between two batches of upkeep: lets the page's input and paints go first (an idle moment) and,
 * while the rep is typing anywhere in the extension, waits until they pause.
 */
export async function yieldToUser(): Promise<void> {
  await idle();
  while (userIsTyping()) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(50, QUIET_MS - (Date.now() - lastInput))));
    await idle();
  }
}
