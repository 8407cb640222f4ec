import type { z } from 'zod';
import {
  debtAssistanceDocuments,
  type TRegistration,
  type ZRegistrationRequest,
} from '../../../contracts/intake.ts';
import type { Ctx } from '../../context.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import { werkpleinCommand, type CaseEvent, type Trx } from '../../command/command.ts';
import { followUpDue } from './intake.rules.ts';
import { jobseekerRepository } from './jobseeker.repository.ts';
import { foldName, surnameKey } from './name-key.ts';
import { registrationRepository } from './registration.repository.ts';

export type RegistrationInput = z.output<typeof ZRegistrationRequest>;
type PersonInput = Extract<RegistrationInput, { person: unknown }>['person'];

/** The dossier for a BSN: the existing one of this Werkplein, or a new one (with its event). */
const openOrCreateDossier = async (trx: Trx, ctx: Ctx, werkpleinId: string, person: PersonInput) => {
  const found = await jobseekerRepository.findByBsn(trx, werkpleinId, person.bsn);
  if (found) return { id: found.id, bsn: found.bsn, existing: true, events: [] };
  const now = ctx.clock.now();
  const row = await jobseekerRepository.insert(trx, {
    werkplein_id: werkpleinId,
    bsn: person.bsn,
    given_names: person.givenNames,
    surname_prefix: person.surnamePrefix,
    surname: person.surname,
    surname_key: surnameKey(person.surname),
    given_key: foldName(person.givenNames),
    birth_date: person.birthDate,
    gender: person.gender,
    street: person.street,
    house_number: person.houseNumber,
    postcode: person.postcode,
    city: person.city,
    phone: person.phone || null,
    email: person.email || null,
    is_test_data: false,
    created_at: now,
    updated_at: now,
  });
  const registered: CaseEvent = {
    werkpleinId,
    jobseekerId: row.id,
    type: 'jobseeker.registered',
    data: { dossierNumber: row.dossier_number },
  };
  return { id: row.id, bsn: row.bsn, existing: false, events: [registered] };
};

const recordOnce = (ctx: Ctx, input: RegistrationInput): Promise<TRegistration> =>
  werkpleinCommand(
    ctx,
    { action: 'registration.record', activity: 'registration', werkpleinId: input.werkpleinId },
    async (trx) => {
      const now = ctx.clock.now();
      const by = ctx.actor.employeeId;
      if (input.routing === 'third_party') {
        // Anything else goes to a third party: a contact is recorded, no dossier and no BSN.
        const row = await registrationRepository.insert(trx, {
          werkplein_id: input.werkpleinId,
          channel: input.channel,
          routing: 'third_party',
          jobseeker_id: null,
          question: input.question,
          contact_name: input.contactName,
          contact_details: input.contactDetails,
          third_party: input.thirdParty,
          referral_id: null,
          appointment_id: null,
          registered_at: now,
          follow_up_due_at: followUpDue(now),
          registered_by: by,
        });
        return {
          result: present(row, null, []),
          log: {
            object: { type: 'registration', id: row.id },
            otherSubjects: [{ type: 'registration-contact', id: row.id }],
          },
        };
      }

      const dossier = await openOrCreateDossier(trx, ctx, input.werkpleinId, input.person);
      const events: CaseEvent[] = [...dossier.events];
      let referralId: string | null = null;
      let appointment: TRegistration['appointment'] = null;
      if (input.routing === 'debt_assistance' || input.routing === 'bbz') {
        const unit = input.routing === 'bbz' ? 'income' : 'debt_assistance';
        const question = input.routing === 'bbz' ? `Bbz: ${input.question}` : input.question;
        const open = await registrationRepository.openReferral(trx, input.werkpleinId, dossier.id, unit);
        referralId =
          open?.id ??
          (await registrationRepository.insertReferral(trx, {
            werkpleinId: input.werkpleinId,
            jobseekerId: dossier.id,
            unit,
            question,
            by,
            at: now,
          }));
        if (!open) {
          events.push({
            werkpleinId: input.werkpleinId,
            jobseekerId: dossier.id,
            type: 'referral.sent',
            data: { referralId, unit, bbz: input.routing === 'bbz', fromRegistration: true },
          });
        }
      }
      if (input.routing === 'debt_assistance' && input.appointment) {
        const startsAt = new Date(input.appointment.startsAt);
        if (startsAt.getTime() <= now.getTime()) {
          throw new DomainError('validation_failed', 'The appointment lies in the past', undefined, [
            { path: 'appointment.startsAt', code: 'in_past', message: 'The appointment lies in the past' },
          ]);
        }
        const endsAt = new Date(startsAt.getTime() + input.appointment.durationMinutes * 60_000);
        const officers = await registrationRepository.debtOfficers(trx, input.werkpleinId);
        const wanted = input.appointment.employeeId;
        const candidates = wanted ? officers.filter((o) => o.id === wanted) : officers;
        if (wanted && candidates.length === 0) {
          throw new DomainError('validation_failed', 'No such debt-assistance officer', undefined, [
            {
              path: 'appointment.employeeId',
              code: 'unknown_employee',
              message: 'No such debt-assistance officer',
            },
          ]);
        }
        let chosen: (typeof officers)[number] | undefined;
        for (const officer of candidates) {
          await registrationRepository.lockEmployee(trx, officer.id);
          if (!(await registrationRepository.hasOverlap(trx, officer.id, startsAt, endsAt))) {
            chosen = officer;
            break;
          }
        }
        if (!chosen)
          throw new DomainError('double_booked', 'No debt-assistance officer is free at that time');
        const id = await registrationRepository.insertAppointment(trx, {
          werkpleinId: input.werkpleinId,
          jobseekerId: dossier.id,
          employeeId: chosen.id,
          startsAt,
          endsAt,
          subject: 'Eerste gesprek schuldhulpverlening',
          by,
          at: now,
        });
        events.push({
          werkpleinId: input.werkpleinId,
          jobseekerId: dossier.id,
          type: 'appointment.planned',
          data: { appointmentId: id, employeeId: chosen.id, startsAt: startsAt.toISOString() },
        });
        appointment = {
          id,
          employeeId: chosen.id,
          employeeName: chosen.name,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
        };
      }
      const row = await registrationRepository.insert(trx, {
        werkplein_id: input.werkpleinId,
        channel: input.channel,
        routing: input.routing,
        jobseeker_id: dossier.id,
        existing_dossier: dossier.existing,
        question: input.question,
        contact_name: null,
        contact_details: null,
        third_party: null,
        referral_id: referralId,
        appointment_id: appointment?.id ?? null,
        registered_at: now,
        follow_up_due_at: followUpDue(now),
        registered_by: by,
      });
      events.push({
        werkpleinId: input.werkpleinId,
        jobseekerId: dossier.id,
        type: 'registration.recorded',
        data: {
          registrationId: row.id,
          channel: input.channel,
          routing: input.routing,
          existingDossier: dossier.existing,
        },
      });
      return {
        result: present(
          row,
          appointment,
          input.routing === 'debt_assistance' ? [...debtAssistanceDocuments] : [],
        ),
        events,
        log: { object: { type: 'jobseeker', id: dossier.id }, subjectBsns: [dossier.bsn] },
      };
    },
  );

const present = (
  row: Awaited<ReturnType<typeof registrationRepository.insert>>,
  appointment: TRegistration['appointment'],
  documentsToBring: TRegistration['documentsToBring'],
): TRegistration => ({
  id: row.id,
  werkpleinId: row.werkplein_id,
  channel: row.channel,
  routing: row.routing,
  jobseekerId: row.jobseeker_id,
  existingDossier: row.existing_dossier,
  question: row.question,
  contactName: row.contact_name,
  thirdParty: row.third_party,
  referralId: row.referral_id,
  appointment,
  documentsToBring,
  registeredAt: row.registered_at.toISOString(),
  followUpDueAt: row.follow_up_due_at.toISOString(),
});

/**
 * Records a registration, the same whatever the channel, and routes it. A known BSN opens the
 * existing dossier; two desks registering the same new BSN at once end in the one dossier.
 */
export const recordRegistration = async (ctx: Ctx, input: RegistrationInput): Promise<TRegistration> => {
  try {
    return await recordOnce(ctx, input);
  } catch (error) {
    if (isUniqueViolation(error)) return recordOnce(ctx, input);
    throw error;
  }
};
