import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import {
  agreementResponsibles,
  type TActionPlan,
  type TAgreement,
  type TAgreementStatus,
  type TDiagnosis,
} from '../../../../contracts/action-plan.ts';
import { fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { CheckboxField, SelectField, TextField, TextAreaField } from '../../../shared/ui/form.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-sections.tsx';
import { notifyPlanChanged, StatusMessage, useAction } from './section-kit.tsx';

const p = nl.plan;
const t = nl.plan.actionPlan;
const nextStatuses: Record<TAgreementStatus, TAgreementStatus[]> = {
  open: ['done', 'broken', 'cancelled'],
  done: [],
  broken: [],
  cancelled: [],
};

const DiagnosisView = ({ diagnosis }: { diagnosis: TDiagnosis }) => (
  <>
    <DataList>
      {(
        [
          [t.summary, diagnosis.summary],
          [t.diagnosedOn, formatDate(diagnosis.diagnosedOn)],
          [t.selfReliant, p.yesNo(diagnosis.selfReliant)],
          [t.digitalServiceUntil, formatDate(diagnosis.digitalServiceUntil) || nl.none],
          [t.wageValueAssessment, p.yesNo(diagnosis.wageValueAssessment)],
          [t.placementTargetDate, formatDate(diagnosis.placementTargetDate)],
          [t.workOfferTargetDate, formatDate(diagnosis.workOfferTargetDate)],
        ] as const
      ).map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
    <Paragraph className="werkplein-muted">
      {t.updated(diagnosis.updatedBy.name, formatDateTime(diagnosis.updatedAt))}
    </Paragraph>
  </>
);

const DiagnosisForm = ({
  jobseekerId,
  diagnosis,
  reload,
}: {
  jobseekerId: string;
  diagnosis: TDiagnosis | null;
  reload: () => void;
}) => {
  const [summary, setSummary] = useState(diagnosis?.summary ?? '');
  const [selfReliant, setSelfReliant] = useState(diagnosis?.selfReliant ?? false);
  const [wageValue, setWageValue] = useState(diagnosis?.wageValueAssessment ?? false);
  const [diagnosedOn, setDiagnosedOn] = useState(diagnosis?.diagnosedOn ?? todayInAmsterdam());
  // The version the user is editing: a save against an older one is a conflict, never an overwrite.
  const [baseVersion, setBaseVersion] = useState(diagnosis?.version ?? 0);
  const { busy, message, errors, setErrors, run } = useAction(reload);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!summary.trim()) local.summary = fieldErrorMessage('summary', 'required');
    if (!diagnosedOn) local.diagnosedOn = fieldErrorMessage('diagnosedOn', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(
      async () => {
        const saved = await api.put<TDiagnosis>(
          `/api/jobseekers/${encodeURIComponent(jobseekerId)}/diagnosis`,
          {
            summary,
            selfReliant,
            wageValueAssessment: wageValue,
            diagnosedOn,
            version: baseVersion,
          },
        );
        setBaseVersion(saved.version);
        return t.diagnosisSaved;
      },
      (code, details) => {
        const current = details.current as TDiagnosis | null | undefined;
        if (code !== 'conflict' || !current) return undefined;
        setSummary(current.summary);
        setSelfReliant(current.selfReliant);
        setWageValue(current.wageValueAssessment);
        setDiagnosedOn(current.diagnosedOn);
        setBaseVersion(current.version);
        return t.conflict(current.updatedBy.name);
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="diagnosis-form-heading">
      <Heading3 id="diagnosis-form-heading">{t.editDiagnosis}</Heading3>
      <StatusMessage message={message} />
      <TextAreaField
        id="diagnosis-summary"
        label={t.summary}
        value={summary}
        error={errors.summary}
        maxLength={4000}
        onChange={setSummary}
      />
      <TextField
        id="diagnosis-date"
        label={t.diagnosedOn}
        type="date"
        value={diagnosedOn}
        error={errors.diagnosedOn}
        onChange={setDiagnosedOn}
      />
      <Paragraph id="diagnosis-self-reliant-description">{t.selfReliantDescription}</Paragraph>
      <CheckboxField
        id="diagnosis-self-reliant"
        label={t.selfReliant}
        checked={selfReliant}
        onChange={setSelfReliant}
      />
      <CheckboxField
        id="diagnosis-wage-value"
        label={t.wageValueAssessment}
        checked={wageValue}
        onChange={setWageValue}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.saveDiagnosis}
      </Button>
    </form>
  );
};

const AgreementForm = ({
  jobseekerId,
  reload,
  done,
}: {
  jobseekerId: string;
  reload: () => void;
  done: DisclosureDone;
}) => {
  const [description, setDescription] = useState('');
  const [responsible, setResponsible] = useState('jobseeker');
  const [dueDate, setDueDate] = useState('');
  const { busy, message, errors, setErrors, run } = useAction(reload);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!description.trim()) local.description = fieldErrorMessage('description', 'required');
    if (!dueDate) local.dueDate = fieldErrorMessage('dueDate', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(async () => {
      await api.post(`/api/jobseekers/${encodeURIComponent(jobseekerId)}/agreements`, {
        description,
        responsible,
        dueDate,
      });
      notifyPlanChanged();
    }).then((ok) => ok && done(t.added));
  };
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage message={message} />
      <TextField
        id="agreement-description"
        label={t.what}
        value={description}
        error={errors.description}
        maxLength={1000}
        onChange={setDescription}
      />
      <SelectField
        id="agreement-responsible"
        label={t.who}
        value={responsible}
        error={errors.responsible}
        options={agreementResponsibles.map((r) => ({ value: r, label: p.responsibles[r] }))}
        onChange={setResponsible}
      />
      <TextField
        id="agreement-due"
        label={t.due}
        type="date"
        value={dueDate}
        error={errors.dueDate}
        onChange={setDueDate}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.add}
      </Button>
    </form>
  );
};

const AgreementsTable = ({
  jobseekerId,
  agreements,
  mayManage,
  reload,
}: {
  jobseekerId: string;
  agreements: TAgreement[];
  mayManage: boolean;
  reload: () => void;
}) => {
  const { busy, message, run } = useAction(reload);
  const today = todayInAmsterdam();
  const setStatus = (a: TAgreement, status: TAgreementStatus) =>
    void run(
      async () => {
        await api.put(
          `/api/jobseekers/${encodeURIComponent(jobseekerId)}/agreements/${encodeURIComponent(a.id)}`,
          {
            description: a.description,
            responsible: a.responsible,
            dueDate: a.dueDate,
            status,
            version: a.version,
          },
        );
        notifyPlanChanged();
      },
      (code, details) => {
        const current = details.current as TAgreement | undefined;
        return code === 'conflict' && current ? t.conflict(current.updatedBy.name) : undefined;
      },
    );
  if (agreements.length === 0) return <Paragraph>{t.noAgreements}</Paragraph>;
  return (
    <>
      <StatusMessage message={message} />
      <DataTable
        caption={t.agreementsCaption}
        captionVisible
        rows={agreements}
        rowKey={(a) => a.id}
        columns={[
          { key: 'what', header: t.columns.what, cell: (a) => a.description },
          { key: 'who', header: t.columns.who, cell: (a) => p.responsibles[a.responsible] },
          {
            key: 'due',
            header: t.columns.due,
            cell: (a) => (
              <>
                {formatDate(a.dueDate)}
                {a.status === 'open' && a.dueDate < today ? ` (${t.overdue})` : ''}
                <br />
                {a.acceptedAt ? t.accepted : t.notAccepted}
                {a.jobseekerComment ? (
                  <>
                    <br />
                    {t.jobseekerComment(a.jobseekerComment)}
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: 'status',
            header: t.columns.status,
            cell: (a) => (
              <>
                {p.agreementStatuses[a.status]}
                {mayManage && nextStatuses[a.status].length > 0 ? (
                  <ButtonGroup>
                    {nextStatuses[a.status].map((status) => (
                      <Button
                        key={status}
                        type="button"
                        appearance="subtle-button"
                        disabled={busy}
                        aria-label={t.setStatus(p.agreementStatuses[status], a.description)}
                        onClick={() => setStatus(a, status)}
                      >
                        {p.agreementStatuses[status]}
                      </Button>
                    ))}
                  </ButtonGroup>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
};

/** The klantmanager's diagnosis and the agreements of the action plan. */
export const ActionPlanSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const mayManage = can(session, 'case.manage');
  const { resource, reload } = useResource<TActionPlan>(
    `/api/jobseekers/${encodeURIComponent(jobseeker.id)}/action-plan`,
  );
  if (resource.status === 'error') return <ApiErrorAlert error={resource.error} onRetry={reload} />;
  const plan =
    resource.status === 'success'
      ? resource.data
      : resource.status === 'loading'
        ? resource.previous
        : undefined;
  if (!plan) return <Loading />;
  return (
    <>
      <Heading3>{t.diagnosisHeading}</Heading3>
      {plan.diagnosis ? <DiagnosisView diagnosis={plan.diagnosis} /> : <Paragraph>{t.noDiagnosis}</Paragraph>}
      {mayManage ? (
        <DiagnosisForm jobseekerId={jobseeker.id} diagnosis={plan.diagnosis} reload={reload} />
      ) : null}
      <Heading3>{t.agreementsHeading}</Heading3>
      <AgreementsTable
        jobseekerId={jobseeker.id}
        agreements={plan.agreements}
        mayManage={mayManage}
        reload={reload}
      />
      {mayManage ? (
        <FormDisclosure label={t.addOpen}>
          {(done) => <AgreementForm jobseekerId={jobseeker.id} reload={reload} done={done} />}
        </FormDisclosure>
      ) : null}
    </>
  );
};
