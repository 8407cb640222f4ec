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
import { appendCaseEvent } from '../case-event/case-event.repository.ts';
import { searchesWholeWerkplein } from '../identity/authorization.policy.ts';
import { assertWerkplein, authorize } from '../identity/authorize.ts';
import { recordProcessing } from '../processing-log/processing-log.service.ts';
import { loadAuthorizedJobseeker } from './jobseeker-access.ts';
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
  const startedAt = ctx.clock.now();
  const role = authorize(ctx, 'jobseeker.search');
  if (input.werkpleinId !== undefined) assertWerkplein(ctx, 'jobseeker.search', input.werkpleinId);
  const parsed = parseSearchQuery(input.q);
  const werkpleinIds = input.werkpleinId ? [input.werkpleinId] : ctx.actor.werkpleinIds;
  // Without a whole-Werkplein role only the back-office unit's referrals are searched.
  const onlyReferredTo = searchesWholeWerkplein(ctx.actor) ? null : ctx.actor.backOfficeUnit;
  if (!searchesWholeWerkplein(ctx.actor) && onlyReferredTo === null) return { kind: parsed.kind, items: [] };
  return ctx.db.transaction().execute(async (trx) => {
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
    await recordProcessing(trx, ctx, {
      action: 'jobseeker.search',
      role,
      activity: 'jobseekerSearch',
      startedAt,
      werkpleinId: input.werkpleinId ?? null,
      object: { type: 'jobseeker-search', id: null },
      subjectBsns: rows.map((r) => r.bsn),
    });
    return { kind: parsed.kind, items: rows.map(presentSummary) };
  });
};

export const getJobseeker = async (ctx: Ctx, id: string): Promise<TJobseeker> => {
  const startedAt = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await jobseekerRepository.getById(trx, id);
    if (!row) {
      authorize(ctx, 'jobseeker.read'); // a role that may never read gets forbidden, others not_found
      throw new DomainError('not_found', 'Jobseeker not found');
    }
    const referredUnits = ctx.actor.roles.includes('backOffice')
      ? await jobseekerRepository.openReferralUnits(trx, id)
      : [];
    const role = authorize(ctx, 'jobseeker.read', {
      werkpleinId: row.werkplein_id,
      referredUnits,
      object: { type: 'jobseeker', id },
    });
    await recordProcessing(trx, ctx, {
      action: 'jobseeker.read',
      role,
      activity: 'jobseekerDossier',
      startedAt,
      werkpleinId: row.werkplein_id,
      object: { type: 'jobseeker', id },
      subjectBsns: [row.bsn],
    });
    return presentJobseeker(row);
  });
};

/**
 * Registers a jobseeker. A BSN that already has a dossier in this Werkplein does not make a
 * second one: the caller gets `jobseeker_exists` with the existing dossier's id.
 */
export const registerJobseeker = async (ctx: Ctx, input: RegisterJobseekerInput): Promise<TJobseeker> => {
  const startedAt = ctx.clock.now();
  const role = authorize(ctx, 'jobseeker.register', { werkpleinId: input.werkpleinId });
  const existing = async () => {
    const found = await jobseekerRepository.findByBsn(ctx.db, input.werkpleinId, input.bsn);
    return found
      ? new DomainError('jobseeker_exists', 'This BSN already has a dossier', { jobseekerId: found.id })
      : undefined;
  };
  const duplicate = await existing();
  if (duplicate) throw duplicate;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
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
      await appendCaseEvent(trx, ctx, {
        werkpleinId: row.werkplein_id,
        jobseekerId: row.id,
        type: 'jobseeker.registered',
        data: { dossierNumber: row.dossier_number },
      });
      await recordProcessing(trx, ctx, {
        action: 'jobseeker.register',
        role,
        activity: 'jobseekerRegistration',
        startedAt,
        werkpleinId: row.werkplein_id,
        object: { type: 'jobseeker', id: row.id },
        subjectBsns: [row.bsn],
      });
      return presentJobseeker(row);
    });
  } catch (error) {
    // Two people registering the same BSN at once: the database keeps one, the other is sent there.
    if (isUniqueViolation(error)) throw (await existing()) ?? error;
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
): Promise<TJobseeker> => {
  const startedAt = ctx.clock.now();
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, 'jobseeker.register', id);
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
    if (!saved) return { saved: false as const, current: presentJobseeker(jobseeker) };
    const before = presentJobseeker(jobseeker);
    const after = presentJobseeker(saved);
    const changed = personalFields.filter((field) => before[field] !== after[field]);
    await appendCaseEvent(trx, ctx, {
      werkpleinId: saved.werkplein_id,
      jobseekerId: id,
      type: 'profile.updated',
      data: { part: 'personalData', fields: changed, version: saved.version },
    });
    await recordProcessing(trx, ctx, {
      action: 'jobseeker.register',
      role,
      activity: 'jobseekerDossier',
      startedAt,
      werkpleinId: saved.werkplein_id,
      object: { type: 'jobseeker', id },
      subjectBsns: [saved.bsn],
    });
    return { saved: true as const, current: after };
  });
  if (!outcome.saved) {
    throw new DomainError('conflict', 'Someone else changed this dossier', { current: outcome.current });
  }
  return outcome.current;
};
