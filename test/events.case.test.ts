/**
 * Case table of the events stage: sentences written for these tests, run through tokenise, times, quotes and the
 * events stage, with a fixed cast of hand-made entities standing in for stage 2, so that the table tests event
 * coding, not actor recognition. Each case says which events it must give, in a small notation:
 *
 *   "RUS 161 NATO"            an event coded 161… from RUS… to NATO…   ("*" any actor, "-" no target)
 *   "RUS 161 NATO future bg"  … with that modality, and marked background
 *   "!19"                     no event under root 19             "none"  no event at all
 */
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, memoryTracer, type Analysis, type CodedEvent, type Entity, type EntityType, type Geo, type Mention } from '../src/core/index.js';
import { loadDictionaries } from '../src/dictionaries/index.js';
import { parseTextArticle } from '../src/input/index.js';
import { tokenise } from '../src/stages/1-tokenise/index.js';
import { resolveTimes } from '../src/stages/3-times/index.js';
import { findQuotes } from '../src/stages/4-quotes/index.js';
import { codeEvents } from '../src/stages/5-events/index.js';
import { CASES } from './events.cases.js';

interface CastMember {
  readonly name: string;
  readonly type: EntityType;
  readonly code: string | null;
  readonly says: readonly string[];
  readonly geo?: Geo;
}

const place = (name: string, country: string): CastMember => ({ name, type: 'place', code: null, says: [name], geo: { name, country, lat: null, lon: null } });

/** Longer phrases first: a word already inside a mention is not matched again. */
const CAST: readonly CastMember[] = [
  { name: 'Sergey Lavrov', type: 'person', code: 'RUSGOV', says: ['Foreign Minister Sergey Lavrov', 'Lavrov'] },
  { name: 'Joe Biden', type: 'person', code: 'USAGOV', says: ['President Joe Biden', 'Biden'] },
  { name: 'Xi Jinping', type: 'person', code: 'CHNGOV', says: ['Xi Jinping', 'Xi'] },
  { name: 'Anna Berg', type: 'person', code: 'DEUGOV', says: ['Chancellor Anna Berg', 'Berg'] },
  { name: 'Mikhail Orlov', type: 'person', code: 'RUSGOV', says: ['Prime Minister Mikhail Orlov', 'Orlov'] },
  { name: 'NATO', type: 'organization', code: 'IGOWSTNAT', says: ['Nato', 'NATO', 'The alliance', 'the alliance'] },
  { name: 'United Nations', type: 'organization', code: 'IGOUNO', says: ['the United Nations', 'the UN', 'UN'] },
  { name: 'European Union', type: 'organization', code: 'IGOEUREEC', says: ['the European Union', 'the EU', 'EU'] },
  { name: 'Amnesty International', type: 'organization', code: 'NGOHRIAMN', says: ['Amnesty International', 'Amnesty'] },
  { name: 'police', type: 'group', code: 'FRACOP', says: ['Police', 'police', 'officers'] },
  { name: 'protesters', type: 'group', code: 'FRAOPP', says: ['Protesters', 'protesters', 'demonstrators', 'Workers', 'workers'] },
  { name: 'rebels', type: 'group', code: 'SYRREB', says: ['Rebels', 'rebels', 'Militants', 'militants', 'insurgents'] },
  { name: 'Syrian army', type: 'group', code: 'SYRMIL', says: ['The Syrian army', 'the Syrian army', 'Syrian troops'] },
  { name: 'Israeli army', type: 'group', code: 'ISRMIL', says: ['the Israeli army', 'Israeli troops', 'Israeli jets'] },
  { name: 'French government', type: 'group', code: 'FRAGOV', says: ['The government', 'the government', 'the French government'] },
  { name: 'Russia', type: 'country', code: 'RUS', says: ['Russia', 'Moscow', 'Russian', 'The Kremlin', 'the Kremlin'] },
  { name: 'Ukraine', type: 'country', code: 'UKR', says: ['Ukraine', 'Ukrainian'] },
  { name: 'United States', type: 'country', code: 'USA', says: ['The United States', 'the United States', 'Washington', 'US'] },
  { name: 'China', type: 'country', code: 'CHN', says: ['China', 'Beijing', 'Chinese'] },
  { name: 'Iran', type: 'country', code: 'IRN', says: ['Iran', 'Tehran', 'Iranian'] },
  { name: 'Israel', type: 'country', code: 'ISR', says: ['Israel', 'Israeli'] },
  { name: 'Germany', type: 'country', code: 'DEU', says: ['Germany', 'Berlin', 'German'] },
  { name: 'France', type: 'country', code: 'FRA', says: ['France', 'Paris', 'French'] },
  { name: 'Turkey', type: 'country', code: 'TUR', says: ['Turkey', 'Ankara', 'Turkish'] },
  { name: 'Syria', type: 'country', code: 'SYR', says: ['Syria', 'Damascus', 'Syrian'] },
  { name: 'North Korea', type: 'country', code: 'PRK', says: ['North Korea', 'Pyongyang'] },
  { name: 'South Korea', type: 'country', code: 'KOR', says: ['South Korea', 'Seoul'] },
  { name: 'Japan', type: 'country', code: 'JPN', says: ['Japan', 'Tokyo', 'Japanese'] },
  { name: 'India', type: 'country', code: 'IND', says: ['India', 'New Delhi', 'Indian'] },
  { name: 'Pakistan', type: 'country', code: 'PAK', says: ['Pakistan', 'Islamabad', 'Pakistani'] },
  { name: 'the West', type: 'group', code: 'WST', says: ['the West', 'Western nations'] },
  place('Crimea', 'UKR'),
  place('Geneva', 'CHE'),
  place('Brussels', 'BEL'),
  place('Kyiv', 'UKR'),
  place('Gaza', 'PSE'),
  place('Aleppo', 'SYR'),
];

const data = loadDictionaries();

function castEntities(analysis: Analysis): Entity[] {
  const text = analysis.article.text;
  const taken: [number, number][] = [];
  const entities: Entity[] = [];
  CAST.forEach((member, k) => {
    const mentions: Mention[] = [];
    for (const word of member.says) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
        const end = m.index + word.length;
        if (taken.some(([s, e]) => m.index < e && s < end)) continue;
        taken.push([m.index, end]);
        const sentence = analysis.sentences.find((s) => s.start <= m.index && m.index < s.end)?.index ?? 0;
        mentions.push({ start: m.index, end, text: word, sentence, kind: 'name', rule: 'test' });
      }
    }
    if (mentions.length === 0) return;
    mentions.sort((a, b) => a.start - b.start);
    entities.push({ id: `e${k}`, name: member.name, type: member.type, code: member.code, role: null, affiliation: null, geo: member.geo ?? null, mentions });
  });
  return entities;
}

function code(text: string): { events: readonly CodedEvent[]; trace: readonly string[] } {
  const article = parseTextArticle(`date 2024-03-05\n${text}`, 'case.txt');
  const trace = memoryTracer();
  const context = { data, trace };
  let analysis = tokenise.run(emptyAnalysis(article), context);
  analysis = { ...analysis, entities: castEntities(analysis) };
  analysis = findQuotes.run(resolveTimes.run(analysis, context), context);
  return { events: codeEvents.run(analysis, context).events, trace: trace.lines };
}

const MODALITIES = new Set(['asserted', 'negated', 'future', 'expected', 'hypothetical', 'alleged']);

function matches(e: CodedEvent, spec: string): boolean {
  const [source = '*', prefix = '', target = '*', ...flags] = spec.split(' ');
  const actor = (a: CodedEvent['source'], want: string): boolean => want === '*' || (want === '-' ? a === null : !!a?.code?.startsWith(want));
  const modality = flags.find((f) => MODALITIES.has(f));
  return e.code.startsWith(prefix) && actor(e.source, source) && actor(e.target, target)
    && (!modality || e.modality === modality) && (!flags.includes('bg') || e.background);
}

const show = (events: readonly CodedEvent[]): string =>
  events.map((e) => `${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'} ${e.modality}${e.background ? ' bg' : ''} (${e.rule})`).join('; ') || 'no events';

describe('events case table', () => {
  it('has at least 150 sentences covering all 20 CAMEO roots', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    const roots = new Set(CASES.flatMap(([, specs]) => specs.map((s) => s.split(' ')[1]?.slice(0, 2))).filter((r) => r && /^\d\d$/u.test(r)));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  for (const [text, specs] of CASES) {
    it(`${text.slice(0, 70)} -> ${specs.join(' | ')}`, () => {
      const { events, trace } = code(text);
      const why = `${show(events)}\n${trace.filter((l) => l.startsWith('[events]')).join('\n')}`;
      for (const spec of specs) {
        if (spec === 'none') expect(events, why).toEqual([]);
        else if (spec.startsWith('!')) expect(events.filter((e) => e.code.startsWith(spec.slice(1))).map((e) => show([e])), why).toEqual([]);
        else expect(events.some((e) => matches(e, spec)), `${spec} not in: ${why}`).toBe(true);
      }
    });
  }
});
