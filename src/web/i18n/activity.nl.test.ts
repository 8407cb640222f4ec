import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../contracts/errors.ts';
import { activityNl } from './activity.nl.ts';
import { fieldErrorMessage } from './nl.ts';

describe('the Dutch texts of labour-market activities', () => {
  it('counts the outcome the Dutch way, one and many', () => {
    expect(activityNl.detail.outcome(1, 0, 1)).toBe(
      '1 werkzoekende verschenen, 0 niet verschenen, 1 vervolggesprek bij een werkgever.',
    );
    expect(activityNl.detail.outcome(12, 3, 2)).toBe(
      '12 werkzoekenden verschenen, 3 niet verschenen, 2 vervolggesprekken bij een werkgever.',
    );
  });

  it('names every activity code among the API error codes', () => {
    for (const code of Object.keys(activityNl.errors)) expect(errorCodes).toContain(code);
  });

  it('says which jobseeker or employer does not belong to the Werkplein', () => {
    expect(fieldErrorMessage('dossierNumber', 'not_in_werkplein')).toMatch(/dossiernummer/);
    expect(fieldErrorMessage('employerId', 'not_in_werkplein')).toMatch(/werkgever/);
    expect(fieldErrorMessage('endTime', 'time_order')).toBe('De eindtijd moet na de begintijd liggen.');
  });

  it('writes a timeline line with the follow-up, if any', () => {
    const line = activityNl.describe('Banenmarkt', 'Banenmarkt Glastuinbouw', '10-12-2026', 'Naaldwijk');
    expect(activityNl.describeAttendance(true, line, 'Kwekerij De Kas')).toBe(
      'Verschenen: Banenmarkt Glastuinbouw (Banenmarkt), 10-12-2026, Naaldwijk. Vervolg: gesprek bij Kwekerij De Kas.',
    );
    expect(activityNl.describeAttendance(false, line, '')).toBe(
      'Niet verschenen: Banenmarkt Glastuinbouw (Banenmarkt), 10-12-2026, Naaldwijk.',
    );
  });
});
