import { DOUBLE_APPROACH_DAYS } from '../../../contracts/employer-options.ts';

export interface ContactFact {
  partnerId: string;
  occurredAt: Date;
}

const windowStart = (now: Date) => new Date(now.getTime() - DOUBLE_APPROACH_DAYS * 86_400_000);

/**
 * One face to the employer: contacts within the warning window by more than one partner mean the
 * employer was approached by people who may not know of each other. Returns those contacts.
 */
export const doubleApproach = <T extends ContactFact>(contacts: readonly T[], now: Date): T[] => {
  const recent = contacts.filter((c) => c.occurredAt >= windowStart(now) && c.occurredAt <= now);
  return new Set(recent.map((c) => c.partnerId)).size > 1 ? recent : [];
};

/** Recent contacts by another partner than the one now approaching the employer. */
export const recentByOtherPartners = <T extends ContactFact>(
  contacts: readonly T[],
  partnerId: string,
  at: Date,
): T[] =>
  contacts.filter(
    (c) =>
      c.partnerId !== partnerId &&
      Math.abs(c.occurredAt.getTime() - at.getTime()) <= DOUBLE_APPROACH_DAYS * 86_400_000,
  );
