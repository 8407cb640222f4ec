import type {
  TEmployer,
  TEmployerContact,
  TEmployerInput,
  TEmployerUpdate,
} from '../../../contracts/employer.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { assertWerkplein, authorize } from '../identity/authorize.ts';
import { recordProcessing } from '../processing-log/processing-log.service.ts';
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

/** Loads an employer the actor may see (his Werkpleinen), or answers not found. */
const loadEmployer = async (
  ctx: Ctx,
  action: 'employer.read' | 'employer.manage' | 'employer.contact',
  id: string,
) => {
  const role = authorize(ctx, action);
  const employer = await employerRepository.getById(ctx.db, id);
  if (!employer) throw new DomainError('not_found', 'Employer not found');
  assertWerkplein(ctx, action, employer.werkplein_id);
  return { ...employer, role };
};

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

export const getEmployer = async (ctx: Ctx, id: string): Promise<TEmployer> => {
  const startedAt = ctx.clock.now();
  const employer = await loadEmployer(ctx, 'employer.read', id);
  const role = employer.role;
  return ctx.db.transaction().execute(async (trx) => {
    const [{ locations, contactPersons }, contacts] = await Promise.all([
      employerRepository.details(trx, id),
      employerRepository.contacts(trx, id),
    ]);
    await recordProcessing(trx, ctx, {
      action: 'employer.read',
      role,
      activity: 'employerRelations',
      startedAt,
      werkpleinId: employer.werkplein_id,
      object: { type: 'employer', id },
      subjectBsns: [],
      otherSubjects: contactPersons.map((c) => ({ type: 'contactpersoon', id: c.id })),
    });
    const warning = doubleApproach(contacts.map(asFact), ctx.clock.now());
    return {
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
  });
};

/** The matchmaker: the one asked for, else the sector's matchmaker, else the matchmaker registering it. */
const chooseAccountManager = async (
  ctx: Ctx,
  werkpleinId: string,
  sector: string,
  asked: string | null | undefined,
) => {
  if (asked) {
    if (!(await employerRepository.isAccountManagerOf(ctx.db, asked, werkpleinId))) {
      throw new DomainError('validation_failed', 'Not a matchmaker of this Werkplein', undefined, [
        { path: 'accountManagerId', code: 'not_account_manager', message: 'not a matchmaker here' },
      ]);
    }
    return asked;
  }
  if (asked === null) return null;
  return (
    (await employerRepository.sectorAccountManager(ctx.db, werkpleinId, sector)) ??
    (ctx.actor.roles.includes('accountManager') ? ctx.actor.employeeId : null)
  );
};

export const createEmployer = async (ctx: Ctx, input: TEmployerInput) => {
  const role = authorize(ctx, 'employer.manage');
  assertWerkplein(ctx, 'employer.manage', input.werkpleinId);
  const existing = await employerRepository.findByKvk(ctx.db, input.werkpleinId, input.kvkNumber);
  if (existing)
    throw new DomainError('employer_exists', 'This KvK number is known', { employerId: existing.id });
  const accountManagerId = await chooseAccountManager(
    ctx,
    input.werkpleinId,
    input.sector,
    input.accountManagerId,
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await employerRepository.insert(trx, input, accountManagerId, ctx.clock.now());
    if (input.contactPersons.length > 0) {
      const { contactPersons } = await employerRepository.details(trx, created);
      await recordProcessing(trx, ctx, {
        action: 'employer.manage',
        role,
        activity: 'employerRelations',
        werkpleinId: input.werkpleinId,
        object: { type: 'employer', id: created },
        subjectBsns: [],
        otherSubjects: contactPersons.map((c) => ({ type: 'contactpersoon', id: c.id })),
      });
    }
    return created;
  });
  return getEmployer(ctx, id);
};

export const updateEmployer = async (ctx: Ctx, id: string, input: TEmployerUpdate) => {
  const employer = await loadEmployer(ctx, 'employer.manage', id);
  const role = employer.role;
  const accountManagerId = await chooseAccountManager(
    ctx,
    employer.werkplein_id,
    input.sector,
    input.accountManagerId,
  );
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const ok = await employerRepository.update(
      trx,
      id,
      input.version,
      input,
      accountManagerId,
      ctx.clock.now(),
    );
    if (ok) {
      const { contactPersons } = await employerRepository.details(trx, id);
      await recordProcessing(trx, ctx, {
        action: 'employer.manage',
        role,
        activity: 'employerRelations',
        werkpleinId: employer.werkplein_id,
        object: { type: 'employer', id },
        subjectBsns: [],
        otherSubjects: contactPersons.map((c) => ({ type: 'contactpersoon', id: c.id })),
      });
    }
    return ok;
  });
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
  const employer = await loadEmployer(ctx, 'employer.contact', employerId);
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > ctx.clock.now().getTime() + 5 * 60_000) {
    throw new DomainError('validation_failed', 'A contact cannot lie in the future', undefined, [
      { path: 'occurredAt', code: 'date_in_future', message: 'in the future' },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
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
    return {
      contact: presentContact(contact),
      recentByOthers: recentByOtherPartners(before.map(asFact), ctx.actor.partnerId, occurredAt).map(
        presentContact,
      ),
      accountManager: employer.account_manager_id
        ? { id: employer.account_manager_id, name: employer.account_manager_name ?? '' }
        : null,
    };
  });
};
