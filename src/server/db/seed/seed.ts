import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { BackOfficeUnit, Gender, PartnerKind, Role } from '../schema.ts';
import { foldName, surnameKey } from '../../modules/jobseeker-case/name-key.ts';

/** Small, composable seed functions; the demo data and the tests are built from these. */

export const seedPartner = async (db: Db, p: { id: string; name: string; kind: PartnerKind }) => {
  await db
    .insertInto('partner')
    .values(p)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return p;
};

export const seedWerkplein = async (
  db: Db,
  w: {
    id: string;
    name: string;
    municipalityCode?: string;
    /** Arbeidsmarktregio code (AMnn); filled in on an existing Werkplein that has none yet. */
    labourMarketRegion?: string;
    partnerIds: string[];
  },
) => {
  const region = w.labourMarketRegion ?? null;
  await db
    .insertInto('werkplein')
    .values({
      id: w.id,
      name: w.name,
      municipality_code: w.municipalityCode ?? null,
      labour_market_region: region,
    })
    .onConflict((oc) =>
      region === null
        ? oc.column('id').doNothing()
        : oc
            .column('id')
            .doUpdateSet({ labour_market_region: region })
            .where('werkplein.labour_market_region', 'is', null),
    )
    .execute();
  if (w.partnerIds.length > 0) {
    await db
      .insertInto('werkplein_partner')
      .values(w.partnerIds.map((partner_id) => ({ werkplein_id: w.id, partner_id })))
      .onConflict((oc) => oc.columns(['werkplein_id', 'partner_id']).doNothing())
      .execute();
  }
  return w;
};

export interface EmployeeSeed {
  login: string;
  name: string;
  partnerId: string;
  roles: Role[];
  werkpleinIds: string[];
  backOfficeUnit?: BackOfficeUnit;
  email?: string;
}

export const seedEmployee = async (db: Db, e: EmployeeSeed) => {
  const existing = await db
    .selectFrom('employee')
    .select('id')
    .where('login', '=', e.login)
    .executeTakeFirst();
  if (existing) return { ...e, id: existing.id };
  const { id } = await db
    .insertInto('employee')
    .values({
      login: e.login,
      name: e.name,
      email: e.email ?? `${e.login}@werkplein.example`,
      partner_id: e.partnerId,
      back_office_unit: e.backOfficeUnit ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('employee_role')
    .values(e.roles.map((role) => ({ employee_id: id, role })))
    .execute();
  await db
    .insertInto('employee_werkplein')
    .values(e.werkpleinIds.map((werkplein_id) => ({ employee_id: id, werkplein_id })))
    .execute();
  return { ...e, id };
};

export interface JobseekerSeed {
  werkpleinId: string;
  bsn: string;
  givenNames: string;
  surnamePrefix?: string;
  surname: string;
  birthDate: string;
  gender: Gender;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone?: string | null;
  email?: string | null;
  isTestData?: boolean;
}

export const jobseekerRow = (j: JobseekerSeed, now: Date) => ({
  werkplein_id: j.werkpleinId,
  bsn: j.bsn,
  given_names: j.givenNames,
  surname_prefix: j.surnamePrefix ?? '',
  surname: j.surname,
  surname_key: surnameKey(j.surname),
  given_key: foldName(j.givenNames),
  birth_date: j.birthDate,
  gender: j.gender,
  street: j.street,
  house_number: j.houseNumber,
  postcode: j.postcode,
  city: j.city,
  phone: j.phone ?? null,
  email: j.email ?? null,
  is_test_data: j.isTestData ?? true,
  created_at: now,
  updated_at: now,
});

/** Inserts jobseekers in batches, each with its registration event. */
export const seedJobseekers = async (db: Db, jobseekers: JobseekerSeed[], now = new Date()) => {
  const ids: string[] = [];
  for (let i = 0; i < jobseekers.length; i += 500) {
    const batch = jobseekers.slice(i, i + 500);
    const rows = await db
      .insertInto('jobseeker')
      .values(
        batch.map((j) => ({
          ...jobseekerRow(j, now),
          dossier_number: sql<string>`'WP' || lpad(nextval('dossier_number_seq')::text, 8, '0')`,
        })),
      )
      .onConflict((oc) => oc.columns(['werkplein_id', 'bsn']).doNothing())
      .returning(['id', 'werkplein_id'])
      .execute();
    if (rows.length > 0) {
      await db
        .insertInto('case_event')
        .values(
          rows.map((r) => ({
            werkplein_id: r.werkplein_id,
            jobseeker_id: r.id,
            type: 'jobseeker.registered',
            data: JSON.stringify({ source: 'seed' }),
            occurred_at: now,
            recorded_at: now,
          })),
        )
        .execute();
    }
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
};

export const seedJobseeker = async (db: Db, j: JobseekerSeed, now = new Date()) => {
  const [id] = await seedJobseekers(db, [j], now);
  if (!id) throw new Error(`jobseeker with BSN ${j.bsn} already exists in ${j.werkpleinId}`);
  return { ...j, id };
};
