/**
 * The problems a form shows after a submission: per field (next to the field and in the error
 * summary) and general ones (only in the summary), and the count of attempts that moves focus to
 * the summary each time.
 */
import { useState } from 'react';
import { errorMessage, fieldErrorMessage, nl } from '../../i18n/nl.ts';
import type { ErrorSummaryItem } from '../ui/form.tsx';
import { isApiError } from './api.ts';
import { fieldErrorsFromApi, type FieldErrors } from './validation.ts';

export interface FormErrorsOptions<K extends string> {
  /** The field's name in the summary. */
  label: (field: K) => string;
  /** The control the summary moves focus to. */
  targetId: (field: K) => string;
  /** The Dutch message for what is kept for a field; by default that is a code of nl.fieldErrors. */
  message?: (field: K, error: string) => string;
  /** The fields in the order of the form; by default the summary lists them as they were found. */
  fields?: readonly K[];
}

export const useFormErrors = <K extends string>({
  label,
  targetId,
  message = fieldErrorMessage,
  fields,
}: FormErrorsOptions<K>) => {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  /** Shows these problems, replacing the earlier ones, as a new attempt. */
  const fail = (fieldErrors: FieldErrors<K>, generalMessages: string[] = []) => {
    setErrors(fieldErrors);
    setGeneral(generalMessages);
    setAttempt((a) => a + 1);
  };
  /** Removes all problems, without moving focus. */
  const clear = () => {
    setErrors({});
    setGeneral([]);
  };
  const messageFor = (field: K): string | undefined => {
    const error = errors[field];
    return error ? message(field, error) : undefined;
  };

  const summary: ErrorSummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...(fields ?? (Object.keys(errors) as K[])).flatMap((field) => {
      const text = messageFor(field);
      return text ? [{ targetId: targetId(field), text: nl.errorSummary.item(label(field), text) }] : [];
    }),
  ];

  return { errors, attempt, summary, messageFor, fail, clear };
};

/**
 * What to show for a failed request as the arguments of `fail`: the server's field problems on the
 * form's own fields, and a general message for any other problem or error.
 */
export const apiProblems = <K extends string>(
  error: unknown,
  fields: readonly K[],
): [FieldErrors<K>, string[]] => {
  if (!isApiError(error)) return [{}, [errorMessage('network')]];
  if (error.code === 'validation_failed' && error.fields.length > 0) {
    const { fields: known, other } = fieldErrorsFromApi(error.fields, fields);
    return [known, other.map((problem) => fieldErrorMessage(problem.path, problem.code))];
  }
  return [{}, [errorMessage(error.code)]];
};
