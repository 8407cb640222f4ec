import type { TCandidate, TVacancyMatch } from '../../../contracts/matching.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { coordinatesOf, distanceKm } from '../../geo/distance.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { recordProcessing } from '../processing-log/processing-log.service.ts';
import { vacancyRepository } from '../employer-service/vacancy.repository.ts';
import { matchingRepository } from './matching.repository.ts';
import {
  DEFAULT_TRAVEL_RADIUS_KM,
  scoreMatch,
  type CandidateForMatch,
  type MatchResult,
  type VacancyForMatch,
} from './match-score.ts';

const nearbyCache = new Map<string, string[]>();

/** The PC4 areas within `km` of a postcode's PC4 area (itself included), from the GeoNames table. */
export const pc4Within = (postcode: string, km: number): string[] => {
  const centre = postcode.slice(0, 4);
  const key = `${centre}:${km}`;
  const cached = nearbyCache.get(key);
  if (cached) return cached;
  const found: string[] = [];
  if (coordinatesOf(centre)) {
    for (let n = 1000; n <= 9999; n++) {
      const code = String(n);
      const d = distanceKm(centre, code);
      if (d !== undefined && d <= km) found.push(code);
    }
  }
  nearbyCache.set(key, found);
  return found;
};

/** Spellings of an occupation as people type it, for the exact-match pre-filter on the GIN index. */
const spellings = (occupation: string): string[] => {
  const lower = occupation.toLowerCase();
  return [...new Set([occupation, lower, lower.charAt(0).toUpperCase() + lower.slice(1)])];
};

const byScore = <T extends { match: MatchResult; distanceKm: number | null; id: string }>(a: T, b: T) =>
  b.match.score - a.match.score ||
  (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
  a.id.localeCompare(b.id);

const roundKm = (km: number | undefined) => (km === undefined ? null : Math.round(km * 10) / 10);

interface ProfileColumns {
  wanted_occupations: string[] | null;
  skills: string[] | null;
  languages: string[] | null;
  driving_licences: string[] | null;
  education_level: string | null;
  hours_per_week: number | null;
  travel_radius_km: number | null;
  available_from: string | null;
}
const candidateOf = (p: ProfileColumns, distance: number | undefined): CandidateForMatch => ({
  wantedOccupations: p.wanted_occupations ?? [],
  skills: p.skills ?? [],
  languages: p.languages ?? [],
  drivingLicences: p.driving_licences ?? [],
  educationLevel: p.education_level,
  hoursPerWeek: p.hours_per_week,
  travelRadiusKm: p.travel_radius_km,
  availableFrom: p.available_from,
  distanceKm: distance,
});

const vacancyOf = (v: {
  occupation: string;
  required_skills: string[];
  wished_skills: string[];
  education_level: string | null;
  hours_per_week: number;
  driving_licence: string | null;
  start_date: string;
}): VacancyForMatch => ({
  occupation: v.occupation,
  requiredSkills: v.required_skills,
  wishedSkills: v.wished_skills,
  educationLevel: v.education_level,
  hoursPerWeek: v.hours_per_week,
  drivingLicence: v.driving_licence,
  startDate: v.start_date,
});

/**
 * The best activated jobseekers of the vacancy's Werkplein for a vacancy, each with why he ranks
 * there. SQL narrows the pool (wanted occupation on the GIN index, or living within the default
 * travel radius); the explainable score ranks the rest in memory. The candidates shown are logged.
 */
export const candidatesForVacancy = (ctx: Ctx, vacancyId: string, query: { limit: number }) =>
  ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const role = authorize(ctx, 'matching.read');
    const vacancy = await vacancyRepository.getById(trx, vacancyId);
    if (!vacancy) throw new DomainError('not_found', 'Vacancy not found');
    assertWerkplein(ctx, 'matching.read', vacancy.werkplein_id);
    const rows = await matchingRepository.candidates(trx, {
      werkpleinId: vacancy.werkplein_id,
      occupations: spellings(vacancy.occupation),
      pc4s: pc4Within(vacancy.postcode, DEFAULT_TRAVEL_RADIUS_KM),
      vacancyId,
    });
    const wanted = vacancyOf(vacancy);
    const top = rows
      .map((row) => {
        const km = distanceKm(row.postcode, vacancy.postcode);
        return { id: row.id, row, distanceKm: roundKm(km), match: scoreMatch(wanted, candidateOf(row, km)) };
      })
      .sort(byScore)
      .slice(0, query.limit);
    await recordProcessing(trx, ctx, {
      action: 'matching.read',
      role,
      activity: 'matching',
      startedAt,
      werkpleinId: vacancy.werkplein_id,
      object: { type: 'vacancy-candidates', id: vacancyId },
      subjectBsns: top.map((c) => c.row.bsn),
    });
    const items: TCandidate[] = top.map(({ row, distanceKm: km, match }) => ({
      jobseeker: {
        id: row.id,
        name: fullNameOf(row),
        dossierNumber: row.dossier_number,
        city: row.city,
        caseManager:
          row.case_manager_id && row.case_manager_name
            ? { id: row.case_manager_id, name: row.case_manager_name }
            : null,
      },
      distanceKm: km,
      match: match as TCandidate['match'],
      nomination:
        row.nomination_id && row.nomination_status
          ? { id: row.nomination_id, status: row.nomination_status }
          : null,
    }));
    return { vacancyId, items };
  });

/** Roles that see every jobseeker of their Werkplein; a matchmaker sees only activated ones. */
const seesWholeCaseload = (ctx: Ctx) =>
  ctx.actor.roles.includes('caseManager') || ctx.actor.roles.includes('management');

/**
 * The best open vacancies (positions left) in the jobseeker's Werkplein for one jobseeker, each
 * explained. Pre-filtered in SQL on a wanted occupation or a location within 1.5 × his travel radius.
 */
export const vacanciesForJobseeker = (ctx: Ctx, jobseekerId: string, query: { limit: number }) =>
  ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const role = authorize(ctx, 'matching.read');
    const jobseeker = await matchingRepository.jobseekerWithProfile(trx, jobseekerId);
    if (!jobseeker) throw new DomainError('not_found', 'Jobseeker not found');
    assertWerkplein(ctx, 'matching.read', jobseeker.werkplein_id);
    const activated =
      jobseeker.available_for_work && jobseeker.outflow_date === null && jobseeker.handed_over_at === null;
    if (!activated && !seesWholeCaseload(ctx)) {
      throw new AccessDenied('not_found', {
        action: 'matching.read',
        werkpleinId: jobseeker.werkplein_id,
        object: { type: 'jobseeker', id: jobseekerId },
      });
    }
    const radius = (jobseeker.travel_radius_km ?? DEFAULT_TRAVEL_RADIUS_KM) * 1.5;
    const rows = await matchingRepository.openVacancies(trx, {
      werkpleinId: jobseeker.werkplein_id,
      occupations: jobseeker.wanted_occupations ?? [],
      pc4s: pc4Within(jobseeker.postcode, Math.min(radius, 100)),
      jobseekerId,
    });
    const top = rows
      .map((row) => {
        const km = distanceKm(jobseeker.postcode, row.postcode);
        return {
          id: row.id,
          row,
          distanceKm: roundKm(km),
          match: scoreMatch(vacancyOf(row), candidateOf(jobseeker, km)),
        };
      })
      .sort(byScore)
      .slice(0, query.limit);
    await recordProcessing(trx, ctx, {
      action: 'matching.read',
      role,
      activity: 'matching',
      startedAt,
      werkpleinId: jobseeker.werkplein_id,
      object: { type: 'jobseeker-vacancies', id: jobseekerId },
      subjectBsns: [jobseeker.bsn],
    });
    const items: TVacancyMatch[] = top.map(({ row, distanceKm: km, match }) => ({
      vacancy: {
        id: row.id,
        title: row.title,
        kind: row.kind as TVacancyMatch['vacancy']['kind'],
        occupation: row.occupation,
        employer: { id: row.employer_id, name: row.employer_name },
        city: row.city,
        startDate: row.start_date,
        positionsLeft: row.positions - row.positions_filled,
      },
      distanceKm: km,
      match: match as TVacancyMatch['match'],
      nomination:
        row.nomination_id && row.nomination_status
          ? { id: row.nomination_id, status: row.nomination_status }
          : null,
    }));
    return { jobseekerId, items };
  });
