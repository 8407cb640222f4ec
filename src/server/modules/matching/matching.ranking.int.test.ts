import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '../../geo/distance.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { foldName } from '../jobseeker-case/name-key.ts';
import { byScore, candidateOf, roundKm, vacancyOf } from './match-ranking.ts';
import { scoreMatch } from './match-score.ts';
import { rankCandidates, rankVacancies } from './matching.service.ts';

/**
 * The ranking reads the pool part by part and stops early; these tests hold it to scoring every
 * activated jobseeker (or open vacancy) of the pool, on random data with awkward spellings.
 */
let t: TestApp;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const some = <T>(list: readonly T[], p = 0.4) => [...new Set(list.filter(() => random() < p))];

const occupations = [
  'Medewerker glastuinbouw',
  'medewerker Glastuinbouw',
  'Teeltmedewerker glastuinbouw',
  'Orderpicker',
  'Conciërge',
  'Concierge',
  'Kok',
  'Magazijnmedewerker',
];
const skills = ['Oogsten', 'oogsten', 'Sorteren', 'Heftruck', 'Kassa', 'Koken', 'VCA', 'Scanner'];
const postcodes = ['2671AB', '2672CD', '2691EF', '2611AA', '3011AA', '9711AA'];

const activatedPool = async () =>
  t.db
    .selectFrom('jobseeker as j')
    .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
    .selectAll('p')
    .select(['j.id', 'j.postcode'])
    .where('j.werkplein_id', '=', 'westland')
    .where('j.available_for_work', '=', true)
    .where('j.outflow_date', 'is', null)
    .where('j.handed_over_at', 'is', null)
    .execute();
const openVacancies = async () =>
  t.db
    .selectFrom('vacancy')
    .selectAll()
    .where('werkplein_id', '=', 'westland')
    .where('status', '=', 'open')
    .whereRef('positions_filled', '<', 'positions')
    .execute();

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  const id = async (login: string) =>
    (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
  const kees = await id('kees.klant');
  const mark = await id('mark.match');
  const people = await t.db.selectFrom('jobseeker').select(['id', 'werkplein_id']).execute();
  for (const person of people) {
    if (random() < 0.1) continue; // some without a profile
    await t.db
      .insertInto('jobseeker_profile')
      .values({
        jobseeker_id: person.id,
        werkplein_id: person.werkplein_id,
        education_level: pick([null, 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'hbo']),
        wanted_occupations: random() < 0.1 ? [] : some(occupations, 0.3),
        skills: some(skills, 0.45),
        languages: pick([[], ['Nederlands'], ['Engels'], ['Nederlands', 'Engels']]),
        driving_licences: some(['B', 'C']),
        hours_per_week: pick([null, 16, 24, 32, 40]),
        travel_radius_km: pick([null, 5, 20, 50]),
        available_from: pick([null, '2026-12-01', '2027-02-01']),
        education: '[]',
        work_history: '[]',
        version: 1,
        updated_at: new Date(),
        updated_by: kees,
      })
      .execute();
    await t.db
      .updateTable('jobseeker')
      .set({ available_for_work: random() < 0.85, postcode: pick(postcodes) })
      .where('id', '=', person.id)
      .execute();
  }
  const { id: employerId } = await t.db
    .insertInto('employer')
    .values({
      werkplein_id: 'westland',
      kvk_number: '12345678',
      name: 'Kwekerij',
      sector: 'horticulture',
      size_class: '10-49',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < 25; i++) {
    await t.db
      .insertInto('vacancy')
      .values({
        werkplein_id: 'westland',
        employer_id: employerId,
        kind: 'regular',
        title: `Vacature ${i}`,
        occupation: pick(occupations),
        required_skills: i % 5 === 0 ? [] : some(skills, 0.35),
        wished_skills: some(skills, 0.2),
        education_level: pick([null, 'mbo1', 'mbo2']),
        hours_per_week: pick([16, 24, 32, 40]),
        postcode: pick(postcodes),
        city: 'Naaldwijk',
        driving_licence: pick([null, null, 'B', 'C']),
        contract: 'temporary',
        start_date: '2027-01-04',
        positions: 2,
        positions_filled: i % 7 === 6 ? 2 : 0,
        status: i % 9 === 8 ? 'closed' : 'open',
        created_by: mark,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
  }
});
afterAll(async () => t.close());

describe('folding in SQL and in the score', () => {
  it('folds occupations and skills in SQL (match_key) exactly as foldName does', async () => {
    const corpus = [
      ...occupations,
      ...skills,
      '  Medewerker-Glastuinbouw!! ',
      'Çelik',
      'naïve café',
      'İstanbul',
      'Ærø',
      'MIG/MAG lassen',
      'Zorg & Welzijn',
      'a\u0301b',
    ];
    const { rows } = await sql<{ input: string; key: string }>`
      select x as input, match_key(x) as key from unnest(${corpus}::text[]) x`.execute(t.db);
    for (const row of rows) expect(row.key, row.input).toBe(foldName(row.input));
  });
});

describe('the exact ranking', () => {
  it('ranks candidates exactly as scoring the whole pool would, at every limit', async () => {
    const pool = await activatedPool();
    let stoppedEarly = 0;
    for (const vacancy of await openVacancies()) {
      const wanted = vacancyOf(vacancy);
      const brute = pool
        .map((j) => {
          const km = distanceKm(j.postcode, vacancy.postcode);
          return { id: j.id, distanceKm: roundKm(km), score: scoreMatch(wanted, candidateOf(j, km)).score };
        })
        .sort(byScore);
      for (const limit of [1, 3, 10, 40]) {
        const ranking = await rankCandidates(t.db, vacancy, ['westland'], limit);
        expect(ranking.top.map((r) => [r.id, r.score])).toEqual(
          brute.slice(0, limit).map((r) => [r.id, r.score]),
        );
        if (ranking.scored < pool.length) stoppedEarly++;
      }
    }
    expect(stoppedEarly).toBeGreaterThan(0); // the early stop was exercised, not just the full scan
  });

  it('ranks vacancies for a jobseeker exactly as scoring every open vacancy would', async () => {
    const vacancies = await openVacancies();
    let stoppedEarly = 0;
    for (const jobseeker of await activatedPool()) {
      const brute = vacancies
        .map((v) => {
          const km = distanceKm(jobseeker.postcode, v.postcode);
          return {
            id: v.id,
            distanceKm: roundKm(km),
            score: scoreMatch(vacancyOf(v), candidateOf(jobseeker, km)).score,
          };
        })
        .sort(byScore);
      for (const limit of [1, 5, 30]) {
        const ranking = await rankVacancies(t.db, jobseeker, ['westland'], limit);
        expect(ranking.top.map((r) => [r.id, r.score])).toEqual(
          brute.slice(0, limit).map((r) => [r.id, r.score]),
        );
        if (ranking.scored < vacancies.length) stoppedEarly++;
      }
    }
    expect(stoppedEarly).toBeGreaterThan(0);
  });
});
