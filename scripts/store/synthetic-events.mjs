// Fills a store with synthetic events directly (not through the pipeline), for timing queries over millions of
// events: random dyads among 40 countries, a share of them between the two actors the query asks about, dates
// over ten years. Clusters, per-day sums and their rollup are then built with set-based SQL, as the writer would
// leave them.
import Database from 'better-sqlite3';

const COUNTRIES = ['RUS', 'UKR', 'USA', 'CHN', 'IND', 'PAK', 'IRN', 'ISR', 'TUR', 'EGY', 'NGA', 'GHA', 'MLI', 'SEN', 'ETH', 'KEN', 'SDN', 'ZAF', 'BRA', 'VEN',
  'COL', 'MEX', 'CAN', 'FRA', 'DEU', 'GBR', 'POL', 'SRB', 'GRC', 'KOR', 'PRK', 'PHL', 'IDN', 'VNM', 'AUS', 'SAU', 'SYR', 'IRQ', 'AFG', 'IGOWSTNAT'];
const AGENTS = ['', 'GOV', 'MIL', 'OPP', 'GOV', ''];
const CODES = [['010', 1, 0], ['036', 1, 4], ['042', 1, 1.9], ['057', 2, 8], ['071', 2, 7.4], ['111', 3, -2], ['130', 3, -4.4], ['161', 4, -4], ['173', 4, -5], ['190', 4, -10]];
const START = Date.UTC(2015, 0, 1) / 86_400_000;

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts `count` events into the (migrated, empty) store at `path`; `share` of them between `a` and `b`. */
export function fillSynthetic(path, { count, a = 'RUS', b = 'IGOWSTNAT', share = 0.05, seed = 1 }) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // Bulk load: indexes are dropped first and built again at the end, which is several times faster than keeping them.
  const indexes = db.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name in ('events', 'clusters', 'dyad_days') and sql is not null").all();
  for (const { name } of indexes) db.exec(`drop index ${name}`);
  const next = prng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const insert = db.prepare(`insert into events (id, article_id, cluster_id, sentence, source_code, source_name, target_code, target_name, code, root, quad_class,
    goldstein, plover, date, date_start, date_end, date_basis, modality, background, evidence, location_name, location_country, lat, lon, reported_by, confidence, rule)
    values (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, 'stated', 'asserted', 0, 'synthetic', null, null, null, null, null, 0.9, 'synthetic')`);
  const fill = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const pair = next() < share;
      const source = pair ? (next() < 0.5 ? a : b) + pick(AGENTS).slice(0, a.length > 3 ? 0 : 3) : pick(COUNTRIES) + pick(AGENTS);
      const target = pair ? (source.startsWith(a) ? b : a) : pick(COUNTRIES);
      const [code, quad, goldstein] = pick(CODES);
      const dayNumber = START + Math.floor(next() * 3650);
      const day = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
      const article = `syn-${Math.floor(i / 8)}`;
      const cluster = `${source}|${target}|${code.slice(0, 2)}|asserted|news|w3:${Math.floor(dayNumber / 3)}`;
      insert.run(`${article}#${i % 8}`, article, cluster, source, source, target, target, code, code.slice(0, 2), quad, goldstein, day, day, day);
    }
  });
  for (let i = 0; i < count; i += 50_000) fill(i, Math.min(count, i + 50_000));
  // SQLite's bare columns beside min(): goldstein and quad_class come from the row with the smallest code.
  db.exec(`insert into clusters select cluster_id, source_code, min(source_name), target_code, min(target_name), root, min(code), quad_class, goldstein,
    'asserted', 0, min(date), min(date_start), max(date_end), min(id), count(*), count(distinct article_id), 1 from events group by cluster_id`);
  db.exec(`insert into dyad_days select source_code, target_code, date, quad_class, count(*), sum(mentions), sum(goldstein) from clusters
    where source_code is not null and target_code is not null group by source_code, target_code, date, quad_class`);
  // The series rollup as migration 0004 fills it: every day sum under each pair of 3-letter-block prefixes, per unit.
  db.exec(`with recursive lengths(n) as (select 3 union all select n + 3 from lengths
      where n < (select max(length(source_code)) from dyad_days) or n < (select max(length(target_code)) from dyad_days)),
    units(unit) as (values ('day'), ('week'), ('month'))
    insert into dyad_periods
    select substr(d.source_code, 1, s.n), substr(d.target_code, 1, t.n), u.unit,
      case u.unit when 'day' then d.day when 'week' then date(d.day, '-' || ((cast(strftime('%w', d.day) as integer) + 6) % 7) || ' days') else substr(d.day, 1, 7) end,
      d.quad_class, sum(d.clusters), sum(d.mentions), sum(d.goldstein_sum)
    from dyad_days d join lengths s on s.n <= length(d.source_code) join lengths t on t.n <= length(d.target_code) cross join units u
    group by 1, 2, 3, 4, 5`);
  for (const { sql } of indexes) db.exec(sql);
  db.exec('analyze');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const events = db.prepare('select count(*) n from events').get().n;
  db.close();
  return events;
}
