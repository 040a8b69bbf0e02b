import { isHanCode } from '../nlp/chinese';

/** A crude English stem: possessive and the commonest endings off (enough to pool inflections). */
function stemOf(word: string): string {
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  for (const suffix of SUFFIXES) if (base.endsWith(suffix)) return base.slice(0, -suffix.length);
  return base;
}
/** Longest first. */
const SUFFIXES = ['ised', 'ized', 'ing', 'ise', 'ize', 'ed', 'es', 'ly', 's'];

/**
 * Features of a folded reply for the statistical model: English words, word pairs and stems,
 * Chinese characters and character pairs (Chinese has no spaces; pairs carry most of the meaning).
 */
export function replyFeatures(folded: string): string[] {
  const features: string[] = [];
  const words = folded.match(/[a-z0-9][a-z0-9'&.-]*[a-z0-9]|[a-z0-9]/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    features.push(word);
    const next = words[i + 1];
    if (next) features.push(`${word} ${next}`);
    // Stems too ("~materiali" for materialise, materialized), so an unseen inflection still counts.
    const first = word.charCodeAt(0);
    if (word.length > 3 && first >= 97 && first <= 122) features.push(`~${stemOf(word)}`);
  }
  let previous = '';
  for (let i = 0; i < folded.length; i++) {
    if (!isHanCode(folded.charCodeAt(i))) {
      previous = '';
      continue;
    }
    const char = folded.charAt(i);
    features.push(char);
    if (previous) features.push(previous + char);
    previous = char;
  }
  return features;
}

interface WordNode {
  row: number | undefined;
  /** the row of this word followed by another */
  next: Map<string, number> | undefined;
}

/**
 * The rows of a reply's features in a model, found without building the features as strings
 * (the classifier's hot path): word pairs and character pairs are nested maps, so each word or
 * character is hashed once. Finds exactly the rows `replyFeatures` would (a test checks).
 */
export class FeatureLookup {
  private readonly words = new Map<string, WordNode>();
  private readonly stems = new Map<string, number>();
  private readonly chars = new Map<string, WordNode>();

  constructor(rows: ReadonlyMap<string, number>) {
    const node = (map: Map<string, WordNode>, key: string): WordNode => {
      let found = map.get(key);
      if (!found) map.set(key, (found = { row: undefined, next: undefined }));
      return found;
    };
    for (const [feature, row] of rows) {
      const space = feature.indexOf(' ');
      if (feature.startsWith('~')) this.stems.set(feature.slice(1), row);
      else if (space > 0) (node(this.words, feature.slice(0, space)).next ??= new Map()).set(feature.slice(space + 1), row);
      else if (isHanCode(feature.charCodeAt(0))) {
        const [first = '', second] = Array.from(feature);
        if (second === undefined) node(this.chars, first).row = row;
        else (node(this.chars, first).next ??= new Map()).set(second, row);
      } else node(this.words, feature).row = row;
    }
  }

  /** Row numbers of the reply's features (a row may repeat). */
  rows(folded: string): number[] {
    const found: number[] = [];
    const words = folded.match(/[a-z0-9][a-z0-9'&.-]*[a-z0-9]|[a-z0-9]/g) ?? [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      const entry = this.words.get(word);
      if (entry) {
        if (entry.row !== undefined) found.push(entry.row);
        const next = words[i + 1];
        const pair = next === undefined ? undefined : entry.next?.get(next);
        if (pair !== undefined) found.push(pair);
      }
      const first = word.charCodeAt(0);
      if (word.length > 3 && first >= 97 && first <= 122) {
        const stem = this.stems.get(stemOf(word));
        if (stem !== undefined) found.push(stem);
      }
    }
    let previous: WordNode | undefined;
    for (let i = 0; i < folded.length; i++) {
      if (!isHanCode(folded.charCodeAt(i))) {
        previous = undefined;
        continue;
      }
      const char = folded.charAt(i);
      const pair = previous?.next?.get(char);
      if (pair !== undefined) found.push(pair);
      const entry = this.chars.get(char);
      if (entry?.row !== undefined) found.push(entry.row);
      // A character the model never saw alone still ends no pair it knows.
      previous = entry ?? EMPTY;
    }
    return found;
  }
}
const EMPTY: WordNode = { row: undefined, next: undefined };
