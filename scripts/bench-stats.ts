/** Median and 95th percentile of a sample, in the sample's unit. */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Runs `fn` `runs` times after a warm-up and returns each run's wall time in milliseconds. */
export function time(fn: () => void, runs: number, warmup = 10): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/**
 * Replies per second for `classify` over `texts`: a warm-up pass, then five one-second windows
 * (report the median: one window can catch the machine busy).
 */
export function throughputWindows(classify: (text: string) => unknown, texts: readonly string[]): number[] {
  for (const text of texts) classify(text);
  const rates: number[] = [];
  for (let window = 0; window < 5; window++) {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < 1000) {
      for (const text of texts) classify(text);
      count += texts.length;
    }
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return rates;
}
