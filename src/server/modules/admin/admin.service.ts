import type { Transaction } from 'kysely';
import type {
  TEmployee,
  TEmployeeChange,
  TEmployeeInput,
  TEmployeeUpdate,
} from '../../../contracts/identity.ts';
import type { TProcessingLogEntry } from '../../../contracts/processing-log.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import type { Database, Role } from '../../db/schema.ts';
import { AccessDenied, authorize } from '../identity/authorize.ts';
import { processingLogRepository } from '../processing-log/processing-log.repository.ts';
import { pseudonymOf, recordProcessing } from '../processing-log/processing-log.service.ts';
import { accessChanged, widensPersonalDataAccess, type EmployeeAccess } from './employee-change.policy.ts';
import { employeeRepository, type EmployeeWrite } from './employee.repository.ts';

type EmployeeRow = NonNullable<Awaited<ReturnType<typeof employeeRepository.getById>>>;

const presentEmployee = (e: EmployeeRow): TEmployee => ({
  id: e.id,
  login: e.login,
  name: e.name,
  email: e.email,
  partnerId: e.partner_id,
  backOfficeUnit: e.back_office_unit,
  roles: e.roles,
  werkpleinIds: e.werkpleinIds,
  expertise: e.expertise as TEmployee['expertise'],
  active: e.active,
  version: e.version,
});

/** The beheerder manages only the Werkpleinen he belongs to. */
const validated = async (ctx: Ctx, input: Omit<TEmployeeInput, 'login'>): Promise<EmployeeWrite> => {
  const fields: { path: string; code: string; message: string }[] = [];
  const outside = input.werkpleinIds.filter((id) => !ctx.actor.werkpleinIds.includes(id));
  if (outside.length > 0)
    fields.push({ path: 'werkpleinIds', code: 'werkplein_unknown', message: 'Unknown Werkplein' });
  if (!(await employeeRepository.partnerExists(ctx.db, input.partnerId))) {
    fields.push({ path: 'partnerId', code: 'partner_unknown', message: 'Unknown partner' });
  }
  const unit = input.backOfficeUnit ?? null;
  if (input.roles.includes('backOffice') !== (unit !== null)) {
    fields.push({
      path: 'backOfficeUnit',
      code: 'unit_required',
      message: 'A back-office role needs exactly one unit',
    });
  }
  if (fields.length > 0)
    throw new DomainError('validation_failed', 'The employee is not valid', undefined, fields);
  return {
    name: input.name,
    email: input.email ?? null,
    partnerId: input.partnerId,
    backOfficeUnit: unit,
    roles: input.roles,
    werkpleinIds: input.werkpleinIds,
    expertise: input.expertise ?? [],
    active: input.active ?? true,
  };
};

export const listEmployees = async (ctx: Ctx) => {
  authorize(ctx, 'employee.manage');
  return { items: (await employeeRepository.list(ctx.db, ctx.actor.werkpleinIds)).map(presentEmployee) };
};

export const referenceData = async (ctx: Ctx) => {
  authorize(ctx, 'employee.manage');
  const data = await employeeRepository.referenceData(ctx.db);
  return { ...data, werkpleinen: data.werkpleinen.filter((w) => ctx.actor.werkpleinIds.includes(w.id)) };
};

const accessOf = (e: EmployeeRow | EmployeeWrite): EmployeeAccess => ({
  roles: [...new Set(e.roles)].sort(),
  werkpleinIds: [...new Set(e.werkpleinIds)].sort(),
  backOfficeUnit: 'back_office_unit' in e ? e.back_office_unit : e.backOfficeUnit,
  active: e.active,
});

/**
 * Every admin action on an employee lands in the audit log (who, when, which employee), and every
 * change of access also in `employee_change` with before and after, which the beheerders of the
 * Werkpleinen concerned see (a granted role that reads personal data stands out).
 */
const recordEmployeeChange = async (
  trx: Transaction<Database>,
  ctx: Ctx,
  role: Role,
  employeeId: string,
  before: EmployeeAccess | null,
  after: EmployeeAccess,
) => {
  await recordProcessing(trx, ctx, {
    action: 'employee.manage',
    role,
    activity: 'employeeAdministration',
    werkpleinId: null,
    object: { type: 'employee', id: employeeId },
    subjectBsns: [],
    otherSubjects: [{ type: 'medewerker', id: employeeId }],
  });
  if (before && !accessChanged(before, after)) return;
  await employeeRepository.insertChange(trx, {
    occurredAt: ctx.clock.now(),
    employeeId,
    changedBy: ctx.actor.employeeId,
    kind: before ? 'updated' : 'created',
    before: before && { ...before, roles: [...before.roles], werkpleinIds: [...before.werkpleinIds] },
    after: { ...after, roles: [...after.roles], werkpleinIds: [...after.werkpleinIds] },
    widensPersonalDataAccess: widensPersonalDataAccess(before, after),
    traceId: ctx.trace.traceId,
  });
};

export const createEmployee = async (ctx: Ctx, input: TEmployeeInput) => {
  const role = authorize(ctx, 'employee.manage');
  const write = await validated(ctx, input);
  if (await employeeRepository.loginExists(ctx.db, input.login)) {
    throw new DomainError('login_exists', 'This login is taken');
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await employeeRepository.insert(trx, input.login, write, ctx.clock.now());
    await recordEmployeeChange(trx, ctx, role, created, null, accessOf(write));
    return created;
  });
  return presentEmployee((await employeeRepository.getById(ctx.db, id)) as EmployeeRow);
};

/** Changes an employee; nobody changes his own roles, Werkpleinen, unit or active state. */
export const updateEmployee = async (ctx: Ctx, id: string, input: TEmployeeUpdate) => {
  const role = authorize(ctx, 'employee.manage');
  const write = await validated(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await employeeRepository.getById(trx, id);
    if (!current || !current.werkpleinIds.some((w) => ctx.actor.werkpleinIds.includes(w))) {
      throw new DomainError('not_found', 'Employee not found');
    }
    const before = accessOf(current);
    const after = accessOf(write);
    if (id === ctx.actor.employeeId && accessChanged(before, after)) {
      throw new AccessDenied('own_access_change', {
        action: 'employee.manage',
        werkpleinId: null,
        object: { type: 'employee', id },
      });
    }
    if (!(await employeeRepository.update(trx, id, input.version, write, ctx.clock.now()))) {
      throw new DomainError('conflict', 'Someone else changed this employee', {
        current: presentEmployee(current),
      });
    }
    await recordEmployeeChange(trx, ctx, role, id, before, after);
    return presentEmployee((await employeeRepository.getById(trx, id)) as EmployeeRow);
  });
};

/** The recent changes of access of the employees of the beheerder's Werkpleinen, newest first. */
export const listEmployeeChanges = async (
  ctx: Ctx,
  query: { limit: number },
): Promise<{ items: TEmployeeChange[] }> => {
  authorize(ctx, 'employee.manage');
  const rows = await employeeRepository.recentChanges(ctx.db, ctx.actor.werkpleinIds, query.limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      employee: { id: r.employee_id, name: r.employee_name, login: r.employee_login },
      changedBy: { id: r.changed_by_id, name: r.changed_by_name, login: r.changed_by_login },
      kind: r.kind,
      before: r.before,
      after: r.after,
      widensPersonalDataAccess: r.widens_personal_data_access,
    })),
  };
};

/** Searches the audit and processing log by person (BSN), employee and period (days in Europe/Amsterdam). */
export const searchProcessingLog = async (
  ctx: Ctx,
  query: { bsn?: string; employeeId?: string; from?: string; to?: string; limit: number },
): Promise<{ items: TProcessingLogEntry[] }> => {
  const role = authorize(ctx, 'processingLog.read');
  const startedAt = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await processingLogRepository.search(trx, {
      pseudonym: query.bsn ? pseudonymOf(ctx.pseudonymKey, query.bsn) : undefined,
      employeeId: query.employeeId,
      from: query.from,
      to: query.to,
      werkpleinIds: ctx.actor.werkpleinIds,
      limit: query.limit,
    });
    // Looking up a person in the log is itself a processing of that person's data.
    if (query.bsn) {
      await recordProcessing(trx, ctx, {
        action: 'processingLog.read',
        role,
        activity: 'processingLogInspection',
        startedAt,
        werkpleinId: null,
        object: { type: 'processing-log', id: null },
        subjectBsns: [query.bsn],
      });
    }
    return {
      items: rows.map((a) => ({
        auditId: a.id,
        occurredAt: a.occurred_at.toISOString(),
        employee: a.employee_id
          ? { id: a.employee_id, name: a.employee_name ?? '', login: a.employee_login ?? '' }
          : null,
        role: a.role,
        partnerId: a.partner_id,
        werkpleinId: a.werkplein_id,
        action: a.action,
        objectType: a.object_type,
        objectId: a.object_id,
        result: a.result,
        origin: a.origin,
        traceId: a.trace_id,
        operations: a.operations.map((o) => ({
          spanId: o.span_id,
          foreignTraceId: o.foreign_trace_id,
          foreignSpanId: o.foreign_span_id,
          name: o.name,
          status: o.status,
          activity: {
            id: o.activity_id,
            version: o.activity_version,
            name: o.activity_name,
            purpose: o.purpose,
            legalBasis: o.legal_basis,
          },
          startedAt: o.started_at.toISOString(),
          endedAt: o.ended_at.toISOString(),
          subjectCount: Number(o.subject_count ?? 0),
        })),
      })),
    };
  });
};
