import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import {
  amsterdamDay,
  followUpDue,
  isOverdue,
  workFirstContactDue,
  workFirstPlacementDue,
} from './intake.rules.ts';
import { rankCaseManagers } from './case-assignment.service.ts';

describe('Work First deadlines', () => {
  it('48-hour rule: due exactly 48 hours after the intake, overdue one millisecond later', () => {
    const clock = new ManualClock('2026-11-23T15:30:00Z');
    const due = workFirstPlacementDue(clock.now());
    expect(due.toISOString()).toBe('2026-11-25T15:30:00.000Z');
    clock.advance(48 * 3_600_000);
    expect(isOverdue(due, clock.now())).toBe(false);
    clock.advance(1);
    expect(isOverdue(due, clock.now())).toBe(true);
  });

  it('2-week contact: until the end of the Amsterdam day two weeks later (winter time)', () => {
    expect(workFirstContactDue(new Date('2026-11-23T09:00:00Z')).toISOString()).toBe(
      '2026-12-07T23:00:00.000Z',
    );
  });

  it('2-week contact: the Amsterdam day counts, not the UTC day (late evening intake)', () => {
    // 23:30 UTC on 23 November is already 24 November in Amsterdam.
    const intake = new Date('2026-11-23T23:30:00Z');
    expect(amsterdamDay(intake)).toBe('2026-11-24');
    expect(workFirstContactDue(intake).toISOString()).toBe('2026-12-08T23:00:00.000Z');
  });

  it('2-week contact across the switch to summer time ends at midnight CEST', () => {
    const clock = new ManualClock('2026-03-20T10:00:00Z');
    const due = workFirstContactDue(clock.now());
    expect(due.toISOString()).toBe('2026-04-03T22:00:00.000Z');
    clock.set('2026-04-03T21:59:59Z');
    expect(isOverdue(due, clock.now())).toBe(false);
    clock.set('2026-04-03T22:00:01Z');
    expect(isOverdue(due, clock.now())).toBe(true);
  });

  it('follow-up within 24 hours of the registration', () => {
    expect(followUpDue(new Date('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-25T12:00:00.000Z');
  });
});

describe('klantmanager suggestions', () => {
  const c = (id: string, kind: string, caseload: number) => ({
    id,
    name: id,
    partner_id: kind,
    partner_name: kind,
    partner_kind: kind,
    caseload,
  });
  it('puts the matching partner first, then the smallest caseload', () => {
    const ranked = rankCaseManagers(
      [c('a', 'municipality', 10), c('b', 'uwv', 50), c('d', 'uwv', 20)],
      'uwv',
    );
    expect(ranked.map((r) => [r.id, r.partnerMatch])).toEqual([
      ['d', true],
      ['b', true],
      ['a', false],
    ]);
  });
});
