import type {
  TAgreementDone,
  TContactChange,
  TPortalAgreement,
  TPortalHome,
  TPortalLog,
} from '../../../contracts/portal.ts';
import { citizenCommand, citizenQuery, conflict, notOwn } from '../../command/command.ts';
import type { CitizenCtx } from '../../context.ts';
import type { JobseekerRow } from '../../db/schema.ts';
import { pseudonymOf } from '../processing-log/processing-log.service.ts';
import { taskRepository } from '../task/task.repository.ts';
import { icsOf } from './ics.ts';
import { portalRepository } from './portal.repository.ts';

const fullName = (j: Pick<JobseekerRow, 'given_names' | 'surname_prefix' | 'surname'>) =>
  [j.given_names, j.surname_prefix, j.surname].filter(Boolean).join(' ');

type AgreementRow = Awaited<ReturnType<typeof portalRepository.agreementsOf>>[number];
type AgreementEvent = Awaited<ReturnType<typeof portalRepository.agreementEventsOf>>[number];

/** Who an agreement waits on: his akkoord first, then whoever is responsible while it is open. */
export const waitingOnOf = (a: Pick<AgreementRow, 'status' | 'accepted_at' | 'responsible'>) => {
  if (a.status !== 'open') return null;
  if (a.accepted_at === null) return 'you' as const;
  return a.responsible === 'jobseeker' ? ('you' as const) : ('caseManager' as const);
};

const presentAgreement = (a: AgreementRow, events: readonly AgreementEvent[]): TPortalAgreement => ({
  id: a.id,
  description: a.description,
  responsible: a.responsible,
  dueDate: a.due_date,
  status: a.status,
  acceptedAt: a.accepted_at?.toISOString() ?? null,
  comment: a.jobseeker_comment,
  version: a.version,
  waitingOn: waitingOnOf(a),
  history: events
    .filter((e) => (e.data as { agreementId?: unknown }).agreementId === a.id)
    .map((e) => {
      const data = e.data as { status?: TPortalAgreement['status']; comment?: string };
      return {
        type: e.type,
        at: e.occurred_at.toISOString(),
        byYou: e.actor_jobseeker_id !== null,
        status: data.status ?? null,
        comment: data.comment ?? null,
      };
    }),
});

/** The portal's home: my klantmanager, my agreements, appointments and benefits, in one read. */
export const getHome = (ctx: CitizenCtx): Promise<TPortalHome> =>
  citizenQuery(ctx, { action: 'portal.read', activity: 'portal' }, async (trx, me) => {
    const [werkplein, agreements, events, appointments, benefits] = await Promise.all([
      portalRepository.caseManagerOf(trx, me.id),
      portalRepository.agreementsOf(trx, me.id),
      portalRepository.agreementEventsOf(trx, me.id),
      portalRepository.appointmentsOf(trx, me.id),
      portalRepository.benefitsOf(trx, me.id),
    ]);
    return {
      result: {
        me: {
          name: fullName(me),
          werkplein: werkplein.werkplein,
          phone: me.phone,
          email: me.email,
          version: me.version,
        },
        caseManager: werkplein.case_manager_name
          ? {
              name: werkplein.case_manager_name,
              email: werkplein.case_manager_email,
              organisation: werkplein.organisation ?? werkplein.werkplein,
            }
          : null,
        agreements: agreements.map((a) => presentAgreement(a, events)),
        appointments: appointments.map((a) => ({
          id: a.id,
          startsAt: a.starts_at.toISOString(),
          endsAt: a.ends_at.toISOString(),
          channel: a.channel,
          location: a.location,
          subject: a.subject,
          status: a.status,
          with: a.employee_name,
        })),
        benefits: benefits.map((b) => ({
          type: b.benefit_type,
          startDate: b.start_date,
          endDate: b.end_date,
        })),
      },
    };
  });

/** One of my appointments as an iCalendar file; someone else's id is not found (and logged). */
export const appointmentIcs = (ctx: CitizenCtx, appointmentId: string): Promise<string> =>
  citizenQuery(
    ctx,
    { action: 'portal.read', activity: 'portal', object: { type: 'appointment', id: appointmentId } },
    async (trx, me) => {
      const a = await portalRepository.appointment(trx, appointmentId);
      if (!a || a.jobseeker_id !== me.id) throw notOwn(ctx, { type: 'appointment', id: appointmentId });
      return {
        result: icsOf({
          uid: `${a.id}@werkplein`,
          stamp: ctx.clock.now(),
          start: a.starts_at,
          end: a.ends_at,
          summary: `${a.subject} (${a.werkplein})`,
          location: a.location,
          description: `Afspraak met ${a.employee_name}`,
        }),
      };
    },
  );

/** The agreement, if it is mine; otherwise not found (and logged as a refused attempt). */
const ownAgreement = async (
  ctx: CitizenCtx,
  trx: Parameters<Parameters<typeof citizenCommand>[2]>[0],
  me: JobseekerRow,
  agreementId: string,
) => {
  const agreement = await portalRepository.agreement(trx, agreementId);
  if (!agreement || agreement.jobseeker_id !== me.id)
    throw notOwn(ctx, { type: 'agreement', id: agreementId });
  return agreement;
};

/**
 * The agreement as it is now. `step`: the event this command is about to append (the helper
 * appends it after the work), so the history shown already holds it.
 */
const currentAgreement = async (
  trx: Parameters<Parameters<typeof citizenCommand>[2]>[0],
  me: JobseekerRow,
  agreementId: string,
  step?: TPortalAgreement['history'][number],
): Promise<TPortalAgreement> => {
  const [rows, events] = await Promise.all([
    portalRepository.agreementsOf(trx, me.id),
    portalRepository.agreementEventsOf(trx, me.id),
  ]);
  const row = rows.find((r) => r.id === agreementId);
  if (!row) throw new Error('Agreement vanished inside its own transaction');
  const current = presentAgreement(row, events);
  return step ? { ...current, history: [...current.history, step] } : current;
};

/** "Akkoord" on a new agreement: a case event in his plan, with him as the actor. */
export const acceptAgreement = (ctx: CitizenCtx, agreementId: string, version: number) =>
  citizenCommand(
    ctx,
    { action: 'portal.change', activity: 'portal', object: { type: 'agreement', id: agreementId } },
    async (trx, me) => {
      await ownAgreement(ctx, trx, me, agreementId);
      const now = ctx.clock.now();
      const saved = await portalRepository.accept(trx, agreementId, version, now);
      if (!saved)
        return conflict(
          'The agreement changed, or was already accepted',
          await currentAgreement(trx, me, agreementId),
        );
      const current = await currentAgreement(trx, me, agreementId, {
        type: 'agreement.accepted',
        at: now.toISOString(),
        byYou: true,
        status: null,
        comment: null,
      });
      return {
        result: current,
        event: { type: 'agreement.accepted', data: { agreementId, version: current.version } },
      };
    },
  );

/** He marks his own agreement done, with a comment: a case event, worded for him in the history. */
export const completeAgreement = (ctx: CitizenCtx, agreementId: string, input: TAgreementDone) =>
  citizenCommand(
    ctx,
    { action: 'portal.change', activity: 'portal', object: { type: 'agreement', id: agreementId } },
    async (trx, me) => {
      await ownAgreement(ctx, trx, me, agreementId);
      const comment = input.comment ? input.comment : null;
      const now = ctx.clock.now();
      const saved = await portalRepository.complete(trx, agreementId, input.version, comment, now);
      if (!saved)
        return conflict(
          'The agreement changed, or is not yours to complete',
          await currentAgreement(trx, me, agreementId),
        );
      const current = await currentAgreement(trx, me, agreementId, {
        type: 'agreement.completedByJobseeker',
        at: now.toISOString(),
        byYou: true,
        status: 'done',
        comment,
      });
      return {
        result: current,
        event: {
          type: 'agreement.completedByJobseeker',
          data: { agreementId, status: 'done', comment, version: current.version },
        },
      };
    },
  );

/**
 * He changes his phone number and e-mail address himself: a case event, and his klantmanager
 * gets a task so he knows (nobody is left calling an old number).
 */
export const changeContact = (ctx: CitizenCtx, input: TContactChange) =>
  citizenCommand(
    ctx,
    { action: 'portal.change', activity: 'portal', object: { type: 'contact-details', id: null } },
    async (trx, me) => {
      const contact = { phone: input.phone || null, email: input.email || null };
      const changed = (['phone', 'email'] as const).filter((field) => contact[field] !== me[field]);
      const now = ctx.clock.now();
      const current = { phone: me.phone, email: me.email, version: me.version };
      if (changed.length === 0) return { result: current };
      if (!(await portalRepository.updateContact(trx, me.id, input.version, contact, now)))
        return conflict('Your contact details were changed meanwhile', current);
      if (me.case_manager_id)
        await taskRepository.create(trx, {
          werkpleinId: me.werkplein_id,
          jobseekerId: me.id,
          assigneeId: me.case_manager_id,
          kind: 'contact_details_changed',
          title: `${fullName(me)} heeft zijn contactgegevens gewijzigd in Mijn Werkplein`,
          dueAt: new Date(now.getTime() + 2 * 86_400_000),
          createdAt: now,
        });
      return {
        result: { ...contact, version: me.version + 1 },
        event: { type: 'contactDetails.changed', data: { fields: changed } },
      };
    },
  );

const PAGE_SIZE = 20;

/**
 * "Wie bekeek mijn gegevens": every processing of his data by staff (not his own visits), with
 * the organisation and role, the purpose and legal basis from the register; never an employee's name.
 */
export const getMyProcessingLog = (ctx: CitizenCtx, page: number): Promise<TPortalLog> =>
  citizenQuery(
    ctx,
    { action: 'portal.read', activity: 'portal', object: { type: 'processing-log', id: null } },
    async (trx, me) => {
      const rows = await portalRepository.accessesOf(
        trx,
        pseudonymOf(ctx.pseudonymKey, me.bsn),
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
      );
      return {
        result: {
          items: rows.slice(0, PAGE_SIZE).map((r) => ({
            at: r.occurred_at.toISOString(),
            organisation: r.organisation,
            role: r.role,
            action: r.action,
            activity: r.activity,
            purpose: r.purpose,
            legalBasis: r.legal_basis,
          })),
          page,
          hasMore: rows.length > PAGE_SIZE,
        },
      };
    },
  );
