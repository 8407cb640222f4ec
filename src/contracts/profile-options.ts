/** Profile choices without zod, so the web bundle can use them. */
export const educationLevels = [
  'none',
  'primary',
  'vmbo',
  'mbo1',
  'mbo2',
  'mbo3',
  'mbo4',
  'havo',
  'vwo',
  'hbo',
  'wo',
] as const;
export type TEducationLevel = (typeof educationLevels)[number];
export const drivingLicences = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'DE', 'T'] as const;
export type TDrivingLicence = (typeof drivingLicences)[number];
