import { createHmac } from 'node:crypto';
import type { Transaction } from 'kysely';
import { actingParty, isCitizenCtx, type AnyCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { newSpanId } from '../../trace.ts';
import type { Action } from '../identity/authorization.policy.ts';
import type { Attempt } from '../identity/authorize.ts';
import { CITIZEN_ROLE, type CitizenAction } from '../identity/citizen.ts';
import { processingActivities, type ProcessingActivityKey } from './activity.register.ts';
import { processingLogRepository } from './processing-log.repository.ts';

/** A data subject's id in the log: a keyed hash of the BSN, never the BSN itself. */
export const pseudonymOf = (key: string, bsn: string): string =>
  createHmac('sha256', key).update(`bsn:${bsn}`).digest('hex');

export interface ProcessingRecord {
  action: Action | CitizenAction;
  role: string;
  activity: ProcessingActivityKey;
  /** When the operation started (defaults to now). */
  startedAt?: Date;
  werkpleinId: string | null;
  object: { type: string; id: string | null };
  /** BSNs of the people whose data was read or changed. */
  subjectBsns: readonly string[];
  /** Other people, without a BSN (e.g. an employer's contact persons), by a stable id. */
  otherSubjects?: readonly { type: string; id: string }[];
  status?: 'ok' | 'error';
}

/**
 * Writes who acted (audit record) and what was processed for whom (processing operation and its
 * data subjects), inside the caller's transaction, so no change happens without its log line.
 */
export const recordProcessing = async (trx: Transaction<Database>, ctx: AnyCtx, record: ProcessingRecord) => {
  const now = ctx.clock.now();
  const activity = processingActivities[record.activity];
  const party = actingParty(ctx);
  await processingLogRepository.insertAuditedOperation(
    trx,
    {
      occurredAt: now,
      employeeId: party.employeeId,
      citizenJobseekerId: party.jobseekerId,
      role: record.role,
      partnerId: party.partnerId,
      werkpleinId: record.werkpleinId,
      action: record.action,
      objectType: record.object.type,
      objectId: record.object.id,
      result: 'allowed',
      origin: ctx.origin,
      traceId: ctx.trace.traceId,
    },
    {
      traceId: ctx.trace.traceId,
      spanId: newSpanId(),
      parentSpanId: ctx.trace.spanId,
      foreignTraceId: ctx.trace.foreign?.traceId ?? null,
      foreignSpanId: ctx.trace.foreign?.spanId ?? null,
      name: record.action,
      status: record.status ?? 'ok',
      startedAt: record.startedAt ?? now,
      endedAt: now,
      activityId: activity.id,
      activityVersion: activity.version,
    },
    [
      ...record.subjectBsns.map((bsn) => ({
        type: 'natuurlijk_persoon',
        pseudonym: pseudonymOf(ctx.pseudonymKey, bsn),
      })),
      ...(record.otherSubjects ?? []).map((subject) => ({
        type: subject.type,
        pseudonym: createHmac('sha256', ctx.pseudonymKey)
          .update(`${subject.type}:${subject.id}`)
          .digest('hex'),
      })),
    ],
  );
};

/**
 * Logs a refused attempt in its own transaction (the refused one is rolled back): under the
 * Werkplein it was aimed at, and, when that is not one of the employee's own, also under each of
 * his own Werkpleinen, so his own beheerder sees that he tried to reach another Werkplein. The
 * records share the request's trace id.
 */
export const recordDenial = async (ctx: AnyCtx, attempt: Attempt) => {
  const target = attempt.werkpleinId ?? null;
  const own = isCitizenCtx(ctx) ? [ctx.citizen.werkpleinId] : ctx.actor.werkpleinIds;
  const werkpleinIds = target !== null && !own.includes(target) ? [target, ...own] : [target];
  const party = actingParty(ctx);
  await processingLogRepository.insertAudits(
    ctx.db,
    werkpleinIds.map((werkpleinId) => ({
      occurredAt: ctx.clock.now(),
      employeeId: party.employeeId,
      citizenJobseekerId: party.jobseekerId,
      role: isCitizenCtx(ctx) ? CITIZEN_ROLE : ctx.actor.roles.join(','),
      partnerId: party.partnerId,
      werkpleinId,
      action: attempt.action,
      objectType: attempt.object?.type ?? null,
      objectId: attempt.object?.id ?? null,
      result: 'denied',
      origin: ctx.origin,
      traceId: ctx.trace.traceId,
    })),
  );
};

/**
 * Logs one operation that touched people of more than one Werkplein (regional matching, a
 * nomination across Werkpleinen): the acting Werkplein's record lists everyone; every other
 * Werkplein gets a record of its own with its own people, so that its beheerder (who searches his
 * own Werkplein's log) and its clients can see who outside the Werkplein saw them.
 */
export const recordProcessingAcrossWerkpleinen = async (
  trx: Transaction<Database>,
  ctx: AnyCtx,
  record: Omit<ProcessingRecord, 'subjectBsns' | 'werkpleinId'> & { werkpleinId: string },
  subjects: readonly { bsn: string; werkpleinId: string }[],
) => {
  await recordProcessing(trx, ctx, { ...record, subjectBsns: subjects.map((s) => s.bsn) });
  const elsewhere = new Map<string, string[]>();
  for (const s of subjects) {
    if (s.werkpleinId === record.werkpleinId) continue;
    elsewhere.set(s.werkpleinId, [...(elsewhere.get(s.werkpleinId) ?? []), s.bsn]);
  }
  for (const [werkpleinId, bsns] of [...elsewhere].sort(([a], [b]) => a.localeCompare(b))) {
    await recordProcessing(trx, ctx, { ...record, werkpleinId, subjectBsns: bsns });
  }
};
