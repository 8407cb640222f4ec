/**
 * The elfproef for a BSN: 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11,
 * and not all zeros. Shared by server and web.
 */
export const isValidBsn = (value: string): boolean => {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.reduce((acc, digit, i) => acc + digit * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0 && value !== '000000000';
};

/** A search text that is meant as a BSN (9 digits, spaces, dots and dashes allowed): its digits. */
export const bsnInSearch = (q: string): string | null => {
  const compact = q.replace(/[\s.-]/g, '');
  return /^\d{9}$/.test(compact) ? compact : null;
};
