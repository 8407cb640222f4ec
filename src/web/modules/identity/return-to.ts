/**
 * Where to go after logging in: only a path inside Werkplein, never another site
 * ("//evil.example" or "/\\evil.example" are protocol-relative URLs) and never the login page.
 */
export const safeReturnTo = (value: string | null | undefined): string => {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/inloggen' || value.startsWith('/inloggen?') || value.startsWith('/inloggen/')) return '/';
  // Control characters have no place in a path and may confuse URL parsers.
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return '/';
  return value;
};

export const loginUrl = (returnTo: string): string => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
