import type {
  TActivityStatus,
  TParticipationStatus,
} from '../../../contracts/labour-market-activity-options.ts';

/** What the rules need to know of an activity: its status and its day (YYYY-MM-DD, Amsterdam). */
export interface ActivityFacts {
  status: TActivityStatus;
  date: string;
}

/**
 * Why the participants of an activity cannot change now, or null when they can: a cancelled or
 * completed activity is closed, and so is one whose day has passed (only attendance is recorded then).
 */
export const participantsClosedBecause = (
  activity: ActivityFacts,
  today: string,
): 'cancelled' | 'completed' | 'past' | null => {
  if (activity.status === 'cancelled') return 'cancelled';
  if (activity.status === 'completed') return 'completed';
  return activity.date < today ? 'past' : null;
};

/**
 * Why attendance cannot be recorded now, or null when it can: from the day itself on, also after
 * the activity was completed (to correct it), never for a cancelled activity.
 */
export const attendanceClosedBecause = (
  activity: ActivityFacts,
  today: string,
): 'cancelled' | 'not_yet_held' | null => {
  if (activity.status === 'cancelled') return 'cancelled';
  return activity.date > today ? 'not_yet_held' : null;
};

/** A jobseeker holds a place unless he withdrew. */
export const holdsPlace = (status: TParticipationStatus): boolean => status !== 'withdrawn';

export const placesTaken = (statuses: readonly TParticipationStatus[]): number =>
  statuses.filter(holdsPlace).length;

/** From which statuses a jobseeker may move before the day. */
const movesFrom: Record<'registered' | 'withdrawn', readonly TParticipationStatus[]> = {
  // An invited jobseeker registers; one who withdrew may come back.
  registered: ['invited', 'withdrawn'],
  withdrawn: ['invited', 'registered'],
};

export const canMove = (from: TParticipationStatus, to: 'registered' | 'withdrawn'): boolean =>
  movesFrom[to].includes(from);

/** Whether the move asks for a place that was not held before (and so must fit the capacity). */
export const needsPlace = (from: TParticipationStatus, to: TParticipationStatus): boolean =>
  !holdsPlace(from) && holdsPlace(to);

/** Completing (afronden) is possible for a planned activity from its day on. */
export const completionBlockedBecause = (
  activity: ActivityFacts,
  today: string,
): 'not_planned' | 'not_yet_held' | null => {
  if (activity.status !== 'planned') return 'not_planned';
  return activity.date > today ? 'not_yet_held' : null;
};
