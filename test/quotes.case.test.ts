/**
 * Case table of the quotes stage: sentences written for these tests, run through tokenise and the quotes stage
 * with hand-made entities standing in for stage 2, so that the table tests attribution, not actor recognition.
 * Each case lists the quotes it must give (by their first words) and, for negatives, text that must be no quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, memoryTracer, type Analysis, type Entity, type EntityType, type Mention } from '../src/core/index.js';
import { loadDictionaries } from '../src/dictionaries/index.js';
import { parseTextArticle } from '../src/input/index.js';
import { tokenise } from '../src/stages/1-tokenise/index.js';
import { findQuotes } from '../src/stages/4-quotes/index.js';

interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  readonly code: string | null;
  /** Every occurrence of each of these words becomes a mention. */
  readonly says: readonly string[];
}

interface Expected {
  readonly starts: string;
  readonly speaker: string | null;
  readonly direct: boolean;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly quotes: readonly Expected[];
  /** Words that must not stand in any quote's text. */
  readonly notQuoted?: readonly string[];
}

const data = loadDictionaries();

/** Mentions for every whole-word occurrence of each of the entity's words. */
function entitiesFor(analysis: Analysis, specs: readonly EntitySpec[]): Entity[] {
  const text = analysis.article.text;
  return specs.map((spec, k) => {
    const mentions: Mention[] = [];
    for (const word of spec.says) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
        const sentence = analysis.sentences.find((s) => s.start <= m.index && m.index < s.end)?.index ?? 0;
        mentions.push({ start: m.index, end: m.index + word.length, text: word, sentence, kind: 'name', rule: 'test' });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${k}`, name: spec.name, type: spec.type, code: spec.code, role: null, affiliation: null, geo: null, mentions };
  });
}

function run(c: Case) {
  const article = parseTextArticle(`date 2024-03-05\n${c.text}`, 'case.txt');
  const trace = memoryTracer();
  const tokenised = tokenise.run(emptyAnalysis(article), { data, trace });
  const withEntities = { ...tokenised, entities: entitiesFor(tokenised, c.entities ?? []) };
  return { quotes: findQuotes.run(withEntities, { data, trace }).quotes, trace: trace.lines };
}

const LAVROV: EntitySpec = { name: 'Sergey Lavrov', type: 'person', code: 'RUSGOV', says: ['Sergey Lavrov', 'Mr Lavrov'] };
const NATO: EntitySpec = { name: 'NATO', type: 'organization', code: 'IGOWSTNAT', says: ['Nato', 'the alliance'] };
const OKAFOR: EntitySpec = { name: 'Chidi Okafor', type: 'person', code: 'NGAGOV', says: ['Chidi Okafor', 'Mr Okafor'] };
const VARGA: EntitySpec = { name: 'Eszter Varga', type: 'person', code: 'HUNGOV', says: ['Eszter Varga', 'Ms Varga'] };
const MINISTRY: EntitySpec = { name: 'Ghana Foreign Ministry', type: 'organization', code: 'GHAGOV', says: ['the ministry', 'Ghana Foreign Ministry'] };
const RUSSIA: EntitySpec = { name: 'Russia', type: 'country', code: 'RUS', says: ['Russia', 'Russian'] };

const cases: readonly Case[] = [
  {
    name: 'a cue after the quote, its pronoun resolved to the person named before',
    text: 'Foreign Minister Sergey Lavrov spoke in Moscow on Monday. "We see no reason to pretend," he said.',
    entities: [LAVROV],
    quotes: [{ starts: 'We see no reason', speaker: 'Sergey Lavrov', direct: true }],
  },
  {
    name: 'curly marks around several sentences, with an inverted cue',
    text: '\u201cWe will not back down. The talks are over,\u201d said Foreign Minister Chidi Okafor.',
    entities: [OKAFOR],
    quotes: [{ starts: 'We will not back down. The talks are over', speaker: 'Chidi Okafor', direct: true }],
  },
  {
    name: 'a quote split by its attribution keeps its speaker',
    text: '"The border is closed," Mr Okafor told reporters. "It will stay closed until Friday."',
    entities: [OKAFOR],
    quotes: [
      { starts: 'The border is closed', speaker: 'Chidi Okafor', direct: true },
      { starts: 'It will stay closed', speaker: 'Chidi Okafor', direct: true },
    ],
  },
  {
    name: 'a paragraph that opens a new quote continues the previous paragraph\u2019s speaker',
    text: 'Hungary protested.\n\n"We are ready to talk," Ms Varga said.\n\n"We have always been ready to talk."',
    entities: [VARGA],
    quotes: [
      { starts: 'We are ready to talk', speaker: 'Eszter Varga', direct: true },
      { starts: 'We have always been ready', speaker: 'Eszter Varga', direct: true },
    ],
  },
  {
    name: 'a partial quote inside reported speech is the reporter\u2019s',
    text: 'Mr Lavrov met reporters. He said the alliance was "not interested in dialogue".',
    entities: [LAVROV, NATO],
    quotes: [{ starts: 'not interested in dialogue', speaker: 'Sergey Lavrov', direct: true }],
  },
  {
    name: 'a quoted label tied to a speaker by a cue is speech',
    text: 'The alliance expelled eight diplomats, with Nato Secretary General Jens Stoltenberg calling them "undeclared intelligence officers".',
    entities: [NATO, { name: 'Jens Stoltenberg', type: 'person', code: 'IGOWSTNAT', says: ['Jens Stoltenberg'] }],
    quotes: [{ starts: 'undeclared intelligence officers', speaker: 'Jens Stoltenberg', direct: true }],
  },
  {
    name: 'scare quotes with no cue are no speech',
    text: 'The "peace plan" has little support in the region.',
    quotes: [],
    notQuoted: ['peace plan'],
  },
  {
    name: 'titles of books and films are no speech, even near a cue',
    text: 'Ms Varga said she had read the book "War and Peace" twice. The film "The Long Night" opens on Friday.',
    entities: [VARGA],
    quotes: [{ starts: 'she had read the book', speaker: 'Eszter Varga', direct: false }],
    notQuoted: ['The Long Night'],
  },
  {
    name: 'apostrophes inside quotes, straight and curly, do not end them',
    text: '"Nato\'s policy hasn\'t changed," the ministry said. \u201cNato\u2019s doors stay open,\u201d Ms Varga added.',
    entities: [NATO, MINISTRY, VARGA],
    quotes: [
      { starts: "Nato's policy hasn't changed", speaker: 'Ghana Foreign Ministry', direct: true },
      { starts: 'Nato\u2019s doors stay open', speaker: 'Eszter Varga', direct: true },
    ],
  },
  {
    name: 'a quote nested in a quote stays inside the outer one',
    text: '"They call it a "special operation", but it is a war," said Mr Okafor.',
    entities: [OKAFOR],
    quotes: [{ starts: 'They call it a "special operation", but it is a war', speaker: 'Chidi Okafor', direct: true }],
  },
  {
    name: 'an unbalanced mark does not run across the paragraph break',
    text: 'Mr Okafor said, "We will win this fight.\n\nThe vote is on Sunday and the "result is open to all.\n\nNothing else happened.',
    entities: [OKAFOR],
    quotes: [{ starts: 'We will win this fight.', speaker: 'Chidi Okafor', direct: true }],
    notQuoted: ['The vote is on Sunday', 'result is open', 'Nothing else happened'],
  },
  {
    name: 'a quote carried into the next paragraph without a new opening mark keeps its speaker',
    text: 'After the match, Ms Varga said, "We have learned a lot today.\n\nIt was a very emotional day for the team." The crowd left.',
    entities: [VARGA],
    quotes: [
      { starts: 'We have learned a lot today.', speaker: 'Eszter Varga', direct: true },
      { starts: 'It was a very emotional day', speaker: 'Eszter Varga', direct: true },
    ],
    notQuoted: ['The crowd left'],
  },
  {
    name: 'a quote whose speaker is only in the next sentence',
    text: 'The talks collapsed late on Tuesday.\n\n"We will fight on to the end." Mr Okafor said so on Wednesday.',
    entities: [OKAFOR],
    quotes: [{ starts: 'We will fight on', speaker: 'Chidi Okafor', direct: true }],
  },
  {
    name: 'indirect speech after "said that" without quote marks',
    text: 'Mr Okafor said that the border would reopen on Monday.',
    entities: [OKAFOR],
    quotes: [{ starts: 'the border would reopen on Monday', speaker: 'Chidi Okafor', direct: false }],
  },
  {
    name: 'indirect speech with the cue after the clause',
    text: 'Moscow will close its mission by November, Mr Lavrov said.',
    entities: [LAVROV],
    quotes: [{ starts: 'Moscow will close its mission by November', speaker: 'Sergey Lavrov', direct: false }],
  },
  {
    name: '"according to" names an organisation as the source',
    text: 'According to the ministry, forty soldiers were killed in the attack.',
    entities: [MINISTRY],
    quotes: [{ starts: 'forty soldiers were killed', speaker: 'Ghana Foreign Ministry', direct: false }],
  },
  {
    name: '"according to" after a quote names its source, the author of a statement',
    text: 'Ms Varga spoke on Monday.\n\n"The situation is under control," according to a Ghana Foreign Ministry statement.',
    entities: [VARGA, MINISTRY],
    quotes: [{ starts: 'The situation is under control', speaker: 'Ghana Foreign Ministry', direct: true }],
  },
  {
    name: '"according to" with a relative clause after the source',
    text: 'According to the ministry, which cited two witnesses, the convoy was attacked at dawn.',
    entities: [MINISTRY],
    quotes: [{ starts: 'the convoy was attacked at dawn', speaker: 'Ghana Foreign Ministry', direct: false }],
  },
  {
    name: 'an organisation as speaker',
    text: 'Nato said it would respond to the expulsions.',
    entities: [NATO],
    quotes: [{ starts: 'it would respond', speaker: 'NATO', direct: false }],
  },
  {
    name: 'an unnamed source is kept as such, with its country\u2019s code',
    text: 'A Russian security source said the plane had been shot down.',
    entities: [RUSSIA],
    quotes: [{ starts: 'the plane had been shot down', speaker: 'A Russian security source', direct: false }],
  },
  {
    name: '"told reporters" skips the addressee',
    text: 'Mr Okafor told reporters the ceasefire was holding.',
    entities: [OKAFOR],
    quotes: [{ starts: 'the ceasefire was holding', speaker: 'Chidi Okafor', direct: false }],
  },
  {
    name: 'time words and a prepositional phrase may stand between the verb and "that"',
    text: 'Mr Okafor announced on Monday in an internal memo that he would step down.',
    entities: [OKAFOR],
    quotes: [{ starts: 'he would step down', speaker: 'Chidi Okafor', direct: false }],
  },
  {
    name: 'an object that is no clause is no speech',
    text: 'Mr Okafor announced the measures on Monday after the vote.',
    entities: [OKAFOR],
    quotes: [],
  },
  {
    name: 'passive and negated speech verbs name no speaker',
    text: 'It was reported that talks had failed. Mr Okafor did not say the talks had failed.',
    entities: [OKAFOR],
    quotes: [],
  },
  {
    name: 'a speech verb in an infinitive reports nothing',
    text: 'The board criticised Tehran for failing to explain traces of uranium found at two sites.',
    quotes: [],
  },
  {
    name: 'a participle after the object is no reported clause',
    text: 'Local schools reported stones thrown at their windows.',
    quotes: [],
  },
  {
    name: 'a speaker phrase with "in" is about its head, not the place',
    text: 'Japanese schools in China said the windows had been broken.',
    entities: [{ name: 'China', type: 'country', code: 'CHN', says: ['China'] }],
    quotes: [{ starts: 'the windows had been broken', speaker: 'Japanese schools in China', direct: false }],
  },
  {
    name: 'a title before a name: the name speaks',
    text: 'Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "Leaving them to die is a big mistake."',
    entities: [{ name: 'Nikki Haley', type: 'person', code: 'USAGOV', says: ['Nikki Haley'] }],
    quotes: [{ starts: 'Leaving them to die', speaker: 'Nikki Haley', direct: true }],
  },
  {
    name: '"they" refers back to a plural subject',
    text: 'Rebel fighters seized the port on Monday. They said the ships in it were legitimate targets.',
    quotes: [{ starts: 'the ships in it were legitimate targets', speaker: 'Rebel fighters', direct: false }],
  },
  {
    name: '"the spokesperson" is the spokesperson who spoke before',
    text: '"We received no request," a police spokesperson said. The spokesperson added that the case was closed.',
    quotes: [
      { starts: 'We received no request', speaker: 'a police spokesperson', direct: true },
      { starts: 'the case was closed', speaker: 'a police spokesperson', direct: false },
    ],
  },
  {
    name: 'a headline is no antecedent for a pronoun',
    text: 'Talks fail in Geneva\n\nBorder Talks Collapse\n\nHe said the party had won a "historic mandate".',
    quotes: [{ starts: 'historic mandate', speaker: null, direct: true }],
  },
  {
    name: 'an unnamed person speaks on after a pronoun',
    text: 'Mr Okafor arrived in Berlin.\n\n"Our position has not changed," a spokesman for the German government told reporters.\n\nHe added: "Nothing is excluded."',
    entities: [OKAFOR],
    quotes: [
      { starts: 'Our position has not changed', speaker: 'a spokesman for the German government', direct: true },
      { starts: 'Nothing is excluded', speaker: 'a spokesman for the German government', direct: true },
    ],
  },
  {
    name: 'an appositive name after an unnamed role, with the cue after the quote',
    text: '"The ceasefire is holding," an army spokesman, Colonel Chidi Okafor, told reporters.',
    entities: [OKAFOR],
    quotes: [{ starts: 'The ceasefire is holding', speaker: 'Chidi Okafor', direct: true }],
  },
  {
    name: 'an inverted cue with an appositive name',
    text: '"Enough is enough," said the government spokesman, Chidi Okafor.',
    entities: [OKAFOR],
    quotes: [{ starts: 'Enough is enough', speaker: 'Chidi Okafor', direct: true }],
  },
  {
    name: 'an inverted cue before a participle keeps the speaker phrase short',
    text: '"She is just buying time," said a protester using the name Katya.',
    quotes: [{ starts: 'She is just buying time', speaker: 'a protester', direct: true }],
  },
];

describe('quotes stage case table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { quotes, trace } = run(c);
      const got = quotes.map((q) => ({ starts: q.text, speaker: q.speaker?.name ?? null, direct: q.direct }));
      const context = `quotes: ${JSON.stringify(got, null, 1)}\ntrace:\n${trace.join('\n')}`;
      for (const want of c.quotes) {
        const hit = quotes.find((q) => q.text.startsWith(want.starts));
        expect(hit, `no quote starting "${want.starts}"\n${context}`).toBeDefined();
        expect({ speaker: hit?.speaker?.name ?? null, direct: hit?.direct }, context).toEqual({ speaker: want.speaker, direct: want.direct });
      }
      expect(quotes.length, context).toBe(c.quotes.length);
      for (const words of c.notQuoted ?? []) expect(quotes.some((q) => q.text.includes(words)), context).toBe(false);
    });
  }

  it('never crashes, cuts every quote out of the text and never crosses a paragraph break, whatever the marks', () => {
    const pieces = fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2019', ' said', ' Mr Okafor', ' he', ' told reporters', ', ', '. ', 'We will win', ' the talks', ' according to', '\n\n', ' that');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const c: Case = { name: 'random', text: `Chidi Okafor spoke.${parts.join('')}`, entities: [OKAFOR], quotes: [] };
        const full = `date 2024-03-05\n${c.text}`;
        for (const q of run(c).quotes) {
          expect(full.slice(q.start, q.end)).toBe(q.text);
          expect(q.start).toBeLessThanOrEqual(q.end);
          expect(q.text.includes('\n\n')).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives offsets that cut the quote text out of the article', () => {
    const { quotes } = run(cases[2] as Case);
    for (const q of quotes) expect(`date 2024-03-05\n${(cases[2] as Case).text}`.slice(q.start, q.end)).toBe(q.text);
  });
});
