/** A problem with one input item: where it is (`file`, `file:line`) and what is wrong, in one line. */
export class InputError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'InputError';
  }
}
