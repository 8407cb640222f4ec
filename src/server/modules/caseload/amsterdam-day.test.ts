import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDate, amsterdamDayBounds, startOfAmsterdamDay } from './amsterdam-day.ts';

describe('days in Europe/Amsterdam', () => {
  it('puts a late-evening UTC instant on the next Dutch day', () => {
    expect(amsterdamDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(amsterdamDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(amsterdamDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('starts a day at local midnight in winter and summer', () => {
    expect(startOfAmsterdamDay('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfAmsterdamDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('has a 23-hour day when summer time starts and a 25-hour day when it ends', () => {
    const spring = amsterdamDayBounds(new Date('2026-03-29T12:00:00Z'));
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    const autumn = amsterdamDayBounds(new Date('2026-10-25T12:00:00Z'));
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-20', 28)).toBe('2027-01-17');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
