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

const BLOCK = new Set(['DIV', 'P', 'BR', 'LI', 'TR', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'UL', 'OL', 'HR']);

/**
 * The visible text of a rich-text body with its line structure: blocks and `<br>` become line
 * breaks, runs of spaces collapse, blank lines fold to one. `skip` removes parts first (quoted
 * history, signatures).
 */
export function blockText(element: Element, skip = ''): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(skip ? `${INVISIBLE}, ${skip}` : INVISIBLE)) hidden.remove();
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(ZERO_WIDTH, '').replace(BIDI_MARKS, '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has((node as Element).tagName);
    if (block) out += '\n';
    for (const child of node.childNodes) walk(child);
    if (block && (node as Element).tagName !== 'BR') out += '\n';
  };
  walk(copy);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
