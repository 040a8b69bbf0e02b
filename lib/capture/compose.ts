import type { SelectorList } from '../dom/query';

/** The signature blocks Gmail and Outlook put inside a compose body. */
const SIGNATURE = '.gmail_signature, [data-smartmail="gmail_signature"], #Signature, [id^="Signature"], #ms-outlook-mobile-signature';
/** The quoted history a reply or forward carries inside its body (Gmail; Outlook marks where it starts). */
const QUOTED = '.gmail_quote, .gmail_quote_container, blockquote, #appendonsend, #divRplyFwdMsg';

/** Inserting a draft: where it went, or why it could not. */
export type InsertOutcome = { ok: true } | { ok: false; reason: 'no-compose' | 'several-compose' };

function composeBodies(document: Document, selectors: SelectorList): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of selectors) for (const element of document.querySelectorAll<HTMLElement>(selector)) found.add(element);
  return [...found].filter((element) => element.isConnected && element.getClientRects().length > 0);
}

/**
 * Remembers the compose body the user last worked in, so the panel knows where to insert.
 * `selectors` name a site's editable message bodies only, never subjects or recipients.
 */
export function trackComposeFocus(document: Document, selectors: SelectorList, signal: AbortSignal): () => HTMLElement | null {
  let last: HTMLElement | null = null;
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(selectors.join(',')) : null;
      if (target) last = target;
    },
    { capture: true, signal },
  );
  return () => (last?.isConnected ? last : null);
}

/**
 * The start of the body's first line when nothing is written above the signature or the quoted
 * history (an editor opens on an empty line, `<br>` or `<div><br></div>`): the draft goes on that
 * line, not after it, which left a blank first line above the greeting. Null when the body holds words.
 */
function firstLineIfEmpty(document: Document, target: HTMLElement, stop: Element | null): Range | null {
  const above = document.createRange();
  above.selectNodeContents(target);
  if (stop) above.setEndBefore(stop);
  if (above.toString().trim() !== '' || above.cloneContents().querySelector('img, table, hr')) return null;
  let line: Node = target;
  // Into the first empty block (Gmail's <div>, LinkedIn's <p>), never into the signature or the quote.
  while (line.firstChild instanceof HTMLElement && line.firstChild !== stop && !line.firstChild.matches('br') && !line.firstChild.contains(stop)) line = line.firstChild;
  const start = document.createRange();
  start.setStart(line, 0);
  start.collapse(true);
  return start;
}

/**
 * Puts text into the compose body the user is working in, the way typing would: at the caret
 * (else at the end), through the editor's own insert command so the site's undo and formatting
 * work. Nothing is sent. With no compose box open, or several and none focused, it says so.
 */
export function insertIntoCompose(document: Document, selectors: SelectorList, text: string, lastFocused: HTMLElement | null): InsertOutcome {
  const bodies = composeBodies(document, selectors);
  const active = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(selectors.join(',')) : null;
  const target = (active && bodies.includes(active) ? active : null) ?? (lastFocused && bodies.includes(lastFocused) ? lastFocused : null) ?? (bodies.length === 1 ? bodies[0] : null);
  if (!target) return { ok: false, reason: bodies.length === 0 ? 'no-compose' : 'several-compose' };
  const selection = document.getSelection();
  // Where the caret was before focusing: focus() on an editor the caret is not in puts it at the start.
  const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
  target.focus();
  const signature = target.querySelector(SIGNATURE);
  const caretUsable = caret !== null && target.contains(caret) && !signature?.contains(caret);
  if (selection && !caretUsable) {
    // Never into or after the signature or the quoted history: just before the first of them,
    // else at the end of the body.
    const stop = target.querySelector(`${SIGNATURE}, ${QUOTED}`);
    const range = document.createRange();
    if (stop) range.setStartBefore(stop);
    else range.selectNodeContents(target);
    range.collapse(stop !== null);
    selection.removeAllRanges();
    selection.addRange(firstLineIfEmpty(document, target, stop) ?? range);
  }
  // execCommand is the one way to insert "as typed" into a contenteditable the page owns: it
  // keeps the editor's undo stack and Trusted Types are not involved (no HTML is built). Each
  // line break becomes a new paragraph, as Enter would (`<p>` per line in LinkedIn's editor,
  // `<div>` in Gmail's), yet no key event fires, so "Enter sends" settings are never triggered.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- no standard replacement inserts into a page-owned editor with undo
  const inserted = document.execCommand('insertText', false, text);
  if (!inserted) target.append(document.createTextNode(text));
  return { ok: true };
}
