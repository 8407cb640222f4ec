/** Stable error codes of the API. The web maps each to a Dutch message (src/web/i18n/nl.ts). */
export const errorCodes = [
  'validation_failed',
  'invalid_bsn',
  'unauthenticated',
  'session_expired',
  'csrf_failed',
  'forbidden',
  'own_access_change',
  'not_found',
  'conflict',
  'concurrent_change',
  'jobseeker_exists',
  'login_exists',
  'mfa_required',
  'login_failed',
  'payload_too_large',
  'unsupported_file_type',
  'instrument_full',
  'employer_exists',
  'duplicate_referral',
  'double_booked',
  'sanction_not_possible',
  'already_nominated',
  'nomination_not_possible',
  'vacancy_not_open',
  'activity_closed',
  'capacity_exceeded',
  'already_participating',
  'participation_not_possible',
  'unknown_period',
  'unknown_scope',
  'period_in_future',
  'rate_limited',
  'not_ready',
  'database_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field-level problems for validation_failed: path → code. */
    fields?: { path: string; code: string; message: string }[];
    /** Extra data, e.g. the existing jobseeker for jobseeker_exists. */
    details?: Record<string, unknown>;
  };
}
