/**
 * Sum changes added up per key, in key order (the lock order of concurrent writers), leaving out keys where they
 * cancel: a cluster taken back from a day and put back on it by the same batch changes nothing there. Shared by
 * the day sums (`dyad_days`) and their rollup (`dyad_periods`).
 */
export interface Sums {
  readonly clusters: number;
  readonly mentions: number;
  readonly goldstein_sum: number;
}

export function netSums<T extends Sums>(rows: Iterable<T>, keyOf: (row: T) => string): T[] {
  const sums = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const old = sums.get(key);
    sums.set(key, old ? { ...old, clusters: old.clusters + row.clusters, mentions: old.mentions + row.mentions, goldstein_sum: old.goldstein_sum + row.goldstein_sum } : row);
  }
  return [...sums.entries()]
    .filter(([, r]) => r.clusters !== 0 || r.mentions !== 0 || r.goldstein_sum !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}
