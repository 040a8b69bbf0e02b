/**
 * How far the model's best reading of a reply can be trusted. The softmax alone is sure of
 * short, plain replies in wording the examples never had ("We have a solution" read as "no
 * need" at 0.82): a probability says how the known words lean, not how many of the reply's
 * words were known. So the confidence shown is the chance the best reading is right, judged from
 * its support: the probability, the margin over the second reading, the share of the reply's
 * features the model knows and how many there are. The map is a logistic regression fitted by
 * `scripts/train-reader.ts` on held-out predictions (folds that hold out whole labelled sets, so
 * they are wording the model was not trained on) and checked on the first-look sets.
 *
 * @example
 * supportedConfidence({ top: 0.9, second: 0.05, coverage: 0.4, features: 6 }, model.support)
 * // → lower than for the same 0.9 with coverage 0.95 over 30 features
 */
export interface Support {
  /** The model's probability for its best reading (at the calibrated temperature). */
  top: number;
  /** The same for its second-best reading. */
  second: number;
  /** The share of the reply's own features (words, pairs, grams, characters) the model has a weight for, 0–1. */
  coverage: number;
  /** How many of those features the reply has. */
  features: number;
}

/** The inputs of the fitted map, in the order of its weights after the intercept. */
export function supportInputs(support: Support): number[] {
  const top = Math.min(0.999, Math.max(0.001, support.top));
  return [Math.log(top / (1 - top)), support.top - support.second, support.coverage, Math.log1p(support.features) / 3];
}

/** The chance the best reading is right, from the fitted weights (intercept first, then one per input). */
export function supportedConfidence(support: Support, weights: readonly number[]): number {
  let z = weights[0] ?? 0;
  supportInputs(support).forEach((x, i) => {
    z += (weights[i + 1] ?? 0) * x;
  });
  return 1 / (1 + Math.exp(-z));
}
