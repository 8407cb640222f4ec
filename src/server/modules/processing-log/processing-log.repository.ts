import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Kysely, Transaction } from 'kysely';
import type { ProcessingActivity } from './activity.register.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface AuditInsert {
  occurredAt: Date;
  employeeId: string | null;
  /** The citizen himself, when he acted in the portal (then employeeId is null). */
  citizenJobseekerId?: string | null;
  role: string | null;
  partnerId: string | null;
  werkpleinId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: 'allowed' | 'denied' | 'failed';
  origin: string | null;
  traceId: string;
}

export interface OperationInsert {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  foreignTraceId: string | null;
  foreignSpanId: string | null;
  name: string;
  status: 'ok' | 'error';
  startedAt: Date;
  endedAt: Date;
  activityId: string;
  activityVersion: number;
}

const auditRow = (row: AuditInsert) => ({
  occurred_at: row.occurredAt,
  employee_id: row.employeeId,
  citizen_jobseeker_id: row.citizenJobseekerId ?? null,
  role: row.role,
  partner_id: row.partnerId,
  werkplein_id: row.werkpleinId,
  action: row.action,
  object_type: row.objectType,
  object_id: row.objectId,
  result: row.result,
  origin: row.origin,
  trace_id: row.traceId,
});

export const processingLogRepository = {
  async insertAudit(db: Executor, row: AuditInsert): Promise<string> {
    const { id } = await db
      .insertInto('audit_record')
      .values(auditRow(row))
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Several audit records in one statement (a denial logged under more than one Werkplein). */
  async insertAudits(db: Executor, rows: readonly AuditInsert[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insertInto('audit_record').values(rows.map(auditRow)).execute();
  },

  /**
   * Writes the audit record, the processing operation linked to it and the operation's data
   * subjects in one statement (data-modifying CTEs): one round trip however many subjects.
   */
  async insertAuditedOperation(
    db: Executor,
    audit: AuditInsert,
    operation: OperationInsert,
    subjects: readonly { type: string; pseudonym: string }[],
  ): Promise<void> {
    const unique = [...new Map(subjects.map((s) => [`${s.type}:${s.pseudonym}`, s])).values()];
    const logged = db
      .with('audit', (q) => q.insertInto('audit_record').values(auditRow(audit)).returning('id'))
      .with('operation', (q) =>
        q
          .insertInto('processing_operation')
          .values({
            trace_id: operation.traceId,
            span_id: operation.spanId,
            parent_span_id: operation.parentSpanId,
            foreign_trace_id: operation.foreignTraceId,
            foreign_span_id: operation.foreignSpanId,
            name: operation.name,
            status: operation.status,
            started_at: operation.startedAt,
            ended_at: operation.endedAt,
            activity_id: operation.activityId,
            activity_version: operation.activityVersion,
            audit_record_id: (eb) => eb.selectFrom('audit').select('id'),
          })
          .returning('id'),
      );
    if (unique.length === 0) {
      await logged.selectFrom('operation').select('id').execute();
      return;
    }
    await logged
      .insertInto('processing_operation_subject')
      .values(
        unique.map((s) => ({
          operation_id: (eb) => eb.selectFrom('operation').select('id'),
          subject_type: s.type,
          subject_pseudonym: s.pseudonym,
        })),
      )
      .execute();
  },

  /** Adds activities (id, version) that the database does not have yet; never changes existing ones. */
  async syncActivities(db: Db, activities: readonly ProcessingActivity[]): Promise<void> {
    if (activities.length === 0) return;
    await db
      .insertInto('processing_activity')
      .values(
        activities.map((a) => ({
          id: a.id,
          version: a.version,
          name: a.name,
          purpose: a.purpose,
          legal_basis: a.legalBasis,
        })),
      )
      .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
      .execute();
  },

  async search(
    db: Executor,
    filter: {
      pseudonym?: string;
      employeeId?: string;
      /** Calendar days, inclusive, in Europe/Amsterdam. */
      from?: string;
      to?: string;
      /** Only what happened in, or was done by staff of, these Werkpleinen. */
      werkpleinIds: readonly string[];
      limit: number;
    },
  ) {
    let query = db
      .selectFrom('audit_record as a')
      .leftJoin('employee as e', 'e.id', 'a.employee_id')
      .select([
        'a.id',
        'a.occurred_at',
        'a.employee_id',
        'e.name as employee_name',
        'e.login as employee_login',
        'a.role',
        'a.partner_id',
        'a.werkplein_id',
        'a.action',
        'a.object_type',
        'a.object_id',
        'a.result',
        'a.origin',
        'a.trace_id',
      ]);
    if (filter.pseudonym) {
      const pseudonym = filter.pseudonym;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('processing_operation as o')
            .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
            .select(sql`1`.as('one'))
            .whereRef('o.audit_record_id', '=', 'a.id')
            .where('s.subject_pseudonym', '=', pseudonym),
        ),
      );
    }
    if (filter.employeeId) query = query.where('a.employee_id', '=', filter.employeeId);
    if (filter.from) {
      query = query.where(
        'a.occurred_at',
        '>=',
        sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Amsterdam'`,
      );
    }
    if (filter.to) {
      query = query.where(
        'a.occurred_at',
        '<',
        sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`,
      );
    }
    if (filter.werkpleinIds.length === 0) return [];
    const werkpleinIds = filter.werkpleinIds;
    query = query.where((eb) =>
      eb.or([
        eb('a.werkplein_id', 'in', werkpleinIds),
        eb.and([
          eb('a.werkplein_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('employee_werkplein as ew')
              .select('ew.employee_id')
              .whereRef('ew.employee_id', '=', 'a.employee_id')
              .where('ew.werkplein_id', 'in', werkpleinIds),
          ),
        ]),
      ]),
    );
    const audits = await query.orderBy('a.occurred_at', 'desc').limit(filter.limit).execute();
    if (audits.length === 0) return [];
    const operations = await db
      .selectFrom('processing_operation as o')
      .innerJoin('processing_activity as pa', (join) =>
        join.onRef('pa.id', '=', 'o.activity_id').onRef('pa.version', '=', 'o.activity_version'),
      )
      .select((eb) => [
        'o.audit_record_id',
        'o.span_id',
        'o.foreign_trace_id',
        'o.foreign_span_id',
        'o.name',
        'o.status',
        'o.started_at',
        'o.ended_at',
        'pa.id as activity_id',
        'pa.version as activity_version',
        'pa.name as activity_name',
        'pa.purpose',
        'pa.legal_basis',
        eb
          .selectFrom('processing_operation_subject as s')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('s.operation_id', '=', 'o.id')
          .as('subject_count'),
      ])
      .where(
        'o.audit_record_id',
        'in',
        audits.map((a) => a.id),
      )
      .execute();
    return audits.map((a) => ({ ...a, operations: operations.filter((o) => o.audit_record_id === a.id) }));
  },
};
