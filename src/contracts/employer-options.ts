/** Employer choices without zod, so the web bundle can use them. */
export const sectors = [
  'care',
  'horticulture',
  'logistics',
  'construction',
  'hospitality',
  'retail',
  'industry',
  'business_services',
  'government',
  'education',
  'cleaning',
  'other',
] as const;
export type TSector = (typeof sectors)[number];
export const sizeClasses = ['1-9', '10-49', '50-249', '250+'] as const;
export const contactChannels = ['visit', 'phone', 'email', 'event', 'other'] as const;
/** Two partners approaching the same employer within this many days are warned of each other. */
export const DOUBLE_APPROACH_DAYS = 14;

export const vacancyKinds = [
  'regular',
  'additional',
  'sheltered',
  'volunteer',
  'learning_job',
  'internship',
  'work_experience',
] as const;
export type TVacancyKind = (typeof vacancyKinds)[number];
export const contractKinds = ['permanent', 'temporary', 'none'] as const;
export const vacancyStatuses = ['open', 'on_hold', 'filled', 'closed'] as const;
/** What is agreed with the employer at intake: the profile, the trajectory, the duration. */
export const agreementTopics = ['profile', 'trajectory', 'duration'] as const;
