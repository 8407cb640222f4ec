import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import {
  bsnFromSerial,
  copyValue,
  dossierNumberOf,
  municipalitiesFromPc4,
  nationalWerkpleinId,
  parseCsvLine,
  planWerkpleinen,
  randomUuids,
  serialOfBsn,
  uuidAt,
  weightedPicker,
} from './national.ts';

describe('bsnFromSerial', () => {
  it('gives elfproef-valid BSNs starting with 0, distinct per serial, or null when no check digit fits', () => {
    const seen = new Set<string>();
    let skipped = 0;
    for (let serial = 1_000_000; serial < 1_011_000; serial++) {
      const bsn = bsnFromSerial(serial);
      if (bsn === null) {
        skipped++;
        continue;
      }
      expect(isValidBsn(bsn), bsn).toBe(true);
      expect(bsn.startsWith('0')).toBe(true);
      expect(serialOfBsn(bsn)).toBe(serial);
      seen.add(bsn);
    }
    expect(seen.size + skipped).toBe(11_000);
    expect(skipped).toBeGreaterThan(900); // about one serial in eleven has check digit 10
    expect(skipped).toBeLessThan(1100);
  });
  it('never gives the all-zero-sum number that the elfproef rejects', () => {
    expect(bsnFromSerial(0)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes dossier numbers as WP and eight digits', () => {
    expect(dossierNumberOf(1)).toBe('WP00000001');
    expect(dossierNumberOf(12_345_678)).toBe('WP12345678');
    expect(nationalWerkpleinId(7)).toBe('wp-007');
  });
  it('escapes COPY text-format specials and writes null as \\N', () => {
    expect(copyValue("'s-Gravenzande")).toBe("'s-Gravenzande");
    expect(copyValue('a\tb\\c\nd')).toBe('a\\tb\\\\c\\nd');
    expect(copyValue(null)).toBe('\\N');
  });
  it('reads quoted CSV fields with commas', () => {
    expect(parseCsvLine('5671,51.4746,5.5474,Nuenen,"Nuenen, Gerwen en Nederwetten"')).toEqual([
      '5671',
      '51.4746',
      '5.5474',
      'Nuenen',
      'Nuenen, Gerwen en Nederwetten',
    ]);
    expect(parseCsvLine('a,"say ""hi""",b')).toEqual(['a', 'say "hi"', 'b']);
  });
});

const csv = [
  'pc4,lat,lon,place,municipality',
  // A dense city: four PC4s about 1 km apart.
  '1011,52.3700,4.9000,Stad,Stad',
  '1012,52.3790,4.9000,Stad,Stad',
  '1013,52.3700,4.9150,Stad,Stad',
  '1014,52.3790,4.9150,Noorderstad,Stad',
  // A rural municipality: five PC4s about 8 km apart.
  '8000,53.0000,5.5000,Dorp,Platteland',
  '8001,53.0720,5.5000,Dorp,Platteland',
  '8002,53.1440,5.5000,Gehucht,Platteland',
  '8003,53.2160,5.5000,Gehucht,Platteland',
  '8004,53.2880,5.5000,Gehucht,Platteland',
  // The demo municipalities.
  '2671,51.9935,4.2069,Naaldwijk,Westland',
  '2611,52.0120,4.3598,Delft,Delft',
].join('\n');

describe('municipalitiesFromPc4', () => {
  it('weighs dense municipalities above sprawling ones with more PC4s, and groups PC4s by place', () => {
    const municipalities = municipalitiesFromPc4(csv, new Map([['Stad', 'GM9999']]));
    const stad = municipalities.find((m) => m.name === 'Stad');
    const platteland = municipalities.find((m) => m.name === 'Platteland');
    expect(stad?.weight).toBeGreaterThan(platteland?.weight ?? Infinity);
    expect(stad?.code).toBe('GM9999');
    expect(platteland?.code).toBeNull();
    expect(stad?.places).toEqual([
      { city: 'Stad', pc4: [1011, 1012, 1013] },
      { city: 'Noorderstad', pc4: [1014] },
    ]);
  });
});

describe('planWerkpleinen', () => {
  const municipalities = municipalitiesFromPc4(csv);
  it('keeps westland and delft and numbers the others largest first', () => {
    const plan = planWerkpleinen(municipalities, 2);
    expect(
      plan
        .filter((w) => w.demo)
        .map((w) => w.id)
        .sort(),
    ).toEqual(['delft', 'westland']);
    expect(plan.filter((w) => !w.demo).map((w) => [w.id, w.name, w.partnerId])).toEqual([
      ['wp-001', 'Werkplein Stad', 'gemeente-stad'],
      ['wp-002', 'Werkplein Platteland', 'gemeente-platteland'],
    ]);
  });
  it('refuses more Werkpleinen than there are municipalities', () => {
    expect(() => planWerkpleinen(municipalities, 3)).toThrow(/more than the 2 municipalities/);
  });
});

describe('randomUuids', () => {
  it('gives distinct version-4 UUIDs in text form', () => {
    const ids = randomUuids(1000);
    const texts = Array.from({ length: 1000 }, (_, i) => uuidAt(ids, i));
    for (const t of texts)
      expect(t).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(texts).size).toBe(1000);
  });
});

describe('weightedPicker', () => {
  it('picks in proportion to the weights', () => {
    const pick = weightedPicker([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 1000; i++) counts[pick((i + 0.5) / 1000)]!++;
    expect(counts).toEqual([250, 0, 750]);
  });
});
