import { describe, expect, it } from 'vitest';
import { amsterdamDay, amsterdamTime, amsterdamToIso, isTime } from './amsterdam-time.ts';

describe('Amsterdam local time', () => {
  it.each([
    ['2026-11-23', '09:30', '2026-11-23T08:30:00.000Z'], // winter time, UTC+1
    ['2026-07-01', '09:30', '2026-07-01T07:30:00.000Z'], // summer time, UTC+2
    ['2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'], // just after the spring change
    ['2026-01-01', '00:15', '2025-12-31T23:15:00.000Z'],
  ])('%s %s is %s', (day, time, iso) => {
    expect(amsterdamToIso(day, time)).toBe(iso);
    expect(amsterdamTime(iso)).toBe(time);
  });

  it('shows the Amsterdam day of a late UTC instant', () => {
    expect(amsterdamDay('2026-11-23T23:30:00Z')).toBe('24-11-2026');
  });

  it.each([
    ['09:30', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['09.30', false],
  ])('%s is a time: %s', (value, ok) => {
    expect(isTime(value)).toBe(ok);
  });
});
