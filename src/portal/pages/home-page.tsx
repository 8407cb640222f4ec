import {
  Alert,
  Button,
  ButtonLink,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import type { TPortalAgreement, TPortalHome, TPortalSession } from '../../contracts/portal.ts';
import { api, isApiError } from '../../web/shared/lib/api.ts';
import { useQuery } from '@tanstack/react-query';
import { portalQueries } from '../queries.ts';
import { PageTitle } from '../page-title.tsx';
import { formatDay, formatMoment } from '../format.ts';
import { errorText, nl } from '../i18n/nl.ts';
import { stepUpUrl } from '../session.tsx';

/** A change that needs DigiD substantieel: the way there, back to this page afterwards. */
export const StepUp = ({ session }: { session: TPortalSession }) => (
  <Alert type="info">
    <Paragraph>{nl.stepUp.text}</Paragraph>
    <Paragraph>
      <ButtonLink appearance="secondary-action-button" href={stepUpUrl(session)}>
        {nl.stepUp.button}
      </ButtonLink>
    </Paragraph>
  </Alert>
);

const AgreementCard = ({
  agreement,
  session,
  onChanged,
}: {
  agreement: TPortalAgreement;
  session: TPortalSession;
  onChanged: () => void;
}) => {
  const [completing, setCompleting] = useState(false);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `afspraak-${agreement.id}`;

  const act = async (path: 'accept' | 'done', body: object, done: string) => {
    setBusy(true);
    try {
      await api.post(`/api/portal/agreements/${agreement.id}/${path}`, {
        version: agreement.version,
        ...body,
      });
      setMessage({ type: 'ok', text: done });
      setCompleting(false);
      onChanged();
    } catch (error) {
      if (isApiError(error) && error.code === 'step_up_required') window.location.assign(stepUpUrl(session));
      else setMessage({ type: 'error', text: isApiError(error) ? errorText(error.code) : nl.errors.other });
      if (isApiError(error) && error.code === 'conflict') onChanged();
    } finally {
      setBusy(false);
    }
  };

  const needsAccept = agreement.status === 'open' && agreement.acceptedAt === null;
  const canComplete = agreement.status === 'open' && agreement.responsible === 'jobseeker';
  return (
    <article className="portal-card" aria-labelledby={`${id}-title`}>
      <Heading3 id={`${id}-title`}>{agreement.description}</Heading3>
      <p className="portal-tags">
        {agreement.waitingOn ? (
          <span className={`portal-tag portal-tag--${agreement.waitingOn}`}>
            {nl.agreement.waiting[agreement.waitingOn]}
          </span>
        ) : null}
        <span className="portal-tag">{nl.agreement.status[agreement.status]}</span>
      </p>
      <Paragraph>
        {nl.agreement.who[agreement.responsible]} {nl.agreement.due(formatDay(agreement.dueDate))}.
      </Paragraph>
      {agreement.comment ? <Paragraph>{nl.agreement.yourComment(agreement.comment)}</Paragraph> : null}
      {message ? (
        <Alert type={message.type}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      ) : null}
      {(needsAccept || canComplete) && !session.mayChange ? <StepUp session={session} /> : null}
      {needsAccept && session.mayChange ? (
        <>
          <Paragraph className="portal-hint">{nl.agreement.acceptHint}</Paragraph>
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() => void act('accept', {}, nl.agreement.accepted)}
          >
            {nl.agreement.accept}
          </Button>
        </>
      ) : null}
      {canComplete && session.mayChange && !completing ? (
        <Button appearance="secondary-action-button" onClick={() => setCompleting(true)}>
          {nl.agreement.done}
        </Button>
      ) : null}
      {completing ? (
        <form
          className="portal-form"
          onSubmit={(event) => {
            event.preventDefault();
            void act('done', comment.trim() ? { comment: comment.trim() } : {}, nl.agreement.completed);
          }}
        >
          <label className="portal-label" htmlFor={`${id}-comment`}>
            {nl.agreement.comment}
          </label>
          <p className="portal-hint" id={`${id}-comment-hint`}>
            {nl.agreement.commentHint}
          </p>
          <Textarea
            id={`${id}-comment`}
            aria-describedby={`${id}-comment-hint`}
            value={comment}
            maxLength={1000}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
          />
          <div className="portal-actions">
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {nl.agreement.send}
            </Button>
            <Button appearance="subtle-button" onClick={() => setCompleting(false)}>
              {nl.agreement.cancel}
            </Button>
          </div>
        </form>
      ) : null}
      {agreement.history.length > 0 ? (
        <details className="portal-history">
          <summary>{nl.agreement.history}</summary>
          <ol>
            {agreement.history.map((step, i) => (
              <li key={i}>
                <time dateTime={step.at}>{formatMoment(step.at)}</time>:{' '}
                {nl.agreement.step(step.type, step.byYou, step.status)}
                {step.comment ? ` ${nl.agreement.yourComment(step.comment)}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </article>
  );
};

const Home = ({
  home,
  session,
  reload,
}: {
  home: TPortalHome;
  session: TPortalSession;
  reload: () => void;
}) => (
  <>
    <PageTitle>{nl.home.hello(home.me.name)}</PageTitle>
    <section aria-labelledby="klantmanager" className="portal-section">
      <Heading2 id="klantmanager">{nl.home.caseManager}</Heading2>
      {home.caseManager ? (
        <>
          <Paragraph>
            {nl.home.caseManagerText(home.caseManager.name, home.caseManager.organisation)}
          </Paragraph>
          {home.caseManager.email ? (
            <Paragraph>
              <Link href={`mailto:${home.caseManager.email}`}>{nl.home.mail(home.caseManager.email)}</Link>
            </Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph>{nl.home.noCaseManager}</Paragraph>
      )}
      <Paragraph>{nl.home.werkplein(home.me.werkplein)}</Paragraph>
    </section>
    <section aria-labelledby="afspraken-plan" className="portal-section">
      <Heading2 id="afspraken-plan">{nl.home.agreements}</Heading2>
      {home.agreements.length === 0 ? <Paragraph>{nl.home.noAgreements}</Paragraph> : null}
      {home.agreements.map((a) => (
        <AgreementCard key={a.id} agreement={a} session={session} onChanged={reload} />
      ))}
    </section>
    <section aria-labelledby="afspraken-werkplein" className="portal-section">
      <Heading2 id="afspraken-werkplein">{nl.home.appointments}</Heading2>
      {home.appointments.length === 0 ? <Paragraph>{nl.home.noAppointments}</Paragraph> : null}
      {home.appointments.map((a) => (
        <article key={a.id} className="portal-card" aria-labelledby={`gesprek-${a.id}`}>
          <Heading3 id={`gesprek-${a.id}`}>{a.subject}</Heading3>
          <p className="portal-tags">
            <span className="portal-tag">{nl.appointment.status[a.status]}</span>
          </p>
          <Paragraph>
            <time dateTime={a.startsAt}>{formatMoment(a.startsAt)}</time> ·{' '}
            {nl.appointment.channel[a.channel]}
          </Paragraph>
          {a.location ? <Paragraph>{nl.appointment.where(a.location)}</Paragraph> : null}
          <Paragraph>{nl.appointment.with(a.with)}</Paragraph>
          {a.status === 'planned' ? (
            <Paragraph>
              <Link
                href={`/api/portal/appointments/${a.id}/ics`}
                download="afspraak.ics"
                aria-label={nl.appointment.icsLabel(a.subject, formatMoment(a.startsAt))}
              >
                {nl.appointment.ics}
              </Link>
            </Paragraph>
          ) : null}
        </article>
      ))}
    </section>
    <section aria-labelledby="uitkering" className="portal-section">
      <Heading2 id="uitkering">{nl.home.benefits}</Heading2>
      {home.benefits.length === 0 ? (
        <Paragraph>{nl.home.noBenefits}</Paragraph>
      ) : (
        <>
          <Paragraph>{nl.home.benefitsNote}</Paragraph>
          <ul className="portal-list">
            {home.benefits.map((b, i) => {
              const name = nl.benefit.names[b.type] ?? b.type;
              return (
                <li key={i}>
                  {b.endDate
                    ? nl.benefit.period(name, formatDay(b.startDate), formatDay(b.endDate))
                    : nl.benefit.since(name, formatDay(b.startDate))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  </>
);

export const HomePage = ({ session }: { session: TPortalSession }) => {
  const { data, error, refetch } = useQuery(portalQueries.home());
  const reload = () => void refetch();
  if (data) return <Home home={data} session={session} reload={reload} />;
  return (
    <>
      <PageTitle>{nl.home.title}</PageTitle>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorText(error.code)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={reload}>
            {nl.retry}
          </Button>
        </Alert>
      ) : (
        <Paragraph role="status">{nl.loading}</Paragraph>
      )}
    </>
  );
};
