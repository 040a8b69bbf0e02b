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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

interface Trie {
  children: Map<string, Trie>;
  terminal: boolean;
}

/**
 * A regular expression source matching exactly the given literals, written as a trie
 * (`no(?:t|w)?` for no, not, now): the engine then follows one path per position instead of
 * trying every literal. Greedy, so the longest literal at a position wins.
 */
function trieSource(literals: readonly string[]): string {
  const root: Trie = { children: new Map(), terminal: false };
  for (const literal of literals) {
    let node = root;
    for (const char of literal) {
      let child = node.children.get(char);
      if (!child) node.children.set(char, (child = { children: new Map(), terminal: false }));
      node = child;
    }
    node.terminal = true;
  }
  const serialise = (node: Trie): string => {
    const branches = [...node.children].map(([char, child]) => {
      if (child.children.size === 0) return escapeRegExp(char);
      const rest = serialise(child);
      return escapeRegExp(char) + (child.terminal ? `(?:${rest})?` : child.children.size > 1 ? `(?:${rest})` : rest);
    });
    return branches.length === 1 ? (branches[0] ?? '') : branches.join('|');
  };
  return serialise(root);
}

/**
 * Which of many patterns can match a text, found in one pass: all literals of all patterns are
 * searched with one regular expression (longest first, zero-width so overlapping literals are
 * all seen), each hit also counts for the literals that are its prefixes, and a pattern is a
 * candidate when every one of its literal sets is met (or it has none).
 */
export class LiteralIndex {
  private readonly search: RegExp | null;
  private readonly idByLiteral = new Map<string, number>();
  /** literal id → ids of the literals it starts with (itself included) */
  private readonly prefixes: number[][] = [];
  /** literal id → flat [pattern, setBit, pattern, setBit, …] it satisfies */
  private readonly owners: number[][] = [];
  /** pattern → bitmask with one bit per required set */
  private readonly full: Uint32Array;
  private readonly met: Uint32Array;
  private readonly touched: number[] = [];
  private readonly literalSeen: Uint32Array;
  private generation = 0;
  private readonly alwaysRun: number[];

  constructor(patternSets: readonly (readonly (readonly string[])[])[]) {
    // At most 32 sets per pattern are tracked; further ones are dropped, which only gates less.
    this.full = Uint32Array.from(patternSets, (sets) => (Math.min(sets.length, 32) === 32 ? 0xffffffff : (1 << Math.min(sets.length, 32)) - 1));
    this.met = new Uint32Array(patternSets.length);
    this.alwaysRun = patternSets.flatMap((sets, pattern) => (sets.length === 0 ? [pattern] : []));
    patternSets.forEach((sets, pattern) => {
      sets.slice(0, 32).forEach((set, setIndex) => {
        for (const literal of set) {
          let id = this.idByLiteral.get(literal);
          if (id === undefined) {
            id = this.owners.length;
            this.idByLiteral.set(literal, id);
            this.owners.push([]);
          }
          this.owners[id]?.push(pattern, (1 << setIndex) >>> 0);
        }
      });
    });
    const literals = [...this.idByLiteral.keys()];
    for (const literal of literals) {
      this.prefixes.push(literals.filter((other) => literal.startsWith(other)).map((other) => this.idByLiteral.get(other) ?? 0));
    }
    this.search = literals.length > 0 ? new RegExp(`(?=(${trieSource(literals)}))`, 'g') : null;
    this.literalSeen = new Uint32Array(this.owners.length);
  }

  /** Ids of the patterns that may match `text` (unordered). */
  candidates(text: string): number[] {
    const generation = ++this.generation;
    for (const pattern of this.touched) this.met[pattern] = 0;
    this.touched.length = 0;
    const search = this.search;
    if (search) {
      search.lastIndex = 0;
      for (let match = search.exec(text); match; match = search.exec(text)) {
        search.lastIndex = match.index + 1;
        const found = this.idByLiteral.get(match[1] ?? '');
        if (found === undefined) continue;
        for (const id of this.prefixes[found] ?? []) {
          if (this.literalSeen[id] === generation) continue;
          this.literalSeen[id] = generation;
          const owners = this.owners[id] ?? [];
          for (let k = 0; k < owners.length; k += 2) {
            const pattern = owners[k] ?? 0;
            if (this.met[pattern] === 0) this.touched.push(pattern);
            this.met[pattern] = ((this.met[pattern] ?? 0) | (owners[k + 1] ?? 0)) >>> 0;
          }
        }
      }
    }
    const result = [...this.alwaysRun];
    for (const pattern of this.touched) if (this.met[pattern] === this.full[pattern]) result.push(pattern);
    return result;
  }
}
