import { describe, expect, it } from 'vitest';
import { parseBenefitType } from './intake.ts';

describe('benefit codes in import files', () => {
  it.each([
    ['WW', 'WW'],
    ['ww', 'WW'],
    ['WWB', 'WWB'],
    ['Participatiewet', 'WWB'],
    ['bijstand', 'WWB'],
    ['NUG', 'geen'],
    ['nugger', 'geen'],
    ['IVA', 'IVA'],
    ['WIA-WGA', 'WGA'],
    ['wajong', 'Wajong'],
    [' WAZ ', 'WAZ'],
  ])('%s is %s', (input, code) => {
    expect(parseBenefitType(input)).toBe(code);
  });

  it('an unknown code is not guessed', () => {
    expect(parseBenefitType('AOW')).toBeUndefined();
    expect(parseBenefitType('')).toBeUndefined();
  });
});
