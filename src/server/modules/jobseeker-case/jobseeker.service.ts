import type { z } from 'zod';
import type {
  TJobseeker,
  TJobseekerSearchResponse,
  TJobseekerSummary,
  ZRegisterJobseekerRequest,
} from '../../../contracts/jobseeker.ts';
import type { Ctx } from '../../context.ts';
import type { JobseekerRow } from '../../db/schema.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import type { ZUpdatePersonRequest } from '../../../contracts/intake.ts';
import {
  conflict,
  jobseekerCommand,
  jobseekerQuery,
  werkpleinCommand,
  werkpleinQuery,
} from '../../command/command.ts';
import { searchesWholeWerkplein } from '../identity/authorization.policy.ts';
import { assertWerkplein, authorize } from '../identity/authorize.ts';
import { jobseekerRepository, type JobseekerSummaryRow } from './jobseeker.repository.ts';
import { foldName, fullNameOf, parseSearchQuery, surnameKey } from './name-key.ts';

export type RegisterJobseekerInput = z.output<typeof ZRegisterJobseekerRequest>;

const maskBsn = (bsn: string): string => `*****${bsn.slice(5)}`;

export const presentJobseeker = (row: JobseekerRow): TJobseeker => ({
  id: row.id,
  werkpleinId: row.werkplein_id,
  dossierNumber: row.dossier_number,
  bsn: row.bsn,
  givenNames: row.given_names,
  surnamePrefix: row.surname_prefix,
  surname: row.surname,
  fullName: fullNameOf(row),
  birthDate: row.birth_date,
  gender: row.gender,
  street: row.street,
  houseNumber: row.house_number,
  postcode: row.postcode,
  city: row.city,
  phone: row.phone,
  email: row.email,
  isTestData: row.is_test_data,
  version: row.version,
  createdAt: row.created_at.toISOString(),
});

const presentSummary = (row: JobseekerSummaryRow): TJobseekerSummary => ({
  id: row.id,
  werkpleinId: row.werkplein_id,
  dossierNumber: row.dossier_number,
  fullName: fullNameOf(row),
  birthDate: row.birth_date,
  postcode: row.postcode,
  city: row.city,
  bsnMasked: maskBsn(row.bsn),
});

export const searchJobseekers = async (
  ctx: Ctx,
  input: { q: string; werkpleinId?: string; limit: number },
): Promise<TJobseekerSearchResponse> => {
  authorize(ctx, 'jobseeker.search');
  if (input.werkpleinId !== undefined) assertWerkplein(ctx, 'jobseeker.search', input.werkpleinId);
  const parsed = parseSearchQuery(input.q);
  const werkpleinIds = input.werkpleinId ? [input.werkpleinId] : ctx.actor.werkpleinIds;
  // Without a whole-Werkplein role only the back-office unit's referrals are searched.
  const onlyReferredTo = searchesWholeWerkplein(ctx.actor) ? null : ctx.actor.backOfficeUnit;
  if (!searchesWholeWerkplein(ctx.actor) && onlyReferredTo === null) return { kind: parsed.kind, items: [] };
  return werkpleinQuery(
    ctx,
    {
      action: 'jobseeker.search',
      activity: 'jobseekerSearch',
      object: { type: 'jobseeker-search', id: null },
    },
    async (trx) => {
      const rows = await jobseekerRepository.search(trx, {
        werkpleinIds,
        onlyReferredTo,
        limit: input.limit,
        ...(parsed.kind === 'bsn'
          ? { bsn: parsed.bsn }
          : parsed.kind === 'dossierNumber'
            ? { dossierNumber: parsed.dossierNumber }
            : { tokens: parsed.tokens }),
      });
      return {
        result: { kind: parsed.kind, items: rows.map(presentSummary) },
        log: { werkpleinId: input.werkpleinId ?? null, subjectBsns: rows.map((r) => r.bsn) },
      };
    },
  );
};

export const getJobseeker = (ctx: Ctx, id: string): Promise<TJobseeker> =>
  jobseekerQuery(
    ctx,
    { jobseekerId: id, action: 'jobseeker.read', activity: 'jobseekerDossier' },
    async (_trx, jobseeker) => ({ result: presentJobseeker(jobseeker) }),
  );

/**
 * Registers a jobseeker. A BSN that already has a dossier in this Werkplein does not make a
 * second one: the caller gets `jobseeker_exists` with the existing dossier's id.
 */
export const registerJobseeker = async (ctx: Ctx, input: RegisterJobseekerInput): Promise<TJobseeker> => {
  const existing = async (db: Parameters<typeof jobseekerRepository.findByBsn>[0]) => {
    const found = await jobseekerRepository.findByBsn(db, input.werkpleinId, input.bsn);
    return found
      ? new DomainError('jobseeker_exists', 'This BSN already has a dossier', { jobseekerId: found.id })
      : undefined;
  };
  try {
    return await werkpleinCommand(
      ctx,
      { action: 'jobseeker.register', activity: 'jobseekerRegistration', werkpleinId: input.werkpleinId },
      async (trx) => {
        const duplicate = await existing(trx);
        if (duplicate) throw duplicate;
        const now = ctx.clock.now();
        const row = await jobseekerRepository.insert(trx, {
          werkplein_id: input.werkpleinId,
          bsn: input.bsn,
          given_names: input.givenNames,
          surname_prefix: input.surnamePrefix,
          surname: input.surname,
          surname_key: surnameKey(input.surname),
          given_key: foldName(input.givenNames),
          birth_date: input.birthDate,
          gender: input.gender,
          street: input.street,
          house_number: input.houseNumber,
          postcode: input.postcode,
          city: input.city,
          phone: input.phone || null,
          email: input.email || null,
          is_test_data: false,
          created_at: now,
          updated_at: now,
        });
        return {
          result: presentJobseeker(row),
          event: {
            type: 'jobseeker.registered',
            jobseekerId: row.id,
            werkpleinId: row.werkplein_id,
            data: { dossierNumber: row.dossier_number },
          },
          log: { object: { type: 'jobseeker', id: row.id }, subjectBsns: [row.bsn] },
        };
      },
    );
  } catch (error) {
    // Two people registering the same BSN at once: the database keeps one, the other is sent there.
    if (isUniqueViolation(error)) throw (await existing(ctx.db)) ?? error;
    throw error;
  }
};

const personalFields = [
  'givenNames',
  'surnamePrefix',
  'surname',
  'birthDate',
  'gender',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'phone',
  'email',
] as const;

/**
 * Saves personal and contact data when the caller edited the current version; otherwise `conflict`
 * with the dossier as the other person saved it (`details.current`), never a silent overwrite.
 */
export const updateJobseeker = async (
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZUpdatePersonRequest>,
): Promise<TJobseeker> =>
  jobseekerCommand(
    ctx,
    { jobseekerId: id, action: 'jobseeker.register', activity: 'jobseekerDossier' },
    async (trx, jobseeker) => {
      const saved = await jobseekerRepository.updatePersonalData(trx, id, input.version, {
        given_names: input.givenNames,
        surname_prefix: input.surnamePrefix,
        surname: input.surname,
        surname_key: surnameKey(input.surname),
        given_key: foldName(input.givenNames),
        birth_date: input.birthDate,
        gender: input.gender,
        street: input.street,
        house_number: input.houseNumber,
        postcode: input.postcode,
        city: input.city,
        phone: input.phone || null,
        email: input.email || null,
        updated_at: ctx.clock.now(),
      });
      if (!saved) return conflict('Someone else changed this dossier', presentJobseeker(jobseeker));
      const before = presentJobseeker(jobseeker);
      const after = presentJobseeker(saved);
      const changed = personalFields.filter((field) => before[field] !== after[field]);
      return {
        result: after,
        event: {
          type: 'profile.updated',
          data: { part: 'personalData', fields: changed, version: saved.version },
        },
        log: { werkpleinId: saved.werkplein_id, subjectBsns: [saved.bsn] },
      };
    },
  );
