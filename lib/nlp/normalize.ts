import { simplifiedChar } from './chinese';

const QUOTES: Record<string, string> = { '\u3002': '.', '\u3001': ',', '\u300C': '"', '\u300D': '"', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u00A0': ' ', '\u3000': ' ' };

/**
 * Folds text for matching without moving any character: index i of the result is index i of the
 * input, so a match found here is an evidence span in the original. Lower-cases, turns full-width
 * ASCII and curly quotes into plain ASCII, and Traditional Chinese into Simplified.
 */
export function foldForMatching(text: string): string {
  // Fast path: plain ASCII only needs lower-casing.
  if (/^[\x20-\x7e\n\r\t]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // ASCII in mixed text: lower-cased without a call per character.
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
      continue;
    }
    let folded: string;
    if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCharCode(code - 0xfee0);
    else folded = QUOTES[char] ?? simplifiedChar(char);
    // Han and other scripts from U+3000 on have no case.
    const lower = code >= 0x3000 && folded === char ? char : folded.toLowerCase();
    out += lower.length === char.length ? lower : folded.length === char.length ? folded : char;
  }
  return out;
}
