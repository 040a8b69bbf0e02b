/** A trained multinomial naive Bayes model, as shipped in JSON. */
export interface NaiveBayesModel {
  classes: string[];
  /** log P(class) */
  priors: number[];
  /** feature → log P(feature | class) per class */
  likelihoods: Record<string, number[]>;
  /** log P(unseen feature | class) per class */
  unseen: number[];
}

interface Table {
  /** feature → its row number */
  index: Map<string, number>;
  /** rows × classes log-likelihoods, flat */
  rows: Float64Array;
  /** row → the call that last counted it (each feature counts once per bag) */
  stamps: Uint32Array;
  call: number;
}

const tables = new WeakMap<NaiveBayesModel, Table>();

/** The likelihoods as a Map to flat typed rows: much faster than a plain object with thousands of string keys. */
function tableOf(model: NaiveBayesModel): Table {
  let table = tables.get(model);
  if (!table) {
    const entries = Object.entries(model.likelihoods);
    const classes = model.classes.length;
    const rows = new Float64Array(entries.length * classes);
    entries.forEach(([, row], r) => {
      for (let c = 0; c < classes; c++) rows[r * classes + c] = row[c] ?? model.unseen[c] ?? 0;
    });
    table = { index: new Map(entries.map(([feature], r) => [feature, r])), rows, stamps: new Uint32Array(entries.length), call: 0 };
    tables.set(model, table);
  }
  return table;
}

/** log P(feature | class) per class, or undefined for a feature the model never saw. */
export function featureRow(model: NaiveBayesModel, feature: string): Float64Array | undefined {
  const table = tableOf(model);
  const r = table.index.get(feature);
  const classes = model.classes.length;
  return r === undefined ? undefined : table.rows.subarray(r * classes, (r + 1) * classes);
}

/** Class probabilities for a bag of features (features the model never saw are ignored). */
export function predictProbabilities(model: NaiveBayesModel, features: readonly string[]): number[] {
  const scores = [...model.priors];
  const table = tableOf(model);
  const { index, rows, stamps } = table;
  const call = ++table.call;
  const classes = scores.length;
  for (const feature of features) {
    const r = index.get(feature);
    if (r === undefined || stamps[r] === call) continue;
    stamps[r] = call;
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + (rows[r * classes + c] ?? 0);
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/** Trains a model on labelled feature bags; features seen fewer than `minCount` times are dropped. */
export function trainNaiveBayes(rows: readonly { label: string; features: readonly string[] }[], classes: readonly string[], alpha = 0.5, minCount = 2): NaiveBayesModel {
  const counts = new Map<string, number[]>();
  const totals = classes.map(() => 0);
  const docs = classes.map(() => 0);
  for (const row of rows) {
    const c = classes.indexOf(row.label);
    if (c < 0) continue;
    docs[c] = (docs[c] ?? 0) + 1;
    for (const feature of new Set(row.features)) {
      const entry = counts.get(feature) ?? classes.map(() => 0);
      entry[c] = (entry[c] ?? 0) + 1;
      counts.set(feature, entry);
    }
  }
  const kept = [...counts.entries()].filter(([, perClass]) => perClass.reduce((a, b) => a + b, 0) >= minCount);
  for (const [, perClass] of kept) perClass.forEach((n, c) => (totals[c] = (totals[c] ?? 0) + n));
  const vocabulary = kept.length;
  // Two decimals of a log-probability are plenty, and keep the shipped model small.
  const round = (n: number) => Math.round(n * 100) / 100;
  const likelihoods: Record<string, number[]> = {};
  for (const [feature, perClass] of kept) {
    likelihoods[feature] = perClass.map((n, c) => round(Math.log((n + alpha) / ((totals[c] ?? 0) + alpha * vocabulary))));
  }
  const allDocs = docs.reduce((a, b) => a + b, 0);
  return {
    classes: [...classes],
    priors: docs.map((d) => round(Math.log((d + 1) / (allDocs + classes.length)))),
    likelihoods,
    unseen: totals.map((t) => round(Math.log(alpha / (t + alpha * vocabulary)))),
  };
}
