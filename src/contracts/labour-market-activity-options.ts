/** Choices of labour-market activities without zod, so the web bundle can use them. */

/** Banenmarkt, collectieve werving, bedrijfsbezoek, speeddate, voorlichting. */
export const activityKinds = [
  'job_fair',
  'collective_recruitment',
  'company_visit',
  'speed_date',
  'information_session',
] as const;
export type TActivityKind = (typeof activityKinds)[number];

/** Gepland, afgerond, geannuleerd. */
export const activityStatuses = ['planned', 'completed', 'cancelled'] as const;
export type TActivityStatus = (typeof activityStatuses)[number];

/**
 * A jobseeker's part in an activity: uitgenodigd → aangemeld → verschenen or niet verschenen;
 * afgemeld when he (or his klantmanager) cancels before the day.
 */
export const participationStatuses = ['invited', 'registered', 'withdrawn', 'attended', 'no_show'] as const;
export type TParticipationStatus = (typeof participationStatuses)[number];

/** How a jobseeker joins: invited by the matchmaker, or registered (aangemeld) straight away. */
export const joinStatuses = ['invited', 'registered'] as const;
/** Moves before the day: an invited jobseeker registers; anyone withdraws; a withdrawn one comes back. */
export const participationMoves = ['registered', 'withdrawn'] as const;

/** Upcoming activities (today and later) or past ones. */
export const activityPeriods = ['upcoming', 'past'] as const;
