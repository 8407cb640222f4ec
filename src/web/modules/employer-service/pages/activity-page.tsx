import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import type {
  TActivity,
  TEmployerParticipation,
  TJobseekerParticipation,
} from '../../../../contracts/labour-market-activity.ts';
import { joinStatuses } from '../../../../contracts/labour-market-activity-options.ts';
import { errorMessage, fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import {
  CheckboxGroupField,
  ErrorSummary,
  RadioGroupField,
  SelectField,
  TextField,
  choiceId,
  type ErrorSummaryItem,
} from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink, RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useInvalidate } from '../../../shared/lib/commands.ts';

const t = nl.activity;
const d = t.detail;
const base = (id: string) => `/api/labour-market-activities/${encodeURIComponent(id)}`;

/** One small form's problems: per field (with the control to move to) and general ones. */
const useFormProblems = () => {
  const [fields, setFields] = useState<Record<string, { targetId: string; label: string; message: string }>>(
    {},
  );
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const items: ErrorSummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...Object.values(fields).map((f) => ({
      targetId: f.targetId,
      text: nl.errorSummary.item(f.label, f.message),
    })),
  ];
  return {
    items,
    attempt,
    messageFor: (field: string) => fields[field]?.message,
    clear: () => {
      setFields({});
      setGeneral([]);
    },
    /** Shows problems; `known` maps the server's field paths to the form's controls and labels. */
    show: (error: unknown, known: Record<string, { targetId: string; label: string }>) => {
      const nextFields: typeof fields = {};
      const nextGeneral: string[] = [];
      if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0) {
        for (const problem of error.fields) {
          const name = problem.path.split('.')[0] ?? '';
          const control = known[name];
          const message = fieldErrorMessage(name, problem.code);
          if (control) nextFields[name] ??= { ...control, message };
          else nextGeneral.push(message);
        }
      } else {
        nextGeneral.push(errorMessage(isApiError(error) ? error.code : 'network'));
      }
      setFields(nextFields);
      setGeneral(nextGeneral);
      setAttempt((a) => a + 1);
    },
    /** A problem found before asking the server. */
    showField: (field: string, control: { targetId: string; label: string }, message: string) => {
      setFields({ [field]: { ...control, message } });
      setGeneral([]);
      setAttempt((a) => a + 1);
    },
  };
};

/** A polite live region: what just happened in this section, for everyone. */
const Notice = ({ text }: { text: string | null }) => (
  <div role="status">
    {text ? (
      <Alert type="ok">
        <Paragraph>{text}</Paragraph>
      </Alert>
    ) : null}
  </div>
);

/** A button whose visible text is short; the hidden part names what it acts on. */
const RowButton = ({ label, about, onClick }: { label: string; about: string; onClick: () => void }) => (
  <Button type="button" appearance="secondary-action-button" onClick={onClick}>
    {label}
    <span className="werkplein-visually-hidden"> {about}</span>
  </Button>
);

const lastStep = (j: TJobseekerParticipation) =>
  [j.attendanceRecorded, j.withdrawn, j.registered, j.invited]
    .filter((s) => s !== null)
    .sort((a, b) => (a && b ? b.at.localeCompare(a.at) : 0))[0] ?? null;

/** One activity: its facts, the employers and jobseekers taking part, attendance and the outcome. */
export const ActivityPage = () => {
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const flash = (location.state as { flash?: 'created' | 'updated' } | null)?.flash;
  const resource = useQuery(queries.activity(id));
  // After a change to the activity: it and the list of activities load again.
  const reload = useInvalidate([scopes.activity(id), scopes.activities]);
  const [notice, setNotice] = useState<{ section: string; text: string } | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const statusProblems = useFormProblems();

  if (resource.isPending) return <Loading />;
  if (resource.isError)
    return <LoadFailedPage error={resource.error} onRetry={() => void resource.refetch()} />;
  const a = resource.data;

  const today = todayInAmsterdam();
  const manage = can(session, 'labourMarketActivity.manage');
  const enrol = can(session, 'labourMarketActivity.enrol');
  const open = a.status === 'planned' && a.date >= today;
  const attendanceOpen = a.status !== 'cancelled' && a.date <= today;
  const say = (section: string, text: string) => setNotice({ section, text });
  const noticeFor = (section: string) => (notice?.section === section ? notice.text : null);

  const changeStatus = async (status: 'completed' | 'cancelled') => {
    statusProblems.clear();
    try {
      await api.post<TActivity>(`${base(a.id)}/status`, { status, version: a.version });
      setConfirmCancel(false);
      say('status', status === 'completed' ? d.completed : d.cancelledNotice);
      reload();
    } catch (error) {
      statusProblems.show(error, {});
    }
  };

  const facts: [string, ReactNode][] = [
    [d.facts.kind, t.kinds[a.kind]],
    [d.facts.date, formatDate(a.date)],
    [d.facts.time, t.timeRange(a.startTime, a.endTime)],
    [d.facts.location, a.location],
    [d.facts.organiser, a.organiser.name],
    [d.facts.places, d.placesValue(a.placesTaken, a.capacity)],
    [d.facts.status, t.statuses[a.status]],
  ];

  return (
    <>
      <PageHeading>{a.title}</PageHeading>
      {flash ? (
        <Alert type="ok">
          <Paragraph>{flash === 'created' ? d.created : d.updated}</Paragraph>
        </Alert>
      ) : null}
      <DataList aria-label={d.factsLabel}>
        {facts.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {a.description ? <Paragraph>{a.description}</Paragraph> : null}

      <Notice text={noticeFor('status')} />
      {manage && a.status === 'planned' ? (
        <>
          <ErrorSummary items={statusProblems.items} attempt={statusProblems.attempt} />
          <ButtonGroup>
            <RouterButtonLink to={paths.editActivity(a.id)} appearance="secondary-action-button">
              {d.edit}
            </RouterButtonLink>
            {a.date <= today ? (
              <Button
                type="button"
                appearance="primary-action-button"
                onClick={() => void changeStatus('completed')}
              >
                {d.complete}
              </Button>
            ) : null}
            <Button type="button" appearance="subtle-button" onClick={() => setConfirmCancel(true)}>
              {d.cancelActivity}
            </Button>
          </ButtonGroup>
          {confirmCancel ? (
            <Alert type="warning">
              <Paragraph>{d.confirmCancel}</Paragraph>
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="primary-action-button"
                  onClick={() => void changeStatus('cancelled')}
                >
                  {d.confirmCancelYes}
                </Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => setConfirmCancel(false)}
                >
                  {d.confirmCancelNo}
                </Button>
              </ButtonGroup>
            </Alert>
          ) : null}
        </>
      ) : null}

      <EmployersSection
        activity={a}
        canChange={manage && open}
        reload={reload}
        say={say}
        notice={noticeFor('employers')}
      />
      <JobseekersSection
        activity={a}
        canEnrol={enrol && open}
        canLinkDossier={can(session, 'jobseeker.search')}
        defaultJoin={session.employee.roles.includes('caseManager') ? 'registered' : 'invited'}
        reload={reload}
        say={say}
        notice={noticeFor('jobseekers')}
      />
      {manage && attendanceOpen && a.jobseekers.length > 0 ? (
        <AttendanceForm activity={a} reload={reload} say={say} notice={noticeFor('attendance')} />
      ) : null}
      {a.date <= today || a.status === 'completed' ? (
        <section aria-labelledby="activity-outcome">
          <Heading2 id="activity-outcome">{d.outcomeHeading}</Heading2>
          <Paragraph>{d.outcome(a.outcome.attended, a.outcome.noShow, a.outcome.followUps)}</Paragraph>
        </section>
      ) : null}
      <Paragraph>
        <RouterLink to={paths.activities}>{d.backToList}</RouterLink>
      </Paragraph>
    </>
  );
};

interface SectionProps {
  activity: TActivity;
  reload: () => void;
  say: (section: string, text: string) => void;
  notice: string | null;
}

const EmployersSection = ({
  activity,
  canChange,
  reload,
  say,
  notice,
}: SectionProps & { canChange: boolean }) => {
  const problems = useFormProblems();
  const [employerId, setEmployerId] = useState('');
  const [vacancyIds, setVacancyIds] = useState<string[]>([]);
  const employers = useQuery({ ...queries.employers(), enabled: canChange });
  const vacancies = useQuery({
    ...queries.vacancies({ employerId, status: 'open' }),
    enabled: canChange && Boolean(employerId),
  });
  const taking = new Set(activity.employers.map((e) => e.employer.id));
  const choices = employers.isSuccess
    ? employers.data.items.filter((e) => e.werkpleinId === activity.werkpleinId && !taking.has(e.id))
    : [];
  const openVacancies = vacancies.data?.items ?? [];
  const controls = {
    employerId: { targetId: 'activity-employer', label: d.employerLabel },
    vacancyIds: {
      targetId: choiceId('activity-vacancies', openVacancies[0]?.id ?? ''),
      label: d.vacanciesLabel,
    },
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    problems.clear();
    if (!employerId) {
      problems.showField(
        'employerId',
        controls.employerId,
        nl.fieldErrorOverrides.employerId?.required ?? '',
      );
      return;
    }
    try {
      const added = await api.post<TEmployerParticipation>(`${base(activity.id)}/employers`, {
        employerId,
        vacancyIds,
      });
      say('employers', d.employerAdded(added.employer.name));
      setEmployerId('');
      setVacancyIds([]);
      reload();
    } catch (error) {
      problems.show(error, controls);
    }
  };
  const remove = async (p: TEmployerParticipation) => {
    try {
      await api.delete(`${base(activity.id)}/employers/${p.employer.id}`);
      say('employers', d.employerRemoved(p.employer.name));
      reload();
    } catch (error) {
      problems.show(error, {});
    }
  };

  return (
    <section aria-labelledby="activity-employers">
      <Heading2 id="activity-employers">{d.employersHeading}</Heading2>
      <Notice text={notice} />
      {activity.employers.length === 0 ? <Paragraph>{d.noEmployers}</Paragraph> : null}
      {activity.employers.length > 0 ? (
        <UnorderedList>
          {activity.employers.map((p) => (
            <UnorderedListItem key={p.employer.id}>
              <Paragraph>
                <strong>{p.employer.name}</strong>
                {' — '}
                {p.vacancies.length > 0
                  ? d.vacanciesOf(p.vacancies.map((v) => v.title).join(', '))
                  : d.noVacancies}
              </Paragraph>
              {canChange ? (
                <RowButton
                  label={d.removeEmployerShort}
                  about={p.employer.name}
                  onClick={() => void remove(p)}
                />
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {canChange ? (
        <form
          onSubmit={(event) => void add(event)}
          noValidate
          className="werkplein-form"
          aria-labelledby="activity-add-employer"
        >
          <Heading3 id="activity-add-employer">{d.addEmployerHeading}</Heading3>
          <ErrorSummary items={problems.items} attempt={problems.attempt} />
          <SelectField
            id="activity-employer"
            label={d.employerLabel}
            value={employerId}
            onChange={(value) => {
              setEmployerId(value);
              setVacancyIds([]);
            }}
            options={choices.map((e) => ({ value: e.id, label: e.name }))}
            placeholder={d.chooseEmployer}
            error={problems.messageFor('employerId')}
          />
          {employerId && vacancies.isSuccess ? (
            openVacancies.length > 0 ? (
              <CheckboxGroupField
                id="activity-vacancies"
                label={d.vacanciesLabel}
                description={d.vacanciesDescription}
                optional
                values={vacancyIds}
                onChange={setVacancyIds}
                options={openVacancies.map((v) => ({ value: v.id, label: v.title }))}
                error={problems.messageFor('vacancyIds')}
              />
            ) : (
              <Paragraph>{d.noOpenVacancies}</Paragraph>
            )
          ) : null}
          <Button type="submit" appearance="primary-action-button">
            {d.addEmployer}
          </Button>
        </form>
      ) : null}
    </section>
  );
};

const JobseekersSection = ({
  activity,
  canEnrol,
  canLinkDossier,
  defaultJoin,
  reload,
  say,
  notice,
}: SectionProps & { canEnrol: boolean; canLinkDossier: boolean; defaultJoin: 'invited' | 'registered' }) => {
  const problems = useFormProblems();
  const rowProblems = useFormProblems();
  const [dossierNumber, setDossierNumber] = useState('');
  const [join, setJoin] = useState<string>(defaultJoin);
  const controls = {
    dossierNumber: { targetId: 'activity-dossier-number', label: d.dossierNumberLabel },
    status: { targetId: choiceId('activity-join', 'invited'), label: d.joinLabel },
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    problems.clear();
    const value = dossierNumber.trim();
    if (!value) {
      problems.showField(
        'dossierNumber',
        controls.dossierNumber,
        fieldErrorMessage('dossierNumber', 'required'),
      );
      return;
    }
    if (!/^wp\d{8}$/i.test(value)) {
      problems.showField(
        'dossierNumber',
        controls.dossierNumber,
        fieldErrorMessage('dossierNumber', 'dossier_number_format'),
      );
      return;
    }
    try {
      const added = await api.post<TJobseekerParticipation>(`${base(activity.id)}/jobseekers`, {
        dossierNumber: value,
        status: join,
      });
      say('jobseekers', d.jobseekerAdded(added.jobseeker.name, t.participationStatuses[added.status]));
      setDossierNumber('');
      reload();
    } catch (error) {
      problems.show(error, controls);
    }
  };
  const move = async (j: TJobseekerParticipation, status: 'registered' | 'withdrawn') => {
    rowProblems.clear();
    try {
      const moved = await api.post<TJobseekerParticipation>(
        `${base(activity.id)}/jobseekers/${j.jobseeker.id}/status`,
        { status },
      );
      say('jobseekers', d.moved(moved.jobseeker.name, t.participationStatuses[moved.status]));
      reload();
    } catch (error) {
      rowProblems.show(error, {});
    }
  };

  return (
    <section aria-labelledby="activity-jobseekers">
      <Heading2 id="activity-jobseekers">{d.jobseekersHeading}</Heading2>
      <Notice text={notice} />
      <ErrorSummary items={rowProblems.items} attempt={rowProblems.attempt} />
      {activity.jobseekers.length === 0 ? <Paragraph>{d.noJobseekers}</Paragraph> : null}
      {activity.jobseekers.length > 0 ? (
        <DataTable
          caption={d.jobseekersCaption}
          captionVisible
          rows={activity.jobseekers}
          rowKey={(j) => j.jobseeker.id}
          columns={[
            {
              key: 'name',
              header: d.columns.name,
              rowHeader: true,
              cell: (j) =>
                canLinkDossier ? (
                  <RouterLink to={paths.dossier(j.jobseeker.id)}>{j.jobseeker.name}</RouterLink>
                ) : (
                  j.jobseeker.name
                ),
            },
            { key: 'dossierNumber', header: d.columns.dossierNumber, cell: (j) => j.jobseeker.dossierNumber },
            { key: 'status', header: d.columns.status, cell: (j) => t.participationStatuses[j.status] },
            {
              key: 'recorded',
              header: d.columns.recorded,
              cell: (j) => {
                const step = lastStep(j);
                return step ? d.recordedBy(step.by.name, formatDateTime(step.at)) : nl.none;
              },
            },
            {
              key: 'followUp',
              header: d.columns.followUp,
              cell: (j) => (j.followUpEmployer ? d.followUpAt(j.followUpEmployer.name) : nl.none),
            },
            ...(canEnrol
              ? [
                  {
                    key: 'actions',
                    header: d.columns.actions,
                    cell: (j: TJobseekerParticipation) => (
                      <>
                        {j.status === 'invited' || j.status === 'withdrawn' ? (
                          <RowButton
                            label={d.register}
                            about={j.jobseeker.name}
                            onClick={() => void move(j, 'registered')}
                          />
                        ) : null}{' '}
                        {j.status === 'invited' || j.status === 'registered' ? (
                          <RowButton
                            label={d.withdraw}
                            about={j.jobseeker.name}
                            onClick={() => void move(j, 'withdrawn')}
                          />
                        ) : null}
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      {canEnrol ? (
        <form
          onSubmit={(event) => void add(event)}
          noValidate
          className="werkplein-form"
          aria-labelledby="activity-add-jobseeker"
        >
          <Heading3 id="activity-add-jobseeker">{d.addJobseekerHeading}</Heading3>
          <ErrorSummary items={problems.items} attempt={problems.attempt} />
          <TextField
            id="activity-dossier-number"
            label={d.dossierNumberLabel}
            description={d.dossierNumberDescription}
            value={dossierNumber}
            onChange={setDossierNumber}
            size="medium"
            autoComplete="off"
            spellCheck={false}
            maxLength={10}
            error={problems.messageFor('dossierNumber')}
          />
          <RadioGroupField
            id="activity-join"
            label={d.joinLabel}
            value={join}
            onChange={setJoin}
            options={joinStatuses.map((s) => ({ value: s, label: d.joins[s] }))}
            error={problems.messageFor('status')}
          />
          <Button type="submit" appearance="primary-action-button">
            {d.addJobseeker}
          </Button>
        </form>
      ) : null}
    </section>
  );
};

const AttendanceForm = ({ activity, reload, say, notice }: SectionProps) => {
  const problems = useFormProblems();
  const [jobseekerId, setJobseekerId] = useState('');
  const [attended, setAttended] = useState('');
  const [followUp, setFollowUp] = useState('');
  const controls = {
    jobseekerId: { targetId: 'attendance-jobseeker', label: d.attendanceJobseekerLabel },
    attended: { targetId: choiceId('attendance-attended', 'yes'), label: d.attendedLabel },
    followUpEmployerId: { targetId: 'attendance-follow-up', label: d.followUpLabel },
  };

  const record = async (event: FormEvent) => {
    event.preventDefault();
    problems.clear();
    if (!jobseekerId) {
      problems.showField('jobseekerId', controls.jobseekerId, d.chooseOne);
      return;
    }
    if (!attended) {
      problems.showField('attended', controls.attended, d.chooseOne);
      return;
    }
    if (attended === 'no' && followUp) {
      problems.showField(
        'followUpEmployerId',
        controls.followUpEmployerId,
        fieldErrorMessage('followUpEmployerId', 'follow_up_without_attendance'),
      );
      return;
    }
    try {
      const recorded = await api.put<TJobseekerParticipation>(
        `${base(activity.id)}/jobseekers/${jobseekerId}/attendance`,
        { attended: attended === 'yes', followUpEmployerId: followUp || null },
      );
      say(
        'attendance',
        d.attendanceRecorded(recorded.jobseeker.name, t.participationStatuses[recorded.status]),
      );
      setJobseekerId('');
      setAttended('');
      setFollowUp('');
      reload();
    } catch (error) {
      problems.show(error, controls);
    }
  };

  return (
    <section aria-labelledby="activity-attendance">
      <Heading2 id="activity-attendance">{d.attendanceHeading}</Heading2>
      <Paragraph>{d.attendanceIntro}</Paragraph>
      <Notice text={notice} />
      <form
        onSubmit={(event) => void record(event)}
        noValidate
        className="werkplein-form"
        aria-labelledby="activity-attendance"
      >
        <ErrorSummary items={problems.items} attempt={problems.attempt} />
        <SelectField
          id="attendance-jobseeker"
          label={d.attendanceJobseekerLabel}
          value={jobseekerId}
          onChange={setJobseekerId}
          options={activity.jobseekers.map((j) => ({
            value: j.jobseeker.id,
            label: `${j.jobseeker.name} (${j.jobseeker.dossierNumber}) — ${t.participationStatuses[j.status]}`,
          }))}
          placeholder={d.chooseJobseeker}
          error={problems.messageFor('jobseekerId')}
        />
        <RadioGroupField
          id="attendance-attended"
          label={d.attendedLabel}
          value={attended}
          onChange={setAttended}
          options={[
            { value: 'yes', label: d.attendedOptions.yes },
            { value: 'no', label: d.attendedOptions.no },
          ]}
          error={problems.messageFor('attended')}
        />
        <SelectField
          id="attendance-follow-up"
          label={d.followUpLabel}
          optional
          value={followUp}
          onChange={setFollowUp}
          options={activity.employers.map((e) => ({ value: e.employer.id, label: e.employer.name }))}
          placeholder={d.noFollowUp}
          error={problems.messageFor('followUpEmployerId')}
        />
        <Button type="submit" appearance="primary-action-button">
          {d.recordAttendance}
        </Button>
      </form>
    </section>
  );
};
