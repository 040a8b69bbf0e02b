/**
 * How far the model's best reading of a reply can be trusted. The softmax alone is sure of
 * short, plain replies in wording the examples never had ("We have a solution" read as "no
 * need" at 0.82): a probability says how the known words lean, not how many of the reply's
 * words were known. So the confidence shown is the chance the best reading is right, judged from
 * its support: the probability, the margin over the second reading, the share of the reply's
 * features the model knows, how many there are, and whether the reply is English (other people's
 * English is read less well than their Chinese: the examples cover fewer of its registers). The map
 * is a logistic regression fitted by `scripts/train-reader.ts` on readings the model did not train
 * on that look like the world (held-out folds of the example files written from replies quoted on
 * public pages, and an outside set read by the final model) and checked on the first-look sets.
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
  /** The reply is mostly English (`detectLanguage`); a map fitted without this input ignores it. */
  english?: boolean;
}

/** The inputs of the fitted map, in the order of its weights after the intercept. */
export function supportInputs(support: Support): number[] {
  const top = Math.min(0.999, Math.max(0.001, support.top));
  return [Math.log(top / (1 - top)), support.top - support.second, support.coverage, Math.log1p(support.features) / 3, support.english ? 1 : 0];
}

/** The chance the best reading is right, from the fitted weights (intercept first, then one per input). */
export function supportedConfidence(support: Support, weights: readonly number[]): number {
  return chanceOf(support, weights, 0);
}

/** The fitted map with its intercept `lower` logits lower. */
function chanceOf(support: Support, weights: readonly number[], lower: number): number {
  const inputs = supportInputs(support);
  let z = (weights[0] ?? 0) - lower;
  for (let i = 0; i < inputs.length; i++) z += (weights[i + 1] ?? 0) * (inputs[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The confidence from which a reading counts as sure (the reading card, the judgment, the bar of issue 14). */
export const SURE_AT = 0.8;

/**
 * Whether a reading may say it is sure (≥ 0.8): the map moved down `gate` logits more must still
 * put it there. The gate is fitted on replies written by other people (each outside set read right
 * ≥ 90 % of the time when sure); it only keeps a reading from claiming certainty, so the readings
 * under 0.8 (unsure under 0.6, one reading between) keep the map's own confidence.
 */
export function maySaySure(support: Support, weights: readonly number[], gate: number): boolean {
  return chanceOf(support, weights, gate) >= SURE_AT;
}
