import type { SelectorList } from '../../dom/query';

/**
 * Outlook on the web ("new Outlook", 2023+): class names are generated, so the reader keys on
 * landmarks, ids and labels. Labels are in the user's language (Reading Pane, 阅读窗格, 讀取窗格…), so
 * every English label has a language-free fallback after it: the reading pane's container ids, the
 * conversation subject's `CONV_…_SUBJECT` id, each message's `MSG_…_FROM` / `…_DATETIME` ids and
 * its `UniqueMessageBody_<n>` body.
 */
export const outlookSelectors = {
  readingPane: [
    'div[role="main"][aria-label="Reading Pane"]', // English UI
    '#ConversationReadingPaneContainer', // any language, 2023+
    '[data-app-section="ConversationContainer"]', // any language
    'div[role="main"]',
  ],
  subject: [
    '[role="heading"][id^="CONV_"][id$="_SUBJECT"]', // any language, 2024+: the conversation's subject
    '[role="heading"][aria-level="2"] span[title]',
    '[role="heading"][aria-level="2"]',
  ],
  message: ['[data-message-id]', 'div[role="listitem"]'],
  /** The sender's name with the address in its `title`. */
  sender: ['span[aria-label^="From:"][title*="@"]', '[id^="MSG_"][id$="_FROM"] [title*="@"]', '[id^="MSG_"][id$="_FROM"][title*="@"]'],
  /** The "From" line of a message (2024+), whose words carry the address when no `title` does. */
  senderLine: ['[id^="MSG_"][id$="_FROM"]', '[id$="_FROM"]'],
  /**
   * Where a message has no From line we know (2023 saved pages): its first name with an address in
   * its `title`, which is the sender's (the To line comes after it). Never used beside a From line:
   * there, a To line's name is not the sender.
   */
  senderWithoutLine: ['span[title*="@"]'],
  // A title with the full date first; then the stamp alone, as a recent message shows it ("Yesterday 14:02", "Mon 9:14").
  time: ['[data-testid="SentReceivedSavedTime"][title]', '[id$="_DATETIME"][title]', '[id$="_DATETIME"]', '[data-testid="SentReceivedSavedTime"]', '[title*="/20"]'],
  /**
   * Where the message list beside the reading pane stamps each conversation (its own words and its
   * title): "Sun 9:14 AM" titled "Sun 12/6/2026 9:14 AM", "Wed 11/25", 周五 15:20. Read only for the
   * order the page writes day and month in (among the row's other spans, only whole stamps count).
   */
  listTime: [
    '[role="listbox"] [role="option"] span[title]', // 2023+: the time's full stamp in its title
    '[role="listbox"] [role="option"] span', // any generation: the stamp as shown
  ],
  body: [
    'div[aria-label="Message body"][role="document"]', // English UI
    'div[aria-label="Message body"]', // English UI
    'div[id^="UniqueMessageBody"]', // any language (aria-label "邮件正文", …)
  ],
  /** Where quoted history starts inside a body; it and everything after it go. */
  quoteStart: '#appendonsend, #divRplyFwdMsg, div[id^="divRplyFwdMsg"], .gmail_quote',
  signature: '#Signature, [id^="Signature"], #ms-outlook-mobile-signature',
  account: ['#mectrl_currentAccount_secondary', '[aria-label^="Account manager for"] [id$="secondary"]'],
  /** The signed-in person's display name, for their own messages that show a name and no address. */
  accountName: ['#mectrl_currentAccount_primary'],
  composeBody: ['div[aria-label^="Message body"][contenteditable="true"]', 'div[role="textbox"][aria-multiline="true"][contenteditable="true"]'],
} as const satisfies Record<string, SelectorList | string>;
