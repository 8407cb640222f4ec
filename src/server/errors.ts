import type { ErrorCode } from '../contracts/errors.ts';

/** A failure the user can understand; the error handler maps its code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly details?: Record<string, unknown>,
    readonly fields?: { path: string; code: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const httpStatusOf = (code: ErrorCode): number => {
  switch (code) {
    case 'validation_failed':
    case 'invalid_bsn':
    case 'unknown_period':
    case 'unknown_scope':
    case 'period_in_future':
      return 400;
    case 'unauthenticated':
    case 'session_expired':
    case 'login_failed':
      return 401;
    case 'csrf_failed':
    case 'forbidden':
    case 'own_access_change':
    case 'mfa_required':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'concurrent_change':
    case 'instrument_full':
    case 'employer_exists':
    case 'duplicate_referral':
    case 'double_booked':
    case 'sanction_not_possible':
    case 'already_nominated':
    case 'nomination_not_possible':
    case 'vacancy_not_open':
    case 'activity_closed':
    case 'capacity_exceeded':
    case 'already_participating':
    case 'participation_not_possible':
    case 'jobseeker_exists':
    case 'login_exists':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_file_type':
      return 415;
    case 'rate_limited':
      return 429;
    case 'not_ready':
    case 'database_unavailable':
      return 503;
    case 'internal':
      return 500;
  }
};

/**
 * Whether the database gave up on a transaction because another one wrote the same rows at the
 * same moment: a deadlock (40P01) or a serialization failure (40001). Everything was rolled back.
 */
export const isConcurrencyFailure = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ['40P01', '40001'].includes(String((error as { code?: unknown }).code));

/** Whether a database error is a unique-constraint violation (SQLSTATE 23505), on either engine. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * Whether the database could not be reached or dropped the connection (a restart, a failover, a
 * terminated backend): SQLSTATE class 08 and 57P01–57P03, a refused connection, or the driver's
 * "Connection terminated". Whatever the transaction did was rolled back; the pool connects anew.
 */
export const isConnectionFailure = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = String((error as { message?: unknown }).message ?? '');
  return (
    code.startsWith('08') ||
    /^57P0[123]$/.test(code) ||
    CONNECTION_ERRORS.has(code) ||
    /Connection terminated|connection error and is not queryable|not currently accepting connections|the database system is (starting up|shutting down)/.test(
      message,
    )
  );
};
