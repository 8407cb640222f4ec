/**
 * Every kind of event a case can record. The timeline shows them (Dutch labels in the web's
 * catalogue), and the monitor derives its figures from them: add a kind here before appending it.
 */
export const caseEventTypes = [
  'jobseeker.registered',
  'registration.recorded',
  'intake.completed',
  'caseManager.assigned',
  'benefit.added',
  'benefit.ended',
  'diagnosis.recorded',
  'agreement.added',
  'agreement.updated',
  'appointment.planned',
  'appointment.updated',
  'referral.sent',
  'referral.answered',
  'referral.withdrawn',
  'summons.issued',
  'sanction.decided',
  'participationStep.set',
  'activation.changed',
  'outflow.registered',
  'handover.registered',
  'task.completed',
  'profile.updated',
  'note.added',
  'document.uploaded',
  'trajectory.purchased',
  'nomination.proposed',
  'nomination.presented',
  'nomination.feedback',
  'nomination.withdrawn',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];
