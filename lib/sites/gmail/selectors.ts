import type { SelectorList } from '../../dom/query';

/**
 * Gmail's markup has kept its short class names (`hP`, `adn`, `gD`, `a3s`) for years; the data
 * attributes (`data-message-id`, `data-legacy-*`, `email`) are steadier still and come first.
 * Generations: 2019 (`data-legacy-*` only, no `aiL`), 2024 (`data-thread-perm-id`, `thread-f:` ids).
 */
export const threadSelectors = {
  main: ['[role="main"]', 'div.nH.bkK'],
  subject: ['h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]', 'h2.hP'],
  message: ['div.adn[data-message-id], div.adf[data-legacy-message-id], div.adn[data-legacy-message-id]', '[data-message-id]', '[data-legacy-message-id]'],
  sender: ['span.gD[email]', 'h3 [email][name]', '[email]'],
  recipient: ['span.g2[email]', '.hb [email]'],
  time: ['span.g3[title]', 'span[alt][title]'],
  body: ['div.a3s', 'div.ii.gt'],
  snippet: ['div.iA.g6', '.g6'],
  /** Removed from a body before reading it: quoted history and the signature. */
  bodyNoise: '.gmail_quote, .gmail_quote_container, blockquote, .gmail_signature, [data-smartmail="gmail_signature"], .yj6qo, .adL',
  account: ['header#gb [aria-label*="@"]', '#gb [aria-label*="@"]', 'a[aria-label^="Google Account"]'],
  /** Editable message bodies of compose windows, inline replies and pop-outs. */
  composeBody: ['div[g_editable="true"][contenteditable="true"]', 'div.Am.editable[contenteditable="true"]', 'div[role="textbox"][aria-multiline="true"][contenteditable="true"]'],
} as const satisfies Record<string, SelectorList | string>;
