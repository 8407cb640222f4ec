import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.ts';

describe('travel distance between postcodes', () => {
  it('is zero within one PC4 area and about right between towns', () => {
    expect(distanceKm('2671AB', '2671ZZ')).toBe(0);
    // Naaldwijk – Delft is roughly 12 km as the crow flies; Naaldwijk – Groningen over 180 km.
    expect(distanceKm('2671AB', '2611AA')).toBeGreaterThan(8);
    expect(distanceKm('2671AB', '2611AA')).toBeLessThan(16);
    expect(distanceKm('2671AB', '9711AA')).toBeGreaterThan(180);
  });
  it('is unknown for a postcode that does not exist', () => {
    expect(distanceKm('0000AA', '2671AB')).toBeUndefined();
  });
});
