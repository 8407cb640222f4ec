import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { TMyDayOffer, TMyDayResponse, TMyDayTask } from '../../../../contracts/caseload.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';

const t = nl.caseflow.myDay;
const c = t.columns;

const time = (iso: string) => formatDateTime(iso).slice(11, 16);

const Person = ({ person }: { person: { id: string; fullName: string } | null }) =>
  person ? <RouterLink to={paths.dossier(person.id)}>{person.fullName}</RouterLink> : <>{t.noJobseeker}</>;

const taskTitle = (task: TMyDayTask) => nl.caseflow.taskKinds[task.kind] ?? task.title;

/** Today's appointments (Dutch time), tasks due today or overdue, and new signals. */
export const MyDayPage = () => {
  const { resource, reload } = useResource<TMyDayResponse>('/api/my-day');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  /** One button's action on one row: posts, then says what happened and reloads the day. */
  const act = async (rowId: string, url: string, done: string) => {
    setBusy(rowId);
    setNotice(null);
    try {
      await api.post(url);
      setNotice({ kind: 'ok', text: done });
      reload();
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

  const day = resource.status === 'success' ? resource.data : null;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {resource.status === 'loading' && !day ? <Loading /> : null}
      {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={reload} /> : null}
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
              <TableScroll label={t.appointmentsCaption}>
                <Table>
                  <TableCaption className="werkplein-visually-hidden">{t.appointmentsCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{c.time}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.jobseeker}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.subject}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.channel}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.location}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {day.appointments.map((a) => (
                      <TableRow key={a.id}>
                        <TableCell>
                          <time dateTime={a.startsAt}>{time(a.startsAt)}</time>–
                          <time dateTime={a.endsAt}>{time(a.endsAt)}</time>
                        </TableCell>
                        <TableCell>
                          <Person person={a.jobseeker} />
                        </TableCell>
                        <TableCell>{a.subject}</TableCell>
                        <TableCell>{nl.caseflow.channels[a.channel] ?? a.channel}</TableCell>
                        <TableCell>{a.location || nl.none}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </section>

          <section aria-labelledby="my-day-tasks">
            <Heading2 id="my-day-tasks">{t.tasksHeading}</Heading2>
            {day.tasks.length === 0 ? (
              <Paragraph>{t.noTasks}</Paragraph>
            ) : (
              <TableScroll label={t.tasksCaption}>
                <Table>
                  <TableCaption className="werkplein-visually-hidden">{t.tasksCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{c.task}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.jobseeker}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.due}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.status}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.action}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {day.tasks.map((task) => (
                      <TableRow key={task.id}>
                        <TableCell>{taskTitle(task)}</TableCell>
                        <TableCell>
                          <Person person={task.jobseeker} />
                        </TableCell>
                        <TableCell>
                          <time dateTime={task.dueAt}>{formatDateTime(task.dueAt).slice(0, 16)}</time>
                        </TableCell>
                        <TableCell>{task.overdue ? <strong>{t.overdue}</strong> : t.dueToday}</TableCell>
                        <TableCell>
                          <Button
                            type="button"
                            appearance="secondary-action-button"
                            aria-label={t.complete(taskTitle(task))}
                            disabled={busy === task.id}
                            onClick={() => void complete(task)}
                          >
                            {t.completeShort}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </section>

          <section aria-labelledby="my-day-signals">
            <Heading2 id="my-day-signals">{t.signalsHeading}</Heading2>
            {day.signals.length === 0 ? (
              <Paragraph>{t.noSignals}</Paragraph>
            ) : (
              <TableScroll label={t.signalsCaption}>
                <Table>
                  <TableCaption className="werkplein-visually-hidden">{t.signalsCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{c.jobseeker}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.unit}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.answer}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.answeredAt}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {day.signals.map((s) => (
                      <TableRow key={s.referralId}>
                        <TableCell>
                          <Person person={s.jobseeker} />
                        </TableCell>
                        <TableCell>
                          {s.unit
                            ? ((nl.backOfficeUnits as Record<string, string>)[s.unit] ?? s.unit)
                            : (s.externalProvider ?? nl.none)}
                        </TableCell>
                        <TableCell>{s.answer ?? nl.none}</TableCell>
                        <TableCell>
                          <time dateTime={s.answeredAt}>{formatDateTime(s.answeredAt).slice(0, 16)}</time>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </section>

          {day.offers.length > 0 ? (
            <section aria-labelledby="my-day-offers">
              <Heading2 id="my-day-offers">{t.offersHeading}</Heading2>
              <TableScroll label={t.offersCaption}>
                <Table>
                  <TableCaption className="werkplein-visually-hidden">{t.offersCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{c.vacancy}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.offeredBy}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.message}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.offeredAt}</TableHeaderCell>
                      <TableHeaderCell scope="col">{c.action}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {day.offers.map((o) => (
                      <TableRow key={o.offerId}>
                        <TableCell>
                          <RouterLink to={paths.vacancy(o.vacancy.id)}>
                            {t.vacancyAt(o.vacancy.title, o.vacancy.employerName)}
                          </RouterLink>
                        </TableCell>
                        <TableCell>{o.offeredBy}</TableCell>
                        <TableCell>{o.message || nl.none}</TableCell>
                        <TableCell>
                          <time dateTime={o.offeredAt}>{formatDateTime(o.offeredAt).slice(0, 16)}</time>
                        </TableCell>
                        <TableCell>
                          <Button
                            appearance="secondary-action-button"
                            disabled={busy === o.offerId}
                            aria-label={t.markSeen(o.vacancy.title)}
                            onClick={() => void markSeen(o)}
                          >
                            {t.markSeenShort}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
};
