import type {
  TActivity,
  TActivityInput,
  TActivitySummary,
  TActivityUpdate,
  TAttendanceRequest,
  TEmployerParticipation,
  TJobseekerParticipation,
  TJobseekerParticipationRequest,
} from '../../../contracts/labour-market-activity.ts';
import type { TActivityKind } from '../../../contracts/labour-market-activity-options.ts';
import type { CaseEventType } from '../../../contracts/case-events.ts';
import type { Ctx } from '../../context.ts';
import type { Role } from '../../db/schema.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import {
  command,
  Conflict,
  werkpleinCommand,
  type CommandWork,
  type LogPatch,
  type Trx,
} from '../../command/command.ts';
import { amsterdamDate, startOfAmsterdamDay } from '../caseload/amsterdam-day.ts';
import type { Action } from '../identity/authorization.policy.ts';
import { assertWerkplein, authorize } from '../identity/authorize.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { employerRepository } from './employer.repository.ts';
import {
  attendanceClosedBecause,
  canMove,
  completionBlockedBecause,
  needsPlace,
  participantsClosedBecause,
  placesTaken,
} from './labour-market-activity.policy.ts';
import {
  labourMarketActivityRepository as repo,
  type ActivityRow,
  type ParticipationRow,
} from './labour-market-activity.repository.ts';
import { vacancyRepository } from './vacancy.repository.ts';

type LockedActivity = NonNullable<Awaited<ReturnType<typeof repo.lock>>>;

const todayOf = (ctx: Ctx) => amsterdamDate(ctx.clock.now());

const fieldProblem = (path: string, code: string, message: string) =>
  new DomainError('validation_failed', message, undefined, [{ path, code, message }]);

const presentSummary = (a: ActivityRow): TActivitySummary => ({
  id: a.id,
  werkpleinId: a.werkplein_id,
  kind: a.kind as TActivityKind,
  title: a.title,
  date: a.activity_date,
  startTime: a.start_time,
  endTime: a.end_time,
  location: a.location,
  status: a.status,
  organiser: { id: a.organiser_id, name: a.organiser_name },
  capacity: a.capacity,
  placesTaken: Number(a.places_taken ?? 0),
  employerCount: Number(a.employer_count ?? 0),
});

const done = (by: string | null, name: string | null, at: Date | null) =>
  by && at ? { by: { id: by, name: name ?? '' }, at: at.toISOString() } : null;

export const presentParticipation = (p: ParticipationRow): TJobseekerParticipation => ({
  jobseeker: { id: p.jobseeker_id, name: fullNameOf(p), dossierNumber: p.dossier_number },
  status: p.status,
  invited: done(p.invited_by, p.invited_by_name, p.invited_at),
  registered: done(p.registered_by, p.registered_by_name, p.registered_at),
  withdrawn: done(p.withdrawn_by, p.withdrawn_by_name, p.withdrawn_at),
  attendanceRecorded: done(p.attendance_by, p.attendance_by_name, p.attendance_at),
  followUpEmployer: p.follow_up_employer_id
    ? { id: p.follow_up_employer_id, name: p.follow_up_employer_name ?? '' }
    : null,
});

const employerParticipations = async (
  db: Trx,
  activityId: string,
  employerId?: string,
): Promise<TEmployerParticipation[]> => {
  const [employers, vacancies] = await Promise.all([
    repo.employers(db, activityId),
    repo.vacancies(db, activityId, employerId),
  ]);
  return employers
    .filter((e) => employerId === undefined || e.employer_id === employerId)
    .map((e) => ({
      employer: { id: e.employer_id, name: e.employer_name },
      vacancies: vacancies
        .filter((v) => v.employer_id === e.employer_id)
        .map((v) => ({ id: v.id, title: v.title, status: v.status })),
      added: { by: { id: e.added_by, name: e.added_by_name }, at: e.added_at.toISOString() },
    }));
};

/**
 * Authorises `action`, then finds the activity (locked when it is about to change): `not_found`
 * for unknown ids and for activities of a Werkplein the actor does not belong to.
 */
const loadActivity = async (trx: Trx, ctx: Ctx, action: Action, id: string) => {
  const role = authorize(ctx, action);
  const activity = await repo.lock(trx, id);
  if (!activity) throw new DomainError('not_found', 'Activity not found');
  assertWerkplein(ctx, action, activity.werkplein_id);
  return { activity, role };
};

const facts = (a: LockedActivity) => ({ status: a.status, date: a.activity_date });

const assertParticipantsOpen = (ctx: Ctx, a: LockedActivity) => {
  const closed = participantsClosedBecause(facts(a), todayOf(ctx));
  if (closed)
    throw new DomainError('activity_closed', `The participants cannot change: the activity is ${closed}`, {
      status: a.status,
      date: a.activity_date,
      rule: closed,
    });
};

/** The log line of an activity: in its Werkplein, naming the jobseekers concerned. */
const log = (
  action: Action,
  role: Role,
  activity: { id: string; werkplein_id: string },
  bsns: readonly string[],
): LogPatch => ({
  action,
  role,
  werkpleinId: activity.werkplein_id,
  object: { type: 'labour-market-activity', id: activity.id },
  subjectBsns: bsns,
});

/** The activity with its participants, and the log line of the jobseekers shown (read). */
const detail = async (trx: Trx, ctx: Ctx, id: string): Promise<{ result: TActivity; log: LogPatch }> => {
  const role = authorize(ctx, 'labourMarketActivity.read');
  const row = (await repo.getById(trx, id)) as ActivityRow;
  const [employers, participants] = await Promise.all([
    employerParticipations(trx, id),
    repo.participants(trx, id),
  ]);
  const jobseekers = participants.map(presentParticipation);
  const result: TActivity = {
    ...presentSummary(row),
    description: row.description,
    employers,
    jobseekers,
    outcome: {
      attended: jobseekers.filter((j) => j.status === 'attended').length,
      noShow: jobseekers.filter((j) => j.status === 'no_show').length,
      followUps: jobseekers.filter((j) => j.followUpEmployer !== null).length,
    },
    version: row.version,
  };
  return {
    result,
    log: log(
      'labourMarketActivity.read',
      role,
      row,
      participants.map((p) => p.bsn),
    ),
  };
};

/** A stale version: `conflict` with the activity as it is now (its read is logged). */
const stale = async (trx: Trx, ctx: Ctx, id: string) => {
  const current = await detail(trx, ctx, id);
  return new Conflict('Someone else changed this activity', { current: current.result }, current.log);
};

/**
 * A command on one activity: authorises `action`, then finds it, locked (`not_found` for unknown
 * ids and for activities of a Werkplein the actor does not belong to).
 */
const activityCommand = <R>(ctx: Ctx, action: Action, id: string, work: CommandWork<LockedActivity, R>) =>
  command(
    ctx,
    {
      action,
      activity: 'labourMarketActivities',
      load: async (trx) => {
        const { activity, role } = await loadActivity(trx, ctx, action, id);
        return { subject: activity, role, log: log(action, role, activity, []) };
      },
    },
    work,
  );

/**
 * What the jobseeker's timeline says about the activity. jsonb keeps keys shortest first, and the
 * timeline's one-line summary takes the first few values: the title leads, the codes come last.
 */
const eventData = (a: LockedActivity) => ({
  activityId: a.id,
  title: a.title,
  location: a.location,
  startTime: a.start_time,
  activityDate: a.activity_date,
  activityKind: a.kind,
});

/** When the activity starts, as an instant (its day and start time in Amsterdam). */
const startsAt = (a: LockedActivity): Date => {
  const [hours = 0, minutes = 0] = a.start_time.split(':').map(Number);
  return new Date(startOfAmsterdamDay(a.activity_date).getTime() + (hours * 60 + minutes) * 60_000);
};

export const listActivities = async (ctx: Ctx, query: { period: 'upcoming' | 'past' }) => {
  authorize(ctx, 'labourMarketActivity.read');
  const rows = await repo.list(ctx.db, {
    werkpleinIds: ctx.actor.werkpleinIds,
    period: query.period,
    today: todayOf(ctx),
  });
  return { items: rows.map(presentSummary) };
};

export const getActivity = (ctx: Ctx, id: string) =>
  activityCommand(ctx, 'labourMarketActivity.read', id, (trx) => detail(trx, ctx, id));

/** The matchmakers who may organise an activity of the Werkplein. */
export const listOrganisers = async (ctx: Ctx, werkpleinId: string) => {
  authorize(ctx, 'labourMarketActivity.manage');
  assertWerkplein(ctx, 'labourMarketActivity.manage', werkpleinId);
  return { items: await repo.organisers(ctx.db, werkpleinId) };
};

const checkOrganiser = async (trx: Trx, werkpleinId: string, organiserId: string) => {
  if (!(await employerRepository.isAccountManagerOf(trx, organiserId, werkpleinId)))
    throw fieldProblem('organiserId', 'not_account_manager', 'Not a matchmaker of this Werkplein');
};

const checkDateNotPast = (ctx: Ctx, date: string) => {
  if (date < todayOf(ctx)) throw fieldProblem('date', 'date_in_past', 'The date lies in the past');
};

/** A matchmaker (or the MT, naming a matchmaker) plans an activity in one of his Werkpleinen. */
export const createActivity = (ctx: Ctx, input: TActivityInput) =>
  werkpleinCommand(
    ctx,
    {
      action: 'labourMarketActivity.manage',
      activity: 'labourMarketActivities',
      werkpleinId: input.werkpleinId,
    },
    async (trx) => {
      checkDateNotPast(ctx, input.date);
      const organiserId =
        input.organiserId ?? (ctx.actor.roles.includes('accountManager') ? ctx.actor.employeeId : undefined);
      if (!organiserId) throw fieldProblem('organiserId', 'required', 'Name the organising matchmaker');
      await checkOrganiser(trx, input.werkpleinId, organiserId);
      const id = await repo.insert(
        trx,
        input.werkpleinId,
        { ...input, organiserId },
        ctx.actor.employeeId,
        ctx.clock.now(),
      );
      return detail(trx, ctx, id);
    },
  );

/** Changes a planned activity: not into the past, not below the places already taken. */
export const updateActivity = (ctx: Ctx, id: string, input: TActivityUpdate) =>
  activityCommand(ctx, 'labourMarketActivity.manage', id, async (trx, activity) => {
    if (activity.status !== 'planned')
      throw new DomainError('activity_closed', `The activity is ${activity.status}`, {
        status: activity.status,
        date: activity.activity_date,
        rule: activity.status,
      });
    if (input.date !== activity.activity_date) checkDateNotPast(ctx, input.date);
    await checkOrganiser(trx, activity.werkplein_id, input.organiserId);
    const taken = placesTaken(await repo.participantStatuses(trx, id));
    if (input.capacity < taken)
      throw new DomainError('validation_failed', 'Fewer places than jobseekers taking part', undefined, [
        { path: 'capacity', code: 'capacity_below_taken', message: `${taken} places are taken` },
      ]);
    if (!(await repo.update(trx, id, input.version, input, ctx.clock.now()))) return stale(trx, ctx, id);
    return detail(trx, ctx, id);
  });

/**
 * Completes (afronden, from the day on) or cancels a planned activity. Cancelling tells every
 * jobseeker still invited or registered, in his timeline.
 */
export const changeActivityStatus = (
  ctx: Ctx,
  id: string,
  input: { status: 'completed' | 'cancelled'; version: number },
) =>
  activityCommand(ctx, 'labourMarketActivity.manage', id, async (trx, activity, { role }) => {
    const blocked = completionBlockedBecause(facts(activity), todayOf(ctx));
    if (blocked === 'not_planned')
      throw new DomainError('activity_closed', `The activity is ${activity.status}`, {
        status: activity.status,
        date: activity.activity_date,
        rule: activity.status,
      });
    if (input.status === 'completed' && blocked === 'not_yet_held')
      throw fieldProblem('status', 'not_yet_held', 'An activity is completed on or after its day');
    if (!(await repo.setStatus(trx, id, input.version, input.status, ctx.clock.now())))
      return stale(trx, ctx, id);
    const affected =
      input.status === 'cancelled'
        ? (await repo.participants(trx, id)).filter(
            (p) => p.status === 'invited' || p.status === 'registered',
          )
        : [];
    const shown = await detail(trx, ctx, id);
    return {
      result: shown.result,
      // Cancelling tells every jobseeker still invited or registered, in his timeline.
      events: affected.map((p) => ({
        werkpleinId: p.werkplein_id,
        jobseekerId: p.jobseeker_id,
        type: 'labourMarketActivity.cancelled' as const,
        data: eventData(activity),
      })),
      log: [
        ...(affected.length > 0
          ? [
              log(
                'labourMarketActivity.manage',
                role,
                activity,
                affected.map((p) => p.bsn),
              ),
            ]
          : []),
        shown.log,
      ],
    };
  });

/** Checks that every vacancy is an open vacancy of this employer. */
const checkVacancies = async (trx: Trx, employerId: string, vacancyIds: readonly string[]) => {
  for (const [index, vacancyId] of [...new Set(vacancyIds)].entries()) {
    const vacancy = await vacancyRepository.getById(trx, vacancyId);
    if (!vacancy || vacancy.employer_id !== employerId)
      throw fieldProblem(`vacancyIds.${index}`, 'not_of_employer', 'Not a vacancy of this employer');
    if (vacancy.status !== 'open')
      throw fieldProblem(`vacancyIds.${index}`, 'vacancy_not_open', 'The vacancy is not open');
  }
  return [...new Set(vacancyIds)];
};

/** An employer of the Werkplein takes part, with which of its open vacancies; logged as a contact. */
export const addEmployer = (ctx: Ctx, id: string, input: { employerId: string; vacancyIds: string[] }) =>
  activityCommand(ctx, 'labourMarketActivity.manage', id, async (trx, activity) => {
    assertParticipantsOpen(ctx, activity);
    const employer = await employerRepository.getById(trx, input.employerId);
    if (!employer || employer.werkplein_id !== activity.werkplein_id)
      throw fieldProblem('employerId', 'not_in_werkplein', 'Not an employer of this Werkplein');
    if (await repo.findEmployer(trx, id, input.employerId))
      throw new DomainError('already_participating', 'The employer already takes part', {
        employerId: input.employerId,
      });
    const vacancyIds = await checkVacancies(trx, input.employerId, input.vacancyIds);
    try {
      await repo.insertEmployer(trx, id, input.employerId, ctx.actor.employeeId, ctx.clock.now());
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError('already_participating', 'The employer already takes part', {
          employerId: input.employerId,
        });
      throw error;
    }
    await repo.replaceVacancies(trx, id, input.employerId, vacancyIds);
    // One face to the employer: taking part is a contact, which the matchmaker and the other
    // partners see in the employer's contact log (and which counts for double-approach warnings).
    const now = ctx.clock.now();
    await employerRepository.insertContact(trx, {
      employerId: input.employerId,
      employeeId: ctx.actor.employeeId,
      partnerId: ctx.actor.partnerId,
      channel: 'event',
      subject: `Deelname aan ${activity.title}`,
      occurredAt: now,
      createdAt: now,
    });
    return {
      result: (await employerParticipations(trx, id, input.employerId))[0] as TEmployerParticipation,
      log: false,
    };
  });

/** Which of the employer's vacancies the activity is about. */
export const changeEmployerVacancies = (
  ctx: Ctx,
  id: string,
  employerId: string,
  input: { vacancyIds: string[] },
) =>
  activityCommand(ctx, 'labourMarketActivity.manage', id, async (trx, activity) => {
    assertParticipantsOpen(ctx, activity);
    if (!(await repo.findEmployer(trx, id, employerId)))
      throw new DomainError('not_found', 'The employer does not take part');
    const vacancyIds = await checkVacancies(trx, employerId, input.vacancyIds);
    await repo.replaceVacancies(trx, id, employerId, vacancyIds);
    return {
      result: (await employerParticipations(trx, id, employerId))[0] as TEmployerParticipation,
      log: false,
    };
  });

export const removeEmployer = (ctx: Ctx, id: string, employerId: string) =>
  activityCommand(ctx, 'labourMarketActivity.manage', id, async (trx, activity) => {
    assertParticipantsOpen(ctx, activity);
    if (!(await repo.findEmployer(trx, id, employerId)))
      throw new DomainError('not_found', 'The employer does not take part');
    if ((await repo.followUpsWith(trx, id, employerId)) > 0)
      throw new DomainError('participation_not_possible', 'Jobseekers have a follow-up at this employer', {
        rule: 'has_follow_ups',
      });
    await repo.deleteEmployer(trx, id, employerId);
    return { result: undefined, log: false };
  });

const capacityExceeded = (a: LockedActivity, taken: number) =>
  new DomainError('capacity_exceeded', 'All places are taken', {
    capacity: a.capacity,
    placesTaken: taken,
  });

const participationEvent: Record<'invited' | 'registered' | 'withdrawn', CaseEventType> = {
  invited: 'labourMarketActivity.invited',
  registered: 'labourMarketActivity.registered',
  withdrawn: 'labourMarketActivity.withdrawn',
};

/**
 * A matchmaker invites, or a klantmanager registers, a jobseeker of the activity's Werkplein. A
 * matchmaker sees only activated jobseekers, so he can add only those; a klantmanager any of his
 * Werkplein's. Refused when the activity is closed, full, or the jobseeker takes part already.
 */
export const addJobseeker = (ctx: Ctx, id: string, input: TJobseekerParticipationRequest) =>
  activityCommand(ctx, 'labourMarketActivity.enrol', id, async (trx, activity, { startedAt: now }) => {
    assertParticipantsOpen(ctx, activity);
    const path = input.jobseekerId !== undefined ? 'jobseekerId' : 'dossierNumber';
    const jobseeker = await repo.findJobseeker(
      trx,
      input.jobseekerId !== undefined
        ? { id: input.jobseekerId }
        : { dossierNumber: (input.dossierNumber ?? '').toUpperCase() },
    );
    // Unknown, or of another Werkplein: the same answer, so nothing is learnt about other Werkpleinen.
    if (!jobseeker || jobseeker.werkplein_id !== activity.werkplein_id)
      throw fieldProblem(path, 'not_in_werkplein', 'No jobseeker of this Werkplein');
    const activated =
      jobseeker.available_for_work && jobseeker.outflow_date === null && jobseeker.handed_over_at === null;
    if (!ctx.actor.roles.includes('caseManager') && !activated)
      throw fieldProblem(path, 'not_activated', 'The jobseeker is not activated for work');
    const existing = await repo.participation(trx, id, jobseeker.id);
    if (existing)
      throw new DomainError('already_participating', 'The jobseeker already takes part', {
        jobseekerId: jobseeker.id,
        status: existing.status,
      });
    const taken = placesTaken(await repo.participantStatuses(trx, id));
    if (taken >= activity.capacity) throw capacityExceeded(activity, taken);
    try {
      await repo.insertParticipation(trx, {
        activityId: id,
        jobseekerId: jobseeker.id,
        status: input.status,
        by: ctx.actor.employeeId,
        at: now,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError('already_participating', 'The jobseeker already takes part', {
          jobseekerId: jobseeker.id,
        });
      throw error;
    }
    return {
      result: presentParticipation((await repo.participation(trx, id, jobseeker.id)) as ParticipationRow),
      event: {
        werkpleinId: jobseeker.werkplein_id,
        jobseekerId: jobseeker.id,
        type: participationEvent[input.status],
        data: eventData(activity),
      },
      log: { subjectBsns: [jobseeker.bsn] },
    };
  });

const loadParticipation = async (trx: Trx, activityId: string, jobseekerId: string) => {
  const participation = await repo.participation(trx, activityId, jobseekerId);
  if (!participation) throw new DomainError('not_found', 'The jobseeker does not take part');
  return participation;
};

/** Before the day: an invited jobseeker registers, or anyone withdraws (afmelden) or comes back. */
export const moveJobseeker = (
  ctx: Ctx,
  id: string,
  jobseekerId: string,
  input: { status: 'registered' | 'withdrawn' },
) =>
  activityCommand(ctx, 'labourMarketActivity.enrol', id, async (trx, activity, { startedAt: now }) => {
    assertParticipantsOpen(ctx, activity);
    const participation = await loadParticipation(trx, id, jobseekerId);
    if (!canMove(participation.status, input.status))
      throw new DomainError(
        'participation_not_possible',
        `Cannot move from ${participation.status} to ${input.status}`,
        { status: participation.status, rule: 'status' },
      );
    if (needsPlace(participation.status, input.status)) {
      const taken = placesTaken(await repo.participantStatuses(trx, id));
      if (taken >= activity.capacity) throw capacityExceeded(activity, taken);
    }
    if (
      !(await repo.moveParticipation(trx, id, jobseekerId, participation.status, {
        status: input.status,
        by: ctx.actor.employeeId,
        at: now,
      }))
    )
      throw new DomainError('conflict', 'Someone else changed this participation');
    return {
      result: presentParticipation(await loadParticipation(trx, id, jobseekerId)),
      event: {
        werkpleinId: participation.werkplein_id,
        jobseekerId,
        type: participationEvent[input.status],
        data: eventData(activity),
      },
      log: { subjectBsns: [participation.bsn] },
    };
  });

/**
 * From the day of the activity on: whether the jobseeker came, and optionally a follow-up
 * conversation at one of the participating employers. May be corrected after completion.
 */
export const recordAttendance = (ctx: Ctx, id: string, jobseekerId: string, input: TAttendanceRequest) =>
  activityCommand(ctx, 'labourMarketActivity.manage', id, async (trx, activity, { startedAt: now }) => {
    const closed = attendanceClosedBecause(facts(activity), todayOf(ctx));
    if (closed === 'cancelled')
      throw new DomainError('activity_closed', 'The activity was cancelled', {
        status: activity.status,
        date: activity.activity_date,
        rule: closed,
      });
    if (closed === 'not_yet_held')
      throw new DomainError('participation_not_possible', 'Attendance is recorded from the day itself', {
        rule: closed,
      });
    const participation = await loadParticipation(trx, id, jobseekerId);
    if (input.followUpEmployerId && !(await repo.findEmployer(trx, id, input.followUpEmployerId)))
      throw fieldProblem('followUpEmployerId', 'not_participating', 'The employer does not take part');
    const status = input.attended ? 'attended' : 'no_show';
    if (
      !(await repo.moveParticipation(trx, id, jobseekerId, participation.status, {
        status,
        by: ctx.actor.employeeId,
        at: now,
        followUpEmployerId: input.followUpEmployerId,
      }))
    )
      throw new DomainError('conflict', 'Someone else changed this participation');
    const after = await loadParticipation(trx, id, jobseekerId);
    return {
      result: presentParticipation(after),
      event: {
        werkpleinId: participation.werkplein_id,
        jobseekerId,
        type: 'labourMarketActivity.attendance',
        occurredAt: startsAt(activity),
        data: {
          ...eventData(activity),
          attended: input.attended,
          ...(after.follow_up_employer_name ? { followUpEmployerName: after.follow_up_employer_name } : {}),
        },
      },
      log: { subjectBsns: [participation.bsn] },
    };
  });
