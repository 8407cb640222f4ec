/**
 * Latency of matching at national scale, through the API: (a) the top 20 candidates for a vacancy
 * and (b) the top 20 vacancies for a jobseeker, each with its explanation; and, as the reference
 * we compare against, brute force: scoring every activated jobseeker in SQL and in memory. Also
 * the recall of the API's top 20 against the exact brute-force ranking of the same pool.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench_match npx tsx bench/matching.ts
 *
 * Needs a database seeded with `werkplein seed --size national --matching`. Starts the server
 * in-process on a free port, gives bearer tokens to a matchmaker (a) and a klantmanager (b) of
 * every Werkplein, and prints p50/p95/p99 per operation. It prints figures and asserts nothing.
 * Options (environment): BENCH_REQUESTS (default 500), BENCH_WARMUP (50), BENCH_CONCURRENCY (4),
 * BENCH_BRUTE_RUNS (5), BENCH_RECALL (100).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { systemClock } from '../src/server/clock.ts';
import type { Db } from '../src/server/db/database.ts';
import { distanceKm } from '../src/server/geo/distance.ts';
import { issueBearerToken } from '../src/server/modules/identity/session.service.ts';
import {
  byScore,
  candidateOf,
  roundKm,
  vacancyOf,
  type ProfileColumns,
  type VacancyColumns,
} from '../src/server/modules/matching/match-ranking.ts';
import { scoreMatch } from '../src/server/modules/matching/match-score.ts';
import {
  rankCandidates,
  rankVacancies,
  type Ranking,
} from '../src/server/modules/matching/matching.service.ts';
import { profileColumns, vacancyColumns } from '../src/server/modules/matching/matching.repository.ts';
import { regionalPoolOf } from '../src/server/modules/matching/regional-pool.service.ts';
import {
  measure,
  median,
  ms,
  nf,
  percentile,
  positiveEnv,
  printTable,
  requireDatabaseUrl,
  startBenchServer,
  type Result,
} from './bench-support.ts';

const TARGET_P95_MS = 50;
const LIMIT = 20;
const REQUESTS = positiveEnv('BENCH_REQUESTS', 500);
const WARMUP = positiveEnv('BENCH_WARMUP', 50);
const CONCURRENCY = positiveEnv('BENCH_CONCURRENCY', 4);
const BRUTE_RUNS = positiveEnv('BENCH_BRUTE_RUNS', 5);
const RECALL = positiveEnv('BENCH_RECALL', 100);
const databaseUrl = requireDatabaseUrl();

const time = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
};
// ------------------------------------------------------------------------------------------------
// Brute force in memory: every activated jobseeker (or open vacancy) loaded once, scored one by one.

interface PoolJobseeker extends ProfileColumns {
  id: string;
  werkplein_id: string;
  postcode: string;
}
interface PoolVacancy extends VacancyColumns {
  id: string;
  werkplein_id: string;
  postcode: string;
}

const loadActivated = (db: Db) =>
  db
    .selectFrom('jobseeker as j')
    .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
    .select(['j.id', 'j.werkplein_id', 'j.postcode', ...profileColumns])
    .where('j.available_for_work', '=', true)
    .where('j.outflow_date', 'is', null)
    .where('j.handed_over_at', 'is', null)
    .execute() as Promise<PoolJobseeker[]>;

const loadOpenVacancies = (db: Db) =>
  db
    .selectFrom('vacancy as v')
    .select(['v.id', 'v.werkplein_id', 'v.postcode', ...vacancyColumns])
    .where('v.status', '=', 'open')
    .whereRef('v.positions_filled', '<', 'v.positions')
    .execute() as Promise<PoolVacancy[]>;

interface Ranked {
  id: string;
  distanceKm: number | null;
  score: number;
}
const topOf = (ranked: Ranked[]) => ranked.sort(byScore).slice(0, LIMIT);

const bruteCandidates = (vacancy: PoolVacancy, pool: readonly PoolJobseeker[]): Ranked[] => {
  const wanted = vacancyOf(vacancy);
  return topOf(
    pool.map((j) => {
      const km = distanceKm(j.postcode, vacancy.postcode);
      return { id: j.id, distanceKm: roundKm(km), score: scoreMatch(wanted, candidateOf(j, km)).score };
    }),
  );
};
const bruteVacancies = (jobseeker: PoolJobseeker, pool: readonly PoolVacancy[]): Ranked[] =>
  topOf(
    pool.map((v) => {
      const km = distanceKm(jobseeker.postcode, v.postcode);
      return {
        id: v.id,
        distanceKm: roundKm(km),
        score: scoreMatch(vacancyOf(v), candidateOf(jobseeker, km)).score,
      };
    }),
  );

// ------------------------------------------------------------------------------------------------
// Brute force in SQL: the same nine criteria as an expression over every activated jobseeker, with
// a PC4 coordinate table for the distance. (Case-insensitive comparisons stand in for the folding
// of diacritics and punctuation; it is the reference for time, not for the ranking.)

const createPc4Table = async (db: Db) => {
  await sql`drop table if exists bench_match_pc4`.execute(db);
  await sql`create unlogged table bench_match_pc4 (pc4 text primary key, lat float8, lon float8)`.execute(db);
  const rows = readFileSync(new URL('../src/server/geo/pc4.csv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((f) => f.length >= 3 && f[0]);
  const values = rows.map(([pc4, lat, lon]) => `('${pc4}', ${Number(lat)}, ${Number(lon)})`).join(',');
  await sql.raw(`insert into bench_match_pc4 values ${values}`).execute(db);
  await sql`analyze bench_match_pc4`.execute(db);
};

const educationRank = `case $level when 'none' then 0 when 'primary' then 1 when 'vmbo' then 2 when 'mbo1' then 2
  when 'mbo2' then 3 when 'mbo3' then 4 when 'havo' then 4 when 'mbo4' then 5 when 'vwo' then 5 when 'hbo' then 6
  when 'wo' then 7 else 0 end`;

const bruteSql = async (db: Db, vacancyId: string, werkpleinId: string | null) => {
  const { rows } = await sql<{ id: string; score: number }>`
    with v as (
      select v.*, array(select lower(s) from unnest(v.required_skills) s) as req,
             array(select lower(s) from unnest(v.wished_skills) s) as wish,
             array(select w from regexp_split_to_table(lower(v.occupation), '[^a-z0-9]+') w where length(w) >= 4) as words,
             c.lat, c.lon
        from vacancy v left join bench_match_pc4 c on c.pc4 = left(v.postcode, 4)
       where v.id = ${vacancyId}),
    c as (
      select j.id, p.*, array(select lower(s) from unnest(coalesce(p.skills, '{}')) s) as sk,
             2 * 6371 * asin(sqrt(power(sin(radians(jc.lat - v.lat) / 2), 2)
               + cos(radians(v.lat)) * cos(radians(jc.lat)) * power(sin(radians(jc.lon - v.lon) / 2), 2))) as km,
             coalesce(p.travel_radius_km, 20) as radius
        from v, jobseeker j
        left join jobseeker_profile p on p.jobseeker_id = j.id
        left join bench_match_pc4 jc on jc.pc4 = left(j.postcode, 4)
       where j.available_for_work and j.outflow_date is null and j.handed_over_at is null
         and (${werkpleinId}::text is null or j.werkplein_id = ${werkpleinId}))
    select c.id, round(
        (case when cardinality(coalesce(c.wanted_occupations, '{}')) = 0 then 7.5
              when exists (select 1 from unnest(c.wanted_occupations) w where lower(w) = lower(v.occupation)) then 30
              when exists (select 1 from unnest(c.wanted_occupations) w, regexp_split_to_table(lower(w), '[^a-z0-9]+') x
                            where x = any(v.words)) then 15 else 0 end)
      + (case when cardinality(v.req) = 0 then 20
              else round(20.0 * (select count(*) from unnest(v.req) r where r = any(c.sk)) / cardinality(v.req), 1) end)
      + (case when cardinality(v.wish) = 0 then 5
              else round(5.0 * (select count(*) from unnest(v.wish) r where r = any(c.sk)) / cardinality(v.wish), 1) end)
      + (case when v.education_level is null then 10 when c.education_level is null then 2.5
              when ${sql.raw(educationRank.replace('$level', 'v.education_level'))} - ${sql.raw(educationRank.replace('$level', 'c.education_level'))} <= 0 then 10
              when ${sql.raw(educationRank.replace('$level', 'v.education_level'))} - ${sql.raw(educationRank.replace('$level', 'c.education_level'))} = 1 then 5
              else 0 end)
      + (case when c.km is null then 5 when c.km <= c.radius then round((10 * greatest(0.5, 1 - c.km / (2 * greatest(c.radius, 1))))::numeric, 1)
              when c.km <= c.radius * 1.5 then 2.5 else 0 end)
      + (case when c.hours_per_week is null then 5 when c.hours_per_week >= v.hours_per_week then 10
              when c.hours_per_week >= v.hours_per_week * 0.75 then 5 else 0 end)
      + (case when v.driving_licence is null or v.driving_licence = any(coalesce(c.driving_licences, '{}')) then 5 else 0 end)
      + (case when cardinality(coalesce(c.languages, '{}')) = 0 then 2.5
              when exists (select 1 from unnest(c.languages) l where lower(l) = 'nederlands') then 5 else 0 end)
      + (case when c.available_from is null or c.available_from <= v.start_date then 5
              when c.available_from - v.start_date <= 30 then 2.5 else 0 end)) as score
      from c, v
     order by score desc, c.km nulls last, c.id
     limit ${LIMIT}`.execute(db);
  return rows;
};

// ------------------------------------------------------------------------------------------------

const main = async () => {
  const loadBefore = loadavg();
  const server = await startBenchServer(databaseUrl);
  const db = server.db;
  try {
    const totals = (
      await sql<{
        jobseekers: string;
        activated: string;
        vacancies: string;
        werkpleinen: string;
        sharing: string;
      }>`
        select (select count(*) from jobseeker) as jobseekers,
               (select count(*) from jobseeker where available_for_work and outflow_date is null
                   and handed_over_at is null) as activated,
               (select count(*) from vacancy where status = 'open' and positions_filled < positions) as vacancies,
               (select count(*) from werkplein) as werkpleinen,
               (select count(*) from werkplein where shares_pool_regionally) as sharing`.execute(db)
    ).rows[0];
    if (!totals || Number(totals.vacancies) === 0 || Number(totals.activated) === 0)
      throw new Error('No vacancies or activated jobseekers: seed with --size national --matching');
    const biggest = (
      await sql<{ werkplein_id: string; activated: string; vacancies: string }>`
        select j.werkplein_id, count(*) as activated,
               (select count(*) from vacancy v where v.werkplein_id = j.werkplein_id and v.status = 'open') as vacancies
          from jobseeker j where j.available_for_work and j.outflow_date is null and j.handed_over_at is null
         group by j.werkplein_id order by count(*) desc limit 1`.execute(db)
    ).rows[0] as { werkplein_id: string; activated: string; vacancies: string };

    // Who asks: a matchmaker (a) and a klantmanager (b) per Werkplein, first by login.
    const staff = (
      await sql<{ werkplein_id: string; role: string; login: string }>`
        select distinct on (ew.werkplein_id, r.role) ew.werkplein_id, r.role, e.login
          from employee e join employee_role r on r.employee_id = e.id and r.role in ('accountManager', 'caseManager')
          join employee_werkplein ew on ew.employee_id = e.id
         where e.active order by ew.werkplein_id, r.role, e.login`.execute(db)
    ).rows;
    const headers = new Map<string, Record<string, string>>();
    for (const s of staff) {
      const token = (await issueBearerToken(db, systemClock, s.login)).token;
      headers.set(`${s.werkplein_id}:${s.role}`, { authorization: `Bearer ${token}` });
    }
    const headersFor = (werkpleinId: string, role: 'accountManager' | 'caseManager') => {
      const h = headers.get(`${werkpleinId}:${role}`);
      if (!h) throw new Error(`No ${role} in ${werkpleinId}: seed with --matching`);
      return h;
    };

    const sample = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
    const vacancies = await sample(sql<{ id: string; werkplein_id: string }>`
      select id, werkplein_id from vacancy where status = 'open' and positions_filled < positions
       order by random() limit ${REQUESTS}`);
    const bigVacancies = await sample(sql<{ id: string; werkplein_id: string }>`
      select id, werkplein_id from vacancy where status = 'open' and positions_filled < positions
         and werkplein_id = ${biggest.werkplein_id} order by random() limit ${REQUESTS}`);
    const jobseekers = await sample(sql<{ id: string; werkplein_id: string }>`
      select id, werkplein_id from jobseeker where available_for_work and outflow_date is null
         and handed_over_at is null order by random() limit ${REQUESTS}`);
    const bigJobseekers = await sample(sql<{ id: string; werkplein_id: string }>`
      select id, werkplein_id from jobseeker where available_for_work and outflow_date is null
         and handed_over_at is null and werkplein_id = ${biggest.werkplein_id} order by random() limit ${REQUESTS}`);

    const call = async (path: string, h: Record<string, string>) => {
      const response = await fetch(`${server.url}${path}`, { headers: h });
      const body = (await response.json()) as { items?: { match: { score: number } }[] };
      return response.status === 200 && Array.isArray(body.items);
    };
    const candidates = (v: { id: string; werkplein_id: string }) =>
      call(`/api/vacancies/${v.id}/candidates?limit=${LIMIT}`, headersFor(v.werkplein_id, 'accountManager'));
    const vacanciesFor = (j: { id: string; werkplein_id: string }) =>
      call(`/api/jobseekers/${j.id}/vacancies?limit=${LIMIT}`, headersFor(j.werkplein_id, 'caseManager'));

    const started = performance.now();
    const results: Result[] = [];
    const operations = [
      ['(a) candidates for a vacancy, all Werkpleinen', vacancies, candidates],
      [`(a) candidates for a vacancy, ${biggest.werkplein_id}`, bigVacancies, candidates],
      ['(b) vacancies for a jobseeker, all Werkpleinen', jobseekers, vacanciesFor],
      [`(b) vacancies for a jobseeker, ${biggest.werkplein_id}`, bigJobseekers, vacanciesFor],
    ] as const;
    for (const [name, inputs, task] of operations) {
      await measure('warm-up', inputs, Math.min(WARMUP, inputs.length), CONCURRENCY, task);
      results.push(await measure(`${name}, API, sequential`, inputs, REQUESTS, 1, task));
      results.push(
        await measure(`${name}, API, concurrency ${CONCURRENCY}`, inputs, REQUESTS, CONCURRENCY, task),
      );
    }
    const apiSeconds = (performance.now() - started) / 1000;

    // The ranking alone (pool, SQL parts and scoring; no HTTP, authorisation, details or log), and
    // how far into the pool it had to read.
    const sampledVacancies = await db
      .selectFrom('vacancy')
      .selectAll()
      .where(
        'id',
        'in',
        [...vacancies, ...bigVacancies].map((v) => v.id),
      )
      .execute();
    const sampledJobseekers = await db
      .selectFrom('jobseeker as j')
      .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
      .selectAll('p')
      .select(['j.id', 'j.werkplein_id', 'j.postcode'])
      .where(
        'j.id',
        'in',
        [...jobseekers, ...bigJobseekers].map((j) => j.id),
      )
      .execute();
    const vacancyRow = new Map(sampledVacancies.map((v) => [v.id, v]));
    const jobseekerRow = new Map(sampledJobseekers.map((j) => [j.id, j]));
    const depth = new Map<string, { parts: number[]; scored: number[] }>();
    const note = (name: string, ranking: Ranking<unknown>) => {
      const d = depth.get(name) ?? { parts: [], scored: [] };
      d.parts.push(ranking.partsRead);
      d.scored.push(ranking.scored);
      depth.set(name, d);
      return true;
    };
    const rankingRows = [
      [
        '(a) candidates for a vacancy, all Werkpleinen',
        vacancies,
        async (v: { id: string; werkplein_id: string }) =>
          note(
            '(a) all',
            await rankCandidates(
              db,
              loadedOrThrow(vacancyRow, v.id),
              await regionalPoolOf(db, v.werkplein_id),
              LIMIT,
            ),
          ),
      ],
      [
        `(a) candidates for a vacancy, ${biggest.werkplein_id}`,
        bigVacancies,
        async (v: { id: string; werkplein_id: string }) =>
          note(
            '(a) big',
            await rankCandidates(
              db,
              loadedOrThrow(vacancyRow, v.id),
              await regionalPoolOf(db, v.werkplein_id),
              LIMIT,
            ),
          ),
      ],
      [
        '(b) vacancies for a jobseeker, all Werkpleinen',
        jobseekers,
        async (j: { id: string; werkplein_id: string }) =>
          note(
            '(b) all',
            await rankVacancies(
              db,
              loadedOrThrow(jobseekerRow, j.id),
              await regionalPoolOf(db, j.werkplein_id),
              LIMIT,
            ),
          ),
      ],
      [
        `(b) vacancies for a jobseeker, ${biggest.werkplein_id}`,
        bigJobseekers,
        async (j: { id: string; werkplein_id: string }) =>
          note(
            '(b) big',
            await rankVacancies(
              db,
              loadedOrThrow(jobseekerRow, j.id),
              await regionalPoolOf(db, j.werkplein_id),
              LIMIT,
            ),
          ),
      ],
    ] as const;
    for (const [name, inputs, task] of rankingRows) {
      results.push(await measure(`${name}, ranking only`, inputs, REQUESTS, 1, task));
    }

    // Brute force in memory: everything loaded once.
    const loadedJobseekers = await time(() => loadActivated(db));
    const loadedVacancies = await time(() => loadOpenVacancies(db));
    const allJobseekers = loadedJobseekers.value;
    const allVacancies = loadedVacancies.value;
    const byWerkplein = <T extends { werkplein_id: string }>(rows: readonly T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.werkplein_id, [...(map.get(row.werkplein_id) ?? []), row]);
      return map;
    };
    const jobseekersOf = byWerkplein(allJobseekers);
    const vacanciesOf = byWerkplein(allVacancies);
    const vacancyById = new Map(allVacancies.map((v) => [v.id, v]));
    const jobseekerById = new Map(allJobseekers.map((j) => [j.id, j]));
    const poolOf = async <T>(werkpleinId: string, of: Map<string, T[]>) =>
      (await regionalPoolOf(db, werkpleinId)).flatMap((w) => of.get(w) ?? []);

    const bruteVacancyInputs = bigVacancies.slice(0, BRUTE_RUNS).map((v) => loadedOrThrow(vacancyById, v.id));
    const bruteJobseekerInputs = bigJobseekers
      .slice(0, BRUTE_RUNS)
      .map((j) => loadedOrThrow(jobseekerById, j.id));
    const memoryCountry: number[] = [];
    const memoryWerkplein: number[] = [];
    for (const v of bruteVacancyInputs) {
      memoryCountry.push((await time(() => bruteCandidates(v, allJobseekers))).ms);
      const pool = await poolOf(v.werkplein_id, jobseekersOf);
      memoryWerkplein.push((await time(() => bruteCandidates(v, pool))).ms);
    }
    const memoryVacCountry: number[] = [];
    const memoryVacWerkplein: number[] = [];
    for (const j of bruteJobseekerInputs) {
      memoryVacCountry.push((await time(() => bruteVacancies(j, allVacancies))).ms);
      const pool = await poolOf(j.werkplein_id, vacanciesOf);
      memoryVacWerkplein.push((await time(() => bruteVacancies(j, pool))).ms);
    }

    // Brute force in SQL (one connection, nothing else running).
    await createPc4Table(db);
    const sqlCountry: number[] = [];
    const sqlWerkplein: number[] = [];
    for (const v of bruteVacancyInputs) {
      sqlCountry.push((await time(() => bruteSql(db, v.id, null))).ms);
      sqlWerkplein.push((await time(() => bruteSql(db, v.id, v.werkplein_id))).ms);
    }
    await sql`drop table bench_match_pc4`.execute(db);

    // Recall: the API's top 20 against the exact in-memory ranking of the same pool.
    const recallOf = async <T extends { id: string; werkplein_id: string }>(
      inputs: readonly T[],
      path: (input: T) => string,
      h: (input: T) => Record<string, string>,
      truth: (input: T) => Promise<Ranked[]>,
      idOf: (item: unknown) => string,
    ) => {
      let hits = 0;
      let expected = 0;
      let identical = 0;
      let sameScores = 0;
      for (const input of inputs) {
        const response = await fetch(`${server.url}${path(input)}`, { headers: h(input) });
        const items = ((await response.json()) as { items: { match: { score: number } }[] }).items;
        const exact = await truth(input);
        const got = items.map(idOf);
        const want = exact.map((r) => r.id);
        hits += want.filter((id) => got.includes(id)).length;
        expected += want.length;
        if (got.join() === want.join()) identical++;
        if (items.map((i) => i.match.score).join() === exact.map((r) => r.score).join()) sameScores++;
      }
      return { recall: expected === 0 ? 1 : hits / expected, identical, sameScores, n: inputs.length };
    };
    const recallA = await recallOf(
      vacancies.slice(0, RECALL),
      (v) => `/api/vacancies/${v.id}/candidates?limit=${LIMIT}`,
      (v) => headersFor(v.werkplein_id, 'accountManager'),
      async (v) =>
        bruteCandidates(loadedOrThrow(vacancyById, v.id), await poolOf(v.werkplein_id, jobseekersOf)),
      (item) => (item as { jobseeker: { id: string } }).jobseeker.id,
    );
    const recallB = await recallOf(
      jobseekers.slice(0, RECALL),
      (j) => `/api/jobseekers/${j.id}/vacancies?limit=${LIMIT}`,
      (j) => headersFor(j.werkplein_id, 'caseManager'),
      async (j) =>
        bruteVacancies(loadedOrThrow(jobseekerById, j.id), await poolOf(j.werkplein_id, vacanciesOf)),
      (item) => (item as { vacancy: { id: string } }).vacancy.id,
    );

    // ------------------------------------------------------------------------------------------
    const loadAfter = loadavg();
    console.log(`\nWerkplein matching benchmark, ${new Date().toISOString()}`);
    console.log(
      `Data: ${nf(Number(totals.jobseekers))} jobseekers, ${nf(Number(totals.activated))} activated, ` +
        `${nf(Number(totals.vacancies))} open vacancies, ${totals.werkpleinen} Werkpleinen (${totals.sharing} sharing regionally); ` +
        `largest pool ${biggest.werkplein_id}: ${nf(Number(biggest.activated))} activated, ${nf(Number(biggest.vacancies))} open vacancies`,
    );
    console.log(
      `${nf(REQUESTS)} calls per row after ${WARMUP} warm-up calls, top ${LIMIT} with explanations; ` +
        `inputs drawn at random (all Werkpleinen: weighted by size); server in-process, pool of 10 connections; ` +
        `load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after\n`,
    );
    printTable(results, TARGET_P95_MS);
    console.log(`(API rows took ${apiSeconds.toFixed(1)} s)`);
    console.log(
      'How far the ranking read into the pool (parts read: share of calls; rows scored: p50/p95/max):',
    );
    for (const [name, d] of depth) {
      const histogram = [1, 2, 3, 4]
        .map((n) => [n, d.parts.filter((p) => p === n).length / d.parts.length] as const)
        .filter(([, share]) => share > 0)
        .map(([n, share]) => `${n}: ${(share * 100).toFixed(1)} %`)
        .join(', ');
      const sorted = [...d.scored].sort((a, b) => a - b);
      console.log(
        `  ${name}: parts ${histogram}; rows scored ${percentile(sorted, 50)}/${percentile(sorted, 95)}/${sorted.at(-1)}`,
      );
    }
    console.log('');
    console.log(`Brute-force references (median of ${BRUTE_RUNS} inputs from ${biggest.werkplein_id}):`);
    console.log(
      `  load once: ${nf(allJobseekers.length)} activated jobseekers with profile in ${(loadedJobseekers.ms / 1000).toFixed(1)} s, ` +
        `${nf(allVacancies.length)} open vacancies in ${(loadedVacancies.ms / 1000).toFixed(1)} s`,
    );
    console.log(`  (a) SQL, score every activated jobseeker of the country:   ${ms(median(sqlCountry))} ms`);
    console.log(
      `  (a) SQL, score every activated jobseeker of the Werkplein: ${ms(median(sqlWerkplein))} ms`,
    );
    console.log(
      `  (a) memory (scoreMatch), every activated jobseeker of the country:   ${ms(median(memoryCountry))} ms`,
    );
    console.log(
      `  (a) memory (scoreMatch), every activated jobseeker of the Werkplein: ${ms(median(memoryWerkplein))} ms`,
    );
    console.log(
      `  (b) memory (scoreMatch), every open vacancy of the country:   ${ms(median(memoryVacCountry))} ms`,
    );
    console.log(
      `  (b) memory (scoreMatch), every open vacancy of the Werkplein: ${ms(median(memoryVacWerkplein))} ms`,
    );
    const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
    console.log(
      `\nRecall of the API's top ${LIMIT} against the exact in-memory ranking of the same pool ` +
        `(${recallA.n} random vacancies, ${recallB.n} random jobseekers):`,
    );
    console.log(
      `  (a) recall ${pct(recallA.recall)}; identical lists ${recallA.identical}/${recallA.n}; identical scores ${recallA.sameScores}/${recallA.n}`,
    );
    console.log(
      `  (b) recall ${pct(recallB.recall)}; identical lists ${recallB.identical}/${recallB.n}; identical scores ${recallB.sameScores}/${recallB.n}`,
    );
  } finally {
    await server.stop();
  }
};

const loadedOrThrow = <T>(map: Map<string, T>, id: string): T => {
  const found = map.get(id);
  if (!found) throw new Error(`${id} is not in the loaded pool`);
  return found;
};

await main();
