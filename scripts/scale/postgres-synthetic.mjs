// Fills a PostgreSQL store with synthetic events directly in SQL (generate_series, not the pipeline), for timing
// `dyad series` over millions of events: random dyads among 40 actors, a share of them between the two the query
// asks about, dates over ten years. Clusters, per-day sums and their rollup are then built set-based, as the writer
// leaves them.
import pg from 'pg';

const ACTORS = ['RUS', 'UKR', 'USA', 'CHN', 'IND', 'PAK', 'IRN', 'ISR', 'TUR', 'EGY', 'NGA', 'GHA', 'MLI', 'SEN', 'ETH', 'KEN', 'SDN', 'ZAF', 'BRA', 'VEN',
  'COL', 'MEX', 'CAN', 'FRA', 'DEU', 'GBR', 'POL', 'SRB', 'GRC', 'KOR', 'PRK', 'PHL', 'IDN', 'VNM', 'AUS', 'SAU', 'SYR', 'IRQ', 'AFG', 'IGOWSTNAT'];
// [code, QuadClass, Goldstein]
const CODES = [['010', 1, 0], ['036', 1, 4], ['042', 1, 1.9], ['057', 2, 8], ['071', 2, 7.4], ['111', 3, -2], ['130', 3, -4.4], ['161', 4, -4], ['173', 4, -5], ['190', 4, -10]];

const literal = (values) => `array[${values.map((v) => (typeof v === 'number' ? v : `'${v}'`)).join(',')}]`;

/** Inserts `count` events (and their clusters and day sums) into the migrated, empty store in `schema`. */
export async function fillSyntheticPostgres(connectionString, schema, { count, a = 'RUS', b = 'IGOWSTNAT', share = 0.1, seed = 0.42 }) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`set search_path = ${schema}`);
    await client.query('select setseed($1)', [seed]);
    await client.query(`
      insert into events
      select r.article || '#' || (r.i % 8), r.article, r.source || '|' || r.target || '|' || left(r.code, 2) || '|asserted|news|w3:' || (r.day_number / 3),
        0, r.source, r.source, r.target, r.target, r.code, left(r.code, 2), r.quad, r.goldstein, null, r.day, r.day, r.day, 'stated', 'asserted', 0,
        'synthetic', null, null, null, null, null, 0.9, 'synthetic'
      from (
        select i, 'syn-' || (i / 8) as article, c.code, c.quad, c.goldstein, d.day_number, to_char(date '1970-01-01' + d.day_number, 'YYYY-MM-DD') as day,
          case when p.pair then (case when p.flip then $2 else $3 end) else (${literal(ACTORS)})[1 + floor(random() * ${ACTORS.length})::int] end as source,
          case when p.pair then (case when p.flip then $3 else $2 end) else (${literal(ACTORS)})[1 + floor(random() * ${ACTORS.length})::int] end as target
        from generate_series(0, $1::int - 1) i
        cross join lateral (select random() < $4 as pair, random() < 0.5 as flip, i as k) p
        cross join lateral (select 16436 + floor(random() * 3650)::int as day_number, i as k) d
        cross join lateral (select (${literal(CODES.map((c) => c[0]))})[n] as code, (${literal(CODES.map((c) => c[1]))})[n] as quad,
          (${literal(CODES.map((c) => c[2]))})[n]::double precision as goldstein from (select 1 + floor(random() * ${CODES.length})::int as n, i as k) x) c
      ) r`, [count, a, b, share]);
    await client.query(`
      insert into clusters
      select cluster_id, min(source_code), min(source_name), min(target_code), min(target_name), min(root), min(code),
        (array_agg(quad_class order by code))[1], (array_agg(goldstein order by code))[1], 'asserted', 0, min(date), min(date_start), max(date_end),
        min(id), count(*), count(distinct article_id), 1
      from events group by cluster_id`);
    await client.query(`
      insert into dyad_days select source_code, target_code, date, quad_class, count(*), sum(mentions), sum(goldstein)
      from clusters where source_code is not null and target_code is not null group by source_code, target_code, date, quad_class`);
    // The series rollup as migration 0004 fills it: every day sum under each pair of 3-letter-block prefixes, per unit.
    await client.query(`
      with recursive lengths(n) as (select 3 union all select n + 3 from lengths
        where n < (select max(length(source_code)) from dyad_days) or n < (select max(length(target_code)) from dyad_days)),
      units(unit) as (values ('day'), ('week'), ('month'))
      insert into dyad_periods
      select substr(d.source_code, 1, s.n), substr(d.target_code, 1, t.n), u.unit,
        case u.unit when 'day' then d.day when 'week' then to_char(date_trunc('week', d.day::date), 'YYYY-MM-DD') else left(d.day, 7) end,
        d.quad_class, sum(d.clusters), sum(d.mentions), sum(d.goldstein_sum)
      from dyad_days d join lengths s on s.n <= length(d.source_code) join lengths t on t.n <= length(d.target_code) cross join units u
      group by 1, 2, 3, 4, 5`);
    // VACUUM marks the freshly filled pages all-visible, so that reads are index-only scans (autovacuum would, later).
    await client.query('vacuum analyze events, clusters, dyad_days, dyad_periods');
    return Number((await client.query('select count(*) as n from events')).rows[0].n);
  } finally {
    await client.end();
  }
}
