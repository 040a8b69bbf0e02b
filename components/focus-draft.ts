import { setCardOpen } from './use-card-fold';

/**
 * The header's primary action: opens the draft card, brings it into view and puts the cursor in
 * the draft (where the rep edits, copies or inserts it).
 */
export function focusDraft(): void {
  setCardOpen('draft', true);
  // The card opens on the next render; focus after it.
  requestAnimationFrame(() => {
    const body = document.querySelector<HTMLTextAreaElement>('[data-testid="draft-body"]');
    if (!body) return;
    body.scrollIntoView({ block: 'center' });
    body.focus({ preventScroll: true });
  });
}

/** The header's button when the next step is a merge: brings the strong match's merge button into view and focuses it. */
export function focusMerge(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-testid="merge-candidate"][data-strength="strong"] [data-testid="merge-action"]');
  if (!button) return;
  button.scrollIntoView({ block: 'center' });
  button.focus({ preventScroll: true });
}
