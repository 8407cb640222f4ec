/**
 * Deterministic synthetic people for demo data, tests and benchmarks. Names and places are
 * realistic; the BSNs pass the elfproef, and every record is flagged as test data.
 */
export type Random = () => number;

/** mulberry32: a small seeded PRNG, so the same seed gives the same data. */
export const seededRandom = (seed: number): Random => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const femaleNames = [
  'Anna',
  'Emma',
  'Sophie',
  'Julia',
  'Fenna',
  'Lotte',
  'Sanne',
  'Eva',
  'Lisa',
  'Iris',
  'Fatima',
  'Yasmina',
  'Maria',
  'Ingrid',
  'Petra',
  'Anouk',
  'Noor',
  'Saskia',
  'Monique',
  'Esther',
  'Hanneke',
  'Ayşe',
  'Zeynep',
  'Priya',
  'Joanna',
  'Marloes',
  'Chantal',
  'Wilma',
  'Gerda',
  'Nadia',
];
const maleNames = [
  'Jan',
  'Pieter',
  'Kees',
  'Willem',
  'Daan',
  'Sem',
  'Lucas',
  'Thijs',
  'Bram',
  'Ruben',
  'Mohammed',
  'Ahmed',
  'Mehmet',
  'Hendrik',
  'Gerrit',
  'Johan',
  'Marco',
  'Dennis',
  'Erik',
  'Frank',
  'Bas',
  'Tom',
  'Youssef',
  'Kofi',
  'Rajesh',
  'Tomasz',
  'Stefan',
  'Ricardo',
  'Jeroen',
  'Arjen',
];
const surnames = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'van der Linden',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'van den Broek',
  'de Bruijn',
  'de Jong',
  'Schouten',
  'van Vliet',
  'Yilmaz',
  'El Amrani',
  'Kaya',
  'Bouzid',
  'Nowak',
  'Kowalski',
  'Çelik',
  'Şahin',
  'Pinas',
  'Biharie',
  'Hoekstra',
  'van Wijk',
  'Koster',
  'Prins',
];
/** "van den Berg" → ["van den", "Berg"]. */
const splitSurname = (full: string): [string, string] => {
  const match = /^((?:van|de|der|den|ter|ten|in 't|op de)(?: (?:der|den|de))?) (.+)$/.exec(full);
  return match ? [match[1] as string, match[2] as string] : ['', full];
};
const streets = [
  'Dorpsstraat',
  'Kerkstraat',
  'Molenweg',
  'Stationsweg',
  'Julianastraat',
  'Wilhelminastraat',
  'Beatrixlaan',
  'Voorstraat',
  'Havenstraat',
  'Tuinbouwlaan',
  'Kassenweg',
  'Zuidweg',
  'Noordeinde',
  'Prinses Irenestraat',
  'Van Heeckerenlaan',
  'Koningin Julianaweg',
  'Emmastraat',
  'Oranjelaan',
  'Schoolstraat',
  'Veilingweg',
];

export interface Place {
  city: string;
  pc4: readonly number[];
}
export const westlandPlaces: readonly Place[] = [
  { city: 'Naaldwijk', pc4: [2671, 2672] },
  { city: "'s-Gravenzande", pc4: [2691, 2692] },
  { city: 'Monster', pc4: [2681] },
  { city: 'Wateringen', pc4: [2291] },
  { city: 'De Lier', pc4: [2678] },
  { city: 'Honselersdijk', pc4: [2675] },
  { city: 'Poeldijk', pc4: [2685] },
  { city: 'Maasdijk', pc4: [2676] },
];
export const delftPlaces: readonly Place[] = [
  { city: 'Delft', pc4: [2611, 2612, 2613, 2614, 2622, 2623, 2624, 2625, 2627, 2628] },
];

/** A random 9-digit number that passes the elfproef. */
export const randomBsn = (random: Random): string => {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10),
    );
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const check = sum % 11;
    if (check < 10) return [...digits, check].join('');
  }
};

export interface SyntheticPerson {
  bsn: string;
  givenNames: string;
  surnamePrefix: string;
  surname: string;
  birthDate: string;
  gender: 'female' | 'male';
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
}

const letters = 'ABCDEFGHJKLMNPRSTVWXZ';

export const syntheticPerson = (
  random: Random,
  places: readonly Place[],
  reference = new Date('2026-01-01'),
): SyntheticPerson => {
  const gender = random() < 0.5 ? 'female' : 'male';
  const givenNames = pick(random, gender === 'female' ? femaleNames : maleNames);
  const [surnamePrefix, surname] = splitSurname(pick(random, surnames));
  const age = 18 + Math.floor(random() * 47);
  const birth = new Date(
    Date.UTC(reference.getUTCFullYear() - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
  );
  const place = pick(random, places);
  const pc4 = pick(random, place.pc4);
  const local = `${givenNames}.${surname}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z.]/g, '');
  return {
    bsn: randomBsn(random),
    givenNames,
    surnamePrefix,
    surname,
    birthDate: birth.toISOString().slice(0, 10),
    gender,
    street: pick(random, streets),
    houseNumber: String(1 + Math.floor(random() * 180)),
    postcode: `${pc4}${pick(random, [...letters])}${pick(random, [...letters])}`,
    city: place.city,
    phone: `06${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    email: `${local}${Math.floor(random() * 100)}@example.nl`,
  };
};
