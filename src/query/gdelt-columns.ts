/**
 * The GDELT 2.0 event table (61 tab-separated columns, no header) filled with what dyad knows; columns dyad has
 * no value for stay empty. One row per cluster, so NumMentions/NumSources/NumArticles mean what GDELT means.
 *
 *   GLOBALEVENTID  first 13 hex digits of sha1(cluster id), as a number: stable across exports
 *   SQLDATE        the cluster's first day (YYYYMMDD; a month or year date gives its first day)
 *   ActorNCode     the CAMEO actor code; Name upper case as GDELT writes it; CountryCode its first three letters
 *                  when they are not an organisation prefix (IGO, NGO, MNC, …); Type1Code the agent after them
 *   IsRootEvent    1 when the event is in the article's first sentence
 *   Event*Code     code, base (three digits) and root; QuadClass and GoldsteinScale as GDELT's tables give them
 *   ActionGeo_*    type 1 for a country, 4 for a place; CountryCode is ISO 3166 alpha-3, not GDELT's FIPS 10-4
 *   DATEADDED      when the article was ingested (YYYYMMDDHHMMSS, UTC); SOURCEURL its URL, else its source
 *   Empty: Actor*KnownGroupCode, EthnicCode, Religion*Code, Type2/3Code, AvgTone, Actor*Geo_*, ADM codes, FeatureID
 */
import { createHash } from 'node:crypto';
import type { ExportRow } from './export-events.js';

const ACTOR_FIELDS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_FIELDS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_FIELDS.map((f) => `Actor1${f}`),
  ...ACTOR_FIELDS.map((f) => `Actor2${f}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_FIELDS.map((f) => `Actor1Geo_${f}`),
  ...GEO_FIELDS.map((f) => `Actor2Geo_${f}`),
  ...GEO_FIELDS.map((f) => `ActionGeo_${f}`),
  'DATEADDED', 'SOURCEURL',
];

/** Prefixes that open organisation codes rather than a country's. */
const NOT_COUNTRY = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'UIS', 'WST', 'NGM', 'BUS', 'CVL', 'GOV', 'MIL', 'REB', 'OPP', 'MED', 'COP', 'JUD', 'LEG', 'SPY', 'REF', 'LAB', 'EDU', 'HLH', 'AGR', 'CRM', 'ELI', 'ENV', 'RAD', 'SET', 'UAF', 'MOD', 'INS', 'REL']);

function actorColumns(code: string | null, name: string | null): string[] {
  const prefix = code?.slice(0, 3) ?? '';
  const isCountry = prefix.length === 3 && !NOT_COUNTRY.has(prefix);
  const type = code ? (isCountry ? code.slice(3, 6) : prefix) : '';
  return [code ?? '', (name ?? '').toUpperCase(), isCountry ? prefix : '', '', '', '', '', type, '', ''];
}

function eventId(id: string): string {
  return String(Number.parseInt(createHash('sha1').update(id).digest('hex').slice(0, 13), 16));
}

function dateColumns(date: string | null): string[] {
  if (!date) return ['', '', '', ''];
  const [year = '', month = '01', day = '01'] = date.slice(0, 10).split('-');
  const start = Date.UTC(Number(year), 0, 1);
  const dayOfYear = (Date.UTC(Number(year), Number(month) - 1, Number(day)) - start) / 86_400_000;
  return [`${year}${month}${day}`, `${year}${month}`, year, (Number(year) + dayOfYear / 365).toFixed(4)];
}

function actionGeo(row: ExportRow): string[] {
  if (!row.location) return ['', '', '', '', '', '', '', ''];
  const type = row.locationCountry && row.location === row.locationCountry ? '1' : '4';
  return [type, row.location, row.locationCountry ?? '', '', '', row.lat?.toString() ?? '', row.lon?.toString() ?? '', ''];
}

export function gdeltRow(row: ExportRow): string[] {
  const added = row.ingestedAt.replace(/[-:T]/gu, '').slice(0, 14);
  return [
    eventId(row.id),
    ...dateColumns(row.date),
    ...actorColumns(row.sourceCode, row.sourceName),
    ...actorColumns(row.targetCode, row.targetName),
    row.sentence === 0 ? '1' : '0',
    row.code,
    row.code.slice(0, 3),
    row.root,
    String(row.quadClass),
    String(row.goldstein),
    String(row.mentions),
    String(row.sources),
    String(row.articles),
    '',
    ...Array<string>(16).fill(''),
    ...actionGeo(row),
    added,
    row.url ?? row.article,
  ];
}
