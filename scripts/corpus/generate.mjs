// Deterministic generator of synthetic news articles for benchmarks: the same seed and index always give the same
// article. Articles are 150-350 words with a date header, a headline, countries, organisations, people with
// roles, varied date phrasings, direct and reported quotes, and events of many kinds.
//
//   import { generateCorpus, toText } from './scripts/corpus/generate.mjs';
//   for (const a of generateCorpus({ count: 20000, seed: 7 })) fs.writeFileSync(`${a.id}.txt`, toText(a));
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, MONTHS, ORG_ROLES, ORGANISATIONS, ROLES, TOPICS, WEEKDAYS } from './vocabulary.mjs';
import { BODY, LEADS, TITLES } from './templates.mjs';

/** mulberry32: a small, fast, seeded PRNG; good enough to vary text, and identical on every machine. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2015, 0, 1);

function randomSource(seed, published) {
  const next = prng(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const day = (offset) => new Date(published.getTime() + offset * DAY_MS);
  const dm = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  const md = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const past = [
    () => `on ${WEEKDAYS[(day(-1).getUTCDay() + 6) % 7]}`, () => 'yesterday', () => 'last week', () => 'earlier this month',
    () => `on ${dm(day(-int(1, 6)))}`, () => `on ${md(day(-int(1, 6)))}`, () => `on ${WEEKDAYS[int(0, 6)]} evening`,
    () => 'two days ago', () => `on ${md(day(-int(1, 3)))}, ${day(0).getUTCFullYear()}`, () => 'on Friday',
  ];
  const future = [() => 'next week', () => `next ${WEEKDAYS[int(0, 6)]}`, () => `in ${MONTHS[(day(0).getUTCMonth() + int(1, 4)) % 12]}`,
    () => 'later this month', () => 'within days', () => `by the end of ${day(0).getUTCFullYear()}`];
  return { next, int, pick, when: () => pick(past)(), future: () => pick(future)() };
}

function person(r, role) {
  const last = r.pick(LAST_NAMES);
  return { name: `${r.pick(FIRST_NAMES)} ${last}`, last, role };
}

function cast(r) {
  const [ai, bi] = [r.int(0, COUNTRIES.length - 1), r.int(0, COUNTRIES.length - 2)];
  const country = ([name, adj, capital, city]) => ({ name, adj, capital, city });
  const a = country(COUNTRIES[ai]);
  const b = country(COUNTRIES[bi >= ai ? bi + 1 : bi]);
  const [orgName, orgShort] = r.pick(ORGANISATIONS);
  return {
    a, b, org: { name: orgName, short: orgShort, bare: orgShort.replace(/^the /u, '') }, topics: TOPICS, months: MONTHS,
    pa: person(r, r.pick(ROLES)[0]), pb: person(r, r.pick(ROLES)[0]), po: person(r, r.pick(ORG_ROLES)),
  };
}

const wordCount = (s) => s.split(/\s+/u).filter(Boolean).length;

/** Paragraphs of one to three sentences until the body reaches its drawn length (150-350 words). */
function body(c, r) {
  const target = r.int(150, 340);
  const paragraphs = [r.pick(LEADS)(c, r)];
  let words = wordCount(paragraphs[0]);
  const order = BODY.map((t) => [r.next(), t]).sort((x, y) => x[0] - y[0]).map(([, t]) => t);
  let i = 0;
  while (words < target && i < order.length) {
    const sentences = [];
    for (let k = r.int(1, 3); k > 0 && i < order.length && words < target; k--) {
      const s = order[i++](c, r);
      if (words + wordCount(s) > 350) continue;
      sentences.push(s);
      words += wordCount(s);
    }
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

/** The article with this index in the corpus of this seed: { id, published, title, paragraphs, words }. */
export function generateArticle(index, seed = 1) {
  const pubRandom = prng(seed * 7919 + index)();
  const published = new Date(START + Math.floor(pubRandom * 3000) * DAY_MS);
  const r = randomSource(seed * 104729 + index * 31 + 1, published);
  const c = cast(r);
  const paragraphs = body(c, r);
  return {
    id: `gen-${seed}-${String(index).padStart(6, '0')}`,
    published: published.toISOString().slice(0, 10),
    title: r.pick(TITLES)(c),
    paragraphs,
    words: paragraphs.reduce((n, p) => n + wordCount(p), 0),
  };
}

/** `count` articles of the corpus of `seed`, generated lazily (20,000 articles need no memory up front). */
export function* generateCorpus({ count, seed = 1 }) {
  for (let i = 0; i < count; i++) yield generateArticle(i, seed);
}

/** The article in dyad's `.txt` input format: date header, headline, blank line, paragraphs. */
export function toText(article) {
  return `date ${article.published}\n${article.title}\n\n${article.paragraphs.join('\n\n')}\n`;
}

/** The article as one JSON Lines record of dyad's input. */
export function toJsonLine(article) {
  const text = `${article.title}\n\n${article.paragraphs.join('\n\n')}\n`;
  return JSON.stringify({ id: article.id, published: article.published, title: article.title, text });
}

// Run directly: `node scripts/corpus/generate.mjs --count 20000 [--seed 7] [--out DIR]` writes DIR/<id>.txt files,
// or JSON Lines on standard output without --out.
async function cli(argv) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const count = Number(value('--count', '1000'));
  const seed = Number(value('--seed', '1'));
  const out = value('--out', null);
  if (out) mkdirSync(out, { recursive: true });
  for (const article of generateCorpus({ count, seed })) {
    if (out) writeFileSync(join(out, `${article.id}.txt`), toText(article));
    else process.stdout.write(`${toJsonLine(article)}\n`);
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  await cli(process.argv.slice(2));
}
