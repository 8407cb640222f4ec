import type { TReferral, TReferralRequest, TWorklistItem } from '../../../contracts/referral.ts';
import type { Ctx } from '../../context.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import {
  command,
  conflict,
  jobseekerCommand,
  jobseekerQuery,
  werkpleinQuery,
  type CommandWork,
} from '../../command/command.ts';
import { AccessDenied, authorize } from '../identity/authorize.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { referralRepository, type ReferralRow } from './referral.repository.ts';

export const presentReferral = (r: ReferralRow): TReferral => ({
  id: r.id,
  jobseekerId: r.jobseeker_id,
  unit: r.unit,
  externalProvider: r.external_provider,
  question: r.question,
  status: r.status,
  referredBy: r.referred_by ? { id: r.referred_by, name: r.referred_by_name ?? '' } : null,
  createdAt: r.created_at.toISOString(),
  answer: r.answer,
  answeredAt: r.answered_at?.toISOString() ?? null,
  answeredBy: r.answered_by ? { id: r.answered_by, name: r.answered_by_name ?? '' } : null,
  signalSeenAt: r.signal_seen_at?.toISOString() ?? null,
});

const presentWorklistItem = (r: ReferralRow): TWorklistItem => ({
  ...presentReferral(r),
  werkpleinId: r.werkplein_id,
  jobseeker: { id: r.jobseeker_id, fullName: fullNameOf(r), dossierNumber: r.dossier_number },
});

const duplicate = (existingId?: string) =>
  new DomainError(
    'duplicate_referral',
    'There is already an open referral to this unit',
    existingId ? { referralId: existingId } : undefined,
  );

/**
 * The referrals in a dossier with their answers. Klantmanagers and the MT see all of them; a
 * back-office unit (which sees the dossier only while a referral to it is open) only its own.
 */
export const listReferrals = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'referral',
      object: { type: 'referral-list', id: jobseekerId },
    },
    async (trx, _jobseeker, { role }) => {
      const rows = await referralRepository.ofJobseeker(
        trx,
        jobseekerId,
        role === 'backOffice' ? ctx.actor.backOfficeUnit : null,
      );
      return { result: { items: rows.map(presentReferral) } };
    },
  );

/** Refers the jobseeker to a back-office unit or an external provider with a question. */
export const createReferral = async (
  ctx: Ctx,
  jobseekerId: string,
  input: TReferralRequest,
): Promise<TReferral> => {
  try {
    return await jobseekerCommand(
      ctx,
      { jobseekerId, action: 'case.manage', activity: 'referral' },
      async (trx, jobseeker) => {
        const unit = input.unit ?? null;
        if (unit) {
          const open = await referralRepository.openToUnit(trx, jobseekerId, unit);
          if (open) throw duplicate(open.id);
        }
        const id = await referralRepository.insert(trx, {
          werkpleinId: jobseeker.werkplein_id,
          jobseekerId,
          unit,
          externalProvider: input.externalProvider ?? null,
          question: input.question,
          referredBy: ctx.actor.employeeId,
          createdAt: ctx.clock.now(),
        });
        return {
          result: presentReferral((await referralRepository.get(trx, id)) as ReferralRow),
          event: {
            type: 'referral.sent',
            data: { referralId: id, unit, externalProvider: input.externalProvider ?? null },
          },
          log: { object: { type: 'referral', id } },
        };
      },
    );
  } catch (error) {
    // Two klantmanagers referring at the same moment: the partial unique index keeps one.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
};

/**
 * A command on a referral in the actor's scope (`not_found` outside it, as if it did not exist).
 * The action may depend on the referral (an external provider's answer is the klantmanager's).
 */
const referralCommand = <R>(
  ctx: Ctx,
  id: string,
  actionFor: (referral: ReferralRow | undefined) => 'referral.answer' | 'case.manage',
  work: CommandWork<ReferralRow, R>,
  object = { type: 'referral', id },
) =>
  command(
    ctx,
    {
      action: 'case.manage',
      activity: 'referral',
      object,
      load: async (trx) => {
        const referral = await referralRepository.get(trx, id);
        const action = actionFor(referral);
        if (!referral) {
          authorize(ctx, action);
          throw new DomainError('not_found', 'Referral not found');
        }
        const role = authorize(ctx, action, {
          werkpleinId: referral.werkplein_id,
          // The unit a referral is addressed to may act on it, whatever its status.
          referredUnits: referral.unit ? [referral.unit] : [],
          object: { type: 'referral', id },
        });
        return {
          subject: referral,
          role,
          action,
          log: { werkpleinId: referral.werkplein_id, subjectBsns: [referral.bsn] },
          caseOf: { jobseekerId: referral.jobseeker_id, werkpleinId: referral.werkplein_id },
        };
      },
    },
    work,
  );

/**
 * The unit's answer — the signal for the klantmanager. A back-office referral is answered by the
 * unit it was sent to; an external provider's answer is recorded by a klantmanager. Refused as no
 * longer open with `conflict` (logged too: the caller gets the referral to see).
 */
export const answerReferral = (ctx: Ctx, id: string, answer: string): Promise<TReferral> =>
  referralCommand(
    ctx,
    id,
    (r) => (r && r.unit === null ? 'case.manage' : 'referral.answer'),
    async (trx, referral) => {
      const answered = await referralRepository.answer(
        trx,
        id,
        answer,
        ctx.actor.employeeId,
        ctx.clock.now(),
      );
      const current = presentReferral((await referralRepository.get(trx, id)) as ReferralRow);
      if (!answered) return conflict('This referral is no longer open', current);
      return {
        result: current,
        event: {
          type: 'referral.answered',
          data: {
            referralId: id,
            unit: referral.unit,
            externalProvider: referral.external_provider,
            referredBy: referral.referred_by,
          },
        },
      };
    },
  );

export const withdrawReferral = (ctx: Ctx, id: string): Promise<TReferral> =>
  referralCommand(
    ctx,
    id,
    () => 'case.manage',
    async (trx, referral) => {
      const withdrawn = await referralRepository.withdraw(trx, id);
      const current = presentReferral((await referralRepository.get(trx, id)) as ReferralRow);
      // Logged also when refused as no longer open: the caller gets the referral to see.
      if (!withdrawn) return conflict('This referral is no longer open', current);
      return {
        result: current,
        event: {
          type: 'referral.withdrawn',
          data: { referralId: id, unit: referral.unit, externalProvider: referral.external_provider },
        },
      };
    },
  );

/**
 * The referring klantmanager (or the jobseeker's own klantmanager) has seen the answer: the
 * signal leaves "Mijn dag". Marking it again changes nothing.
 */
export const markSignalSeen = (ctx: Ctx, id: string): Promise<TReferral> =>
  referralCommand(
    ctx,
    id,
    () => 'case.manage',
    async (trx, referral) => {
      if (
        referral.referred_by !== ctx.actor.employeeId &&
        referral.case_manager_id !== ctx.actor.employeeId
      ) {
        throw new AccessDenied('forbidden', {
          action: 'case.manage',
          werkpleinId: referral.werkplein_id,
          object: { type: 'referral', id },
        });
      }
      if (referral.status !== 'answered') {
        throw new DomainError('conflict', 'This referral has no answer yet', {
          current: presentReferral(referral),
        });
      }
      await referralRepository.markSeen(trx, id, ctx.clock.now());
      return { result: presentReferral((await referralRepository.get(trx, id)) as ReferralRow) };
    },
    { type: 'referral-signal', id },
  );

/**
 * The worklist of the actor's back-office unit in his Werkpleinen: open referrals oldest first,
 * or the answered ones (newest first, without access to the dossier once answered).
 */
export const getWorklist = async (ctx: Ctx, query: { status: 'open' | 'answered' }) => {
  authorize(ctx, 'worklist.read');
  const unit = ctx.actor.backOfficeUnit;
  if (!unit) return { items: [] };
  return werkpleinQuery(
    ctx,
    { action: 'worklist.read', activity: 'referral', object: { type: 'worklist', id: null } },
    async (trx) => {
      const rows = await referralRepository.worklist(trx, {
        werkpleinIds: ctx.actor.werkpleinIds,
        unit,
        status: query.status,
        limit: 200,
      });
      return {
        result: { items: rows.map(presentWorklistItem) },
        log: rows.length > 0 ? { subjectBsns: [...new Set(rows.map((r) => r.bsn))] } : false,
      };
    },
  );
};
