import { describe, expect, it } from 'vitest';
import { doubleApproach, recentByOtherPartners } from './employer.policy.ts';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('one face to the employer', () => {
  it('warns when two partners approached the employer within 14 days', () => {
    const contacts = [
      { partnerId: 'uwv', occurredAt: daysAgo(2) },
      { partnerId: 'gemeente', occurredAt: daysAgo(10) },
    ];
    expect(doubleApproach(contacts, now)).toHaveLength(2);
  });
  it('does not warn for one partner, nor for contacts longer ago', () => {
    expect(
      doubleApproach(
        [
          { partnerId: 'uwv', occurredAt: daysAgo(1) },
          { partnerId: 'uwv', occurredAt: daysAgo(3) },
        ],
        now,
      ),
    ).toEqual([]);
    expect(
      doubleApproach(
        [
          { partnerId: 'uwv', occurredAt: daysAgo(1) },
          { partnerId: 'gemeente', occurredAt: daysAgo(15) },
        ],
        now,
      ),
    ).toEqual([]);
  });
  it("lists the other partners' recent contacts for someone about to approach", () => {
    const contacts = [
      { partnerId: 'uwv', occurredAt: daysAgo(3) },
      { partnerId: 'gemeente', occurredAt: daysAgo(5) },
      { partnerId: 'uwv', occurredAt: daysAgo(30) },
    ];
    expect(recentByOtherPartners(contacts, 'gemeente', now)).toEqual([contacts[0]]);
  });
});
