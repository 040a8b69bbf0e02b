/** Elements whose text is never what a reader sees on the page. */
const INVISIBLE = 'script, style, template, noscript, .visually-hidden, [hidden]';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Collapses whitespace and strips zero-width and bidi control characters. */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(BIDI_MARKS, '').replace(/\s+/g, ' ').trim();
}

/**
 * The visible text of an element: whitespace collapsed, screen-reader-only copies and scripts left
 * out. LinkedIn renders many strings twice (`aria-hidden` for the eye, `.visually-hidden` for screen
 * readers); reading `textContent` naively doubles them.
 */
export function visibleText(element: Element): string {
  if (!element.querySelector(INVISIBLE)) return cleanText(element.textContent);
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(INVISIBLE)) hidden.remove();
  return cleanText(copy.textContent);
}
