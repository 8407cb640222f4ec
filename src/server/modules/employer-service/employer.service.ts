import type {
  TEmployer,
  TEmployerContact,
  TEmployerInput,
  TEmployerUpdate,
} from '../../../contracts/employer.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { authorize } from '../identity/authorize.ts';
import { employerCommand, employerQuery, werkpleinCommand, type Trx } from '../../command/command.ts';
import { employerRepository } from './employer.repository.ts';
import { doubleApproach, recentByOtherPartners } from './employer.policy.ts';

type ContactRow = Awaited<ReturnType<typeof employerRepository.contacts>>[number];
const presentContact = (c: ContactRow): TEmployerContact => ({
  id: c.id,
  employee: { id: c.employee_id, name: c.employee_name },
  partner: { id: c.partner_id, name: c.partner_name },
  channel: c.channel,
  subject: c.subject,
  occurredAt: c.occurred_at.toISOString(),
});
const asFact = (c: ContactRow) => ({ ...c, partnerId: c.partner_id, occurredAt: c.occurred_at });

export const listEmployers = async (ctx: Ctx, query: { q?: string; mine: boolean }) => {
  authorize(ctx, 'employer.read');
  const rows = await employerRepository.list(ctx.db, {
    werkpleinIds: ctx.actor.werkpleinIds,
    q: query.q,
    accountManagerId: query.mine ? ctx.actor.employeeId : undefined,
  });
  return {
    items: rows.map((e) => ({
      id: e.id,
      werkpleinId: e.werkplein_id,
      kvkNumber: e.kvk_number,
      name: e.name,
      sector: e.sector as TEmployer['sector'],
      sizeClass: e.size_class as TEmployer['sizeClass'],
      accountManager: e.account_manager_id
        ? { id: e.account_manager_id, name: e.account_manager_name ?? '' }
        : null,
      lastContactAt: e.last_contact_at
        ? new Date(e.last_contact_at as unknown as string).toISOString()
        : null,
    })),
  };
};

/** The employer's contact persons, as the people the log line names. */
const contactPersonsOf = (contactPersons: readonly { id: string }[]) => ({
  otherSubjects: contactPersons.map((c) => ({ type: 'contactpersoon', id: c.id })),
});

export const getEmployer = (ctx: Ctx, id: string): Promise<TEmployer> =>
  employerQuery(
    ctx,
    { employerId: id, action: 'employer.read', activity: 'employerRelations' },
    async (trx, employer) => {
      const [{ locations, contactPersons }, contacts] = await Promise.all([
        employerRepository.details(trx, id),
        employerRepository.contacts(trx, id),
      ]);
      const warning = doubleApproach(contacts.map(asFact), ctx.clock.now());
      const result: TEmployer = {
        id: employer.id,
        werkpleinId: employer.werkplein_id,
        kvkNumber: employer.kvk_number,
        name: employer.name,
        sector: employer.sector as TEmployer['sector'],
        sizeClass: employer.size_class as TEmployer['sizeClass'],
        accountManager: employer.account_manager_id
          ? { id: employer.account_manager_id, name: employer.account_manager_name ?? '' }
          : null,
        lastContactAt: contacts[0]?.occurred_at.toISOString() ?? null,
        locations: locations.map((l) => ({
          id: l.id,
          street: l.street,
          houseNumber: l.house_number,
          postcode: l.postcode,
          city: l.city,
        })),
        contactPersons: contactPersons.map((c) => ({
          id: c.id,
          name: c.name,
          jobTitle: c.job_title,
          phone: c.phone,
          email: c.email,
        })),
        contacts: contacts.map(presentContact),
        warnings:
          warning.length > 0
            ? [{ kind: 'double_approach' as const, contacts: warning.map(presentContact) }]
            : [],
        version: employer.version,
      };
      return { result, log: contactPersonsOf(contactPersons) };
    },
  );

/** The matchmaker: the one asked for, else the sector's matchmaker, else the matchmaker registering it. */
const chooseAccountManager = async (
  trx: Trx,
  ctx: Ctx,
  werkpleinId: string,
  sector: string,
  asked: string | null | undefined,
) => {
  if (asked) {
    if (!(await employerRepository.isAccountManagerOf(trx, asked, werkpleinId))) {
      throw new DomainError('validation_failed', 'Not a matchmaker of this Werkplein', undefined, [
        { path: 'accountManagerId', code: 'not_account_manager', message: 'not a matchmaker here' },
      ]);
    }
    return asked;
  }
  if (asked === null) return null;
  return (
    (await employerRepository.sectorAccountManager(trx, werkpleinId, sector)) ??
    (ctx.actor.roles.includes('accountManager') ? ctx.actor.employeeId : null)
  );
};

export const createEmployer = async (ctx: Ctx, input: TEmployerInput) => {
  const id = await werkpleinCommand(
    ctx,
    { action: 'employer.manage', activity: 'employerRelations', werkpleinId: input.werkpleinId },
    async (trx) => {
      const existing = await employerRepository.findByKvk(trx, input.werkpleinId, input.kvkNumber);
      if (existing)
        throw new DomainError('employer_exists', 'This KvK number is known', { employerId: existing.id });
      const accountManagerId = await chooseAccountManager(
        trx,
        ctx,
        input.werkpleinId,
        input.sector,
        input.accountManagerId,
      );
      const created = await employerRepository.insert(trx, input, accountManagerId, ctx.clock.now());
      if (input.contactPersons.length === 0) return { result: created, log: false };
      const { contactPersons } = await employerRepository.details(trx, created);
      return {
        result: created,
        log: { object: { type: 'employer', id: created }, ...contactPersonsOf(contactPersons) },
      };
    },
  );
  return getEmployer(ctx, id);
};

export const updateEmployer = async (ctx: Ctx, id: string, input: TEmployerUpdate) => {
  const updated = await employerCommand(
    ctx,
    { employerId: id, action: 'employer.manage', activity: 'employerRelations' },
    async (trx, employer) => {
      const accountManagerId = await chooseAccountManager(
        trx,
        ctx,
        employer.werkplein_id,
        input.sector,
        input.accountManagerId,
      );
      const ok = await employerRepository.update(
        trx,
        id,
        input.version,
        input,
        accountManagerId,
        ctx.clock.now(),
      );
      if (!ok) return { result: false, log: false };
      const { contactPersons } = await employerRepository.details(trx, id);
      return { result: true, log: contactPersonsOf(contactPersons) };
    },
  );
  // The current employer is read (and logged) as getEmployer does, also on a conflict.
  const current = await getEmployer(ctx, id);
  if (!updated) throw new DomainError('conflict', 'Someone else changed this employer', { current });
  return current;
};

/**
 * Records a contact with an employer by anyone of any partner. The answer names the matchmaker and
 * everyone from another partner who approached the employer recently, so nobody is surprised.
 */
export const logContact = async (
  ctx: Ctx,
  employerId: string,
  input: { channel: TEmployerContact['channel']; subject: string; occurredAt: string },
) => {
  const occurredAt = new Date(input.occurredAt);
  // A contact is about the employer, not a person: no log line.
  return employerCommand(
    ctx,
    { employerId, action: 'employer.contact', activity: 'employerRelations' },
    async (trx, employer) => {
      if (occurredAt.getTime() > ctx.clock.now().getTime() + 5 * 60_000) {
        throw new DomainError('validation_failed', 'A contact cannot lie in the future', undefined, [
          { path: 'occurredAt', code: 'date_in_future', message: 'in the future' },
        ]);
      }
      const before = await employerRepository.contacts(trx, employerId);
      const id = await employerRepository.insertContact(trx, {
        employerId,
        employeeId: ctx.actor.employeeId,
        partnerId: ctx.actor.partnerId,
        channel: input.channel,
        subject: input.subject,
        occurredAt,
        createdAt: ctx.clock.now(),
      });
      const after = await employerRepository.contacts(trx, employerId);
      const contact = after.find((c) => c.id === id) as ContactRow;
      const result = {
        contact: presentContact(contact),
        recentByOthers: recentByOtherPartners(before.map(asFact), ctx.actor.partnerId, occurredAt).map(
          presentContact,
        ),
        accountManager: employer.account_manager_id
          ? { id: employer.account_manager_id, name: employer.account_manager_name ?? '' }
          : null,
      };
      return { result, log: false };
    },
  );
};
