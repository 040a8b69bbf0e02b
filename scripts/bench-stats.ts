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

/** CPU seconds this process has used (user and system): the machine is shared, so wall time measures the load as much as the code. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Replies per CPU second for `classify` over `texts`: a warm-up pass, then five windows of two CPU
 * seconds (report the median: one window can still catch the machine busy, as other processes
 * evict the caches even from CPU time).
 */
export function throughputWindows(classify: (text: string) => unknown, texts: readonly string[]): number[] {
  for (const text of texts) classify(text);
  const rates: number[] = [];
  for (let window = 0; window < 5; window++) {
    let count = 0;
    const start = cpuSeconds();
    while (cpuSeconds() - start < 2) {
      for (const text of texts) classify(text);
      count += texts.length;
    }
    rates.push(count / (cpuSeconds() - start));
  }
  return rates;
}
