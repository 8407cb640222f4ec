import { describe, expect, it } from 'vitest';
import { amsterdamInstant } from './intake-form.ts';

describe('amsterdamInstant', () => {
  it('uses winter and summer time', () => {
    expect(amsterdamInstant('2026-11-24', '09:30')).toBe('2026-11-24T09:30:00+01:00');
    expect(amsterdamInstant('2026-06-01', '09:30')).toBe('2026-06-01T09:30:00+02:00');
  });
  it('refuses what is not a date and time', () => {
    expect(amsterdamInstant('2026-11-24', '9')).toBeNull();
    expect(amsterdamInstant('', '09:00')).toBeNull();
  });
});
