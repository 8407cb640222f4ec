import { bsnInSearch } from '../../../contracts/bsn.ts';
/** Lower-case, without diacritics or punctuation: "Çelik-de Vries" → "celik de vries". */
export const foldName = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Dutch surname prefixes (tussenvoegsels): searching "van den Berg" searches for "berg". */
const PREFIXES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'vd',
  'v',
  'el',
  'al',
]);

/** The surname as searched: folded, without leading prefixes ("El Amrani" → "amrani", "de Vries-Smit" → "vries smit"). */
export const surnameKey = (surname: string): string => {
  const words = foldName(surname).split(' ').filter(Boolean);
  while (words.length > 1 && PREFIXES.has(words[0] as string)) words.shift();
  return words.join(' ');
};

export type SearchKind = 'bsn' | 'dossierNumber' | 'name';

export type ParsedQuery =
  | { kind: 'bsn'; bsn: string }
  | { kind: 'dossierNumber'; dossierNumber: string }
  | { kind: 'name'; tokens: string[] };

/** Decides what a caseworker typed: a BSN (9 digits), a dossier number (WP…) or a name. */
export const parseSearchQuery = (q: string): ParsedQuery => {
  const bsn = bsnInSearch(q);
  if (bsn !== null) return { kind: 'bsn', bsn };
  const compact = q.replace(/[\s.-]/g, '');
  if (/^wp\d{1,10}$/i.test(compact)) {
    return { kind: 'dossierNumber', dossierNumber: `WP${compact.slice(2).padStart(8, '0')}` };
  }
  const words = foldName(q).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !PREFIXES.has(w));
  return { kind: 'name', tokens: (meaningful.length > 0 ? meaningful : words).slice(0, 4) };
};

export const fullNameOf = (j: { given_names: string; surname_prefix: string; surname: string }): string =>
  [j.given_names, j.surname_prefix, j.surname].filter((part) => part.trim() !== '').join(' ');
