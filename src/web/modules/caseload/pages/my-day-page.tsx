import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { TMyDayOffer, TMyDayTask } from '../../../../contracts/caseload.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.caseflow.myDay;
const c = t.columns;

const time = (iso: string) => formatDateTime(iso).slice(11, 16);

const Person = ({ person }: { person: { id: string; fullName: string } | null }) =>
  person ? <RouterLink to={paths.dossier(person.id)}>{person.fullName}</RouterLink> : <>{t.noJobseeker}</>;

const taskTitle = (task: TMyDayTask) => nl.caseflow.taskKinds[task.kind] ?? task.title;

/** Today's appointments (Dutch time), tasks due today or overdue, and new signals. */
export const MyDayPage = () => {
  const resource = useQuery(queries.myDay());
  const command = useCommand([scopes.myDay]);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  /** One button's action on one row: posts, then says what happened; the day loads again. */
  const act = async (rowId: string, url: string, done: string) => {
    setBusy(rowId);
    setNotice(null);
    try {
      await command.run(() => api.post(url));
      setNotice({ kind: 'ok', text: done });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(isApiError(error) ? error.code : 'internal') });
    } finally {
      setBusy(null);
    }
  };
  const complete = (task: TMyDayTask) =>
    act(task.id, `/api/tasks/${encodeURIComponent(task.id)}/complete`, t.completed(task.title));
  const markSeen = (offer: TMyDayOffer) =>
    act(
      offer.offerId,
      `/api/vacancy-offers/${encodeURIComponent(offer.offerId)}/seen`,
      t.seen(offer.vacancy.title),
    );

  const day = resource.data ?? null;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {resource.isPending ? <Loading /> : null}
      {resource.isError ? (
        <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
      ) : null}
      <div role="status">
        {notice ? (
          <Alert type={notice.kind}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {day ? (
        <>
          <Paragraph appearance="lead">{t.date(formatDate(day.date))}</Paragraph>

          <section aria-labelledby="my-day-appointments">
            <Heading2 id="my-day-appointments">{t.appointmentsHeading}</Heading2>
            {day.appointments.length === 0 ? (
              <Paragraph>{t.noAppointments}</Paragraph>
            ) : (
              <DataTable
                caption={t.appointmentsCaption}
                rows={day.appointments}
                rowKey={(a) => a.id}
                columns={[
                  {
                    key: 'time',
                    header: c.time,
                    cell: (a) => (
                      <>
                        <time dateTime={a.startsAt}>{time(a.startsAt)}</time>–
                        <time dateTime={a.endsAt}>{time(a.endsAt)}</time>
                      </>
                    ),
                  },
                  { key: 'jobseeker', header: c.jobseeker, cell: (a) => <Person person={a.jobseeker} /> },
                  { key: 'subject', header: c.subject, cell: (a) => a.subject },
                  {
                    key: 'channel',
                    header: c.channel,
                    cell: (a) => nl.caseflow.channels[a.channel] ?? a.channel,
                  },
                  { key: 'location', header: c.location, cell: (a) => a.location || nl.none },
                ]}
              />
            )}
          </section>

          <section aria-labelledby="my-day-tasks">
            <Heading2 id="my-day-tasks">{t.tasksHeading}</Heading2>
            {day.tasks.length === 0 ? (
              <Paragraph>{t.noTasks}</Paragraph>
            ) : (
              <DataTable
                caption={t.tasksCaption}
                rows={day.tasks}
                rowKey={(task) => task.id}
                columns={[
                  { key: 'task', header: c.task, cell: taskTitle },
                  {
                    key: 'jobseeker',
                    header: c.jobseeker,
                    cell: (task) => <Person person={task.jobseeker} />,
                  },
                  {
                    key: 'due',
                    header: c.due,
                    cell: (task) => (
                      <time dateTime={task.dueAt}>{formatDateTime(task.dueAt).slice(0, 16)}</time>
                    ),
                  },
                  {
                    key: 'status',
                    header: c.status,
                    cell: (task) => (task.overdue ? <strong>{t.overdue}</strong> : t.dueToday),
                  },
                  {
                    key: 'action',
                    header: c.action,
                    cell: (task) => (
                      <Button
                        type="button"
                        appearance="secondary-action-button"
                        aria-label={t.complete(taskTitle(task))}
                        disabled={busy === task.id}
                        onClick={() => void complete(task)}
                      >
                        {t.completeShort}
                      </Button>
                    ),
                  },
                ]}
              />
            )}
          </section>

          <section aria-labelledby="my-day-signals">
            <Heading2 id="my-day-signals">{t.signalsHeading}</Heading2>
            {day.signals.length === 0 ? (
              <Paragraph>{t.noSignals}</Paragraph>
            ) : (
              <DataTable
                caption={t.signalsCaption}
                rows={day.signals}
                rowKey={(s) => s.referralId}
                columns={[
                  { key: 'jobseeker', header: c.jobseeker, cell: (s) => <Person person={s.jobseeker} /> },
                  {
                    key: 'unit',
                    header: c.unit,
                    cell: (s) =>
                      s.unit
                        ? ((nl.backOfficeUnits as Record<string, string>)[s.unit] ?? s.unit)
                        : (s.externalProvider ?? nl.none),
                  },
                  { key: 'answer', header: c.answer, cell: (s) => s.answer ?? nl.none },
                  {
                    key: 'answeredAt',
                    header: c.answeredAt,
                    cell: (s) => (
                      <time dateTime={s.answeredAt}>{formatDateTime(s.answeredAt).slice(0, 16)}</time>
                    ),
                  },
                ]}
              />
            )}
          </section>

          {day.offers.length > 0 ? (
            <section aria-labelledby="my-day-offers">
              <Heading2 id="my-day-offers">{t.offersHeading}</Heading2>
              <DataTable
                caption={t.offersCaption}
                rows={day.offers}
                rowKey={(o) => o.offerId}
                columns={[
                  {
                    key: 'vacancy',
                    header: c.vacancy,
                    cell: (o) => (
                      <RouterLink to={paths.vacancy(o.vacancy.id)}>
                        {t.vacancyAt(o.vacancy.title, o.vacancy.employerName)}
                      </RouterLink>
                    ),
                  },
                  { key: 'offeredBy', header: c.offeredBy, cell: (o) => o.offeredBy },
                  { key: 'message', header: c.message, cell: (o) => o.message || nl.none },
                  {
                    key: 'offeredAt',
                    header: c.offeredAt,
                    cell: (o) => (
                      <time dateTime={o.offeredAt}>{formatDateTime(o.offeredAt).slice(0, 16)}</time>
                    ),
                  },
                  {
                    key: 'action',
                    header: c.action,
                    cell: (o) => (
                      <Button
                        appearance="secondary-action-button"
                        disabled={busy === o.offerId}
                        aria-label={t.markSeen(o.vacancy.title)}
                        onClick={() => void markSeen(o)}
                      >
                        {t.markSeenShort}
                      </Button>
                    ),
                  },
                ]}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
};
