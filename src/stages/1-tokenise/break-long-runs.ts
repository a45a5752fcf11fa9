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
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN) {
      const piece = run.slice(i, i + MAX_RUN);
      out += piece.length === MAX_RUN ? `${piece.slice(0, -1)} ` : piece;
    }
    return out;
  });
}

/**
 * True when some run of non-space characters is longer than MAX_RUN UTF-16 units: a cheap scan that spares most
 * texts the regular expression. A run the expression counts (in code points) is never longer than this count.
 * Only a stretch between two plain spaces that is longer than MAX_RUN can hold such a run, so only those are read
 * character by character.
 */
function hasLongRun(text: string): boolean {
  for (let from = 0; from < text.length;) {
    const space = text.indexOf(' ', from);
    const to = space < 0 ? text.length : space;
    if (to - from > MAX_RUN && hasLongRunIn(text, from, to)) return true;
    from = to + 1;
  }
  return false;
}

function hasLongRunIn(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** The white space of `\s`: ASCII tab to carriage return and space, and the Unicode spaces and line separators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}
