/** A bad entry in a dictionary file: which file, which line, which entry, what is wrong. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
    this.name = 'DictionaryError';
  }
}
