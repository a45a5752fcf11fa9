/** Loads every dictionary the stages need, once per process; each stage reads its part from `context.data`. */
import { DATA_DIR } from './data-dir.js';
import { loadTimeCues, type TimeCues } from './load-time-cues.js';
import { loadQuoteCues, type QuoteCues } from './load-quote-cues.js';
import { loadOntology, type Ontology } from './load-ontology.js';
import { loadPatterns, type PatternSet } from './load-patterns.js';
import { loadActors, type ActorDictionary } from './load-actors.js';

export interface DictionaryOptions {
  /** Folder with the data files; `data/` of the package by default. */
  readonly dataDir?: string;
  /** Legacy PETRARCH/TABARI actor dictionaries to load on top of the built-in ones (`--actors FILE`). */
  readonly extraActorFiles?: readonly string[];
}

export interface Dictionaries {
  readonly dataDir: string;
  /** Word lists of the times stage: year contexts, future cues, number words (`data/times/cues.yaml`). */
  readonly timeCues: TimeCues;
  /** Speech verbs, source phrases, utterance and title nouns of the quotes stage (`data/quotes/cues.yaml`). */
  readonly quoteCues: QuoteCues;
  /** CAMEO codes with labels, Goldstein values, QuadClass and PLOVER types (`data/cameo/ontology.tsv`). */
  readonly ontology: Ontology;
  /** Verb and noun event patterns indexed by lemma (`data/patterns/*.tsv`). */
  readonly patterns: PatternSet;
  /** Countries, organisations, groups, role words, office holders and places in one phrase index (`data/actors`, `data/places`). */
  readonly actors: ActorDictionary;
}

export function loadDictionaries(options: DictionaryOptions = {}): Dictionaries {
  const dataDir = options.dataDir ?? DATA_DIR;
  return { dataDir, timeCues: loadTimeCues(dataDir), quoteCues: loadQuoteCues(dataDir), ontology: loadOntology(dataDir), patterns: loadPatterns(dataDir), actors: loadActors(dataDir, options.extraActorFiles) };
}
