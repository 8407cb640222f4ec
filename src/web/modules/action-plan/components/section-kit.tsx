/**
 * Small building blocks shared by the case sections of this module family (action plan,
 * appointments, referrals, summonses): one way to run a change with a busy state, a status message
 * and field errors from the server.
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../i18n/nl.ts';
import { isApiError } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

export type Message = { type: 'ok' | 'error'; text: string } | null;

/**
 * Runs a change as a command on `scope` (see useCommand): busy while it runs, field errors for
 * validation_failed (by the field's path), a Dutch message otherwise; `explain` explains a code
 * such as a 409 conflict. What the scope covers loads again afterwards, also after a failure.
 */
export const useAction = (scope: readonly QueryKey[]) => {
  const command = useCommand(scope);
  const [message, setMessage] = useState<Message>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (
    work: () => Promise<string | void>,
    explain?: (code: string, details: Record<string, unknown>) => string | undefined,
  ) => {
    setMessage(null);
    setErrors({});
    try {
      const ok = await command.run(work);
      if (ok) setMessage({ type: 'ok', text: ok });
      return true;
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0) {
        setErrors(fieldErrorsOf(error.fields));
        setMessage({ type: 'error', text: errorMessage('validation_failed') });
      } else {
        const code = isApiError(error) ? error.code : 'internal';
        const details = isApiError(error) ? error.details : {};
        setMessage({ type: 'error', text: explain?.(code, details) ?? errorMessage(code) });
      }
      return false;
    }
  };
  return { busy: command.busy, message, errors, setErrors, run };
};

export const StatusMessage = ({ message }: { message: Message }) =>
  message ? (
    <Alert type={message.type} role={message.type === 'error' ? 'alert' : 'status'}>
      <Paragraph>{message.text}</Paragraph>
    </Alert>
  ) : null;
