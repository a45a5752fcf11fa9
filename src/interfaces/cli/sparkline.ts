/** A one-line chart of a series for the terminal: [0, 1, 4, 2] -> "▁▂█▄". Zero is always the lowest bar. */
const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? BARS[0] : BARS[Math.round((Math.max(0, v) / max) * (BARS.length - 1))])).join('');
}
