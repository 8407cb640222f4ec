import type { Kysely, Transaction } from 'kysely';
import type { TCandidate, TVacancyMatch } from '../../../contracts/matching.ts';
import type { Ctx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { distanceKm } from '../../geo/distance.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { foldName, fullNameOf } from '../jobseeker-case/name-key.ts';
import { query as commandQuery } from '../../command/command.ts';
import { matchingRepository, type PoolPart } from './matching.repository.ts';
import { regionalPoolOf } from './regional-pool.service.ts';
import { languagePoints, matchScore, scoreCeiling, scoreMatch } from './match-score.ts';
import {
  byScore,
  candidateOf,
  presentVacancyMatch,
  roundKm,
  vacancyOf,
  type ProfileColumns,
  type VacancyColumns,
} from './match-ranking.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface Ranked<Row> {
  id: string;
  row: Row;
  /** Travel distance between the PC4 areas, and rounded to 0.1 km as shown and ranked. */
  km: number | undefined;
  distanceKm: number | null;
  score: number;
}

/** How a ranking went: the top, how many rows it scored and how many parts of the pool it read. */
export interface Ranking<Row> {
  top: Ranked<Row>[];
  scored: number;
  partsRead: number;
}

interface Part<Row> {
  fetch: () => Promise<Row[]>;
  /** The highest score anything in this part can reach (scoreCeiling). */
  ceiling: number;
}

/**
 * The exact top `limit` of a pool, reading it part by part, highest ceiling first: after each part,
 * if the last place of the top scores above the ceiling of the next part — the most anyone not yet
 * read can score — no later row can enter the top (ties included: the ceiling must be beaten, not
 * equalled), so the rest is never read. The ranking is the same as scoring the whole pool.
 */
const rankInParts = async <Row extends { id: string }>(
  parts: readonly Part<Row>[],
  score: (row: Row) => Ranked<Row>,
  limit: number,
): Promise<Ranking<Row>> => {
  const ordered = [...parts].sort((a, b) => b.ceiling - a.ceiling);
  let top: Ranked<Row>[] = [];
  let scored = 0;
  let partsRead = 0;
  for (const [i, part] of ordered.entries()) {
    const rows = await part.fetch();
    partsRead++;
    scored += rows.length;
    top = [...top, ...rows.map(score)].sort(byScore).slice(0, limit);
    const last = top[limit - 1];
    const next = ordered[i + 1];
    if (!next || (last && last.score > next.ceiling)) break;
  }
  return { top, scored, partsRead };
};

const foldedSet = (values: readonly string[]) => [...new Set(values.map(foldName))].filter((k) => k !== '');

type CandidateRow = Awaited<ReturnType<typeof matchingRepository.candidates>>[number];
type VacancyRow = Awaited<ReturnType<typeof matchingRepository.openVacancies>>[number];

/**
 * The best activated jobseekers of the pool's Werkpleinen for a vacancy, exactly as scoring every
 * one of them would rank them. The pool is split by occupation (wants it, or not) and by the n
 * required skills (all, some, none), each part with the most its members can score: wanting
 * another occupation caps the occupation at 15 of 30 points, missing a required skill the skills
 * at 20·(n−1)/n of 20, missing all of them at 0 (scoreCeiling). Parts are read highest ceiling first.
 */
export const rankCandidates = async (
  db: Executor,
  vacancy: VacancyColumns & { postcode: string },
  werkpleinIds: readonly string[],
  limit: number,
): Promise<Ranking<CandidateRow>> => {
  const occupationKeys = foldedSet([vacancy.occupation]);
  const skillKeys = foldedSet(vacancy.required_skills);
  const asked = vacancy.required_skills.length;
  const part = (occupation: PoolPart['occupation'], skills: PoolPart['skills']): Part<CandidateRow> => ({
    fetch: () =>
      matchingRepository.candidates(db, werkpleinIds, { occupation, skills, occupationKeys, skillKeys }),
    ceiling: scoreCeiling({
      occupation: occupation === 'met' ? 'met' : 'partial',
      requiredSkills: skills === 'none' ? 0 : skills === 'some' ? (asked - 1) / asked : 1,
    }),
  });
  const parts =
    skillKeys.length === 0
      ? [part('met', 'any'), part('other', 'any')]
      : [
          part('met', 'all'),
          ...(skillKeys.length > 1 ? [part('met', 'some'), part('other', 'some')] : []),
          part('met', 'none'),
          part('other', 'all'),
          part('other', 'none'),
        ];
  const wanted = vacancyOf(vacancy);
  return rankInParts(
    parts,
    (row) => {
      const km = distanceKm(row.postcode, vacancy.postcode);
      return {
        id: row.id,
        row,
        km,
        distanceKm: roundKm(km),
        score: matchScore(wanted, candidateOf(row, km)),
      };
    },
    limit,
  );
};

/**
 * The best open vacancies (positions left) of the pool's Werkpleinen for one jobseeker, exactly as
 * scoring all of them would rank them. Split by occupation (one he wants, or not) and by whether
 * the vacancy asks for nothing or for some skill he has (`any`) or only for skills he lacks
 * (`none`: 0 of 20 points); his language points are the same for every vacancy.
 */
export const rankVacancies = async (
  db: Executor,
  jobseeker: ProfileColumns & { postcode: string },
  werkpleinIds: readonly string[],
  limit: number,
): Promise<Ranking<VacancyRow>> => {
  const occupationKeys = foldedSet(jobseeker.wanted_occupations ?? []);
  const skillKeys = foldedSet(jobseeker.skills ?? []);
  const language = languagePoints(candidateOf(jobseeker, undefined));
  const others = occupationKeys.length > 0 ? 'partial' : 'unknown';
  const part = (occupation: PoolPart['occupation'], skills: PoolPart['skills']): Part<VacancyRow> => ({
    fetch: () =>
      matchingRepository.openVacancies(db, werkpleinIds, { occupation, skills, occupationKeys, skillKeys }),
    ceiling: scoreCeiling({
      occupation: occupation === 'met' ? 'met' : others,
      requiredSkills: skills === 'none' ? 0 : 1,
      language,
    }),
  });
  const parts = [
    ...(occupationKeys.length > 0 ? [part('met', 'any'), part('met', 'none')] : []),
    part('other', 'any'),
    part('other', 'none'),
  ];
  return rankInParts(
    parts,
    (row) => {
      const km = distanceKm(jobseeker.postcode, row.postcode);
      return {
        id: row.id,
        row,
        km,
        distanceKm: roundKm(km),
        score: matchScore(vacancyOf(row), candidateOf(jobseeker, km)),
      };
    },
    limit,
  );
};

/**
 * The best activated jobseekers for a vacancy, each with why he ranks there, from the vacancy's
 * Werkplein and — when it shares its pool regionally — the sharing Werkpleinen of its region,
 * ranked exactly (see rankCandidates). A candidate of another Werkplein shows no dossier number
 * (his dossier is not the user's to open), but his klantmanager and Werkplein, whom to contact.
 * The candidates shown are logged, in the vacancy's Werkplein and in their own.
 */
export const candidatesForVacancy = (ctx: Ctx, vacancyId: string, query: { limit: number }) =>
  commandQuery(
    ctx,
    {
      action: 'matching.read',
      activity: 'matching',
      object: { type: 'vacancy-candidates', id: vacancyId },
      // The vacancy with what the ranking needs (not the vacancy helper's row).
      load: async (trx, spec) => {
        const role = authorize(ctx, spec.action);
        const vacancy = await matchingRepository.vacancy(trx, vacancyId);
        if (!vacancy) throw new DomainError('not_found', 'Vacancy not found');
        assertWerkplein(ctx, spec.action, vacancy.werkplein_id);
        return { subject: vacancy, role, log: { werkpleinId: vacancy.werkplein_id } };
      },
    },
    async (trx, vacancy) => {
      const pool = await regionalPoolOf(trx, vacancy.werkplein_id, vacancy.shares_pool_regionally);
      const { top } = await rankCandidates(trx, vacancy, pool, query.limit);
      const details = new Map(
        (
          await matchingRepository.candidateDetails(
            trx,
            top.map((c) => c.id),
            vacancyId,
          )
        ).map((d) => [d.id, d]),
      );
      // Only the rows shown are explained (scoreMatch gives the same score as the ranking's).
      const wanted = vacancyOf(vacancy);
      const shown = top.flatMap((c) => {
        const d = details.get(c.id);
        return d ? [{ ...c, d, match: scoreMatch(wanted, candidateOf(c.row, c.km)) }] : [];
      });
      const items: TCandidate[] = shown.map(({ d, distanceKm: km, match }) => ({
        jobseeker: {
          id: d.id,
          name: fullNameOf(d),
          dossierNumber: ctx.actor.werkpleinIds.includes(d.werkplein_id) ? d.dossier_number : null,
          city: d.city,
          werkplein: { id: d.werkplein_id, name: d.werkplein_name },
          caseManager:
            d.case_manager_id && d.case_manager_name
              ? { id: d.case_manager_id, name: d.case_manager_name, email: d.case_manager_email }
              : null,
        },
        fromRegionalPool: d.werkplein_id !== vacancy.werkplein_id,
        distanceKm: km,
        match: match as TCandidate['match'],
        nomination:
          d.nomination_id && d.nomination_status
            ? { id: d.nomination_id, status: d.nomination_status }
            : null,
      }));
      return {
        result: { vacancyId, items },
        log: { acrossWerkpleinen: shown.map(({ d }) => ({ bsn: d.bsn, werkpleinId: d.werkplein_id })) },
      };
    },
  );

/** Roles that see every jobseeker of their Werkplein; a matchmaker sees only activated ones. */
const seesWholeCaseload = (ctx: Ctx) =>
  ctx.actor.roles.includes('caseManager') || ctx.actor.roles.includes('management');

/**
 * The best open vacancies (positions left) for one jobseeker, each explained, from his Werkplein
 * and — when it shares its pool regionally — the sharing Werkpleinen of its region, ranked exactly
 * (see rankVacancies), with the matchmaker to contact.
 */
export const vacanciesForJobseeker = (ctx: Ctx, jobseekerId: string, query: { limit: number }) =>
  commandQuery(
    ctx,
    {
      action: 'matching.read',
      activity: 'matching',
      object: { type: 'jobseeker-vacancies', id: jobseekerId },
      // The jobseeker with his profile; a matchmaker may see only activated jobseekers.
      load: async (trx, spec) => {
        const role = authorize(ctx, spec.action);
        const jobseeker = await matchingRepository.jobseekerWithProfile(trx, jobseekerId);
        if (!jobseeker) throw new DomainError('not_found', 'Jobseeker not found');
        assertWerkplein(ctx, spec.action, jobseeker.werkplein_id);
        const activated =
          jobseeker.available_for_work &&
          jobseeker.outflow_date === null &&
          jobseeker.handed_over_at === null;
        if (!activated && !seesWholeCaseload(ctx)) {
          throw new AccessDenied('not_found', {
            action: 'matching.read',
            werkpleinId: jobseeker.werkplein_id,
            object: { type: 'jobseeker', id: jobseekerId },
          });
        }
        return {
          subject: jobseeker,
          role,
          log: { werkpleinId: jobseeker.werkplein_id, subjectBsns: [jobseeker.bsn] },
        };
      },
    },
    async (trx, jobseeker) => {
      const pool = await regionalPoolOf(trx, jobseeker.werkplein_id, jobseeker.shares_pool_regionally);
      const { top } = await rankVacancies(trx, jobseeker, pool, query.limit);
      const details = new Map(
        (
          await matchingRepository.vacancyDetails(
            trx,
            top.map((v) => v.id),
            jobseekerId,
          )
        ).map((d) => [d.id, d]),
      );
      const items: TVacancyMatch[] = top.flatMap(({ id, row, km: exactKm, distanceKm: km }) => {
        const d = details.get(id);
        if (!d) return [];
        const match = scoreMatch(vacancyOf(row), candidateOf(jobseeker, exactKm));
        return [
          presentVacancyMatch(
            d,
            jobseeker.werkplein_id,
            km,
            match,
            d.nomination_id && d.nomination_status
              ? { id: d.nomination_id, status: d.nomination_status }
              : null,
          ),
        ];
      });
      return { result: { jobseekerId, items } };
    },
  );
