/**
 * Inputs that make a backtracking regex or a quadratic loop show itself: long runs of one character or of one
 * short word, text without punctuation, runs of quotes, capitals, digits and hyphens. Shared by the worst-case
 * test (completion) and `npm run fuzz` (timing).
 */

function repeat(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

export function worstInputs(chars: number): readonly { readonly name: string; readonly text: string }[] {
  const words = ['Minister', 'said', 'the', 'talks', 'would', 'resume', 'on', 'Monday', 'in', 'Geneva'];
  const noPunctuation = Array.from({ length: Math.ceil(chars / 6) }, (_, i) => words[i % words.length]).join(' ').slice(0, chars);
  return [
    { name: 'spaces', text: `${repeat(' ', chars)}x` },
    { name: 'tabs and spaces', text: `${repeat(' \t', chars)}x\n` },
    { name: 'newlines', text: repeat('\n', chars) },
    { name: 'blank lines with spaces', text: repeat(' \n', chars) },
    { name: 'a a a', text: repeat('a ', chars) },
    { name: 'double quotes', text: repeat('"', chars) },
    { name: 'quoted words', text: repeat('"a ', chars) },
    { name: 'curly quotes', text: repeat('\u201c\u2018', chars) },
    { name: 'apostrophes', text: repeat("'s ", chars) },
    { name: 'capitalised words', text: repeat('Abc ', chars) },
    { name: 'capitals without spaces', text: repeat('ABC', chars) },
    { name: 'digits', text: repeat('1', chars) },
    { name: 'digits and spaces', text: repeat('12 ', chars) },
    { name: 'dates', text: repeat('2021-10-19 ', chars) },
    { name: 'hyphens', text: repeat('-', chars) },
    { name: 'hyphenated words', text: repeat('a-', chars) },
    { name: 'dots', text: repeat('.', chars) },
    { name: 'dotted initials', text: repeat('A.', chars) },
    { name: 'commas', text: repeat(', ', chars) },
    { name: 'parentheses', text: `${repeat('(', chars / 2)}${repeat(')', chars / 2)}` },
    { name: 'html comments', text: repeat('<!---->', chars) },
    { name: 'angle brackets', text: repeat('<a ', chars) },
    { name: 'said said', text: repeat('said ', chars) },
    { name: 'on Monday on', text: repeat('on Monday ', chars) },
    { name: 'no punctuation', text: noPunctuation },
    { name: 'one long word', text: repeat('x', chars) },
    { name: 'date header then spaces', text: `date 2021-10-19\n${repeat(' ', chars)}` },
    { name: 'date digits', text: `date ${repeat('1-', chars)}` },
  ];
}
