/** One way to turn a refusal of the matching and nomination API into Dutch: a message and field errors. */
import { errorMessage, nl, nominationFieldError } from '../../i18n/nl.ts';
import { isApiError } from '../../shared/lib/api.ts';

export interface Failure {
  message: string;
  /** Dutch messages per form field (motivation, reason, startDate). */
  fields: Record<string, string>;
}

export const describeFailure = (error: unknown): Failure => {
  if (!isApiError(error)) return { message: errorMessage('internal'), fields: {} };
  const explained = nl.matching.explainNominationError(error);
  if (explained) return { message: explained, fields: {} };
  if (error.code === 'validation_failed' && error.fields.length > 0)
    return {
      message: errorMessage('validation_failed'),
      fields: Object.fromEntries(error.fields.map((f) => [f.path, nominationFieldError(f.path, f.code)])),
    };
  return { message: errorMessage(error.code), fields: {} };
};
