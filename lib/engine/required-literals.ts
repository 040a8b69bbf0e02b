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
const COMMON = new Set(['to', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'with', 'and', 'or', 'is', 'are', 'it', 'this', 'that', 'we', 'i', 'you', 'our', 'my', 'be', 'have', 'has', 'not', 'no', 's', 't', '的', '了', '是', '我们', '你们', '不', '没', '有', '在', '这', '个', '我', '你']);

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

/** The most selective single set of {@link requiredLiteralSets}, or null. */
export function requiredLiterals(pattern: RegExp): string[] | null {
  return strongest(requiredLiteralSets(pattern));
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Ids of the literals that end here. */
  ends: number[];
}

/**
 * Which of many patterns can match a text, found in one pass: every literal of every pattern
 * goes into a trie; walking the text through it marks the literal sets that are met, and a
 * pattern is a candidate when all its sets are met (or it has none).
 */
export class LiteralIndex {
  private readonly root: TrieNode = { next: new Map(), ends: [] };
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
    const literalIds = new Map<string, number>();
    // At most 32 sets per pattern are tracked; further ones are dropped, which only gates less.
    this.full = Uint32Array.from(patternSets, (sets) => (Math.min(sets.length, 32) === 32 ? 0xffffffff : (1 << Math.min(sets.length, 32)) - 1));
    this.met = new Uint32Array(patternSets.length);
    this.alwaysRun = patternSets.flatMap((sets, pattern) => (sets.length === 0 ? [pattern] : []));
    patternSets.forEach((sets, pattern) => {
      sets.slice(0, 32).forEach((set, setIndex) => {
        for (const literal of set) {
          let id = literalIds.get(literal);
          if (id === undefined) {
            id = this.owners.length;
            literalIds.set(literal, id);
            this.owners.push([]);
            this.insert(literal, id);
          }
          this.owners[id]?.push(pattern, (1 << setIndex) >>> 0);
        }
      });
    });
    this.literalSeen = new Uint32Array(this.owners.length);
  }

  private insert(literal: string, id: number): void {
    let node = this.root;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    node.ends.push(id);
  }

  /** Ids of the patterns that may match `text` (unordered). */
  candidates(text: string): number[] {
    const generation = ++this.generation;
    for (const pattern of this.touched) this.met[pattern] = 0;
    this.touched.length = 0;
    for (let start = 0; start < text.length; start++) {
      let node: TrieNode | undefined = this.root.next.get(text.charCodeAt(start));
      for (let i = start + 1; node; i++) {
        for (const id of node.ends) {
          if (this.literalSeen[id] === generation) continue;
          this.literalSeen[id] = generation;
          const owners = this.owners[id] ?? [];
          for (let k = 0; k < owners.length; k += 2) {
            const pattern = owners[k] ?? 0;
            if (this.met[pattern] === 0) this.touched.push(pattern);
            this.met[pattern] = ((this.met[pattern] ?? 0) | (owners[k + 1] ?? 0)) >>> 0;
          }
        }
        if (i >= text.length) break;
        node = node.next.get(text.charCodeAt(i));
      }
    }
    const result = [...this.alwaysRun];
    for (const pattern of this.touched) if (this.met[pattern] === this.full[pattern]) result.push(pattern);
    return result;
  }
}
