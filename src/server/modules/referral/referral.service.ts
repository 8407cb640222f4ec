import type { TReferral, TReferralRequest, TWorklistItem } from '../../../contracts/referral.ts';
import type { Ctx } from '../../context.ts';
import type { Role } from '../../db/schema.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import { appendCaseEvent } from '../case-event/case-event.repository.ts';
import { AccessDenied, authorize } from '../identity/authorize.ts';
import { loadAuthorizedJobseeker } from '../jobseeker-case/jobseeker-access.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { recordProcessing } from '../processing-log/processing-log.service.ts';
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
  ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, 'jobseeker.read', jobseekerId);
    const rows = await referralRepository.ofJobseeker(
      trx,
      jobseekerId,
      role === 'backOffice' ? ctx.actor.backOfficeUnit : null,
    );
    await recordProcessing(trx, ctx, {
      action: 'jobseeker.read',
      role,
      activity: 'referral',
      startedAt,
      werkpleinId: jobseeker.werkplein_id,
      object: { type: 'referral-list', id: jobseekerId },
      subjectBsns: [jobseeker.bsn],
    });
    return { items: rows.map(presentReferral) };
  });

/** Refers the jobseeker to a back-office unit or an external provider with a question. */
export const createReferral = async (
  ctx: Ctx,
  jobseekerId: string,
  input: TReferralRequest,
): Promise<TReferral> => {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const startedAt = ctx.clock.now();
      const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, 'case.manage', jobseekerId);
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
      await appendCaseEvent(trx, ctx, {
        werkpleinId: jobseeker.werkplein_id,
        jobseekerId,
        type: 'referral.sent',
        data: { referralId: id, unit, externalProvider: input.externalProvider ?? null },
      });
      await recordProcessing(trx, ctx, {
        action: 'case.manage',
        role,
        activity: 'referral',
        startedAt,
        werkpleinId: jobseeker.werkplein_id,
        object: { type: 'referral', id },
        subjectBsns: [jobseeker.bsn],
      });
      return presentReferral((await referralRepository.get(trx, id)) as ReferralRow);
    });
  } catch (error) {
    // Two klantmanagers referring at the same moment: the partial unique index keeps one.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
};

/** A referral in the actor's scope, or not_found (as if it did not exist). */
const loadReferral = async (
  trx: Parameters<typeof referralRepository.get>[0],
  ctx: Ctx,
  id: string,
  actionFor: (referral: ReferralRow | undefined) => 'referral.answer' | 'case.manage',
): Promise<{ referral: ReferralRow; role: Role; action: 'referral.answer' | 'case.manage' }> => {
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
  return { referral, role, action };
};

/**
 * The unit's answer — the signal for the klantmanager. A back-office referral is answered by the
 * unit it was sent to; an external provider's answer is recorded by a klantmanager.
 */
export const answerReferral = async (ctx: Ctx, id: string, answer: string): Promise<TReferral> => {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const { referral, role, action } = await loadReferral(trx, ctx, id, (r) =>
      r && r.unit === null ? 'case.manage' : 'referral.answer',
    );
    const answered = await referralRepository.answer(trx, id, answer, ctx.actor.employeeId, ctx.clock.now());
    const current = presentReferral((await referralRepository.get(trx, id)) as ReferralRow);
    if (answered) {
      await appendCaseEvent(trx, ctx, {
        werkpleinId: referral.werkplein_id,
        jobseekerId: referral.jobseeker_id,
        type: 'referral.answered',
        data: {
          referralId: id,
          unit: referral.unit,
          externalProvider: referral.external_provider,
          referredBy: referral.referred_by,
        },
      });
    }
    // Logged also when refused as no longer open: the caller gets the referral to see.
    await recordProcessing(trx, ctx, {
      action,
      role,
      activity: 'referral',
      startedAt,
      werkpleinId: referral.werkplein_id,
      object: { type: 'referral', id },
      subjectBsns: [referral.bsn],
    });
    return { answered, current };
  });
  if (!outcome.answered) {
    throw new DomainError('conflict', 'This referral is no longer open', { current: outcome.current });
  }
  return outcome.current;
};

export const withdrawReferral = async (ctx: Ctx, id: string): Promise<TReferral> => {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const { referral, role } = await loadReferral(trx, ctx, id, () => 'case.manage');
    const withdrawn = await referralRepository.withdraw(trx, id);
    const current = presentReferral((await referralRepository.get(trx, id)) as ReferralRow);
    if (withdrawn) {
      await appendCaseEvent(trx, ctx, {
        werkpleinId: referral.werkplein_id,
        jobseekerId: referral.jobseeker_id,
        type: 'referral.withdrawn',
        data: { referralId: id, unit: referral.unit, externalProvider: referral.external_provider },
      });
    }
    // Logged also when refused as no longer open: the caller gets the referral to see.
    await recordProcessing(trx, ctx, {
      action: 'case.manage',
      role,
      activity: 'referral',
      startedAt,
      werkpleinId: referral.werkplein_id,
      object: { type: 'referral', id },
      subjectBsns: [referral.bsn],
    });
    return { withdrawn, current };
  });
  if (!outcome.withdrawn) {
    throw new DomainError('conflict', 'This referral is no longer open', { current: outcome.current });
  }
  return outcome.current;
};

/**
 * The referring klantmanager (or the jobseeker's own klantmanager) has seen the answer: the
 * signal leaves "Mijn dag". Marking it again changes nothing.
 */
export const markSignalSeen = (ctx: Ctx, id: string): Promise<TReferral> =>
  ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const { referral, role } = await loadReferral(trx, ctx, id, () => 'case.manage');
    if (referral.referred_by !== ctx.actor.employeeId && referral.case_manager_id !== ctx.actor.employeeId) {
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
    await recordProcessing(trx, ctx, {
      action: 'case.manage',
      role,
      activity: 'referral',
      startedAt,
      werkpleinId: referral.werkplein_id,
      object: { type: 'referral-signal', id },
      subjectBsns: [referral.bsn],
    });
    return presentReferral((await referralRepository.get(trx, id)) as ReferralRow);
  });

/**
 * The worklist of the actor's back-office unit in his Werkpleinen: open referrals oldest first,
 * or the answered ones (newest first, without access to the dossier once answered).
 */
export const getWorklist = async (ctx: Ctx, query: { status: 'open' | 'answered' }) => {
  const role = authorize(ctx, 'worklist.read');
  const unit = ctx.actor.backOfficeUnit;
  if (!unit) return { items: [] };
  return ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const rows = await referralRepository.worklist(trx, {
      werkpleinIds: ctx.actor.werkpleinIds,
      unit,
      status: query.status,
      limit: 200,
    });
    if (rows.length > 0) {
      await recordProcessing(trx, ctx, {
        action: 'worklist.read',
        role,
        activity: 'referral',
        startedAt,
        werkpleinId: null,
        object: { type: 'worklist', id: null },
        subjectBsns: [...new Set(rows.map((r) => r.bsn))],
      });
    }
    return { items: rows.map(presentWorklistItem) };
  });
};
