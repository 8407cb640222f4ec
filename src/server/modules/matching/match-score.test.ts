import { describe, expect, it } from 'vitest';
import { scoreMatch, type CandidateForMatch, type VacancyForMatch } from './match-score.ts';

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
