// The store benches' generated corpus (seed 17, as scripts/bench-store.mjs writes it) as the articles
// `dyad ingest` reads from its JSON Lines, for the scripts that code it in process.
import { generateCorpus, toJsonLine } from '../corpus/generate.mjs';
import { importDist } from './dyad-dist.mjs';

export async function storeCorpusArticles(count) {
  const { parseJsonLines } = await importDist('input/index.js');
  const text = [...generateCorpus({ count, seed: 17 })].map(toJsonLine).join('\n');
  return parseJsonLines(text, 'corpus.jsonl').filter((article) => !(article instanceof Error));
}
