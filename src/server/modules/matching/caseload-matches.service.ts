import type { TCaseloadMatchList } from '../../../contracts/caseload-matches.ts';
import type { Ctx } from '../../context.ts';
import { distanceKm } from '../../geo/distance.ts';
import { authorize } from '../identity/authorize.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { werkpleinQuery } from '../../command/command.ts';
import { caseloadMatchesRepository } from './caseload-matches.repository.ts';
import { byScore, candidateOf, presentVacancyMatch, roundKm, vacancyOf } from './match-ranking.ts';
import { scoreMatch, type MatchResult } from './match-score.ts';
import { regionalPoolOf } from './regional-pool.service.ts';

type JobseekerRow = Awaited<ReturnType<typeof caseloadMatchesRepository.activatedCaseload>>[number];
type VacancyRow = Awaited<ReturnType<typeof caseloadMatchesRepository.openVacancies>>[number];

interface Scored {
  id: string;
  vacancy: VacancyRow;
  km: number | undefined;
  distanceKm: number | null;
  score: number;
  match: MatchResult;
}

/**
 * The best open vacancies of one jobseeker: every open vacancy of his pool (his Werkplein, and the
 * Werkpleinen of the region sharing with it) scored, in the one order of every ranking (match-ranking.ts),
 * so this is exactly the top of his own list in the dossier (GET /api/jobseekers/:id/vacancies).
 */
const bestFor = (
  j: JobseekerRow,
  pool: ReadonlySet<string>,
  vacancies: readonly VacancyRow[],
  limit: number,
): Scored[] => {
  const scored: Scored[] = [];
  for (const v of vacancies) {
    if (!pool.has(v.werkplein_id)) continue;
    const km = distanceKm(j.postcode, v.postcode);
    const match = scoreMatch(vacancyOf(v), candidateOf(j, km));
    scored.push({ id: v.id, vacancy: v, km, distanceKm: roundKm(km), score: match.score, match });
  }
  return scored.sort(byScore).slice(0, limit);
};

/**
 * For each activated jobseeker of the klantmanager's own caseload, the best few open vacancies, each
 * explained, with his nomination for it if any. Three queries (his jobseekers, the open vacancies of
 * their Werkpleinen, their nominations), scored in memory. The jobseekers shown are logged.
 */
export const vacancyMatchesForCaseload = (
  ctx: Ctx,
  query: { perJobseeker: number },
): Promise<TCaseloadMatchList> => {
  // His own caseload: a klantmanager's (caseload.read), read as matching (matching.read, logged).
  authorize(ctx, 'caseload.read');
  return werkpleinQuery(
    ctx,
    {
      action: 'matching.read',
      activity: 'matching',
      object: { type: 'caseload-vacancy-matches', id: ctx.actor.employeeId },
    },
    async (trx) => {
      const jobseekers = await caseloadMatchesRepository.activatedCaseload(
        trx,
        ctx.actor.employeeId,
        ctx.actor.werkpleinIds,
      );
      const werkpleinIds = [...new Set(jobseekers.map((j) => j.werkplein_id))];
      const pools = new Map<string, Set<string>>();
      for (const id of werkpleinIds) pools.set(id, new Set(await regionalPoolOf(trx, id)));
      const vacancies = await caseloadMatchesRepository.openVacancies(trx, [
        ...new Set([...pools.values()].flatMap((pool) => [...pool])),
      ]);
      const nominations = await caseloadMatchesRepository.nominationsOf(
        trx,
        jobseekers.map((j) => j.id),
      );
      const nominationOf = new Map(nominations.map((n) => [`${n.jobseeker_id}:${n.vacancy_id}`, n]));
      const log = {
        werkpleinId: werkpleinIds.length === 1 ? (werkpleinIds[0] as string) : null,
        subjectBsns: jobseekers.map((j) => j.bsn),
      };
      const result: TCaseloadMatchList = {
        items: jobseekers.map((j) => ({
          jobseeker: {
            id: j.id,
            name: fullNameOf(j),
            dossierNumber: j.dossier_number,
            city: j.city,
            hasProfile: j.profile_id !== null,
          },
          matches: bestFor(j, pools.get(j.werkplein_id) ?? new Set(), vacancies, query.perJobseeker).map(
            ({ vacancy: v, distanceKm: km, match }) => {
              const nomination = nominationOf.get(`${j.id}:${v.id}`);
              return presentVacancyMatch(
                v,
                j.werkplein_id,
                km,
                match,
                nomination ? { id: nomination.id, status: nomination.status } : null,
              );
            },
          ),
        })),
      };
      return { result, log };
    },
  );
};
