import type { z } from 'zod';
import type { TIntake, ZIntakeRequest } from '../../../contracts/intake.ts';
import type { Ctx } from '../../context.ts';
import { jobseekerCommand } from '../../command/command.ts';
import { taskRepository } from '../task/task.repository.ts';
import { assignInTransaction } from './case-assignment.service.ts';
import { intakeRepository } from './intake.repository.ts';
import { workFirstContactDue, workFirstPlacementDue } from './intake.rules.ts';

export type IntakeInput = z.output<typeof ZIntakeRequest>;

/**
 * The intake: the quickscan, ending in one klantmanager chosen by the intaker. On the Work First
 * path the klantmanager gets the 48-hour placement check and the 2-week contact as due tasks.
 */
export const performIntake = (ctx: Ctx, jobseekerId: string, input: IntakeInput): Promise<TIntake> =>
  jobseekerCommand(
    ctx,
    { jobseekerId, action: 'intake.perform', activity: 'intake' },
    async (trx, jobseeker) => {
      const now = ctx.clock.now();
      // The intake is a conversation with the client: the team view counts time since last contact.
      // Its processing-log line (the helper's) covers the assignment too: one line per intake.
      const assignment = await assignInTransaction(
        trx,
        ctx,
        { jobseekerIds: [jobseekerId], caseManagerId: input.caseManagerId, reason: 'intake', contactAt: now },
        'intake.perform',
      );
      const row = await intakeRepository.insert(trx, {
        werkplein_id: jobseeker.werkplein_id,
        jobseeker_id: jobseekerId,
        client_question: input.clientQuestion,
        eligible_benefit: input.eligibleBenefit,
        benefit_application_exists: input.benefitApplicationExists,
        distance_to_work: input.distanceToWork,
        work_first: input.workFirst,
        case_manager_id: input.caseManagerId,
        performed_by: ctx.actor.employeeId,
        performed_at: now,
      });
      const plan = input.workFirst
        ? [
            {
              kind: 'work_first_placement' as const,
              title:
                'Work First: niet binnen 48 uur aan het werk via uitzendbureau → afspraak uitkeringsintake',
              dueAt: workFirstPlacementDue(now),
            },
            {
              kind: 'work_first_contact' as const,
              title: 'Work First: contact opnemen met Work First (binnen 2 weken)',
              dueAt: workFirstContactDue(now),
            },
          ]
        : [];
      const taskIds = await taskRepository.createMany(
        trx,
        plan.map((task) => ({
          werkpleinId: jobseeker.werkplein_id,
          jobseekerId,
          assigneeId: input.caseManagerId,
          kind: task.kind,
          title: task.title,
          dueAt: task.dueAt,
          createdAt: now,
        })),
      );
      const tasks: TIntake['tasks'] = plan.map((task, i) => ({
        id: taskIds[i]!,
        kind: task.kind,
        title: task.title,
        dueAt: task.dueAt.toISOString(),
        assigneeId: input.caseManagerId,
      }));
      const result: TIntake = {
        id: row.id,
        jobseekerId,
        clientQuestion: row.client_question,
        eligibleBenefit: row.eligible_benefit,
        benefitApplicationExists: row.benefit_application_exists,
        distanceToWork: row.distance_to_work,
        workFirst: row.work_first,
        caseManagerId: row.case_manager_id,
        performedAt: row.performed_at.toISOString(),
        tasks,
      };
      return {
        result,
        events: [
          ...assignment.events,
          {
            type: 'intake.completed',
            data: {
              intakeId: row.id,
              eligibleBenefit: input.eligibleBenefit,
              benefitApplicationExists: input.benefitApplicationExists,
              distanceToWork: input.distanceToWork,
              workFirst: input.workFirst,
              caseManagerId: input.caseManagerId,
            },
          },
        ],
      };
    },
  );
