import type { Transaction } from 'kysely';
import type { CaseEventType } from '../../../contracts/case-events.ts';
import type { Ctx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';

/** Appends one event to a case, in the caller's transaction. The table is append-only. */
export const appendCaseEvent = async (
  trx: Transaction<Database>,
  ctx: Ctx,
  event: {
    werkpleinId: string;
    jobseekerId: string;
    type: CaseEventType;
    data?: Record<string, unknown>;
    occurredAt?: Date;
  },
): Promise<void> => {
  const now = ctx.clock.now();
  await trx
    .insertInto('case_event')
    .values({
      werkplein_id: event.werkpleinId,
      jobseeker_id: event.jobseekerId,
      type: event.type,
      data: JSON.stringify(event.data ?? {}),
      occurred_at: event.occurredAt ?? now,
      recorded_at: now,
      actor_employee_id: ctx.actor.employeeId,
      actor_partner_id: ctx.actor.partnerId,
    })
    .execute();
};
