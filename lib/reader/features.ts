/**
 * What the reply reader's model sees of a reply: hashed features of its folded text (see
 * `cleanReply`), each with the position it came from so the reader can say which words spoke.
 *
 * - words: the word, the word pair it starts, and its character 3- and 4-grams (typos, stems:
 *   "pricey", "pricing", "priced" share "pric");
 * - Chinese: each character, pair and triple of characters (Chinese has no spaces; the pairs and
 *   triples are its words: 预算, 太贵, 不需要);
 * - a question mark after the words before it ("price?" asks, "price." objects; 吗 asks with or without one);
 * - the length of the reply and its first and last words (one-liners and sign-offs read differently).
 *
 * Apostrophes vanish ("don't" = "dont"), digits are one digit and every other mark is a break, so
 * the same reply typed with or without punctuation, in capitals or full-width, has the same features.
 */

/** 32-bit FNV-1a of a string, seeded per feature kind so a word and a character never collide by design. */
export function hashOf(seed: number, text: string): number {
  return hashMore((0x811c9dc5 ^ seed) >>> 0, text, 0, text.length) >>> 0;
}

/** Goes on hashing `text[start, end)` from `hash` (no substrings made: this is the reader's hot loop). */
function hashMore(hash: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** The hash of `a`, a space, `b`: the same as hashOf(seed, `${a} ${b}`). */
function hashPair(seed: number, a: string, b: string): number {
  let hash = hashMore((0x811c9dc5 ^ seed) >>> 0, a, 0, a.length);
  hash ^= 32;
  hash = Math.imul(hash, 0x01000193);
  return hashMore(hash, b, 0, b.length) >>> 0;
}

/** The hash of `<word>`'s characters [start, end), where `<` and `>` pad the word: the same as hashOf(seed, padded.slice(start, end)). */
function hashGram(seed: number, word: string, start: number, end: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    hash ^= i === 0 ? 60 : i === word.length + 1 ? 62 : word.charCodeAt(i - 1);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const enum Kind {
  Word = 1,
  Pair = 2,
  Gram = 3,
  Han = 4,
  HanPair = 5,
  HanTriple = 6,
  Question = 7,
  Length = 8,
  First = 9,
  Last = 10,
}

interface Token {
  text: string;
  /** Index in the folded text. */
  at: number;
  han: boolean;
}

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code < 0x3000 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff));

/** The reply cut into words, Chinese characters and question marks. */
export function tokensOf(folded: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let wordAt = -1;
  /** Where the run of word characters being read began (-1: none), and whether it is free of digits (each digit reads as 0). */
  let runStart = -1;
  let plain = true;
  const endRun = (end: number) => {
    if (runStart >= 0) word += plain ? folded.slice(runStart, end) : folded.slice(runStart, end).replace(/[0-9]/g, '0');
    runStart = -1;
    plain = true;
  };
  const endWord = () => {
    if (word) tokens.push({ text: word, at: wordAt, han: false });
    word = '';
    wordAt = -1;
  };
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) {
      if (wordAt < 0) wordAt = i;
      if (runStart < 0) runStart = i;
      if (code <= 57) plain = false;
    } else if (code === 39 || code === 0x2019) {
      // "don't" and "dont" are one word.
      endRun(i);
    } else {
      endRun(i);
      endWord();
      if (isHan(code)) {
        tokens.push({ text: folded.charAt(i), at: i, han: true });
        // 吗 asks with or without its question mark: "你们不送吗" is "你们不送吗?".
        if (code === 0x5417 && folded.charCodeAt(i + 1) !== 63) tokens.push({ text: '?', at: i, han: false });
      } else if (code === 63) tokens.push({ text: '?', at: i, han: false });
    }
  }
  endRun(folded.length);
  endWord();
  return tokens;
}

const LENGTH_BUCKETS = [1, 2, 3, 5, 8, 13, 21, 40];

/**
 * Calls `emit(hash, position)` for every feature of the folded reply. `position` is an index in
 * the folded text (the start of the words the feature came from), -1 for the reply-wide ones.
 */
export function forEachFeature(folded: string, emit: (hash: number, position: number) => void): void {
  const tokens = tokensOf(folded);
  if (tokens.length === 0) return;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    // Pairs run across commas and full stops: the same reply typed without punctuation reads the same.
    const previous = i > 0 ? tokens[i - 1] : undefined;
    if (token.text === '?') {
      emit(hashOf(Kind.Question, previous?.text ?? ''), token.at);
      continue;
    }
    count++;
    if (token.han) {
      emit(hashOf(Kind.Han, token.text), token.at);
      if (previous?.han) {
        emit(hashOf(Kind.HanPair, previous.text + token.text), previous.at);
        const before = i > 1 ? tokens[i - 2] : undefined;
        if (before?.han) emit(hashOf(Kind.HanTriple, before.text + previous.text + token.text), before.at);
      } else if (previous && previous.text !== '?') emit(hashPair(Kind.Pair, previous.text, token.text), previous.at);
      continue;
    }
    emit(hashOf(Kind.Word, token.text), token.at);
    if (previous && previous.text !== '?') emit(hashPair(Kind.Pair, previous.text, token.text), previous.at);
    if (token.text.length > 3) {
      const padded = token.text.length + 2;
      for (let n = 3; n <= 4; n++) for (let s = 0; s + n <= padded; s++) emit(hashGram(Kind.Gram, token.text, s, s + n), token.at);
    }
  }
  // The reply-wide features come from no one place: position -1 (no sentence holds them).
  if (count === 0) return;
  const bucket = LENGTH_BUCKETS.findIndex((limit) => count <= limit);
  emit(hashOf(Kind.Length, String(bucket === -1 ? LENGTH_BUCKETS.length : bucket)), -1);
  const first = tokens.find((t) => t.text !== '?');
  const last = tokens.findLast((t) => t.text !== '?');
  if (first) emit(hashOf(Kind.First, first.text), -1);
  if (last) emit(hashOf(Kind.Last, last.text), -1);
}
