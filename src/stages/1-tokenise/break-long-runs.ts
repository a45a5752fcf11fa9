/**
 * wink-nlp's tokeniser takes quadratic time on long runs without white space (30,000 hyphens take ~7 s), so any
 * run longer than MAX_RUN characters gets a space written over one character in every MAX_RUN before wink reads
 * it. The replacement is one character for one, so every offset stays true to the original text; such runs
 * (URLs, rules of dashes, base64) hold no words that dyad codes.
 *
 *   "x".repeat(250) -> "x"×127 + " " + "x"×122  (MAX_RUN 128: the last character of every full 128 becomes a space)
 */
const MAX_RUN = 128;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu');

export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN) {
      const piece = run.slice(i, i + MAX_RUN);
      out += piece.length === MAX_RUN ? `${piece.slice(0, -1)} ` : piece;
    }
    return out;
  });
}
