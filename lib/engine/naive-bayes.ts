/**
 * A trained multinomial naive Bayes model (binary features), as shipped in JSON: the counts, not
 * the log-probabilities, so features seen in one class cost a few bytes each.
 */
export interface NaiveBayesModel {
  classes: string[];
  /** Additive smoothing. */
  alpha: number;
  /** Replies of each class in the training data. */
  docs: number[];
  /** feature → sparse [class, count, class, count, …]: replies of that class containing it */
  counts: Record<string, number[]>;
}

interface Table {
  /** log P(class) */
  priors: number[];
  /** feature → its row number */
  index: Map<string, number>;
  /** rows × classes log P(feature | class), flat (single precision is plenty and halves the memory) */
  rows: Float32Array;
  /** row → the call that last counted it (each feature counts once per bag) */
  stamps: Uint32Array;
  call: number;
}

const tables = new WeakMap<NaiveBayesModel, Table>();

/** The model's log-probabilities, worked out once: a Map to flat typed rows. */
function tableOf(model: NaiveBayesModel): Table {
  let table = tables.get(model);
  if (table) return table;
  const classes = model.classes.length;
  const entries = Object.entries(model.counts);
  const totals = new Float64Array(classes);
  for (const [, sparse] of entries) for (let k = 0; k < sparse.length; k += 2) totals[sparse[k] ?? 0] = (totals[sparse[k] ?? 0] ?? 0) + (sparse[k + 1] ?? 0);
  const denominators = Array.from(totals, (total) => total + model.alpha * entries.length);
  const unseen = denominators.map((d) => Math.log(model.alpha / d));
  const rows = new Float32Array(entries.length * classes);
  entries.forEach(([, sparse], r) => {
    for (let c = 0; c < classes; c++) rows[r * classes + c] = unseen[c] ?? 0;
    for (let k = 0; k < sparse.length; k += 2) {
      const c = sparse[k] ?? 0;
      rows[r * classes + c] = Math.log(((sparse[k + 1] ?? 0) + model.alpha) / (denominators[c] ?? 1));
    }
  });
  const allDocs = model.docs.reduce((a, b) => a + b, 0);
  table = {
    priors: model.docs.map((d) => Math.log((d + 1) / (allDocs + classes))),
    index: new Map(entries.map(([feature], r) => [feature, r])),
    rows,
    stamps: new Uint32Array(entries.length),
    call: 0,
  };
  tables.set(model, table);
  return table;
}

/** Each feature the model knows → its row number (for lookups that avoid building feature strings). */
export function featureRows(model: NaiveBayesModel): ReadonlyMap<string, number> {
  return tableOf(model).index;
}

/** log P(feature | class) of one row, per class. */
export function rowScores(model: NaiveBayesModel, row: number): Float32Array {
  const classes = model.classes.length;
  return tableOf(model).rows.subarray(row * classes, (row + 1) * classes);
}

/** Class probabilities for the rows of a bag of features (a row given twice counts once). */
export function predictRows(model: NaiveBayesModel, featureRowNumbers: readonly number[]): number[] {
  const table = tableOf(model);
  const scores = [...table.priors];
  const { rows, stamps } = table;
  const call = ++table.call;
  const classes = scores.length;
  for (const r of featureRowNumbers) {
    if (stamps[r] === call) continue;
    stamps[r] = call;
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + (rows[r * classes + c] ?? 0);
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/**
 * Trains a model on labelled feature bags; features seen fewer than `minCount` times are dropped.
 * Smoothing and the feature threshold were chosen by leave-one-set-out cross-validation on the
 * labelled sets (`final` excluded).
 */
export function trainNaiveBayes(rows: readonly { label: string; features: readonly string[] }[], classes: readonly string[], alpha = 0.5, minCount = 1): NaiveBayesModel {
  const counts = new Map<string, number[]>();
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
  const sparse: Record<string, number[]> = {};
  for (const [feature, perClass] of counts) {
    if (perClass.reduce((a, b) => a + b, 0) < minCount) continue;
    sparse[feature] = perClass.flatMap((n, c) => (n > 0 ? [c, n] : []));
  }
  return { classes: [...classes], alpha, docs, counts: sparse };
}
