import type { CaseEventType } from '../../contracts/case-events.ts';
import { actingParty, type AnyCtx, type CitizenCtx, type Ctx } from '../context.ts';
import type { JobseekerRow, Role } from '../db/schema.ts';
import { DomainError } from '../errors.ts';
import { employerRepository } from '../modules/employer-service/employer.repository.ts';
import { vacancyRepository } from '../modules/employer-service/vacancy.repository.ts';
import { decide, type Action } from '../modules/identity/authorization.policy.ts';
import { AccessDenied, assertWerkplein, authorize } from '../modules/identity/authorize.ts';
import { CITIZEN_ROLE, type CitizenAction } from '../modules/identity/citizen.ts';
import { jobseekerRepository } from '../modules/jobseeker-case/jobseeker.repository.ts';
import { loadAuthorizedJobseeker } from '../modules/jobseeker-case/jobseeker-access.ts';
import type { ProcessingActivityKey } from '../modules/processing-log/activity.register.ts';
import {
  recordProcessing,
  recordProcessingAcrossWerkpleinen,
} from '../modules/processing-log/processing-log.service.ts';
import { withTransaction, type Trx } from './transaction.ts';

export type { Trx } from './transaction.ts';

/**
 * The one command path. A service says what differs — the action, the processing activity, the
 * work, the event(s) — and a helper here does the rest, in this order, in one transaction that is
 * retried on a deadlock or serialization failure (transaction.ts):
 *
 *   take the start time → load and authorise the subject → the work → append the case events →
 *   write the processing-log line(s) → commit → the result (or `conflict`, after committing the log).
 *
 * Appending a case event is only possible here, and only together with a processing-log line.
 */

/** One event in a jobseeker's case (the append-only `case_event` table). */
export interface CaseEvent {
  type: CaseEventType;
  data?: Record<string, unknown>;
  /** Whose case: the command's jobseeker unless named (a command on a vacancy or activity names him). */
  jobseekerId?: string;
  werkpleinId?: string;
  occurredAt?: Date;
}

/** What may be logged as done: a staff action, or a citizen's in the portal. */
export type LoggedAction = Action | CitizenAction;
/** The role an action was done in: a staff role, or the citizen himself. */
export type ActingRole = Role | typeof CITIZEN_ROLE;

/** One processing-log line: who did what, in which role, for which activity, about whom. */
export interface LogLine {
  action: LoggedAction;
  role: ActingRole;
  activity: ProcessingActivityKey;
  werkpleinId: string | null;
  object: { type: string; id: string | null };
  /** BSNs of the people whose data was read or changed. */
  subjectBsns: readonly string[];
  /** Other people, without a BSN (e.g. an employer's contact persons), by a stable id. */
  otherSubjects?: readonly { type: string; id: string }[];
  /**
   * People of possibly several Werkpleinen (regional matching, nominations across Werkpleinen):
   * instead of `subjectBsns`, the line lists them all and every other Werkplein gets a line of its
   * own with its own people. Needs `werkpleinId`.
   */
  acrossWerkpleinen?: readonly { bsn: string; werkpleinId: string }[];
}

/** What the work changes in the line the helper would write (e.g. an object id it created). */
export type LogPatch = Partial<LogLine>;

/** What a query's work hands back: its result, and optionally how its log line(s) differ. */
export interface QueryOutcome<R> {
  result: R;
  /** One patch per log line (default: one line as the helper makes it); `false`: nobody's data was processed. */
  log?: LogPatch | readonly LogPatch[] | false;
}

/** What a command's work hands back: the query's, plus the case event(s) it caused. */
export interface CommandOutcome<R> extends QueryOutcome<R> {
  event?: CaseEvent | null;
  events?: readonly CaseEvent[];
}

/**
 * The work found the object changed by someone else (a stale version, or no longer open): nothing
 * of the work is kept but what it did before deciding so, the log line is written and committed
 * (the caller sees the current state), then the caller gets `conflict` with `details`.
 */
export class Conflict {
  constructor(
    readonly message: string,
    readonly details: Record<string, unknown>,
    readonly log: LogPatch | false = {},
  ) {}
}

/** A stale version: `conflict` with the object as it is now in `details.current`. */
export const conflict = (message: string, current: unknown, log?: LogPatch | false) =>
  new Conflict(message, { current }, log);

/** What the work may know about the command it runs in. */
export interface Scope {
  /** Read from the clock when this try of the transaction began. */
  readonly startedAt: Date;
  /** The action authorised, and the role that allowed it. */
  readonly action: Action;
  readonly role: Role;
}

/** What a citizen's work in the portal may know: he acts as himself. */
export interface CitizenScope {
  readonly startedAt: Date;
  readonly action: CitizenAction;
  readonly role: typeof CITIZEN_ROLE;
}

/** A subject loaded and authorised inside the command's transaction. */
export interface Loaded<S> {
  subject: S;
  /** The role the policy allowed (`authorize`): no command runs without one. */
  role: ActingRole;
  /** The action authorised when it depends on the subject (default: the spec's). */
  action?: LoggedAction;
  /** The log line's defaults for this subject (Werkplein, object, people). */
  log?: LogPatch;
  /** The case events go into this jobseeker's case unless they name another. */
  caseOf?: { jobseekerId: string; werkpleinId: string };
}

export interface Spec {
  action: Action;
  activity: ProcessingActivityKey;
  /** The object in the log line, when it is not the subject itself. */
  object?: { type: string; id: string | null };
}

/** What a citizen's command in the portal says: as `Spec`, with a citizen's action. */
export interface CitizenSpec extends Omit<Spec, 'action'> {
  action: CitizenAction;
}

type Work<S, O, Sc extends Scope | CitizenScope = Scope> = (trx: Trx, subject: S, scope: Sc) => Promise<O>;

/** The work of a command on subject `S`, for services that wrap a helper around their own subject. */
export type CommandWork<S, R> = Work<S, CommandOutcome<R> | Conflict>;
type Load<S, C extends AnyCtx = Ctx, P extends Spec | CitizenSpec = Spec> = (
  trx: Trx,
  ctx: C,
  spec: P,
) => Promise<Loaded<S>>;

/** The only way into `case_event`. Not exported: an event comes with its log line, through `run`. */
const appendCaseEvent = async (
  trx: Trx,
  ctx: AnyCtx,
  event: CaseEvent,
  caseOf: Loaded<unknown>['caseOf'],
) => {
  const jobseekerId = event.jobseekerId ?? caseOf?.jobseekerId;
  const werkpleinId = event.werkpleinId ?? (event.jobseekerId ? undefined : caseOf?.werkpleinId);
  if (!jobseekerId || !werkpleinId) throw new Error(`Case event ${event.type} names no case`);
  const now = ctx.clock.now();
  const party = actingParty(ctx);
  await trx
    .insertInto('case_event')
    .values({
      werkplein_id: werkpleinId,
      jobseeker_id: jobseekerId,
      type: event.type,
      data: JSON.stringify(event.data ?? {}),
      occurred_at: event.occurredAt ?? now,
      recorded_at: now,
      actor_employee_id: party.employeeId,
      actor_partner_id: party.partnerId,
      actor_jobseeker_id: party.jobseekerId,
    })
    .execute();
};

const writeLogLine = async (trx: Trx, ctx: AnyCtx, line: LogLine, startedAt: Date) => {
  const { acrossWerkpleinen, werkpleinId, ...record } = line;
  if (acrossWerkpleinen) {
    if (werkpleinId === null) throw new Error('A log line across Werkpleinen needs the acting Werkplein');
    await recordProcessingAcrossWerkpleinen(
      trx,
      ctx,
      { ...record, werkpleinId, startedAt },
      acrossWerkpleinen,
    );
  } else {
    await recordProcessing(trx, ctx, { ...record, werkpleinId, startedAt });
  }
};

const asList = <T>(value: T | readonly T[] | null | undefined): readonly T[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/** The engine under every helper: see the comment at the top of this file. */
const run = async <
  S,
  R,
  C extends AnyCtx,
  P extends Spec | CitizenSpec,
  Sc extends Scope | CitizenScope = Scope,
>(
  ctx: C,
  spec: P,
  load: Load<S, C, P>,
  work: Work<S, CommandOutcome<R> | Conflict, Sc>,
): Promise<R> => {
  const outcome = await withTransaction(ctx, async (trx) => {
    const startedAt = ctx.clock.now();
    const loaded = await load(trx, ctx, spec);
    // The loader decides the role and action, and loads for one kind of actor: they match `Sc`.
    const scope = { startedAt, action: loaded.action ?? spec.action, role: loaded.role } as Sc;
    const done = await work(trx, loaded.subject, scope);
    const isConflict = done instanceof Conflict;
    const events = isConflict ? [] : [...asList(done.event), ...asList(done.events)];
    const patches = done.log === false ? [] : asList(done.log ?? {});
    if (events.length > 0 && patches.length === 0)
      throw new Error('A case event is appended only together with its processing-log line');
    for (const event of events) await appendCaseEvent(trx, ctx, event, loaded.caseOf);
    for (const patch of patches) {
      const line: LogLine = {
        action: scope.action,
        role: scope.role,
        activity: spec.activity,
        werkpleinId: null,
        object: { type: 'none', id: null },
        subjectBsns: [],
        ...loaded.log,
        ...(spec.object ? { object: spec.object } : {}),
        ...patch,
      };
      await writeLogLine(trx, ctx, line, startedAt);
    }
    return done;
  });
  if (outcome instanceof Conflict) throw new DomainError('conflict', outcome.message, outcome.details);
  return outcome.result;
};

// --- Subjects -------------------------------------------------------------------------------------

/**
 * A command on something other than the standard subjects below (a task, an appointment, a
 * nomination, an activity …): `load` finds it in the transaction and authorises the action on it
 * (`authorize` from identity/authorize.ts) — it must hand back the role that allowed it.
 */
export const command = <S, R>(
  ctx: Ctx,
  spec: Spec & { load: (trx: Trx, spec: Spec) => Promise<Loaded<S>> },
  work: Work<S, CommandOutcome<R> | Conflict>,
): Promise<R> => run(ctx, spec, (trx) => spec.load(trx, spec), work);

/** A read on such a subject: as `command`, without case events. */
export const query = <S, R>(
  ctx: Ctx,
  spec: Spec & { load: (trx: Trx, spec: Spec) => Promise<Loaded<S>> },
  work: Work<S, QueryOutcome<R>>,
): Promise<R> => run(ctx, spec, (trx) => spec.load(trx, spec), work);

/**
 * The actor may do the action at all (`forbidden`), and when a Werkplein is named, he belongs to it
 * (`not_found`). The refused attempt names the Werkplein for the audit log.
 */
const loadWerkplein =
  (werkpleinId: string | undefined): Load<undefined> =>
  async (_trx, ctx, spec) => {
    const decision = decide(ctx.actor, spec.action);
    if (decision.outcome !== 'allowed')
      throw new AccessDenied('forbidden', { action: spec.action, werkpleinId: werkpleinId ?? null });
    if (werkpleinId !== undefined) assertWerkplein(ctx, spec.action, werkpleinId);
    return { subject: undefined, role: decision.role, log: { werkpleinId: werkpleinId ?? null } };
  };

/**
 * Work in the actor's Werkplein (or his Werkpleinen) with no single subject to load first: his
 * caseload, his day, a search, something new being created, several jobseekers at once. The
 * action is authorised for the actor's roles; with `werkpleinId`, the actor must belong to it.
 * Events name their case; the log line names its people (`subjectBsns` or `acrossWerkpleinen`).
 */
export const werkpleinCommand = <R>(
  ctx: Ctx,
  spec: Spec & { werkpleinId?: string },
  work: (trx: Trx, scope: Scope) => Promise<CommandOutcome<R> | Conflict>,
): Promise<R> => run(ctx, spec, loadWerkplein(spec.werkpleinId), (trx, _none, scope) => work(trx, scope));

export const werkpleinQuery = <R>(
  ctx: Ctx,
  spec: Spec & { werkpleinId?: string },
  work: (trx: Trx, scope: Scope) => Promise<QueryOutcome<R>>,
): Promise<R> => run(ctx, spec, loadWerkplein(spec.werkpleinId), (trx, _none, scope) => work(trx, scope));

/** The jobseeker, authorised for the action (referral-aware for a back office); `not_found` outside scope. */
const loadJobseeker =
  (jobseekerId: string): Load<JobseekerRow> =>
  async (trx, ctx, spec) => {
    const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, spec.action, jobseekerId);
    return {
      subject: jobseeker,
      role,
      log: {
        werkpleinId: jobseeker.werkplein_id,
        object: { type: 'jobseeker', id: jobseeker.id },
        subjectBsns: [jobseeker.bsn],
      },
      caseOf: { jobseekerId: jobseeker.id, werkpleinId: jobseeker.werkplein_id },
    };
  };

/**
 * A change in one jobseeker's case: events go into his case, the log line names him.
 *
 * ```ts
 * export const registerOutflow = (ctx: Ctx, input: OutflowInput) =>
 *   jobseekerCommand(ctx, { jobseekerId: input.jobseekerId, action: 'case.manage', activity: 'caseFlow' },
 *     async (trx, jobseeker) => ({
 *       result: await outflowRepository.insert(trx, jobseeker.id, input),
 *       event: { type: 'outflow.registered', data: input },
 *     }));
 * ```
 */
export const jobseekerCommand = <R>(
  ctx: Ctx,
  spec: Spec & { jobseekerId: string },
  work: Work<JobseekerRow, CommandOutcome<R> | Conflict>,
): Promise<R> => run(ctx, spec, loadJobseeker(spec.jobseekerId), work);

/** A read of one jobseeker's data, logged as processing of his data. */
export const jobseekerQuery = <R>(
  ctx: Ctx,
  spec: Spec & { jobseekerId: string },
  work: Work<JobseekerRow, QueryOutcome<R>>,
): Promise<R> => run(ctx, spec, loadJobseeker(spec.jobseekerId), work);

export type EmployerRow = NonNullable<Awaited<ReturnType<typeof employerRepository.getById>>>;

/** The employer, in one of the actor's Werkpleinen; `forbidden` for a role that may never do this. */
const loadEmployer =
  (employerId: string): Load<EmployerRow> =>
  async (trx, ctx, spec) => {
    const role = authorize(ctx, spec.action);
    const employer = await employerRepository.getById(trx, employerId);
    if (!employer) throw new DomainError('not_found', 'Employer not found');
    assertWerkplein(ctx, spec.action, employer.werkplein_id);
    return {
      subject: employer,
      role,
      log: { werkpleinId: employer.werkplein_id, object: { type: 'employer', id: employer.id } },
    };
  };

/** A change of an employer (its contact persons are people: log them as `otherSubjects`). */
export const employerCommand = <R>(
  ctx: Ctx,
  spec: Spec & { employerId: string },
  work: Work<EmployerRow, CommandOutcome<R> | Conflict>,
): Promise<R> => run(ctx, spec, loadEmployer(spec.employerId), work);

export const employerQuery = <R>(
  ctx: Ctx,
  spec: Spec & { employerId: string },
  work: Work<EmployerRow, QueryOutcome<R>>,
): Promise<R> => run(ctx, spec, loadEmployer(spec.employerId), work);

export type VacancyRow = NonNullable<Awaited<ReturnType<typeof vacancyRepository.getById>>>;

/** The vacancy, in one of the actor's Werkpleinen. */
const loadVacancy =
  (vacancyId: string): Load<VacancyRow> =>
  async (trx, ctx, spec) => {
    const role = authorize(ctx, spec.action);
    const vacancy = await vacancyRepository.getById(trx, vacancyId);
    if (!vacancy) throw new DomainError('not_found', 'Vacancy not found');
    assertWerkplein(ctx, spec.action, vacancy.werkplein_id);
    return {
      subject: vacancy,
      role,
      log: { werkpleinId: vacancy.werkplein_id, object: { type: 'vacancy', id: vacancy.id } },
    };
  };

/**
 * A change of a vacancy. A vacancy holds no personal data: the work returns `log: false` unless it
 * shows or changes people (candidates, nominations), whom it names in its log patch.
 */
export const vacancyCommand = <R>(
  ctx: Ctx,
  spec: Spec & { vacancyId: string },
  work: Work<VacancyRow, CommandOutcome<R> | Conflict>,
): Promise<R> => run(ctx, spec, loadVacancy(spec.vacancyId), work);

export const vacancyQuery = <R>(
  ctx: Ctx,
  spec: Spec & { vacancyId: string },
  work: Work<VacancyRow, QueryOutcome<R>>,
): Promise<R> => run(ctx, spec, loadVacancy(spec.vacancyId), work);

// --- The citizen, in the portal -------------------------------------------------------------------

/**
 * The logged-in citizen's own dossier, and nothing else: the subject is always his own jobseeker
 * (from his DigiD session), never an id from the request. A change needs a login at the
 * configured DigiD level (`step_up_required` otherwise: the portal sends him to log in again).
 */
const loadOwnDossier: Load<JobseekerRow, CitizenCtx, CitizenSpec> = async (trx, ctx, spec) => {
  if (spec.action === 'portal.change' && !ctx.citizen.mayChange)
    throw new DomainError('step_up_required', 'Log in again at a higher DigiD level to change this');
  const jobseeker = await jobseekerRepository.getById(trx, ctx.citizen.jobseekerId);
  if (!jobseeker) throw new DomainError('unauthenticated', 'Dossier no longer exists');
  return {
    subject: jobseeker,
    role: CITIZEN_ROLE,
    log: {
      werkpleinId: jobseeker.werkplein_id,
      object: { type: 'jobseeker', id: jobseeker.id },
      subjectBsns: [jobseeker.bsn],
    },
    caseOf: { jobseekerId: jobseeker.id, werkpleinId: jobseeker.werkplein_id },
  };
};

/**
 * A citizen reads his own dossier in the portal: logged with him as the actor. Anything the work
 * looks up by an id from the request must belong to `jobseeker` — otherwise `notOwn()`.
 */
export const citizenQuery = <R>(
  ctx: CitizenCtx,
  spec: CitizenSpec,
  work: Work<JobseekerRow, QueryOutcome<R>, CitizenScope>,
): Promise<R> => run(ctx, spec, loadOwnDossier, work);

/** A citizen changes something in his own dossier: events go into his case, with him as actor. */
export const citizenCommand = <R>(
  ctx: CitizenCtx,
  spec: CitizenSpec,
  work: Work<JobseekerRow, CommandOutcome<R> | Conflict, CitizenScope>,
): Promise<R> => run(ctx, spec, loadOwnDossier, work);

/**
 * An id in a citizen's request that is not his (someone else's agreement, appointment …): answered
 * `not_found`, and the attempt is logged (the API's onError hook) under his Werkplein.
 */
export const notOwn = (ctx: CitizenCtx, object: { type: string; id: string }): AccessDenied =>
  new AccessDenied('not_found', {
    action: 'portal.read',
    werkpleinId: ctx.citizen.werkpleinId,
    object,
  });
