/**
 * @module stages/2-actors: countries, organisations, armed groups, people with roles, role groups and places,
 * with CAMEO actor codes and linked mentions (surnames, descriptions, pronouns). Imports core and dictionaries
 * only, never a sibling stage.
 *
 * Read in this order:
 *   recognise-actors.ts      the stage: the steps below, in order
 *   words.ts                 tokens -> words (broken words joined, hyphens split)
 *   match-phrases.ts         every dictionary phrase in the words, longest first
 *   resolve-senses.ts        one sense per match from context (capital or city, country or given name, US state)
 *   resolve-descriptions.ts  "the alliance" -> NATO, "the country" -> the country named last
 *   find-roles.ts            role phrases with their qualifier ("Russian Foreign Minister", "spokesman for Nato")
 *   find-people.ts           names, with the title before or the role after them
 *   add-*.ts, entity-book.ts entities and their mentions
 *   code-actors.ts, infer-affiliation.ts  codes: stated, dictionary office, or inferred from context
 *   link-pronouns.ts         "he"/"she" -> a person
 *   link-it-they.ts          "It"/"They" opening a sentence -> the previous sentence's country, organisation or group
 *   cues.ts                  small closed word classes (prepositions, particles, non-name words)
 */
export { recogniseActors } from './recognise-actors.js';
