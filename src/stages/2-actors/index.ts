/**
 * @module stages/2-actors: countries, organisations, armed groups, people with roles, role groups and places,
 * with CAMEO actor codes and linked mentions (surnames, descriptions, pronouns). Imports core and dictionaries
 * only, never a sibling stage.
 */
export { recogniseActors } from './recognise-actors.js';
