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
