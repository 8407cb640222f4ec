import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPostcode, formatTimeRange, todayInAmsterdam } from './format.ts';

describe('formatDate', () => {
  it('writes a calendar date the Dutch way without shifting it through a time zone', () => {
    expect(formatDate('1984-01-02')).toBe('02-01-1984');
    expect(formatDate('2026-12-31')).toBe('31-12-2026');
  });
  it('leaves anything else alone', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('gisteren')).toBe('gisteren');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in Amsterdam time, winter (UTC+1) and summer (UTC+2)', () => {
    expect(formatDateTime('2026-01-15T23:30:00Z')).toBe('vr 16 jan 2026, 00:30');
    expect(formatDateTime('2026-07-01T08:05:09Z')).toBe('wo 1 jul 2026, 10:05');
  });
  it('keeps the seconds where they matter', () => {
    expect(formatDateTime('2026-07-01T08:05:09Z', { seconds: true })).toBe('wo 1 jul 2026, 10:05:09');
  });
});

describe('todayInAmsterdam', () => {
  it('is already tomorrow in Amsterdam shortly before midnight UTC', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });
});

describe('formatPostcode', () => {
  it('puts a space between digits and letters', () => {
    expect(formatPostcode('3511ab')).toBe('3511 AB');
    expect(formatPostcode('3511 AB')).toBe('3511 AB');
  });
});

describe('formatTimeRange', () => {
  it('names the day once and gives start and end in Dutch time, the end after the start', () => {
    expect(formatTimeRange('2026-12-08T09:00:00.000Z', '2026-12-08T09:45:00.000Z')).toBe(
      'di 8 dec 2026, 10:00–10:45',
    );
  });
  it('names the end day when the span crosses midnight', () => {
    expect(formatTimeRange('2026-12-08T22:30:00Z', '2026-12-08T23:30:00Z')).toBe(
      'di 8 dec 2026, 23:30–wo 9 dec 2026, 00:30',
    );
  });
});
