/**
 * Small building blocks shared by the case sections of this module family (action plan,
 * appointments, referrals, summonses): one way to run a change with a busy state, a status message
 * and field errors from the server.
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../i18n/nl.ts';
import { isApiError } from '../../../shared/lib/api.ts';

export type Message = { type: 'ok' | 'error'; text: string } | null;

/**
 * Runs a change: busy while it runs, field errors for validation_failed (by the field's path), a
 * Dutch message otherwise; `conflictText` explains a 409 conflict. Always reloads afterwards.
 */
export const useAction = (reload: () => void) => {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (
    work: () => Promise<string | void>,
    explain?: (code: string, details: Record<string, unknown>) => string | undefined,
  ) => {
    setBusy(true);
    setMessage(null);
    setErrors({});
    try {
      const ok = await work();
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
    } finally {
      setBusy(false);
      reload();
    }
  };
  return { busy, message, errors, setErrors, run };
};

export const StatusMessage = ({ message }: { message: Message }) =>
  message ? (
    <Alert type={message.type} role={message.type === 'error' ? 'alert' : 'status'}>
      <Paragraph>{message.text}</Paragraph>
    </Alert>
  ) : null;

/** Sections on one dossier page tell each other that the action plan changed (e.g. a broken agreement). */
const PLAN_CHANGED = 'werkplein:action-plan-changed';
export const notifyPlanChanged = (): void => {
  window.dispatchEvent(new Event(PLAN_CHANGED));
};
export const usePlanChanged = (onChange: () => void): void => {
  useEffect(() => {
    window.addEventListener(PLAN_CHANGED, onChange);
    return () => window.removeEventListener(PLAN_CHANGED, onChange);
  }, [onChange]);
};
