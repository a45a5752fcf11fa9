/**
 * The malformed inputs of `npm run fuzz`, each with what dyad must make of it: `good` (coded: one output, or one
 * stored/duplicate article in ingest) or `bad` (one error line naming it). Seeded, so a failure can be replayed.
 */

/** mulberry32: a small seeded generator, so that `--seed N` gives the same inputs every time. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ['Russia', 'NATO', 'The United States', 'China', 'The foreign minister', 'Protesters', 'Police', 'The European Union', 'Iran', 'A spokesman'];
const VERBS = ['said it would suspend talks with', 'accused', 'met', 'condemned', 'promised aid to', 'attacked', 'urged', 'criticised', 'signed a deal with', 'threatened'];
const ODD = ['"', '\u201c', "'", '<script>alert(1)</script>', '&amp;', '\u202e', '\u0007', '\uFEFF', '\u{1F600}', '\\', '\t', '\r', '(', '[[', '}', ' -- ', '...', 'https://example.com/a?b=1'];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

/** A few sentences of plausible news, spiced with odd characters; `n` makes every text unique. */
export function newsText(rnd, n, sentences = 1 + Math.floor(rnd() * 6)) {
  const parts = [`Report ${n}.`];
  for (let i = 0; i < sentences; i++) {
    const odd = rnd() < 0.4 ? pick(rnd, ODD) : '';
    parts.push(`${pick(rnd, ACTORS)} ${pick(rnd, VERBS)} ${odd}${pick(rnd, ACTORS).toLowerCase()} on Monday${rnd() < 0.2 ? '' : '.'}`);
  }
  return parts.join(' ');
}

function day(rnd) {
  return `20${10 + Math.floor(rnd() * 15)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
}

/** One JSON line and its verdict. Good lines are coded by both commands; bad ones give one error each. */
export function jsonLine(rnd, n) {
  const r = rnd();
  const text = newsText(rnd, n);
  if (r < 0.45) return { line: JSON.stringify({ id: `f${n}`, published: day(rnd), text }), good: true };
  if (r < 0.5) return { line: JSON.stringify({ id: `f${n}`, text: `${text} ${'"'.repeat(1 + Math.floor(rnd() * 9))}` }), good: true };
  if (r < 0.55) return { line: JSON.stringify({ id: `f${n}`, text: `<html><body>${'<div>'.repeat(50)}<script>var x = "${n}";</script>${text}</body>` }), good: true };
  if (r < 0.6) return { line: JSON.stringify({ id: `f${n}`, text: `${text}\u0000\u0001${text}` }), good: true };
  if (r < 0.63) return { line: JSON.stringify({ id: `f${n}`, date: '2021-13-45', text }), good: false };
  if (r < 0.66) return { line: JSON.stringify({ id: `f${n}`, published: `${n}-99`, text }), good: false };
  if (r < 0.7) return { line: JSON.stringify({ id: `f${n}`, text }).slice(0, -1 - Math.floor(rnd() * 10)), good: false };
  if (r < 0.73) return { line: JSON.stringify({ id: `f${n}`, body: text }), good: false };
  if (r < 0.76) return { line: JSON.stringify({ id: `f${n}`, text: n }), good: false };
  if (r < 0.78) return { line: `${'['.repeat(5000 + n)}${']'.repeat(5000 + n)}`, good: false };
  if (r < 0.8) return { line: `{"id": "f${n}", "text": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`, good: false };
  if (r < 0.82) return { line: pick(rnd, ['null', 'true', '42', '"text"', '[]', '{}']), good: false };
  if (r < 0.84) return { line: `{"text": "${text}" "x"}`, good: false };
  if (r < 0.86) return { line: JSON.stringify({ id: `f${n}`, published: day(rnd), title: 'T'.repeat(5000), url: `javascript:alert(${n})`, text }), good: true };
  return { line: JSON.stringify({ id: `f${n}`, published: day(rnd), text: `${text} ${newsText(rnd, -n, 20)}` }), good: true };
}

/** Whole files, each one item: name, bytes, verdict for `dyad code` and for `dyad ingest` (true, false, null: either). */
export function wholeFiles(rnd, big) {
  const news = (n) => newsText(rnd, `file ${n}`, 8);
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)).concat([0xff]));
  const sentences = Array.from({ length: 10_000 }, (_, i) => newsText(rnd, `s${i}`, 1)).join(' ');
  const deepHtml = (depth) => `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>${news('deep')}</p><script>alert(1)</script>${'</div>'.repeat(depth)}</body></html>`;
  const files = [
    { name: 'binary.txt', bytes: bytes(4096), code: false, ingest: false },
    { name: 'invalid-utf8.txt', bytes: Buffer.concat([Buffer.from(news(1)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]), code: false, ingest: false },
    { name: 'nul-bytes.txt', bytes: Buffer.from(`${news(2)}\u0000${news(3)}`), code: false, ingest: false },
    { name: 'empty.txt', bytes: Buffer.alloc(0), code: false, ingest: false },
    { name: 'blank.txt', bytes: Buffer.from(' \n\t\n  '), code: false, ingest: false },
    { name: 'bad-date.txt', bytes: Buffer.from(`date 2021-13-45\n${news(4)}`), code: false, ingest: false },
    { name: 'good-date.txt', bytes: Buffer.from(`date 2021-10-19\n${news(5)}`), code: true, ingest: true },
    { name: 'unbalanced-quotes.txt', bytes: Buffer.from(`date 2021-10-19\n"${news(6)} \u201c${news(7)}`), code: true, ingest: true },
    // ~10 s of coding, near the 10 s budget: coded, or one budget error (null: either is right).
    { name: 'sentences-10000.txt', bytes: Buffer.from(`date 2021-10-19\n${sentences}`), code: null, ingest: null },
    { name: 'scripts.html', bytes: Buffer.from(deepHtml(40)), code: true, ingest: true },
    // Deeper than any real page: linkedom/Readability recurse, so ingest says so in one line (code reads it as text).
    { name: 'deep-nesting.html', bytes: Buffer.from(deepHtml(20_000)), code: true, ingest: false },
    { name: 'huge-line.jsonl', bytes: Buffer.from(`${JSON.stringify({ text: 'a '.repeat(1_500_000) + news(8) })}\n`), code: false, ingest: false },
  ];
  if (big) files.push({ name: 'fifty-megabytes.txt', bytes: Buffer.from(`date 2021-10-19\n${news(9)} `.repeat(Math.ceil(50e6 / 400))), code: false, ingest: false });
  return files;
}
