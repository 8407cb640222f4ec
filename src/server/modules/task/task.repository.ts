import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Kinds of due work; each module that creates tasks adds its kind here. */
export type TaskKind =
  | 'work_first_placement' // not at work via the temp agency within 48 hours → benefit intake appointment
  | 'work_first_contact' // klantmanager contacts Work First within 2 weeks
  | 'aftercare_employer' // matchmaker calls the employer 2 weeks after a placement
  | 'aftercare_jobseeker' // klantmanager's aftercare after outflow to work
  | 'new_case' // a case someone else assigned to the klantmanager: get acquainted, plan the first talk
  | 'follow_up';

export interface NewTask {
  werkpleinId: string;
  jobseekerId: string | null;
  assigneeId: string;
  kind: TaskKind;
  title: string;
  dueAt: Date;
  createdAt: Date;
}

export const taskRepository = {
  async create(db: Executor, task: NewTask): Promise<string> {
    const { id } = await db
      .insertInto('task')
      .values({
        werkplein_id: task.werkpleinId,
        jobseeker_id: task.jobseekerId,
        assignee_id: task.assigneeId,
        kind: task.kind,
        title: task.title,
        due_at: task.dueAt,
        created_at: task.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Several tasks in one multi-row insert; returns their ids in the order given. */
  async createMany(db: Executor, tasks: readonly NewTask[]): Promise<string[]> {
    if (tasks.length === 0) return [];
    // Ids made here, so the answer does not depend on the order of RETURNING rows.
    const ids = tasks.map(() => randomUUID());
    await db
      .insertInto('task')
      .values(
        tasks.map((task, i) => ({
          id: ids[i]!,
          werkplein_id: task.werkpleinId,
          jobseeker_id: task.jobseekerId,
          assignee_id: task.assigneeId,
          kind: task.kind,
          title: task.title,
          due_at: task.dueAt,
          created_at: task.createdAt,
        })),
      )
      .execute();
    return ids;
  },

  /** Open tasks of one person, soonest first; `overdue` is decided against `now`. */
  async openForAssignee(db: Executor, assigneeId: string, now: Date, until?: Date) {
    let query = db
      .selectFrom('task as t')
      .leftJoin('jobseeker as j', 'j.id', 't.jobseeker_id')
      .select([
        't.id',
        't.werkplein_id',
        't.jobseeker_id',
        't.kind',
        't.title',
        't.due_at',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
        'j.dossier_number',
      ])
      .where('t.assignee_id', '=', assigneeId)
      .where('t.done_at', 'is', null);
    if (until) query = query.where('t.due_at', '<', until);
    const rows = await query.orderBy('t.due_at').limit(200).execute();
    return rows.map((r) => ({ ...r, overdue: r.due_at.getTime() < now.getTime() }));
  },

  async getById(db: Executor, id: string) {
    return db.selectFrom('task').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Marks a task done; false when it was already done (or does not exist). */
  async complete(db: Executor, id: string, by: string, at: Date): Promise<boolean> {
    const result = await db
      .updateTable('task')
      .set({ done_at: at, done_by: by })
      .where('id', '=', id)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
};
