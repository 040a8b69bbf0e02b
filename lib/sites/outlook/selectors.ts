import type { SelectorList } from '../../dom/query';

/**
 * Outlook on the web (2023-2024 "new Outlook"): class names are generated, so the reader keys on
 * landmarks and labels: the reading pane, the level-2 heading, "Message body" documents, the
 * sender's address in a `title`, and the account manager's address.
 */
export const outlookSelectors = {
  readingPane: ['div[role="main"][aria-label="Reading Pane"]', 'div[role="main"]'],
  subject: ['[role="heading"][aria-level="2"] span[title]', '[role="heading"][aria-level="2"]'],
  message: ['[data-message-id]', 'div[role="listitem"]'],
  sender: ['span[aria-label^="From:"][title*="@"]', 'span[title*="@"]'],
  time: ['[data-testid="SentReceivedSavedTime"][title]', '[title*="/20"]'],
  body: ['div[aria-label="Message body"][role="document"]', 'div[aria-label="Message body"]'],
  /** Where quoted history starts inside a body; it and everything after it go. */
  quoteStart: '#appendonsend, #divRplyFwdMsg, div[id^="divRplyFwdMsg"], .gmail_quote',
  signature: '#Signature, [id^="Signature"], #ms-outlook-mobile-signature',
  account: ['#mectrl_currentAccount_secondary', '[aria-label^="Account manager for"] [id$="secondary"]'],
  composeBody: ['div[aria-label^="Message body"][contenteditable="true"]', 'div[role="textbox"][aria-multiline="true"][contenteditable="true"]'],
} as const satisfies Record<string, SelectorList | string>;
