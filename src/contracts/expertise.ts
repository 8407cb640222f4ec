/** Client characteristics a klantmanager can be expert in; the intake matches them. No zod here (web). */
export const expertiseAreas = [
  'youth',
  'status_holders',
  'self_employed',
  'work_disability',
  'debt',
  'older_workers',
  'language',
] as const;
export type TExpertise = (typeof expertiseAreas)[number];
