/**
 * Replies someone has already labelled: the rep's corrections and the team playbook's case
 * library. A new reply close enough to one of them is read the way that one was, at once, without
 * retraining anything. Closeness is the cosine of the two replies' feature sets (the same features
 * the model reads), so "We already work with Acme on this" is close to "we already work with
 * Globex on that" and far from "we already work on this ourselves".
 */
import type { ObjectionId } from '../playbook/ids';
import { forEachFeature } from './features';
import { readerInput } from './reader-input';

export type ReadingSource = 'correction' | 'case';

export interface LabelledExample {
  text: string;
  category: ObjectionId | 'none';
  source: ReadingSource;
  /** When the rep made the correction, ms. */
  at?: number;
}

export interface NearestMatch {
  example: LabelledExample;
  similarity: number;
}

/** Closer than this, a labelled reply decides the reading. Chosen so near paraphrases match and replies on another subject do not. */
export const SIMILAR_ENOUGH = 0.6;

function featureSet(text: string): Set<number> {
  const { folded, skip } = readerInput(text);
  const set = new Set<number>();
  forEachFeature(folded, (hash, position) => {
    if (!skip(position)) set.add(hash);
  });
  return set;
}

export class NearestExamples {
  private readonly entries: { example: LabelledExample; features: Set<number> }[];

  constructor(examples: readonly LabelledExample[]) {
    // Newest corrections first, so a later correction of the same reply wins a tie.
    const ordered = [...examples].sort((a, b) => (a.source === b.source ? (b.at ?? 0) - (a.at ?? 0) : a.source === 'correction' ? -1 : 1));
    this.entries = ordered.map((example) => ({ example, features: featureSet(example.text) })).filter((e) => e.features.size > 0);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The closest labelled reply at or above {@link SIMILAR_ENOUGH}, or null. */
  nearest(text: string): NearestMatch | null {
    if (this.entries.length === 0) return null;
    const features = featureSet(text);
    if (features.size === 0) return null;
    let best: NearestMatch | null = null;
    for (const { example, features: theirs } of this.entries) {
      let shared = 0;
      const [small, large] = features.size < theirs.size ? [features, theirs] : [theirs, features];
      for (const f of small) if (large.has(f)) shared++;
      const similarity = shared / Math.sqrt(features.size * theirs.size);
      if (similarity >= SIMILAR_ENOUGH && (!best || similarity > best.similarity)) best = { example, similarity };
    }
    return best;
  }
}
