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

/** The first row of a key, and the running sums of all of its rows. */
interface Running<T> {
  readonly row: T;
  clusters: number;
  mentions: number;
  goldstein_sum: number;
}

export function netSums<T extends Sums>(rows: Iterable<T>, keyOf: (row: T) => string): T[] {
  const sums = new Map<string, Running<T>>();
  for (const row of rows) {
    const key = keyOf(row);
    const sum = sums.get(key);
    if (!sum) {
      sums.set(key, { row, clusters: row.clusters, mentions: row.mentions, goldstein_sum: row.goldstein_sum });
      continue;
    }
    sum.clusters += row.clusters;
    sum.mentions += row.mentions;
    sum.goldstein_sum += row.goldstein_sum;
  }
  const netted: T[] = [];
  // Keys are compared by UTF-16 code units, as `<` compares them.
  for (const key of [...sums.keys()].sort()) {
    const { row, clusters, mentions, goldstein_sum } = sums.get(key) as Running<T>;
    if (clusters !== 0 || mentions !== 0 || goldstein_sum !== 0) netted.push({ ...row, clusters, mentions, goldstein_sum });
  }
  return netted;
}
