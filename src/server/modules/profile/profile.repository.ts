import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { TProfileUpdate } from '../../../contracts/profile.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const columns = (p: Omit<TProfileUpdate, 'version'>) => ({
  education_level: p.educationLevel,
  wanted_occupations: p.wantedOccupations,
  skills: p.skills,
  languages: p.languages,
  driving_licences: p.drivingLicences,
  hours_per_week: p.hoursPerWeek,
  travel_radius_km: p.travelRadiusKm,
  available_from: p.availableFrom,
  education: JSON.stringify(p.education),
  work_history: JSON.stringify(p.workHistory),
});

export const profileRepository = {
  async get(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('jobseeker_profile as p')
      .innerJoin('employee as e', 'e.id', 'p.updated_by')
      .selectAll('p')
      .select('e.name as updated_by_name')
      .where('p.jobseeker_id', '=', jobseekerId)
      .executeTakeFirst();
  },

  /** Creates the profile; false when someone else created it first. */
  async insert(
    db: Transaction<Database>,
    jobseeker: { id: string; werkplein_id: string },
    p: TProfileUpdate,
    by: string,
    at: Date,
  ) {
    const result = await db
      .insertInto('jobseeker_profile')
      .values({
        jobseeker_id: jobseeker.id,
        werkplein_id: jobseeker.werkplein_id,
        ...columns(p),
        version: 1,
        updated_at: at,
        updated_by: by,
      })
      .onConflict((oc) => oc.column('jobseeker_id').doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  },

  /** Updates when the version still matches; false on a concurrent change. */
  async update(db: Transaction<Database>, jobseekerId: string, p: TProfileUpdate, by: string, at: Date) {
    const result = await db
      .updateTable('jobseeker_profile')
      .set((eb) => ({ ...columns(p), version: eb('version', '+', 1), updated_at: at, updated_by: by }))
      .where('jobseeker_id', '=', jobseekerId)
      .where('version', '=', p.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
};
