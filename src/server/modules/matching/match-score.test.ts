import { describe, expect, it } from 'vitest';
import {
  languagePoints,
  matchScore,
  scoreCeiling,
  scoreMatch,
  type CandidateForMatch,
  type VacancyForMatch,
} from './match-score.ts';

const vacancy: VacancyForMatch = {
  occupation: 'Medewerker glastuinbouw',
  requiredSkills: ['Oogsten', 'Sorteren'],
  wishedSkills: ['Heftruck'],
  educationLevel: 'mbo2',
  hoursPerWeek: 32,
  drivingLicence: null,
  startDate: '2027-01-04',
};
const ideal: CandidateForMatch = {
  wantedOccupations: ['Medewerker glastuinbouw'],
  skills: ['Oogsten', 'Sorteren', 'Heftruck'],
  languages: ['Nederlands'],
  drivingLicences: ['B'],
  educationLevel: 'mbo3',
  hoursPerWeek: 36,
  travelRadiusKm: 20,
  availableFrom: '2026-12-01',
  distanceKm: 2,
};

describe('the match score', () => {
  it('gives the ideal candidate nearly full marks and nothing to bridge', () => {
    const r = scoreMatch(vacancy, ideal);
    expect(r.score).toBeGreaterThanOrEqual(95);
    expect(r.criteria.every((c) => c.status === 'met')).toBe(true);
    expect(r.bridges).toEqual([]);
  });

  it('orders candidates the way a matchmaker would', () => {
    const candidates: Record<string, CandidateForMatch> = {
      ideal,
      // Right occupation, missing one required skill and a level lower: good, needs training.
      almost: { ...ideal, skills: ['Oogsten'], educationLevel: 'mbo1' },
      // Related work (shares "glastuinbouw"), too far away and too few hours.
      related: {
        ...ideal,
        wantedOccupations: ['Teeltmedewerker glastuinbouw'],
        distanceKm: 45,
        hoursPerWeek: 16,
      },
      // Wants other work entirely and lacks every skill.
      other: { ...ideal, wantedOccupations: ['Kapper'], skills: ['Knippen'], educationLevel: 'vmbo' },
    };
    const ranked = Object.entries(candidates)
      .map(([name, c]) => [name, scoreMatch(vacancy, c).score] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([name]) => name);
    expect(ranked).toEqual(['ideal', 'almost', 'related', 'other']);
  });

  it('explains what is missing and what would bridge it', () => {
    const r = scoreMatch(vacancy, {
      ...ideal,
      skills: ['Oogsten'],
      educationLevel: 'mbo1',
      hoursPerWeek: 28,
    });
    expect(r.criteria.find((c) => c.criterion === 'requiredSkills')).toMatchObject({
      status: 'partial',
      missing: ['Sorteren'],
    });
    expect(r.criteria.find((c) => c.criterion === 'education')).toMatchObject({
      status: 'partial',
      missing: ['mbo2'],
    });
    expect(r.criteria.find((c) => c.criterion === 'hours')).toMatchObject({ status: 'partial', value: 28 });
    expect(r.bridges).toEqual(expect.arrayContaining(['training', 'wageSubsidy']));
  });

  it('proposes a trial placement when the occupation is only related', () => {
    const r = scoreMatch(vacancy, { ...ideal, wantedOccupations: ['Teeltmedewerker glastuinbouw'] });
    expect(r.criteria[0]).toMatchObject({ criterion: 'occupation', status: 'partial' });
    expect(r.bridges).toContain('trialPlacement');
  });

  it('counts a missing licence and no Dutch as gaps that training bridges', () => {
    const r = scoreMatch({ ...vacancy, drivingLicence: 'C' }, { ...ideal, languages: ['Arabisch'] });
    expect(r.criteria.find((c) => c.criterion === 'drivingLicence')).toMatchObject({
      status: 'missing',
      missing: ['C'],
    });
    expect(r.criteria.find((c) => c.criterion === 'language')).toMatchObject({ status: 'missing' });
    expect(r.bridges).toContain('training');
  });

  it('treats an empty profile as unknown rather than as a mismatch', () => {
    const r = scoreMatch(vacancy, {
      wantedOccupations: [],
      skills: [],
      languages: [],
      drivingLicences: [],
      educationLevel: null,
      hoursPerWeek: null,
      travelRadiusKm: null,
      availableFrom: null,
      distanceKm: undefined,
    });
    expect(r.criteria.filter((c) => c.status === 'unknown').map((c) => c.criterion)).toEqual([
      'occupation',
      'education',
      'distance',
      'hours',
      'language',
    ]);
  });
});

describe('the score ceiling', () => {
  it('bounds what a match can reach without the occupation or the required skills', () => {
    expect(scoreCeiling({ occupation: 'met', requiredSkills: 1 })).toBe(100);
    expect(scoreCeiling({ occupation: 'partial', requiredSkills: 1 })).toBe(85);
    expect(scoreCeiling({ occupation: 'partial', requiredSkills: 0 })).toBe(65);
    expect(scoreCeiling({ occupation: 'partial', requiredSkills: 1 / 2 })).toBe(75);
    expect(scoreCeiling({ occupation: 'partial', requiredSkills: 2 / 3 })).toBe(78);
    expect(scoreCeiling({ occupation: 'unknown', requiredSkills: 1 })).toBe(78);
    expect(scoreCeiling({ occupation: 'partial', requiredSkills: 1, language: 0 })).toBe(80);
  });

  it('is never exceeded by a real match (10,000 random pairs)', () => {
    let seed = 20261124;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const some = <T>(list: readonly T[]) => list.filter(() => random() < 0.5);
    const occupations = [
      'Medewerker glastuinbouw',
      'Teeltmedewerker glastuinbouw',
      'Orderpicker',
      'Kok',
      'Conciërge',
    ];
    const skills = ['Oogsten', 'Sorteren', 'Heftruck', 'Kassa', 'Koken', 'VCA'];
    const levels = [null, 'none', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'hbo'];
    for (let i = 0; i < 10_000; i++) {
      const v: VacancyForMatch = {
        occupation: pick(occupations),
        requiredSkills: some(skills),
        wishedSkills: some(skills),
        educationLevel: pick(levels),
        hoursPerWeek: pick([16, 24, 32, 40]),
        drivingLicence: pick([null, 'B', 'C']),
        startDate: '2027-01-04',
      };
      const c: CandidateForMatch = {
        wantedOccupations: some(occupations),
        skills: some(skills),
        languages: some(['Nederlands', 'Engels']),
        drivingLicences: some(['B', 'C']),
        educationLevel: pick(levels),
        hoursPerWeek: pick([null, 16, 24, 32, 40]),
        travelRadiusKm: pick([null, 5, 20, 50]),
        availableFrom: pick([null, '2026-12-01', '2027-01-20', '2027-03-01']),
        distanceKm: pick([undefined, 0, 3, 12, 30, 90]),
      };
      const { score } = scoreMatch(v, c);
      const fraction =
        v.requiredSkills.length === 0
          ? 1
          : v.requiredSkills.filter((s) => c.skills.includes(s)).length / v.requiredSkills.length;
      const occupation = c.wantedOccupations.includes(v.occupation)
        ? 'met'
        : c.wantedOccupations.length === 0
          ? 'unknown'
          : 'partial';
      expect(score).toBeLessThanOrEqual(
        scoreCeiling({ occupation, requiredSkills: fraction, language: languagePoints(c) }),
      );
    }
  });
});

describe('the score alone', () => {
  it('equals the explained score on 50,000 random pairs, edge cases included', () => {
    let seed = 424242;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const some = <T>(list: readonly T[]) => list.filter(() => random() < 0.4);
    const occupations = [
      'Medewerker glastuinbouw',
      'medewerker  Glastuinbouw!',
      'Teeltmedewerker glastuinbouw',
      'Conciërge',
      'Concierge',
      'Kok',
      'Magazijnmedewerker',
    ];
    const skills = ['Oogsten', 'oogsten', 'Sorteren', 'Heftruck', 'Kassa', 'Koken', 'VCA', 'Café-werk'];
    const levels = [
      null,
      'none',
      'primary',
      'vmbo',
      'mbo1',
      'mbo2',
      'mbo3',
      'havo',
      'mbo4',
      'hbo',
      'wo',
      'odd',
    ];
    for (let i = 0; i < 50_000; i++) {
      const hoursPerWeek = pick([16, 20, 24, 32, 36, 40]);
      const v: VacancyForMatch = {
        occupation: pick(occupations),
        requiredSkills: some(skills),
        wishedSkills: some(skills),
        educationLevel: pick(levels),
        hoursPerWeek,
        drivingLicence: pick([null, 'B', 'C']),
        startDate: pick(['2027-01-04', '2026-12-01']),
      };
      const travelRadiusKm = pick([null, 0, 1, 5, 20, 33, 50]);
      const c: CandidateForMatch = {
        wantedOccupations: some(occupations),
        skills: some(skills),
        languages: some(['Nederlands', 'nederlands', 'Engels']),
        drivingLicences: some(['B', 'C']),
        educationLevel: pick(levels),
        hoursPerWeek: pick([null, 12, 15, 18, 24, 27, 30, 32, 40, hoursPerWeek * 0.75]),
        travelRadiusKm,
        availableFrom: pick([null, '2026-11-30', '2027-01-04', '2027-01-20', '2027-02-03', '2027-03-01']),
        distanceKm: pick([
          undefined,
          0,
          random() * 80,
          travelRadiusKm ?? 20,
          (travelRadiusKm ?? 20) * 1.5,
          (travelRadiusKm ?? 20) * 1.5 + 0.01,
        ]),
      };
      expect(matchScore(v, c), JSON.stringify({ v, c })).toBe(scoreMatch(v, c).score);
    }
  });
});
