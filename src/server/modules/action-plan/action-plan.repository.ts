import type { Kysely, Transaction } from 'kysely';
import type { TAgreementInput, TAgreementUpdate, TDiagnosisUpdate } from '../../../contracts/action-plan.ts';
import type { Database } from '../../db/schema.ts';
import type { DiagnosisTargets } from './action-plan.policy.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const agreementColumns = [
  'a.id',
  'a.jobseeker_id',
  'a.werkplein_id',
  'a.description',
  'a.responsible',
  'a.due_date',
  'a.status',
  'a.version',
  'a.created_at',
  'a.created_by',
  'a.updated_at',
  'a.updated_by',
  'a.accepted_at',
  'a.jobseeker_comment',
] as const;

export const actionPlanRepository = {
  async getDiagnosis(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('diagnosis as d')
      .innerJoin('employee as e', 'e.id', 'd.updated_by')
      .selectAll('d')
      .select('e.name as updated_by_name')
      .where('d.jobseeker_id', '=', jobseekerId)
      .executeTakeFirst();
  },

  /** Creates the diagnosis; false when someone else created it first. */
  async insertDiagnosis(
    db: Transaction<Database>,
    row: { jobseekerId: string; werkpleinId: string; input: TDiagnosisUpdate; targets: DiagnosisTargets },
    by: string,
    at: Date,
  ) {
    const result = await db
      .insertInto('diagnosis')
      .values({
        jobseeker_id: row.jobseekerId,
        werkplein_id: row.werkpleinId,
        summary: row.input.summary,
        self_reliant: row.input.selfReliant,
        wage_value_assessment: row.input.wageValueAssessment,
        diagnosed_on: row.input.diagnosedOn,
        digital_service_until: row.targets.digitalServiceUntil,
        placement_target_date: row.targets.placementTargetDate,
        work_offer_target_date: row.targets.workOfferTargetDate,
        version: 1,
        updated_by: by,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('jobseeker_id').doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  },

  /** Updates when the version still matches; false on a concurrent change. */
  async updateDiagnosis(
    db: Transaction<Database>,
    row: { jobseekerId: string; input: TDiagnosisUpdate; targets: DiagnosisTargets },
    by: string,
    at: Date,
  ) {
    const result = await db
      .updateTable('diagnosis')
      .set((eb) => ({
        summary: row.input.summary,
        self_reliant: row.input.selfReliant,
        wage_value_assessment: row.input.wageValueAssessment,
        diagnosed_on: row.input.diagnosedOn,
        digital_service_until: row.targets.digitalServiceUntil,
        placement_target_date: row.targets.placementTargetDate,
        work_offer_target_date: row.targets.workOfferTargetDate,
        version: eb('version', '+', 1),
        updated_by: by,
        updated_at: at,
      }))
      .where('jobseeker_id', '=', row.jobseekerId)
      .where('version', '=', row.input.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async agreementsOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('agreement as a')
      .innerJoin('employee as c', 'c.id', 'a.created_by')
      .innerJoin('employee as u', 'u.id', 'a.updated_by')
      .select(agreementColumns)
      .select(['c.name as created_by_name', 'u.name as updated_by_name'])
      .where('a.jobseeker_id', '=', jobseekerId)
      .orderBy('a.due_date')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
  },

  async getAgreement(db: Executor, id: string) {
    return db
      .selectFrom('agreement as a')
      .innerJoin('employee as c', 'c.id', 'a.created_by')
      .innerJoin('employee as u', 'u.id', 'a.updated_by')
      .select(agreementColumns)
      .select(['c.name as created_by_name', 'u.name as updated_by_name'])
      .where('a.id', '=', id)
      .executeTakeFirst();
  },

  async insertAgreement(
    db: Transaction<Database>,
    row: { jobseekerId: string; werkpleinId: string; input: TAgreementInput },
    by: string,
    at: Date,
  ) {
    const { id } = await db
      .insertInto('agreement')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        description: row.input.description,
        responsible: row.input.responsible,
        due_date: row.input.dueDate,
        created_by: by,
        created_at: at,
        updated_by: by,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Updates when the version still matches; false on a concurrent change. */
  async updateAgreement(
    db: Transaction<Database>,
    id: string,
    input: TAgreementUpdate,
    by: string,
    at: Date,
  ) {
    const result = await db
      .updateTable('agreement')
      .set((eb) => ({
        description: input.description,
        responsible: input.responsible,
        due_date: input.dueDate,
        status: input.status,
        version: eb('version', '+', 1),
        updated_by: by,
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
};

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof actionPlanRepository.getAgreement>>>;
export type DiagnosisRow = NonNullable<Awaited<ReturnType<typeof actionPlanRepository.getDiagnosis>>>;
