import { z } from 'zod';
import { roles } from '../../../contracts/identity.ts';
import type { Ctx } from '../../context.ts';
import type { JobHandler } from '../../jobs/job-queue.ts';
import { newSpanId, startTrace } from '../../trace.ts';
import { identityRepository } from '../identity/identity.repository.ts';
import { recordProcessing } from '../processing-log/processing-log.service.ts';
import { taskRepository } from '../task/task.repository.ts';

/** The matchmaker's call to the employer two weeks after a placement (nazorg). */
export const EMPLOYER_AFTERCARE_JOB = 'employer-aftercare-call';

export const ZEmployerAftercarePayload = z.object({
  nominationId: z.uuid(),
  /** Who recorded the placement; the task is created on his behalf. */
  placedBy: z.uuid(),
  /** The role in which he did it. */
  role: z.enum(roles),
  /** The request that recorded the placement, as the foreign operation in the processing log. */
  trace: z.object({ traceId: z.string(), spanId: z.string() }),
});
export type TEmployerAftercarePayload = z.infer<typeof ZEmployerAftercarePayload>;

/**
 * Creates the aftercare task for the employer's matchmaker at the time (whoever has the employer
 * now, else whoever recorded the placement), due when the job was due, and links it to the
 * nomination. Nothing happens if the task exists already or the placement was undone.
 */
export const employerAftercareJob: JobHandler = async (trx, payload, job, context) => {
  const { nominationId, placedBy, role, trace } = ZEmployerAftercarePayload.parse(payload);
  const placement = await trx
    .selectFrom('nomination as n')
    .innerJoin('vacancy as v', 'v.id', 'n.vacancy_id')
    .innerJoin('employer as e', 'e.id', 'v.employer_id')
    .innerJoin('jobseeker as j', 'j.id', 'n.jobseeker_id')
    .select([
      'n.status',
      'n.aftercare_task_id',
      'n.werkplein_id',
      'n.jobseeker_id',
      'v.title',
      'e.name as employer_name',
      'e.account_manager_id',
      'j.bsn',
    ])
    .where('n.id', '=', nominationId)
    .forUpdate('n')
    .executeTakeFirst();
  if (!placement || placement.status !== 'hired' || placement.aftercare_task_id) return;
  const now = context.clock.now();
  // The employee who placed, even if he has left since: the log must name on whose behalf.
  const actor = await identityRepository.findActorById(trx, placedBy, { includeInactive: true });
  if (!actor) throw new Error(`Employee ${placedBy} who recorded the placement does not exist`);
  const assigneeId = placement.account_manager_id ?? placedBy;
  const taskId = await taskRepository.create(trx, {
    werkpleinId: placement.werkplein_id,
    jobseekerId: placement.jobseeker_id,
    assigneeId,
    kind: 'aftercare_employer',
    title: `Nazorg: bel ${placement.employer_name} over de plaatsing (${placement.title})`,
    dueAt: job.runAt,
    createdAt: now,
  });
  await trx
    .updateTable('nomination')
    .set({ aftercare_task_id: taskId, updated_at: now })
    .where('id', '=', nominationId)
    .execute();
  const ctx: Ctx = {
    db: trx,
    clock: context.clock,
    actor,
    trace: { ...startTrace(undefined), spanId: newSpanId(), foreign: trace },
    origin: null,
    pseudonymKey: context.pseudonymKey,
  };
  await recordProcessing(trx, ctx, {
    action: 'nomination.manage',
    role,
    activity: 'matching',
    werkpleinId: placement.werkplein_id,
    object: { type: 'task', id: taskId },
    subjectBsns: [placement.bsn],
  });
};
