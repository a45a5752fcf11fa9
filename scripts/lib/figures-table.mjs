// Prints the evaluation figures as one table: a row per figure, a column per dataset, blank where a dataset has
// no such figure. Ratios show as percentages ("0.833" -> "83.3%"), counts as they are.
const COUNTS = new Set(['mustNotBroken', 'outputEvents', 'timexes']);

// The counts behind a figure, shown beside it: eventRecall "50.0% (7/14)", mustNotBroken "0/3".
const OUT_OF = { eventRecall: ['eventsHit', 'events'], quoteRecall: ['quotesFound', 'quotes'], mustNotBroken: [null, 'mustNot'] };

function cell(name, figures) {
  const value = figures[name];
  if (value === undefined) return '';
  const [part, whole] = OUT_OF[name] ?? [];
  if (name === 'mustNotBroken') return `${value}/${figures[whole]}`;
  if (value === null) return 'n/a';
  if (COUNTS.has(name)) return String(value);
  const counts = part && figures[part] !== undefined ? ` (${figures[part]}/${figures[whole]})` : '';
  return `${(value * 100).toFixed(1)}%${counts}`;
}

export function formatFigures(results) {
  const names = [...new Set(results.flatMap((r) => r.shown))];
  const header = ['figure', ...results.map((r) => r.name)];
  const rows = [
    ['articles coded', ...results.map((r) => String(r.articles))],
    ...names.map((n) => [n, ...results.map((r) => (r.shown.includes(n) && r.figures ? cell(n, r.figures) : ''))]),
    ['seconds', ...results.map((r) => (r.ms / 1000).toFixed(2))],
  ];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
