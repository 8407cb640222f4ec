import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { TEmployerInput } from '../../../contracts/employer.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const employerRepository = {
  async list(
    db: Executor,
    filter: { werkpleinIds: readonly string[]; q?: string; accountManagerId?: string },
  ) {
    if (filter.werkpleinIds.length === 0) return [];
    let query = db
      .selectFrom('employer as e')
      .leftJoin('employee as am', 'am.id', 'e.account_manager_id')
      .select((eb) => [
        'e.id',
        'e.werkplein_id',
        'e.kvk_number',
        'e.name',
        'e.sector',
        'e.size_class',
        'e.account_manager_id',
        'am.name as account_manager_name',
        eb
          .selectFrom('employer_contact as c')
          .select((c) => c.fn.max('c.occurred_at').as('last'))
          .whereRef('c.employer_id', '=', 'e.id')
          .as('last_contact_at'),
      ])
      .where('e.werkplein_id', 'in', filter.werkpleinIds);
    if (filter.accountManagerId) query = query.where('e.account_manager_id', '=', filter.accountManagerId);
    if (filter.q) {
      const q = filter.q.replace(/\s/g, '');
      query = /^\d{8}$/.test(q)
        ? query.where('e.kvk_number', '=', q)
        : query.where(sql`lower(e.name)`, 'like', `${filter.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`);
    }
    return query.orderBy('e.name').limit(200).execute();
  },

  async getById(db: Executor, id: string) {
    return db
      .selectFrom('employer as e')
      .leftJoin('employee as am', 'am.id', 'e.account_manager_id')
      .selectAll('e')
      .select('am.name as account_manager_name')
      .where('e.id', '=', id)
      .executeTakeFirst();
  },

  async findByKvk(db: Executor, werkpleinId: string, kvkNumber: string) {
    return db
      .selectFrom('employer')
      .select('id')
      .where('werkplein_id', '=', werkpleinId)
      .where('kvk_number', '=', kvkNumber)
      .executeTakeFirst();
  },

  async sectorAccountManager(db: Executor, werkpleinId: string, sector: string) {
    const row = await db
      .selectFrom('sector_account_manager')
      .select('employee_id')
      .where('werkplein_id', '=', werkpleinId)
      .where('sector', '=', sector)
      .executeTakeFirst();
    return row?.employee_id ?? null;
  },

  /** Whether the employee is an active matchmaker of the Werkplein. */
  async isAccountManagerOf(db: Executor, employeeId: string, werkpleinId: string) {
    const row = await db
      .selectFrom('employee as e')
      .innerJoin('employee_role as r', 'r.employee_id', 'e.id')
      .innerJoin('employee_werkplein as w', 'w.employee_id', 'e.id')
      .select('e.id')
      .where('e.id', '=', employeeId)
      .where('e.active', '=', true)
      .where('r.role', '=', 'accountManager')
      .where('w.werkplein_id', '=', werkpleinId)
      .executeTakeFirst();
    return row !== undefined;
  },

  async insert(db: Transaction<Database>, input: TEmployerInput, accountManagerId: string | null, now: Date) {
    const { id } = await db
      .insertInto('employer')
      .values({
        werkplein_id: input.werkpleinId,
        kvk_number: input.kvkNumber,
        name: input.name,
        sector: input.sector,
        size_class: input.sizeClass,
        account_manager_id: accountManagerId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.replaceDetails(db, id, input);
    return id;
  },

  async update(
    db: Transaction<Database>,
    id: string,
    version: number,
    input: Omit<TEmployerInput, 'werkpleinId' | 'kvkNumber'>,
    accountManagerId: string | null,
    now: Date,
  ) {
    const result = await db
      .updateTable('employer')
      .set((eb) => ({
        name: input.name,
        sector: input.sector,
        size_class: input.sizeClass,
        account_manager_id: accountManagerId,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await db.deleteFrom('employer_location').where('employer_id', '=', id).execute();
    await db.deleteFrom('employer_contact_person').where('employer_id', '=', id).execute();
    await this.replaceDetails(db, id, input);
    return true;
  },

  async replaceDetails(
    db: Transaction<Database>,
    id: string,
    input: Pick<TEmployerInput, 'locations' | 'contactPersons'>,
  ) {
    if (input.locations.length > 0) {
      await db
        .insertInto('employer_location')
        .values(
          input.locations.map((l) => ({
            employer_id: id,
            street: l.street,
            house_number: l.houseNumber,
            postcode: l.postcode,
            city: l.city,
          })),
        )
        .execute();
    }
    if (input.contactPersons.length > 0) {
      await db
        .insertInto('employer_contact_person')
        .values(
          input.contactPersons.map((c) => ({
            employer_id: id,
            name: c.name,
            job_title: c.jobTitle,
            phone: c.phone || null,
            email: c.email || null,
          })),
        )
        .execute();
    }
  },

  async details(db: Executor, id: string) {
    const [locations, contactPersons] = await Promise.all([
      db.selectFrom('employer_location').selectAll().where('employer_id', '=', id).orderBy('city').execute(),
      db
        .selectFrom('employer_contact_person')
        .selectAll()
        .where('employer_id', '=', id)
        .orderBy('name')
        .execute(),
    ]);
    return { locations, contactPersons };
  },

  async contacts(db: Executor, employerId: string, since?: Date) {
    let query = db
      .selectFrom('employer_contact as c')
      .innerJoin('employee as e', 'e.id', 'c.employee_id')
      .innerJoin('partner as p', 'p.id', 'c.partner_id')
      .select([
        'c.id',
        'c.employee_id',
        'e.name as employee_name',
        'c.partner_id',
        'p.name as partner_name',
        'c.channel',
        'c.subject',
        'c.occurred_at',
      ])
      .where('c.employer_id', '=', employerId);
    if (since) query = query.where('c.occurred_at', '>=', since);
    return query.orderBy('c.occurred_at', 'desc').limit(200).execute();
  },

  async insertContact(
    db: Transaction<Database>,
    row: {
      employerId: string;
      employeeId: string;
      partnerId: string;
      channel: 'visit' | 'phone' | 'email' | 'event' | 'other';
      subject: string;
      occurredAt: Date;
      createdAt: Date;
    },
  ) {
    const { id } = await db
      .insertInto('employer_contact')
      .values({
        employer_id: row.employerId,
        employee_id: row.employeeId,
        partner_id: row.partnerId,
        channel: row.channel,
        subject: row.subject,
        occurred_at: row.occurredAt,
        created_at: row.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },
};
