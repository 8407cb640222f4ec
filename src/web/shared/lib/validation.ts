/**
 * Client-side checks that mirror the contracts, so the user hears about a mistake before a round
 * trip. The server checks everything again; its field codes map to the same Dutch messages.
 */
import { isValidBsn } from '../../../contracts/bsn.ts';
import type { FieldProblem } from './api.ts';

/** Field name → error code (see nl.fieldErrors). */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

export const compactBsn = (value: string): string => value.trim().replace(/[\s.-]/g, '');

export const checkBsn = (value: string): string | undefined => {
  const compact = compactBsn(value);
  if (!compact) return 'required';
  return isValidBsn(compact) ? undefined : 'invalid_bsn';
};

export const checkPostcode = (value: string): string | undefined => {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!compact) return 'required';
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? undefined : 'postcode_format';
};

export const checkDate = (value: string): string | undefined => {
  if (!value) return 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date_format';
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    ? undefined
    : 'date_invalid';
};

export const checkPhone = (value: string): string | undefined =>
  /^[0-9+()\s-]*$/.test(value.trim()) ? undefined : 'phone_format';

/** A deliberately loose check; the server applies the real one. */
export const checkEmail = (value: string): string | undefined =>
  !value.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : 'email_format';

export const checkLogin = (value: string): string | undefined => {
  if (!value.trim()) return 'required';
  return /^[a-z0-9._-]{2,64}$/.test(value.trim()) ? undefined : 'login_format';
};

export const checkRequired = (value: string): string | undefined => (value.trim() ? undefined : 'required');

/** Only the fields that have a problem. */
export const compactErrors = <K extends string>(errors: Record<K, string | undefined>): FieldErrors<K> =>
  Object.fromEntries(Object.entries(errors).filter(([, code]) => code !== undefined)) as FieldErrors<K>;

/**
 * The server's field problems, keyed by the form's field names ("roles.0" → "roles"). Problems on
 * fields the form does not know are returned separately, to show in the summary.
 */
export const fieldErrorsFromApi = <K extends string>(
  problems: readonly FieldProblem[],
  known: readonly K[],
): { fields: FieldErrors<K>; other: FieldProblem[] } => {
  const fields: FieldErrors<K> = {};
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const name = problem.path.split('.')[0] as K;
    if (known.includes(name)) {
      fields[name] ??= problem.code;
    } else {
      other.push(problem);
    }
  }
  return { fields, other };
};
