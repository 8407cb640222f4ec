import { describe, expect, it } from 'vitest';
import { aftercareDay, needsAftercare, outflowDateProblem } from './case-flow.rules.ts';

describe('outflow rules', () => {
  it.each([
    ['today', '2026-11-23', null],
    ['a day in the past after registration', '2026-11-01', null],
    ['the day of registration', '2026-10-15', null],
    ['tomorrow', '2026-11-24', 'outflow_date_future'],
    ['the day before registration', '2026-10-14', 'outflow_before_registration'],
  ])('judges %s', (_what, date, problem) => {
    expect(outflowDateProblem(date, '2026-11-23', '2026-10-15')).toBe(problem);
  });

  it('gives aftercare only after outflow to (regular, partial or subsidised) work', () => {
    expect(needsAftercare('regular_work')).toBe(true);
    expect(needsAftercare('partial_work')).toBe(true);
    expect(needsAftercare('subsidised_work')).toBe(true);
    expect(needsAftercare('education')).toBe(false);
    expect(needsAftercare('moved')).toBe(false);
    expect(needsAftercare('other')).toBe(false);
  });

  it('plans aftercare four weeks after the outflow date', () => {
    expect(aftercareDay('2026-11-20')).toBe('2026-12-18');
  });
});
