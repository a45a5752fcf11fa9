/**
 * Codes one article into what the store keeps: the contract output plus the fingerprints the writer compares
 * (normalised-text hash, MinHash signature). Runs in a worker thread, so the main thread only reads and writes.
 */
import type { Article } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import { analyse, toContract } from '../../pipeline/index.js';
// The two modules, not the store's index: a worker thread that codes only never loads the store's drivers.
import type { CodedArticle } from '../../store/index.js';
import { minhashSignature } from '../../store/minhash.js';
import { textHash } from '../../store/normalise-text.js';

export type CodingOutcome = { readonly ok: true; readonly coded: CodedArticle } | { readonly ok: false; readonly where: string; readonly problem: string };

export function codeForStore(article: Article, dictionaries: Dictionaries): CodingOutcome {
  try {
    const output = toContract(analyse(article, { dictionaries }));
    const body = article.text.slice(article.bodyStart);
    // Everything the writer would otherwise compute is done here, off the writer's thread.
    return { ok: true, coded: { output, outputJson: JSON.stringify(output), url: article.url, text: article.text, textHash: textHash(body), signature: minhashSignature(body) } };
  } catch (err) {
    return { ok: false, where: article.source, problem: `could not be coded: ${(err as Error).message}` };
  }
}
