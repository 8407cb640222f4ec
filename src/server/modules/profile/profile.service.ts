import type { TProfile, TProfileUpdate } from '../../../contracts/profile.ts';
import type { Ctx } from '../../context.ts';
import { conflict, jobseekerCommand, jobseekerQuery } from '../../command/command.ts';
import { profileRepository } from './profile.repository.ts';

type ProfileRow = NonNullable<Awaited<ReturnType<typeof profileRepository.get>>>;

const emptyProfile: TProfile = {
  educationLevel: null,
  wantedOccupations: [],
  skills: [],
  languages: [],
  drivingLicences: [],
  hoursPerWeek: null,
  travelRadiusKm: null,
  availableFrom: null,
  education: [],
  workHistory: [],
  version: 0,
  updatedAt: null,
  updatedBy: null,
};

const presentProfile = (row: ProfileRow | undefined): TProfile =>
  row
    ? {
        educationLevel: row.education_level as TProfile['educationLevel'],
        wantedOccupations: row.wanted_occupations,
        skills: row.skills,
        languages: row.languages,
        drivingLicences: row.driving_licences as TProfile['drivingLicences'],
        hoursPerWeek: row.hours_per_week,
        travelRadiusKm: row.travel_radius_km,
        availableFrom: row.available_from,
        education: row.education as TProfile['education'],
        workHistory: row.work_history as TProfile['workHistory'],
        version: row.version,
        updatedAt: row.updated_at.toISOString(),
        updatedBy: { id: row.updated_by, name: row.updated_by_name },
      }
    : emptyProfile;

/** Case-insensitive de-duplication, keeping the first spelling. */
const distinct = (terms: readonly string[]) => {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
};

const profileOf = (jobseekerId: string) => ({ type: 'jobseeker-profile', id: jobseekerId });

export const getProfile = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    { jobseekerId, action: 'jobseeker.read', activity: 'jobseekerProfile', object: profileOf(jobseekerId) },
    async (trx) => ({ result: presentProfile(await profileRepository.get(trx, jobseekerId)) }),
  );

/**
 * Saves the whole profile when the caller edited the current version; otherwise `conflict` with
 * the profile as it is now, so nobody's change is silently overwritten.
 */
export const updateProfile = async (
  ctx: Ctx,
  jobseekerId: string,
  input: TProfileUpdate,
): Promise<TProfile> => {
  const update: TProfileUpdate = {
    ...input,
    wantedOccupations: distinct(input.wantedOccupations),
    skills: distinct(input.skills),
    languages: distinct(input.languages),
    drivingLicences: [...new Set(input.drivingLicences)],
  };
  return jobseekerCommand(
    ctx,
    { jobseekerId, action: 'case.manage', activity: 'jobseekerProfile', object: profileOf(jobseekerId) },
    async (trx, jobseeker) => {
      const now = ctx.clock.now();
      const saved =
        update.version === 0
          ? await profileRepository.insert(trx, jobseeker, update, ctx.actor.employeeId, now)
          : await profileRepository.update(trx, jobseekerId, update, ctx.actor.employeeId, now);
      const current = presentProfile(await profileRepository.get(trx, jobseekerId));
      if (!saved) return conflict('Someone else changed this profile', current);
      return { result: current, event: { type: 'profile.updated', data: { version: current.version } } };
    },
  );
};
