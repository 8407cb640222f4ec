import { Alert, Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { ZContactChange, type TPortalSession } from '../../contracts/portal.ts';
import { api, isApiError } from '../../web/shared/lib/api.ts';
import { useQuery } from '@tanstack/react-query';
import { portalQueries } from '../queries.ts';
import { PageTitle } from '../page-title.tsx';
import { errorText, nl } from '../i18n/nl.ts';
import { StepUp } from './home-page.tsx';

type Field = 'phone' | 'email';

/** He changes his phone number and e-mail address himself; the same rules as the server checks. */
export const ContactPage = ({ session }: { session: TPortalSession }) => {
  const { data, error, refetch } = useQuery(portalQueries.home());
  const reload = () => void refetch();
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const me = data?.me;
  useEffect(() => {
    if (!me) return;
    setPhone(me.phone ?? '');
    setEmail(me.email ?? '');
  }, [me]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!me) return;
    const input = { version: me.version, phone, email };
    const checked = ZContactChange.safeParse(input);
    if (!checked.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of checked.error.issues) {
        if (issue.path[0] === 'phone') found.phone = nl.contact.phoneFormat;
        if (issue.path[0] === 'email') found.email = nl.contact.emailFormat;
      }
      setErrors(found);
      setMessage(null);
      document.getElementById(found.phone ? 'phone' : 'email')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api.put('/api/portal/contact', checked.data);
      setMessage({ type: 'ok', text: nl.contact.saved });
      reload();
    } catch (error) {
      setMessage({ type: 'error', text: isApiError(error) ? errorText(error.code) : nl.errors.other });
      if (isApiError(error) && error.code === 'conflict') reload();
    } finally {
      setBusy(false);
    }
  };

  const field = (id: Field, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <div className="portal-field">
      <label className="portal-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="portal-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors[id] ? (
        <p className="portal-error" id={`${id}-error`}>
          {errors[id]}
        </p>
      ) : null}
      <Textbox
        id={id}
        name={id}
        type={id === 'phone' ? 'tel' : 'email'}
        autoComplete={id === 'phone' ? 'tel' : 'email'}
        value={value}
        invalid={Boolean(errors[id])}
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={
          [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
        disabled={!session.mayChange}
        onChange={(event: ChangeEvent<HTMLInputElement>) => set(event.target.value)}
      />
    </div>
  );

  return (
    <>
      <PageTitle>{nl.contact.title}</PageTitle>
      <Paragraph>{nl.contact.intro}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorText(error.code)}</Paragraph>
        </Alert>
      ) : null}
      {!session.mayChange ? <StepUp session={session} /> : null}
      {message ? (
        <Alert type={message.type}>
          <Paragraph role={message.type === 'ok' ? 'status' : 'alert'}>{message.text}</Paragraph>
        </Alert>
      ) : null}
      {me ? (
        <form className="portal-form" noValidate onSubmit={(event) => void submit(event)}>
          {field('phone', nl.contact.phone, phone, setPhone, nl.contact.phoneHint)}
          {field('email', nl.contact.email, email, setEmail)}
          {session.mayChange ? (
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {nl.contact.save}
            </Button>
          ) : null}
        </form>
      ) : !error ? (
        <Paragraph role="status">{nl.loading}</Paragraph>
      ) : null}
    </>
  );
};
