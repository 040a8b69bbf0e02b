/**
 * Strings one of which every match of a regular expression must contain, read off its source;
 * null when no such set is known (the pattern must always run). A cheap `includes` on these lets
 * the classifier skip most of its patterns on a sentence.
 *
 * Understands the syntax our patterns use: groups (capturing, non-capturing, named), lookarounds
 * (ignored: they consume nothing), alternation, quantifiers (`? * + {m,n}`, lazy or not),
 * character classes and escapes (both treated as "any character": they break a literal run).
 * Case-insensitive patterns are not supported (ours run on lower-cased text).
 */
type Node = { kind: 'char'; value: string } | { kind: 'any' } | { kind: 'seq'; items: Node[] } | { kind: 'alt'; options: Node[] } | { kind: 'repeat'; node: Node; min: number } | { kind: 'empty' };

class Parser {
  private index = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.index < this.source.length) throw new Error(`unexpected ${this.source[this.index] ?? ''} at ${this.index}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.index] === '|') {
      this.index++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? { kind: 'empty' }) : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const char = this.source[this.index];
    let min: number | null = null;
    if (char === '?' || char === '*') min = 0;
    else if (char === '+') min = 1;
    else if (char === '{') {
      const match = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.index));
      if (match) {
        this.index += match[0].length - 1;
        min = Number(match[1]);
      }
    }
    if (min === null) return atom;
    this.index++;
    if (this.source[this.index] === '?') this.index++; // lazy
    return { kind: 'repeat', node: atom, min };
  }

  private atom(): Node {
    const char = this.source[this.index] ?? '';
    if (char === '(') return this.group();
    if (char === '[') {
      this.skipClass();
      return { kind: 'any' };
    }
    if (char === '\\') {
      const next = this.source[this.index + 1] ?? '';
      this.index += 2;
      if (/[bB]/.test(next)) return { kind: 'empty' };
      if (/[dDwWsSpPu]/.test(next)) {
        if (/[pP]/.test(next) && this.source[this.index] === '{') this.index = this.source.indexOf('}', this.index) + 1;
        return { kind: 'any' };
      }
      if (next === 'n') return { kind: 'char', value: '\n' };
      return { kind: 'char', value: next };
    }
    this.index++;
    if (char === '.') return { kind: 'any' };
    if (char === '^' || char === '$') return { kind: 'empty' };
    return { kind: 'char', value: char };
  }

  private group(): Node {
    this.index++; // (
    let lookaround = false;
    if (this.source.startsWith('?:', this.index)) this.index += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.index))) {
      lookaround = true;
      this.index += this.source[this.index + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.index)) this.index = this.source.indexOf('>', this.index) + 1;
    const inner = this.alternation();
    if (this.source[this.index] !== ')') throw new Error(`unclosed group at ${this.index}`);
    this.index++;
    return lookaround ? { kind: 'empty' } : inner;
  }

  private skipClass(): void {
    this.index++; // [
    while (this.index < this.source.length && this.source[this.index] !== ']') this.index += this.source[this.index] === '\\' ? 2 : 1;
    this.index++;
  }
}

/** Sets of literal strings; `null` means "nothing is required". */
type Literals = string[] | null;

const MIN_SCORE = 2;
/** Words so common that requiring them filters nothing. */
const COMMON = new Set(['to', 'the', 'a', 'an', 'of', 'and', 'is', 'it', 'i', 's', 't', '的', '了', '是']);

/** How selective a set is: its weakest member's length (Han counting double), 0 for common words. */
function score(set: Literals): number {
  if (!set || set.length === 0) return 0;
  return Math.min(
    ...set.map((s) => {
      const word = s.trim();
      if (COMMON.has(word)) return 0;
      return Array.from(word).reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    }),
  );
}

/**
 * What a node requires: a list of literal sets, each of which must be met (one member present);
 * and whether the node is one fixed string.
 */
function analyse(node: Node): { required: string[][]; exact: string | null } {
  switch (node.kind) {
    case 'empty':
      return { required: [], exact: '' };
    case 'char':
      return { required: [[node.value]], exact: node.value };
    case 'any':
      return { required: [], exact: null };
    case 'repeat': {
      const inner = analyse(node.node);
      return { required: node.min >= 1 ? inner.required : [], exact: null };
    }
    case 'alt': {
      // Each option contributes its most selective set; the union is required.
      const best = node.options.map((option) => strongest(analyse(option).required));
      if (best.some((set) => score(set) < MIN_SCORE)) return { required: [], exact: null };
      return { required: [best.flatMap((set) => set ?? [])], exact: null };
    }
    case 'seq': {
      const required: string[][] = [];
      let run = '';
      let exact: string | null = '';
      for (const item of node.items) {
        const part = analyse(item);
        if (part.exact !== null) {
          run += part.exact;
          if (exact !== null) exact += part.exact;
          continue;
        }
        exact = null;
        if (run) required.push([run]);
        run = '';
        required.push(...part.required);
      }
      if (run) required.push([run]);
      return { required: required.filter((set) => score(set) >= MIN_SCORE), exact };
    }
  }
}

function strongest(sets: string[][]): Literals {
  let best: Literals = null;
  for (const set of sets) if (score(set) > score(best)) best = set;
  return best;
}

/**
 * The literal sets a pattern requires: every set must have a member in any text it matches.
 * An empty list means nothing is known and the pattern must always run.
 */
export function requiredLiteralSets(pattern: RegExp): string[][] {
  if (pattern.flags.includes('i')) return [];
  try {
    return analyse(new Parser(pattern.source).parse()).required.map((set) => [...new Set(set)]);
  } catch {
    return [];
  }
}

/**
 * A cheap test that fails only on text the pattern cannot match: it looks for the pattern's
 * required literals (all sets, any literal of each). Matches everything when none are known.
 */
export function requiredLiteralGate(pattern: RegExp): RegExp {
  const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sets = requiredLiteralSets(pattern).map((set) => set.map(escape).join('|'));
  if (sets.length === 1) return new RegExp(sets[0] ?? '');
  return new RegExp(`^${sets.map((set) => `(?=[\\s\\S]*(?:${set}))`).join('')}`);
}

/** The most selective single set of {@link requiredLiteralSets}, or null. */
export function requiredLiterals(pattern: RegExp): string[] | null {
  return strongest(requiredLiteralSets(pattern));
}

/**
 * Which of many patterns can match a text, found in one pass: an Aho–Corasick automaton over all
 * literals of all patterns reports every occurrence of every literal (overlapping ones too) while
 * reading the text once, and a pattern is a candidate when every one of its literal sets is met
 * (or it has none). Characters that occur in no literal send the automaton straight back to its
 * root, which is where most of a reply's characters leave it.
 */
export class LiteralIndex {
  /** UTF-16 code unit → its index in the literals' alphabet, 0 when no literal has it. */
  private readonly alphabet = new Uint16Array(0x10000);
  private readonly alphabetSize: number;
  /** The same edges as an open-addressing hash table (keys, then values; -1 empty): a lookup is two array reads. */
  private readonly edgeKeys: Int32Array;
  private readonly edgeValues: Int32Array;
  private readonly edgeMask: number;
  private readonly fail: Int32Array;
  /** The root's edges as a flat table (0: none): most steps start from the root. */
  private readonly fromRoot: Int32Array;
  /** state → the literals ending there (suffixes included) */
  private readonly outputs: (Int32Array | null)[];
  /** literal → flat [pattern, setBit, pattern, setBit, …] it satisfies */
  private readonly owners: number[][] = [];
  private readonly literalSeen: Uint32Array;
  private generation = 0;
  /** pattern → bitmask with one bit per required set */
  private readonly full: Uint32Array;
  private readonly met: Uint32Array;
  private readonly touched: number[] = [];
  private readonly alwaysRun: number[];

  constructor(patternSets: readonly (readonly (readonly string[])[])[]) {
    // At most 32 sets per pattern are tracked; further ones are dropped, which only gates less.
    this.full = Uint32Array.from(patternSets, (sets) => (Math.min(sets.length, 32) === 32 ? 0xffffffff : (1 << Math.min(sets.length, 32)) - 1));
    this.met = new Uint32Array(patternSets.length);
    this.alwaysRun = patternSets.flatMap((sets, pattern) => (sets.length === 0 ? [pattern] : []));
    let letters = 1;
    for (const sets of patternSets) {
      for (const set of sets) {
        for (const literal of set) {
          for (let i = 0; i < literal.length; i++) {
            const code = literal.charCodeAt(i);
            if (this.alphabet[code] === 0) this.alphabet[code] = letters++;
          }
        }
      }
    }
    this.alphabetSize = letters;
    // The trie, each state with the literal ending there; edges keyed state × alphabetSize + letter.
    const edges = new Map<number, number>();
    const own: number[][] = [[]];
    const children: number[][] = [[]];
    const idByLiteral = new Map<string, number>();
    patternSets.forEach((sets, pattern) => {
      sets.slice(0, 32).forEach((set, setIndex) => {
        for (const literal of set) {
          let id = idByLiteral.get(literal);
          if (id !== undefined) {
            this.owners[id]?.push(pattern, (1 << setIndex) >>> 0);
            continue;
          }
          id = this.owners.length;
          idByLiteral.set(literal, id);
          this.owners.push([pattern, (1 << setIndex) >>> 0]);
          let state = 0;
          for (let i = 0; i < literal.length; i++) {
            const key = state * letters + (this.alphabet[literal.charCodeAt(i)] ?? 0);
            let next = edges.get(key);
            if (next === undefined) {
              next = own.length;
              own.push([]);
              children.push([]);
              edges.set(key, next);
              children[state]?.push(key);
            }
            state = next;
          }
          own[state]?.push(id);
        }
      });
    });
    // Failure links breadth first; each state's output gains its failure state's.
    this.fail = new Int32Array(own.length);
    const outputs: number[][] = own.map((list) => [...list]);
    const queue: number[] = [];
    for (const key of children[0] ?? []) queue.push(edges.get(key) ?? 0);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      outputs[state]?.push(...(outputs[this.fail[state] ?? 0] ?? []));
      for (const key of children[state] ?? []) {
        const child = edges.get(key) ?? 0;
        const letter = key - state * letters;
        let back = this.fail[state] ?? 0;
        let target = edges.get(back * letters + letter);
        while (target === undefined && back !== 0) {
          back = this.fail[back] ?? 0;
          target = edges.get(back * letters + letter);
        }
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
    this.outputs = outputs.map((list) => (list.length > 0 ? Int32Array.from(list) : null));
    let size = 16;
    while (size < edges.size * 3) size *= 2;
    this.edgeMask = size - 1;
    this.edgeKeys = new Int32Array(size).fill(-1);
    this.edgeValues = new Int32Array(size);
    for (const [key, value] of edges) {
      let slot = Math.imul(key, 0x9e3779b1) & this.edgeMask;
      while (this.edgeKeys[slot] !== -1) slot = (slot + 1) & this.edgeMask;
      this.edgeKeys[slot] = key;
      this.edgeValues[slot] = value;
    }
    this.fromRoot = new Int32Array(letters);
    for (let letter = 1; letter < letters; letter++) this.fromRoot[letter] = edges.get(letter) ?? 0;
    this.literalSeen = new Uint32Array(this.owners.length);
  }

  /** The state after `state` on `letter`, or -1 when the trie has no such edge. */
  private step(state: number, letter: number): number {
    const key = state * this.alphabetSize + letter;
    const { edgeKeys, edgeMask } = this;
    for (let slot = Math.imul(key, 0x9e3779b1) & edgeMask; ; slot = (slot + 1) & edgeMask) {
      const found = edgeKeys[slot] ?? -1;
      if (found === key) return this.edgeValues[slot] ?? -1;
      if (found === -1) return -1;
    }
  }

  /** Ids of the patterns that may match `text` (unordered). */
  candidates(text: string): number[] {
    const { alphabet, fail, fromRoot, outputs, owners, literalSeen, met, touched } = this;
    const generation = ++this.generation;
    for (const pattern of touched) met[pattern] = 0;
    touched.length = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const letter = alphabet[text.charCodeAt(i)] ?? 0;
      if (letter === 0) {
        state = 0;
        continue;
      }
      let next = state === 0 ? -1 : this.step(state, letter);
      while (next === -1 && state !== 0) {
        state = fail[state] ?? 0;
        if (state !== 0) next = this.step(state, letter);
      }
      state = next === -1 ? (fromRoot[letter] ?? 0) : next;
      const output = outputs[state];
      if (!output) continue;
      for (let o = 0; o < output.length; o++) {
        const literal = output[o] ?? 0;
        if (literalSeen[literal] === generation) continue;
        literalSeen[literal] = generation;
        const owned = owners[literal] ?? [];
        for (let k = 0; k < owned.length; k += 2) {
          const pattern = owned[k] ?? 0;
          if (met[pattern] === 0) touched.push(pattern);
          met[pattern] = ((met[pattern] ?? 0) | (owned[k + 1] ?? 0)) >>> 0;
        }
      }
    }
    const result = [...this.alwaysRun];
    for (const pattern of touched) if (met[pattern] === this.full[pattern]) result.push(pattern);
    return result;
  }
}
