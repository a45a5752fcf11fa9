// The evaluation sets in ../shared, each with how to turn its inputs into articles and which scorer mode reads it.
// A set whose files are absent is skipped, so the same script runs wherever only part of ../shared exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const EVENT_FIGURES = ['eventRecall', 'sentencePrecision', 'dateAccuracy', 'backgroundAccuracy', 'modalityAccuracy',
  'mustNotBroken', 'quoteRecall', 'speakerAccuracy', 'timeAccuracy', 'personAccuracy', 'outputEvents'];

/** `.txt` articles of a folder, read as the CLI reads them (source = path relative to the repository). */
function textArticles(dyad, root, dir, names) {
  return names.map((name) => {
    const file = join(dir, name);
    const source = relative(root, file);
    try {
      return dyad.parseTextArticle(dyad.decodeText(readFileSync(file), source), source, null);
    } catch (err) {
      return err;
    }
  });
}

/** JSON Lines records (`{id, published|date, title?, url?, text, …}`) read as the CLI reads a `.jsonl` file. */
function jsonLinesArticles(dyad, root, file) {
  return dyad.parseJsonLines(readFileSync(file, 'utf8'), relative(root, file));
}

/** Every dataset present under `shared`, in the order of the printed table. */
export function datasets(shared, root) {
  const sets = [];
  const seedDir = join(shared, 'seed');
  if (existsSync(seedDir)) {
    const golds = readdirSync(seedDir).filter((f) => f.endsWith('.gold.json')).sort();
    for (const gold of golds) {
      const txt = gold.replace(/\.gold\.json$/u, '.txt');
      if (!existsSync(join(seedDir, txt))) continue;
      sets.push({
        name: golds.length === 1 ? 'seed' : `seed ${basename(txt, '.txt')}`, key: 'seed', mode: 'article', gold: join(seedDir, gold), figures: EVENT_FIGURES,
        articles: (dyad) => textArticles(dyad, root, seedDir, [txt]),
      });
    }
  }
  const wikiDir = join(shared, 'corpus/wikinews/articles');
  const wikiGold = join(shared, 'gold/wikinews-dev');
  if (existsSync(wikiDir) && existsSync(wikiGold)) {
    sets.push({
      // All 40 articles are coded; the scorer picks the ones with gold (the odd-numbered half).
      name: 'wikinews-dev', key: 'wikinews', mode: 'corpus', gold: wikiGold, figures: EVENT_FIGURES,
      articles: (dyad) => textArticles(dyad, root, wikiDir, readdirSync(wikiDir).filter((f) => f.endsWith('.txt')).sort()),
    });
  }
  const jsonl = [
    ['plover-dev', 'plover', 'plover', 'gold/plover-gsr/dev.jsonl', ['typeRecall', 'typeAndSourceRecall', 'typePrecision', 'outputEvents']],
    ['meantime', 'meantime', 'timex', 'gold/meantime/articles.jsonl', ['timexRecall', 'valueAccuracy', 'timexes']],
    ['gum-news', 'gum', 'timex', 'gold/gum-news/articles.jsonl', ['timexRecall', 'valueAccuracy', 'timexes']],
  ];
  for (const [name, key, mode, path, figures] of jsonl) {
    const file = join(shared, path);
    // The records carry id and published/date, so the output ids match the gold ids the scorer looks up.
    if (existsSync(file)) sets.push({ name, key, mode, gold: file, figures, articles: (dyad) => jsonLinesArticles(dyad, root, file) });
  }
  return sets;
}
