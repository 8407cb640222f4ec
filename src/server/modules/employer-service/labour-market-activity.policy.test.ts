import { describe, expect, it } from 'vitest';
import {
  attendanceClosedBecause,
  canMove,
  completionBlockedBecause,
  needsPlace,
  participantsClosedBecause,
  placesTaken,
} from './labour-market-activity.policy.ts';

const today = '2026-12-10';

describe('when the participants of an activity may change', () => {
  it.each([
    ['a planned activity later on', { status: 'planned', date: '2026-12-11' }, null],
    ['a planned activity today (walk-ins)', { status: 'planned', date: today }, null],
    ['a planned activity whose day passed', { status: 'planned', date: '2026-12-09' }, 'past'],
    ['a cancelled activity', { status: 'cancelled', date: '2026-12-11' }, 'cancelled'],
    ['a completed activity', { status: 'completed', date: today }, 'completed'],
  ] as const)('%s', (_what, activity, expected) => {
    expect(participantsClosedBecause(activity, today)).toBe(expected);
  });
});

describe('when attendance may be recorded', () => {
  it.each([
    ['before the day', { status: 'planned', date: '2026-12-11' }, 'not_yet_held'],
    ['on the day', { status: 'planned', date: today }, null],
    ['after the day', { status: 'planned', date: '2026-12-01' }, null],
    ['after completion, to correct it', { status: 'completed', date: '2026-12-01' }, null],
    ['never for a cancelled activity', { status: 'cancelled', date: '2026-12-01' }, 'cancelled'],
  ] as const)('%s', (_what, activity, expected) => {
    expect(attendanceClosedBecause(activity, today)).toBe(expected);
  });
});

describe('places and moves', () => {
  it('counts everyone but who withdrew as holding a place', () => {
    expect(placesTaken(['invited', 'registered', 'withdrawn', 'attended', 'no_show'])).toBe(4);
  });

  it.each([
    ['invited', 'registered', true],
    ['withdrawn', 'registered', true],
    ['registered', 'registered', false],
    ['invited', 'withdrawn', true],
    ['registered', 'withdrawn', true],
    ['withdrawn', 'withdrawn', false],
    ['attended', 'withdrawn', false],
    ['no_show', 'registered', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
  });

  it('asks for a place only when coming back after withdrawing', () => {
    expect(needsPlace('withdrawn', 'registered')).toBe(true);
    expect(needsPlace('invited', 'registered')).toBe(false);
  });

  it('completes a planned activity from its day on, not before and not twice', () => {
    expect(completionBlockedBecause({ status: 'planned', date: today }, today)).toBeNull();
    expect(completionBlockedBecause({ status: 'planned', date: '2026-12-11' }, today)).toBe('not_yet_held');
    expect(completionBlockedBecause({ status: 'completed', date: '2026-12-01' }, today)).toBe('not_planned');
  });
});
