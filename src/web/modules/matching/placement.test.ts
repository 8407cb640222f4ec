import { describe, expect, it } from 'vitest';
import { addDays, placementEffects } from './placement.ts';

describe('what a placement will do', () => {
  it('plans the aftercare call two weeks after the first working day, across months and years', () => {
    expect(placementEffects('regular', '2026-12-07').aftercareDate).toBe('2026-12-21');
    expect(placementEffects('regular', '2026-12-25').aftercareDate).toBe('2027-01-08');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
  });

  it('records outflow for paid work only', () => {
    expect(placementEffects('regular', '2026-12-07').outflowReason).toBe('regular_work');
    expect(placementEffects('sheltered', '2026-12-07').outflowReason).toBe('subsidised_work');
    expect(placementEffects('internship', '2026-12-07').outflowReason).toBeNull();
  });
});
