// Command-line options of the scripts: `--name value` anywhere in process.argv.

/** The number after `name`, or `fallback` when the option is absent or has no value. */
export function option(name, fallback) {
  const value = textOption(name, null);
  return value === null ? fallback : Number(value);
}

/** The text after `name`, or `fallback` when the option is absent or has no value. */
export function textOption(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
