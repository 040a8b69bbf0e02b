import { simplifiedCode } from './chinese';

const QUOTES: Record<string, string> = { '\u3002': '.', '\u3001': ',', '\u300C': '"', '\u300D': '"', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u00A0': ' ', '\u3000': ' ' };

let foldTable: Uint16Array | undefined;

/**
 * What each UTF-16 code unit folds to, as one flat table (built on the first text that is not
 * plain ASCII): lower case, full-width ASCII as ASCII, curly quotes and Chinese full stops as
 * ASCII, Traditional as Simplified. Surrogates and characters whose lower case is longer (İ) stay
 * as they are.
 */
function foldTableOf(): Uint16Array {
  if (foldTable) return foldTable;
  const quotes = new Map(Object.entries(QUOTES).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const folded = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : (quotes.get(code) ?? simplifiedCode(code));
    table[code] = folded < 0x3000 ? lowerCode(folded) : folded;
  }
  return (foldTable = table);
}

/** Lower case of one code unit below U+3000 (Han and other scripts from there on have no case). */
function lowerCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Code units back to a string in one native call (a lone surrogate becomes U+FFFD: still one unit, so indices hold). */
const UTF16 = new TextDecoder('utf-16le');

/**
 * Folds text for matching without moving any character: index i of the result is index i of the
 * input, so a match found here is an evidence span in the original. Lower-cases, turns full-width
 * ASCII and curly quotes into plain ASCII, and Traditional Chinese into Simplified.
 */
export function foldForMatching(text: string): string {
  // Fast path: plain ASCII only needs lower-casing.
  if (/^[\x20-\x7e\n\r\t]*$/.test(text)) return text.toLowerCase();
  const fold = foldTableOf();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = fold[text.charCodeAt(i)] ?? 0;
  return UTF16.decode(codes);
}

/** Characters that do not show: zero-width spaces and joiners, soft hyphens, direction marks, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Negated contractions typed without the apostrophe ("dont", "isnt"): unambiguous ones only ("wont", "were", "well" are words). */
const BARE_CONTRACTIONS: Record<string, string> = {
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", cant: "can't", couldnt: "couldn't",
  wouldnt: "wouldn't", shouldnt: "shouldn't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", aint: "ain't", im: "i'm", ive: "i've", youre: "you're",
  theyre: "they're", thats: "that's", whats: "what's", theres: "there's",
};
const CONTRACTION = new RegExp(`(?:${Object.keys(BARE_CONTRACTIONS).join('|')})(?![a-z0-9'])`, 'y');
const ENTITY = /&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/y;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"', hellip: '...', mdash: '—', ndash: '–' };
const TAG = /<(\/?)([a-z][a-z0-9]*)(?:\s[^<>]{0,300})?\/?>/y;
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'blockquote']);
/** Whether {@link squeezeForMatching} would change anything (most replies: no). */
const NEEDS_SQUEEZE = new RegExp(
  `${INVISIBLE.source}|[\\t\\r\\v\\f]| {2}|^ |\\n | \\n|&(?:#\\d|#x[0-9a-f]|[a-z]{2,8};)|<\\/?[a-z]|(?<![a-z0-9'])(?:${Object.keys(BARE_CONTRACTIONS).join('|')})(?![a-z0-9'])`,
);

export interface Squeezed {
  text: string;
  /** Index in the input of each index of `text`, plus one past the end; null when nothing changed. */
  origin: number[] | null;
}

/**
 * Text as pasted from anywhere, made comparable with what a person reads: invisible characters
 * dropped, runs of spaces and tabs made one space, HTML entities decoded and tags removed (block
 * tags become line breaks), "dont" read as "don't". Runs on folded text; `origin` maps back.
 */
export function squeezeForMatching(folded: string): Squeezed {
  if (!NEEDS_SQUEEZE.test(folded)) return { text: folded, origin: null };
  let text = '';
  const origin: number[] = [];
  const emit = (value: string, at: number) => {
    for (let k = 0; k < value.length; k++) {
      const char = value.charAt(k);
      const last = text.charAt(text.length - 1);
      if (char === ' ' && (text === '' || last === ' ' || last === '\n')) continue;
      if (char === '\n' && last === ' ') {
        text = text.slice(0, -1);
        origin.pop();
      }
      text += char;
      origin.push(at);
    }
  };
  for (let i = 0; i < folded.length; ) {
    const char = folded.charAt(i);
    if (INVISIBLE.test(char)) {
      i++;
      continue;
    }
    if (char === '\t' || char === '\r' || char === '\v' || char === '\f') {
      emit(' ', i++);
      continue;
    }
    if (char === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(folded);
      const name = entity?.[1] ?? '';
      const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
      const decoded = NAMED_ENTITIES[name] ?? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined);
      if (entity && decoded !== undefined) {
        emit(foldForMatching(decoded), i);
        i += entity[0].length;
        continue;
      }
    }
    if (char === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(folded);
      if (tag) {
        if (BLOCK_TAGS.has(tag[2] ?? '')) emit('\n', i);
        i += tag[0].length;
        continue;
      }
    }
    if (char >= 'a' && char <= 'z' && !/[a-z0-9']/.test(text.charAt(text.length - 1))) {
      CONTRACTION.lastIndex = i;
      const word = CONTRACTION.exec(folded)?.[0];
      const expanded = word ? BARE_CONTRACTIONS[word] : undefined;
      if (word && expanded) {
        // "dont" → "don't": the apostrophe points at the letter after it, as that letter does.
        const apostrophe = expanded.indexOf("'");
        for (let k = 0; k < expanded.length; k++) emit(expanded.charAt(k), i + (k <= apostrophe ? k : k - 1));
        i += word.length;
        continue;
      }
    }
    emit(char, i++);
  }
  origin.push(folded.length);
  return { text, origin };
}
