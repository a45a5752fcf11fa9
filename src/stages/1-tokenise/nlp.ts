/**
 * The one wink-nlp instance of the process: loading the model takes ~100 ms, so it is made once, on first use.
 * Only sentence boundaries and POS tags run: dyad finds its own entities, negation and quotes, and skipping
 * wink's negation, sentiment and entity passes saves about a third of `readDoc`'s time.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const PIPE = ['sbd', 'pos'];

let instance: WinkMethods | undefined;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
