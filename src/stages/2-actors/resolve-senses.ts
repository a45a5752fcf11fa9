/**
 * Picks one sense for each dictionary match, from the words around it and from what else the article names.
 *
 *   "offices in Moscow"            -> the city (a place)        "Moscow is expected to…"  -> Russia (capital)
 *   "Atlanta, Georgia"             -> the US state             "Ukraine and Georgia"      -> the country
 *   "Jordan scored twice"          -> nothing (a given name)   "Chad Smith"               -> nothing (a name)
 *   "Turkey was served" (no Turkish context) -> nothing        "Mrs May" / "in May"       -> person only with a title
 */
import type { CountrySense, PersonSense, PlaceSense, Sense } from '../../dictionaries/index.js';
import { COUNTRY_CONTEXT, LOCATIVE, NOT_NAME_WORDS, PLACE_NOUNS } from './cues.js';
import type { PhraseMatch } from './match-phrases.js';
import type { Word } from './words.js';

export interface Resolved {
  readonly first: number;
  readonly end: number;
  readonly sense: Sense;
  /** The match's other senses: "the rebels" is a description of a group named before, or else a role. */
  readonly others: readonly Sense[];
}

interface Context {
  readonly words: readonly Word[];
  readonly matches: readonly PhraseMatch[];
  /** Countries the article names without ambiguity (names, demonyms, capitals, cities, office holders). */
  readonly support: ReadonlySet<string>;
  /** Sentences that name a country or an organisation without ambiguity: political context. */
  readonly politicalSentences: ReadonlySet<number>;
  /** US states whose cities the article names ("GA" for Atlanta). */
  readonly usAdmins: ReadonlySet<string>;
  /** Office holders the article names in full. */
  readonly fullNames: ReadonlySet<string>;
  readonly published: string | null;
  /** The match starting at a word, and the one ending just before a word. */
  readonly matchAt: ReadonlyMap<number, PhraseMatch>;
  readonly matchBefore: ReadonlyMap<number, PhraseMatch>;
  /** 1 for each word inside some match. */
  readonly covered: Uint8Array;
}

export function resolveSenses(words: readonly Word[], matches: readonly PhraseMatch[], published: string | null): Resolved[] {
  const context = buildContext(words, matches, published);
  const out: Resolved[] = [];
  for (const m of matches) {
    const sense = choose(m, context);
    if (sense) out.push({ first: m.first, end: m.end, sense, others: m.senses.filter((s) => s !== sense) });
  }
  return out;
}

function buildContext(words: readonly Word[], matches: readonly PhraseMatch[], published: string | null): Context {
  const support = new Set<string>();
  const usAdmins = new Set<string>();
  const fullNames = new Set<string>();
  const politicalSentences = new Set<number>();
  for (const m of matches) {
    const seen = readSenses(m.senses);
    if (seen.countries === 1 && seen.country && !seen.country.ambiguous) support.add(seen.country.code);
    if (seen.political) politicalSentences.add(words[m.first]?.sentence ?? -1);
    const only = seen.city;
    if (seen.cities === 1 && only && only.geo.country && seen.countries === 0) {
      support.add(only.geo.country);
      if (only.admin) usAdmins.add(only.admin);
    }
    for (const s of m.senses) {
      if (s.kind !== 'person' || s.form !== 'name') continue;
      fullNames.add(s.holder.name);
      for (const o of s.holder.offices) support.add(o.code.slice(0, 3));
    }
  }
  const covered = new Uint8Array(words.length);
  const matchAt = new Map<number, PhraseMatch>();
  const matchBefore = new Map<number, PhraseMatch>();
  for (const m of matches) {
    covered.fill(1, m.first, m.end);
    matchAt.set(m.first, m);
    matchBefore.set(m.end, m);
  }
  return { words, matches, support, politicalSentences, usAdmins, fullNames, published, matchAt, matchBefore, covered };
}

/** What a match's senses say about the article, counted in one pass (no arrays built per match). */
interface SensesSeen {
  /** Country senses, and the first of them. */
  readonly countries: number;
  readonly country: CountrySense | undefined;
  /** An unambiguous country or an organisation. */
  readonly political: boolean;
  /** Unambiguous city senses, and the first of them. */
  readonly cities: number;
  readonly city: PlaceSense | undefined;
}

function readSenses(senses: readonly Sense[]): SensesSeen {
  let countries = 0;
  let country: CountrySense | undefined;
  let political = false;
  let cities = 0;
  let city: PlaceSense | undefined;
  for (const s of senses) {
    if (s.kind === 'country') {
      countries++;
      country ??= s;
      political ||= !s.ambiguous;
    } else if (s.kind === 'organization') political = true;
    else if (s.kind === 'place' && s.scope === 'city' && !s.ambiguous) {
      cities++;
      city ??= s;
    }
  }
  return { countries, country, political, cities, city };
}

function choose(m: PhraseMatch, c: Context): Sense | null {
  if (afterAntiOrPro(m, c)) return null;
  const { country, places, persons, other } = byKind(m.senses);
  if (persons.length > 0) return choosePerson(m, persons, c);
  const state = places.find((p) => p.scope === 'state');
  if (state && isUsState(m, state, country, c)) return state;
  if (country) return chooseCountry(m, country, places, c);
  if (places.length > 0) return choosePlace(m, places, c);
  return other ?? null;
}

interface SensesByKind {
  /** The first country sense; every place and person sense, in order. */
  readonly country: CountrySense | undefined;
  readonly places: readonly PlaceSense[];
  readonly persons: readonly PersonSense[];
  /** A description ("the alliance") before any other kind, such as a role ("the rebels"); see resolve-descriptions.ts. */
  readonly other: Sense | undefined;
}

function byKind(senses: readonly Sense[]): SensesByKind {
  let country: CountrySense | undefined;
  const places: PlaceSense[] = [];
  const persons: PersonSense[] = [];
  let description: Sense | undefined;
  let firstOther: Sense | undefined;
  for (const s of senses) {
    if (s.kind === 'country') country ??= s;
    else if (s.kind === 'place') places.push(s);
    else if (s.kind === 'person') persons.push(s);
    else {
      if (s.kind === 'description') description ??= s;
      firstOther ??= s;
    }
  }
  return { country, places, persons, other: description ?? firstOther };
}

// "pro-Russian separatists", "anti-Kremlin forces": the country is an attribute, not an actor.
function afterAntiOrPro(m: PhraseMatch, c: Context): boolean {
  const hyphen = c.words[m.first - 1];
  const prefix = c.words[m.first - 2];
  return hyphen?.text === '-' && hyphen.start === prefix?.end && (prefix.key === 'pro' || prefix.key === 'anti');
}

function chooseCountry(m: PhraseMatch, country: CountrySense, places: readonly PlaceSense[], c: Context): Sense | null {
  if (country.ambiguous && !ambiguousCountryFits(m, country, c)) return null;
  // "The Washington Post", "Moscow Mule": a capital inside a longer name is neither actor nor place.
  if (country.form === 'capital' && insideNameRun(m, c)) return null;
  // "Najib Danish": a demonym after a given name is a surname.
  if (country.form === 'demonym' && afterLooseName(m, c)) return null;
  // The capital itself, not a namesake elsewhere (Washington in England).
  const city = places.find((p) => p.scope === 'city' && p.geo.country === country.code) ?? places.find((p) => p.scope === 'city');
  if (country.form === 'capital' && city && (afterLocative(m, c) || beforeCountryName(m, c))) return city;
  return country;
}

/**
 * A country name that is also a given name or a word ("Jordan", "Turkey") is a country when it is not inside a
 * name and the article supports it: its demonym, capital or leaders named elsewhere, a preposition or another
 * country beside it, or another country or organisation named in the same or the next sentence.
 */
function ambiguousCountryFits(m: PhraseMatch, country: CountrySense, c: Context): boolean {
  if (insideNameRun(m, c)) return false;
  const sentence = c.words[m.first]?.sentence ?? -1;
  if (c.politicalSentences.has(sentence) || c.politicalSentences.has(sentence + 1) || c.politicalSentences.has(sentence - 1)) return true;
  const before = c.words[m.first - 1];
  if (before && COUNTRY_CONTEXT.has(before.key)) return true;
  const after = c.words[m.end];
  if (after?.key === 'and' && c.matchAt.get(m.end + 1)?.senses.some((s) => s.kind === 'country')) return true;
  return c.support.has(country.code);
}

/** "Atlanta, Georgia", "the state of Georgia", or an article about US cities of that state. */
function isUsState(m: PhraseMatch, state: PlaceSense, country: CountrySense | undefined, c: Context): boolean {
  const comma = c.words[m.first - 1];
  const city = c.matchBefore.get(m.first - 1);
  if (comma?.key === ',' && city?.senses.some((s) => s.kind === 'place' && s.admin === state.admin)) return true;
  if (c.words[m.first - 1]?.key === 'of' && c.words[m.first - 2]?.key === 'state') return true;
  if (!country) return true;
  return c.usAdmins.has(state.admin ?? '') && !c.support.has(country.code);
}

function choosePlace(m: PhraseMatch, places: readonly PlaceSense[], c: Context): PlaceSense | null {
  const word = c.words[m.first];
  const located = afterLocative(m, c) || beforeCountryName(m, c);
  if (!word || insideNameRun(m, c)) return null;
  if (places.some((p) => p.ambiguous) && !located) return null;
  // A single common word at the start of a sentence ("Best of all…") is not a name unless tagged as one.
  if (m.end - m.first === 1 && word.pos !== 'PROPN' && !located) return null;
  const supported = places.filter((p) => p.geo.country && c.support.has(p.geo.country));
  const pool = supported.length > 0 ? supported : places;
  return pool.reduce((best, p) => (p.scope !== 'city' || p.population > best.population ? p : best));
}

function choosePerson(m: PhraseMatch, persons: readonly PersonSense[], c: Context): PersonSense | null {
  const full = persons.find((p) => p.form === 'name');
  if (full) return full;
  const [short] = persons;
  if (!short) return null;
  const word = c.words[m.first];
  const before = c.matchBefore.get(m.first);
  const titled = before?.senses.some((s) => s.kind === 'title' || s.kind === 'role') ?? false;
  if (titled || c.fullNames.has(short.holder.name)) return short;
  const date = c.published;
  const inOffice = date !== null && short.holder.offices.some((o) => o.from <= date && (o.to === null || o.to >= date));
  return inOffice && word?.pos === 'PROPN' && !insideNameRun(m, c) ? short : null;
}

// "in Gorazde", "the town of Cizre".
function afterLocative(m: PhraseMatch, c: Context): boolean {
  const before = c.words[m.first - 1];
  if (before === undefined || before.sentence !== c.words[m.first]?.sentence) return false;
  return LOCATIVE.has(before.key) || (before.key === 'of' && PLACE_NOUNS.has(c.words[m.first - 2]?.key ?? ''));
}

// "Reading, England", "Moscow, Russia".
function beforeCountryName(m: PhraseMatch, c: Context): boolean {
  return c.words[m.end]?.key === ',' && (c.matchAt.get(m.end + 1)?.senses.some((s) => s.kind === 'country' || (s.kind === 'place' && s.scope === 'state')) ?? false);
}

/** "Chad Smith", "Paris Hilton", "Michael Jordan": a capitalised unmatched word on either side makes it a name. */
function insideNameRun(m: PhraseMatch, c: Context): boolean {
  const sentence = c.words[m.first]?.sentence;
  return isLooseCapital(c, m.end, sentence) || (isLooseCapital(c, m.first - 1, sentence) && !c.words[m.first - 1]?.sentenceStart);
}

// At the start of a sentence a capital proves little ("Senior Hungarian officials"): there the demonym must also
// end the phrase ("Najib Danish, a spokesman…", "Najib Danish said").
function afterLooseName(m: PhraseMatch, c: Context): boolean {
  const before = c.words[m.first - 1];
  if (!isLooseCapital(c, m.first - 1, c.words[m.first]?.sentence) || NOT_NAME_WORDS.has(before?.key ?? '')) return false;
  const after = c.words[m.end];
  return !before?.sentenceStart || after === undefined || ENDS_A_NAME.has(after.pos);
}

const ENDS_A_NAME = new Set(['PUNCT', 'VERB', 'AUX']);

function isLooseCapital(c: Context, at: number, sentence: number | undefined): boolean {
  const w = c.words[at];
  return w !== undefined && w.sentence === sentence && w.shape === 'capital' && w.pos === 'PROPN' && c.covered[at] === 0;
}
