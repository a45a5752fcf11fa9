import { describe, expect, it } from 'vitest';
import { lemmasOf } from './lemmas.js';
import { nlp } from './nlp.js';

const TEXTS = [
  "The talks can't go on, he's said. It's the envoy's view that they'd gone, and we'll see; I'm sure you're right.",
  'She talks while the ministers talked. Leaving, he left the leaves; the leaves fall and he leaves.',
  "Kenya's ministers haven't met. Gonna be hard, ain't it? The rebels cannot win, won't they say?",
  'The defence ministry rebuts claims; rebutting them, it rebutted the claim of the Organisation.',
];

function winkLemmas(text: string): string[] {
  const { readDoc, its } = nlp();
  return readDoc(text).tokens().out(its.lemma as unknown as typeof its.value) as string[];
}

function keptLemmas(text: string): string[] {
  const { readDoc, its } = nlp();
  const tokens = readDoc(text).tokens();
  return lemmasOf(tokens, its, tokens.out(its.value) as string[], tokens.out(its.pos) as string[]);
}

describe('lemmasOf', () => {
  it("gives wink-nlp's own lemma of every token, contractions included, also when the lemma is kept from before", () => {
    for (let pass = 0; pass < 2; pass++) for (const text of TEXTS) expect(keptLemmas(text)).toEqual(winkLemmas(text));
  });

  it('keeps a word apart by its tag: "leaves" is "leaf" as a noun and "leave" as a verb', () => {
    const { readDoc, its } = nlp();
    const tokens = readDoc('The leaves fall. She leaves today. The leaves are green.').tokens();
    const values = tokens.out(its.value) as string[];
    const tags = tokens.out(its.pos) as string[];
    const lemmas = lemmasOf(tokens, its, values, tags);
    const leaves = values.flatMap((v, i) => (v === 'leaves' ? [`${tags[i]} ${lemmas[i]}`] : []));
    expect(leaves).toEqual(['NOUN leaf', 'VERB leave', 'NOUN leaf']);
  });
});
