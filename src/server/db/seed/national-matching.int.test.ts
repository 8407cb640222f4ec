import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-app.ts';
import type { DatabaseHandle } from '../database.ts';
import { seedNational } from './national.ts';
import { seedNationalMatching } from './national-matching.ts';
import { seedOccupations } from './occupations.ts';

let handle: DatabaseHandle & { url?: string };
const quiet = () => undefined;
const now = new Date('2026-11-23T09:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedNational(handle, { jobseekers: 3000, werkpleinen: 3, log: quiet, databaseUrl: handle.url, now });
});
afterAll(async () => handle.close());

describe('the national matching seed', () => {
  it('profiles and activates about 30 % of the jobseekers and adds open vacancies where they live', async () => {
    const result = await seedNationalMatching(handle, { log: quiet, now, vacancies: 400 });
    expect(result.vacancies).toBe(400);
    // Every Werkplein has a matchmaker now: the national ones got <id>.match, delft too.
    expect(result.matchmakersAdded).toBe(4);
    const { db } = handle;
    const [row] = (
      await sql<{
        profiles: string;
        activated: string;
        events: string;
        national: string;
        occupations: string;
      }>`
        select (select count(*) from jobseeker_profile) as profiles,
               (select count(*) from jobseeker j join jobseeker_profile p on p.jobseeker_id = j.id
                 where j.available_for_work and j.activated_at is not null) as activated,
               (select count(*) from jobseeker j join case_event e on e.jobseeker_id = j.id
                 where j.available_for_work and e.type = 'activation.changed'
                   and (e.data->>'availableForWork')::boolean and e.occurred_at = j.activated_at) as events,
               (select count(*) from jobseeker where bsn < '1') as national,
               (select count(distinct o) from jobseeker_profile, unnest(wanted_occupations) o) as occupations`.execute(
        db,
      )
    ).rows;
    const share = Number(row?.profiles) / Number(row?.national);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    expect(Number(row?.activated)).toBe(Number(row?.profiles));
    // Each activation is a case event too, when it happened, as if the klantmanager had done it.
    expect(Number(row?.events)).toBe(Number(row?.activated));
    expect(Number(row?.occupations)).toBeGreaterThan(seedOccupations.length / 2);
    // Vacancies: open, with positions, at PC4 areas where the Werkplein's own jobseekers live,
    // requiring skills of their occupation, each with an employer of the same Werkplein.
    const misplaced = await sql<{ n: string }>`
      select count(*) as n from vacancy v
       where v.status <> 'open' or v.positions < 1 or cardinality(v.required_skills) < 2
          or not exists (select 1 from jobseeker j where j.werkplein_id = v.werkplein_id
                           and left(j.postcode, 4) = left(v.postcode, 4))
          or not exists (select 1 from employer e where e.id = v.employer_id and e.werkplein_id = v.werkplein_id)`.execute(
      db,
    );
    expect(Number(misplaced.rows[0]?.n)).toBe(0);
    const perWerkplein = await db
      .selectFrom('vacancy')
      .select(['werkplein_id', db.fn.countAll<string>().as('n')])
      .groupBy('werkplein_id')
      .execute();
    expect(perWerkplein.length).toBeGreaterThanOrEqual(4);
  });

  it('adds nothing the second time', async () => {
    const again = await seedNationalMatching(handle, { log: quiet, now, vacancies: 400 });
    expect(again).toEqual({ profiles: 0, vacancies: 0, employers: 0, matchmakersAdded: 0 });
  });
});
