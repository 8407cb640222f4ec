/**
 * Small building blocks shared by the case sections of this module family (action plan,
 * appointments, referrals, summonses): a button's change with a busy state and a status message.
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../../i18n/nl.ts';
import { isApiError } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

export type Message = { type: 'ok' | 'error'; text: string } | null;

/**
 * A button's change (a status, a withdrawal) as a command on `scope` (see useCommand): busy while it
 * runs, then the work's own success text or the refusal in Dutch; `explain` words a code (such as
 * a 409 conflict) of its own. Forms use the form kit instead.
 */
export const useAction = (scope: readonly QueryKey[]) => {
  const command = useCommand(scope);
  const [message, setMessage] = useState<Message>(null);
  const run = async (
    work: () => Promise<string | void>,
    explain?: (code: string, details: Record<string, unknown>) => string | undefined,
  ) => {
    setMessage(null);
    try {
      const ok = await command.run(work);
      if (ok) setMessage({ type: 'ok', text: ok });
    } catch (error) {
      const code = isApiError(error) ? error.code : 'network';
      const details = isApiError(error) ? error.details : {};
      setMessage({ type: 'error', text: explain?.(code, details) ?? errorMessage(code) });
    }
  };
  return { busy: command.busy, message, run };
};

export const StatusMessage = ({ message }: { message: Message }) =>
  message ? (
    <Alert type={message.type} role={message.type === 'error' ? 'alert' : 'status'}>
      <Paragraph>{message.text}</Paragraph>
    </Alert>
  ) : null;
