import type { TVacancyMatch } from '../../../contracts/matching.ts';
import type { CandidateForMatch, MatchResult, VacancyForMatch } from './match-score.ts';

/**
 * From rows to the score's inputs, and the one order of a ranking: score (high first), then travel
 * distance rounded to 0.1 km (near first, unknown last), then id. The service and the benchmark's
 * brute-force reference both rank with these, so their top lists can be compared exactly.
 */
export const byScore = <T extends { score: number; distanceKm: number | null; id: string }>(a: T, b: T) =>
  b.score - a.score ||
  (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
  a.id.localeCompare(b.id);

export const roundKm = (km: number | undefined) => (km === undefined ? null : Math.round(km * 10) / 10);

export interface ProfileColumns {
  wanted_occupations: string[] | null;
  skills: string[] | null;
  languages: string[] | null;
  driving_licences: string[] | null;
  education_level: string | null;
  hours_per_week: number | null;
  travel_radius_km: number | null;
  available_from: string | null;
}
export const candidateOf = (p: ProfileColumns, distance: number | undefined): CandidateForMatch => ({
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

export interface VacancyColumns {
  occupation: string;
  required_skills: string[];
  wished_skills: string[];
  education_level: string | null;
  hours_per_week: number;
  driving_licence: string | null;
  start_date: string;
}
export const vacancyOf = (v: VacancyColumns): VacancyForMatch => ({
  occupation: v.occupation,
  requiredSkills: v.required_skills,
  wishedSkills: v.wished_skills,
  educationLevel: v.education_level,
  hoursPerWeek: v.hours_per_week,
  drivingLicence: v.driving_licence,
  startDate: v.start_date,
});

/** What a vacancy match shows of the vacancy, its employer and its matchmaker. */
export interface VacancyDetailColumns {
  id: string;
  title: string;
  kind: string;
  occupation: string;
  employer_id: string;
  employer_name: string;
  city: string;
  start_date: string;
  positions: number;
  positions_filled: number;
  werkplein_id: string;
  werkplein_name: string;
  account_manager_id: string | null;
  account_manager_name: string | null;
  account_manager_email: string | null;
}

/** One vacancy for one jobseeker (of `jobseekerWerkpleinId`), as both vacancy lists present it. */
export const presentVacancyMatch = (
  v: VacancyDetailColumns,
  jobseekerWerkpleinId: string,
  distanceKm: number | null,
  match: MatchResult,
  nomination: { id: string; status: string } | null,
): TVacancyMatch => ({
  vacancy: {
    id: v.id,
    title: v.title,
    kind: v.kind as TVacancyMatch['vacancy']['kind'],
    occupation: v.occupation,
    employer: { id: v.employer_id, name: v.employer_name },
    city: v.city,
    startDate: v.start_date,
    positionsLeft: v.positions - v.positions_filled,
    werkplein: { id: v.werkplein_id, name: v.werkplein_name },
    accountManager:
      v.account_manager_id && v.account_manager_name
        ? { id: v.account_manager_id, name: v.account_manager_name, email: v.account_manager_email }
        : null,
  },
  fromRegionalPool: v.werkplein_id !== jobseekerWerkpleinId,
  distanceKm,
  match: match as TVacancyMatch['match'],
  nomination,
});
