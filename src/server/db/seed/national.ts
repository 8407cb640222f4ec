import { randomFillSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ConfigError } from '../../config.ts';
import { foldName, surnameKey } from '../../modules/jobseeker-case/name-key.ts';
import type { DatabaseHandle, Db } from '../database.ts';
import { seedDemo } from './demo.ts';
import { seedEmployee, seedPartner, seedWerkplein } from './seed.ts';
import { seededRandom, syntheticPerson, type Place, type Random, type SyntheticPerson } from './synthetic.ts';

/**
 * National-scale synthetic data for benchmarks: the demo organisations and staff, N extra
 * Werkpleinen (one per municipality, with UWV and that municipality as partners, and a few staff
 * each), and up to millions of jobseekers with their registration events.
 *
 * The national jobseekers take their BSNs from the range that starts with 0 (an 8-digit serial
 * plus the elfproef check digit), which `randomBsn` of the demo seed never produces, so they
 * never collide with demo data and a second run can tell what it already added.
 */

/** PGlite inserts row by row in batches; beyond this it takes too long and too much memory. */
export const PGLITE_MAX_JOBSEEKERS = 200_000;
/** Serials 1,000,000 … 9,999,999 give about 8.2 million valid BSNs. */
const FIRST_BSN_SERIAL = 1_000_000;
const LAST_BSN_SERIAL = 9_999_999;
export const MAX_JOBSEEKERS = 8_000_000;
const PROGRESS_EVERY = 100_000;
const REGISTRATION_YEARS = 3;

// ---------------------------------------------------------------------------------------------
// Pure helpers (unit tested in national.test.ts)

/** The Werkplein id of the n-th national Werkplein (1-based): wp-001 … wp-120. */
export const nationalWerkpleinId = (n: number): string => `wp-${String(n).padStart(3, '0')}`;

/** Dossier numbers as the application writes them: 'WP' and 8 digits. */
export const dossierNumberOf = (n: number): string => `WP${String(n).padStart(8, '0')}`;

/**
 * The BSN for a serial: '0', the 7-digit serial, and the elfproef check digit; `null` when the
 * serial has no valid check digit (about 1 in 11).
 */
export const bsnFromSerial = (serial: number): string | null => {
  const body = `0${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body.charCodeAt(i) - 48) * (9 - i);
  const check = sum % 11;
  if (check === 10 || sum === check) return null;
  return `${body}${check}`;
};

/** The serial a national BSN was made from (inverse of bsnFromSerial). */
export const serialOfBsn = (bsn: string): number => Number(bsn.slice(1, 8));

/** Escapes a value for PostgreSQL's COPY text format; `null` becomes \N. */
export const copyValue = (value: string | null): string =>
  value === null
    ? '\\N'
    : /[\\\t\n\r]/.test(value)
      ? value.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c] as string)
      : value;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Splits one RFC 4180 CSV line (quoted fields may contain commas and doubled quotes). */
export const parseCsvLine = (line: string): string[] => {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
};

export interface Municipality {
  name: string;
  /** CBS code (GM….) when the name matches the 2025 division, else null. */
  code: string | null;
  places: Place[];
  /** Relative share of the jobseekers. */
  weight: number;
}

/**
 * Municipalities from pc4.csv, largest first. A PC4 area's weight stands in for its population:
 * the nearer its neighbouring PC4 centroids, the more urban (and populous) it is, so a PC4 weighs
 * 1 / distance-to-nearest-PC4 in km (at least 0.5 km). Amsterdam then outweighs Súdwest-Fryslân,
 * although the latter has more PC4 areas.
 */
export const municipalitiesFromPc4 = (
  csv: string,
  codes: ReadonlyMap<string, string> = new Map(),
): Municipality[] => {
  const rows = csv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [pc4, lat, lon, place, municipality] = parseCsvLine(line);
      return {
        pc4: Number(pc4),
        lat: Number(lat),
        lon: Number(lon),
        place: place ?? '',
        municipality: municipality ?? '',
      };
    })
    .filter((r) => r.pc4 >= 1000 && r.pc4 <= 9999 && r.municipality !== '' && r.place !== '');
  const kmPerLat = 111.2;
  const kmPerLon = 111.2 * Math.cos((52.2 * Math.PI) / 180);
  const byName = new Map<string, { places: Map<string, number[]>; weight: number }>();
  for (const r of rows) {
    let nearest = Infinity;
    for (const other of rows) {
      if (other === r) continue;
      const dy = (other.lat - r.lat) * kmPerLat;
      const dx = (other.lon - r.lon) * kmPerLon;
      const d2 = dx * dx + dy * dy;
      if (d2 < nearest) nearest = d2;
    }
    const entry = byName.get(r.municipality) ?? { places: new Map<string, number[]>(), weight: 0 };
    entry.weight += 1 / Math.max(Math.sqrt(nearest), 0.5);
    entry.places.set(r.place, [...(entry.places.get(r.place) ?? []), r.pc4]);
    byName.set(r.municipality, entry);
  }
  return [...byName.entries()]
    .map(([name, e]) => ({
      name,
      code: codes.get(name) ?? null,
      places: [...e.places.entries()].map(([city, pc4]) => ({ city, pc4 })),
      weight: e.weight,
    }))
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'nl'));
};

/** Municipality codes by name, from the CBS 2025 division (gemeente_2025.topojson). */
export const municipalityCodes = (topojson: string): Map<string, string> => {
  const parsed = JSON.parse(topojson) as {
    objects: Record<string, { geometries: { properties?: { statcode?: string; statnaam?: string } }[] }>;
  };
  const codes = new Map<string, string>();
  for (const object of Object.values(parsed.objects)) {
    for (const g of object.geometries) {
      if (g.properties?.statcode && g.properties.statnaam)
        codes.set(g.properties.statnaam, g.properties.statcode);
    }
  }
  return codes;
};

/** Picks an index with probability proportional to its weight, from a uniform number in [0, 1). */
export const weightedPicker = (weights: readonly number[]): ((u: number) => number) => {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
};

/**
 * `count` random (version 4) UUIDs in one buffer of 16 bytes each: a million of them take 16 MB,
 * where a million `randomUUID()` strings (rope strings) take over half a gigabyte.
 */
export const randomUuids = (count: number): Buffer => {
  const bytes = randomFillSync(Buffer.alloc(count * 16));
  for (let o = 0; o < bytes.length; o += 16) {
    bytes[o + 6] = ((bytes[o + 6] as number) & 0x0f) | 0x40;
    bytes[o + 8] = ((bytes[o + 8] as number) & 0x3f) | 0x80;
  }
  return bytes;
};

/** The index-th UUID of a `randomUuids` buffer, in its usual text form. */
export const uuidAt = (bytes: Buffer, index: number): string => {
  const hex = bytes.toString('hex', index * 16, index * 16 + 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** "'s-Gravenhage" → "s-gravenhage": for partner ids. */
export const slugOf = (name: string): string => foldName(name).replace(/ /g, '-');

// ---------------------------------------------------------------------------------------------
// The plan: which Werkpleinen, with which places, and what share of the jobseekers

interface PlannedWerkplein {
  id: string;
  name: string;
  municipality: Municipality;
  partnerId: string;
  /** The demo Werkpleinen (westland, delft) already exist with their own partners and staff. */
  demo: boolean;
}

const defaultGeoDir = (): string => {
  const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  return process.env.WERKPLEIN_GEO_DIR ?? join(repositoryRoot, '..', 'shared', 'geo');
};

const demoMunicipalities: Record<string, string> = { Westland: 'westland', Delft: 'delft' };

export const planWerkpleinen = (
  municipalities: readonly Municipality[],
  count: number,
): PlannedWerkplein[] => {
  const national = municipalities.filter((m) => !(m.name in demoMunicipalities));
  if (count > national.length) {
    throw new ConfigError(
      `--werkpleinen ${count} is more than the ${national.length} municipalities in pc4.csv`,
    );
  }
  const plan: PlannedWerkplein[] = municipalities
    .filter((m) => m.name in demoMunicipalities)
    .map((m) => {
      const id = demoMunicipalities[m.name] as string;
      return { id, name: `Werkplein ${m.name}`, municipality: m, partnerId: `gemeente-${id}`, demo: true };
    });
  const partnerIds = new Set<string>(plan.map((w) => w.partnerId));
  national.slice(0, count).forEach((m, i) => {
    let partnerId = `gemeente-${slugOf(m.name)}`;
    if (partnerIds.has(partnerId)) partnerId = `${partnerId}-${i + 1}`;
    partnerIds.add(partnerId);
    plan.push({
      id: nationalWerkpleinId(i + 1),
      name: `Werkplein ${m.name}`,
      municipality: m,
      partnerId,
      demo: false,
    });
  });
  return plan;
};

// ---------------------------------------------------------------------------------------------
// Organisations and staff

const staffOf = (w: PlannedWerkplein, random: Random) => {
  const nameOf = () => {
    const p = syntheticPerson(random, w.municipality.places);
    return [p.givenNames, p.surnamePrefix, p.surname].filter(Boolean).join(' ');
  };
  const base = { werkpleinIds: [w.id] };
  return [
    {
      ...base,
      login: `${w.id}.intake`,
      name: nameOf(),
      partnerId: w.partnerId,
      roles: ['intakeOfficer' as const],
    },
    {
      ...base,
      login: `${w.id}.klant1`,
      name: nameOf(),
      partnerId: w.partnerId,
      roles: ['caseManager' as const],
    },
    {
      ...base,
      login: `${w.id}.klant2`,
      name: nameOf(),
      partnerId: w.partnerId,
      roles: ['caseManager' as const],
    },
    { ...base, login: `${w.id}.klant3`, name: nameOf(), partnerId: 'uwv', roles: ['caseManager' as const] },
    { ...base, login: `${w.id}.mt`, name: nameOf(), partnerId: 'uwv', roles: ['management' as const] },
  ];
};

const seedNationalOrganisations = async (db: Db, plan: readonly PlannedWerkplein[]) => {
  await seedDemo(db, { jobseekers: 0 });
  const random = seededRandom(1783);
  for (const w of plan.filter((p) => !p.demo)) {
    await seedPartner(db, {
      id: w.partnerId,
      name: `Gemeente ${w.municipality.name}, Sociale Zaken`,
      kind: 'municipality',
    });
    await seedWerkplein(db, {
      id: w.id,
      name: w.name,
      municipalityCode: w.municipality.code ?? undefined,
      partnerIds: ['uwv', w.partnerId],
    });
    for (const employee of staffOf(w, random)) await seedEmployee(db, employee);
  }
};

// ---------------------------------------------------------------------------------------------
// Jobseekers

interface GeneratedJobseeker {
  id: string;
  werkpleinId: string;
  dossierNumber: string;
  bsn: string;
  person: SyntheticPerson;
  surnameKey: string;
  givenKey: string;
  registeredAt: Date;
}

/** Deterministic jobseekers (apart from their uuids, taken from `ids`), spread over the plan by weight. */
function* generateJobseekers(
  plan: readonly PlannedWerkplein[],
  options: { count: number; ids: Buffer; firstDossier: number; firstSerial: number; seed: number; now: Date },
): Generator<GeneratedJobseeker> {
  const random = seededRandom(options.seed);
  const pickWerkplein = weightedPicker(plan.map((w) => w.municipality.weight));
  const folded = new Map<string, string>();
  const cached = (name: string, keyOf: (name: string) => string) => {
    const cacheKey = `${keyOf.name}:${name}`;
    let key = folded.get(cacheKey);
    if (key === undefined) folded.set(cacheKey, (key = keyOf(name)));
    return key;
  };
  const span = REGISTRATION_YEARS * 365 * 86_400;
  let serial = options.firstSerial;
  for (let i = 0; i < options.count; i++) {
    let bsn = bsnFromSerial(serial++);
    while (bsn === null) bsn = bsnFromSerial(serial++);
    if (serial > LAST_BSN_SERIAL + 1) throw new Error('The national BSN range is exhausted');
    const w = plan[pickWerkplein(random())] as PlannedWerkplein;
    const person = syntheticPerson(random, w.municipality.places, options.now);
    yield {
      id: uuidAt(options.ids, i),
      werkpleinId: w.id,
      dossierNumber: dossierNumberOf(options.firstDossier + i),
      bsn,
      person,
      surnameKey: cached(person.surname, surnameKey),
      givenKey: cached(person.givenNames, foldName),
      registeredAt: new Date(options.now.getTime() - Math.floor(random() * span) * 1000),
    };
  }
}

const jobseekerColumns = [
  'id',
  'werkplein_id',
  'dossier_number',
  'bsn',
  'given_names',
  'surname_prefix',
  'surname',
  'surname_key',
  'given_key',
  'birth_date',
  'gender',
  'street',
  'house_number',
  'postcode',
  'city',
  'phone',
  'email',
  'is_test_data',
  'created_at',
  'updated_at',
] as const;
const caseEventColumns = [
  'werkplein_id',
  'jobseeker_id',
  'type',
  'data',
  'occurred_at',
  'recorded_at',
] as const;

const eventDataOf = (j: GeneratedJobseeker): string =>
  JSON.stringify({ dossierNumber: j.dossierNumber, source: 'seed-national' });

const jobseekerCopyLine = (j: GeneratedJobseeker): string => {
  const p = j.person;
  const at = j.registeredAt.toISOString();
  return [
    j.id,
    j.werkpleinId,
    j.dossierNumber,
    j.bsn,
    copyValue(p.givenNames),
    copyValue(p.surnamePrefix),
    copyValue(p.surname),
    copyValue(j.surnameKey),
    copyValue(j.givenKey),
    p.birthDate,
    p.gender,
    copyValue(p.street),
    copyValue(p.houseNumber),
    p.postcode,
    copyValue(p.city),
    copyValue(p.phone),
    copyValue(p.email),
    't',
    at,
    at,
  ].join('\t');
};

/** Reserves `count` consecutive dossier numbers and returns the first. */
const reserveDossierNumbers = async (db: Db, count: number): Promise<number> =>
  db.transaction().execute(async (trx) => {
    // ALTER SEQUENCE blocks concurrent nextval() until commit, so no one else takes a number in between.
    await sql`alter sequence dossier_number_seq increment by 1`.execute(trx);
    const { rows } = await sql<{ first: string }>`select nextval('dossier_number_seq') as first`.execute(trx);
    const first = Number(rows[0]?.first);
    if (count > 1) await sql`select setval('dossier_number_seq', ${first + count - 1})`.execute(trx);
    if (first + count - 1 > 99_999_999)
      throw new Error('Dossier numbers beyond WP99999999 do not fit the format');
    return first;
  });

/** Streams generated lines into COPY … FROM STDIN, logging progress. */
const copyInto = async (
  client: pg.Client,
  statement: string,
  lines: Iterable<string>,
  progress: (done: number) => void,
): Promise<void> => {
  function* chunks() {
    let chunk: string[] = [];
    let done = 0;
    for (const line of lines) {
      chunk.push(line);
      if (++done % PROGRESS_EVERY === 0) progress(done);
      if (chunk.length === 2000) {
        yield `${chunk.join('\n')}\n`;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(statement)));
};

const fmt = (n: number) => n.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const copyJobseekers = async (
  databaseUrl: string,
  plan: readonly PlannedWerkplein[],
  options: Parameters<typeof generateJobseekers>[1],
  log: (line: string) => void,
) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  // Kept for the events (with the uuids in options.ids): Werkplein and time of every new jobseeker.
  const werkpleinIndex = new Uint16Array(options.count);
  const registeredAt = new Float64Array(options.count);
  const planIndex = new Map(plan.map((w, i) => [w.id, i]));
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    let n = 0;
    function* jobseekerLines() {
      for (const j of generateJobseekers(plan, options)) {
        werkpleinIndex[n] = planIndex.get(j.werkpleinId) as number;
        registeredAt[n] = j.registeredAt.getTime();
        n++;
        yield jobseekerCopyLine(j);
      }
    }
    await copyInto(
      client,
      `copy jobseeker (${jobseekerColumns.join(', ')}) from stdin`,
      jobseekerLines(),
      (done) =>
        log(`  jobseekers ${fmt(done)} / ${fmt(options.count)} sent (${seconds(Date.now() - started)})`),
    );
    log(`  jobseekers copied and foreign keys checked (${seconds(Date.now() - started)})`);
    const eventsStarted = Date.now();
    function* eventLines() {
      for (let i = 0; i < options.count; i++) {
        const at = new Date(registeredAt[i] as number).toISOString();
        const data = JSON.stringify({
          dossierNumber: dossierNumberOf(options.firstDossier + i),
          source: 'seed-national',
        });
        yield [
          (plan[werkpleinIndex[i] as number] as PlannedWerkplein).id,
          uuidAt(options.ids, i),
          'jobseeker.registered',
          data,
          at,
          at,
        ].join('\t');
      }
    }
    await copyInto(
      client,
      `copy case_event (${caseEventColumns.join(', ')}) from stdin`,
      eventLines(),
      (done) =>
        log(`  events ${fmt(done)} / ${fmt(options.count)} sent (${seconds(Date.now() - eventsStarted)})`),
    );
    log(`  events copied and foreign keys checked (${seconds(Date.now() - eventsStarted)})`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
};

const insertJobseekersInBatches = async (
  db: Db,
  plan: readonly PlannedWerkplein[],
  options: Parameters<typeof generateJobseekers>[1],
  log: (line: string) => void,
) => {
  const started = Date.now();
  await db.transaction().execute(async (trx) => {
    let batch: GeneratedJobseeker[] = [];
    let done = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await trx
        .insertInto('jobseeker')
        .values(
          batch.map((j) => ({
            id: j.id,
            werkplein_id: j.werkpleinId,
            dossier_number: j.dossierNumber,
            bsn: j.bsn,
            given_names: j.person.givenNames,
            surname_prefix: j.person.surnamePrefix,
            surname: j.person.surname,
            surname_key: j.surnameKey,
            given_key: j.givenKey,
            birth_date: j.person.birthDate,
            gender: j.person.gender,
            street: j.person.street,
            house_number: j.person.houseNumber,
            postcode: j.person.postcode,
            city: j.person.city,
            phone: j.person.phone,
            email: j.person.email,
            is_test_data: true,
            created_at: j.registeredAt,
            updated_at: j.registeredAt,
          })),
        )
        .execute();
      await trx
        .insertInto('case_event')
        .values(
          batch.map((j) => ({
            werkplein_id: j.werkpleinId,
            jobseeker_id: j.id,
            type: 'jobseeker.registered',
            data: eventDataOf(j),
            occurred_at: j.registeredAt,
            recorded_at: j.registeredAt,
          })),
        )
        .execute();
      const before = done;
      done += batch.length;
      batch = [];
      if (Math.floor(done / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) {
        log(`  jobseekers ${fmt(done)} / ${fmt(options.count)} (${seconds(Date.now() - started)})`);
      }
    };
    for (const j of generateJobseekers(plan, options)) {
      batch.push(j);
      if (batch.length === 500) await flush();
    }
    await flush();
  });
};

// ---------------------------------------------------------------------------------------------

export const seedNational = async (
  handle: DatabaseHandle,
  options: {
    jobseekers: number;
    werkpleinen: number;
    log: (line: string) => void;
    /** PostgreSQL URL for the COPY connection; defaults to DATABASE_URL. */
    databaseUrl?: string;
    /** Folder with pc4.csv (and gemeente_2025.topojson); defaults to WERKPLEIN_GEO_DIR or ../shared/geo. */
    geoDir?: string;
    now?: Date;
  },
): Promise<void> => {
  const { db, engine } = handle;
  const { log } = options;
  const started = Date.now();
  const now = options.now ?? new Date();
  if (options.jobseekers > MAX_JOBSEEKERS) {
    throw new ConfigError(`a national seed takes at most ${fmt(MAX_JOBSEEKERS)} jobseekers`);
  }
  if (engine === 'pglite' && options.jobseekers > PGLITE_MAX_JOBSEEKERS) {
    throw new ConfigError(
      `seeding ${fmt(options.jobseekers)} jobseekers needs PostgreSQL; the embedded PGlite takes at most ` +
        `${fmt(PGLITE_MAX_JOBSEEKERS)}. Set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/wp_bench).`,
    );
  }
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (engine === 'postgres' && !databaseUrl)
    throw new ConfigError('the national seed needs DATABASE_URL for COPY');

  const geoDir = options.geoDir ?? defaultGeoDir();
  const pc4File = join(geoDir, 'pc4.csv');
  if (!existsSync(pc4File))
    throw new ConfigError(`${pc4File} not found; set WERKPLEIN_GEO_DIR to the folder with pc4.csv`);
  const topoFile = join(geoDir, 'gemeente_2025.topojson');
  const codes = existsSync(topoFile)
    ? municipalityCodes(readFileSync(topoFile, 'utf8'))
    : new Map<string, string>();
  const plan = planWerkpleinen(
    municipalitiesFromPc4(readFileSync(pc4File, 'utf8'), codes),
    options.werkpleinen,
  );

  await seedNationalOrganisations(db, plan);
  const national = plan.filter((w) => !w.demo);
  log(
    `Organisations: ${plan.length} Werkpleinen (${plan
      .filter((w) => w.demo)
      .map((w) => w.id)
      .join(', ')}, ` +
      `${national[0]?.id ?? '-'} … ${national.at(-1)?.id ?? '-'}); staff <id>.intake, <id>.klant1–3 and <id>.mt ` +
      `(${seconds(Date.now() - started)})`,
  );

  // What an earlier run added: national BSNs start with 0.
  const existing = await db
    .selectFrom('jobseeker')
    .select([db.fn.countAll<string>().as('count'), db.fn.max('bsn').as('maxBsn')])
    .where('bsn', '<', '1')
    .where('is_test_data', '=', true)
    .executeTakeFirstOrThrow();
  const already = Number(existing.count);
  const count = options.jobseekers - already;
  if (count <= 0) {
    log(
      `The database already holds ${fmt(already)} national jobseekers (asked for ${fmt(options.jobseekers)}); nothing to add.`,
    );
    return;
  }
  if (already > 0)
    log(`The database already holds ${fmt(already)} national jobseekers; adding the missing ${fmt(count)}.`);

  const firstDossier = await reserveDossierNumbers(db, count);
  const generation = {
    count,
    ids: randomUuids(count),
    firstDossier,
    firstSerial: existing.maxBsn ? serialOfBsn(existing.maxBsn) + 1 : FIRST_BSN_SERIAL,
    seed: 20_261_123 + already,
    now,
  };
  const loadStarted = Date.now();
  log(
    `Seeding ${fmt(count)} jobseekers over ${plan.length} Werkpleinen (${engine === 'postgres' ? 'COPY' : 'batched inserts'}) …`,
  );
  if (engine === 'postgres') await copyJobseekers(databaseUrl as string, plan, generation, log);
  else await insertJobseekersInBatches(db, plan, generation, log);
  log(`  loaded in ${seconds(Date.now() - loadStarted)}`);

  // VACUUM also sets the visibility map (index-only scans) and spares a benchmark the autovacuum run.
  const vacuumStarted = Date.now();
  await sql`vacuum (analyze) jobseeker`.execute(db);
  await sql`vacuum (analyze) case_event`.execute(db);
  log(`  vacuumed and analyzed in ${seconds(Date.now() - vacuumStarted)}`);
  log(`Seeded ${fmt(count)} jobseekers and their registration events in ${seconds(Date.now() - started)}.`);
};
