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
import { useState } from 'react';
import {
  agreementResponsibles,
  ZAgreementInput,
  ZDiagnosisUpdate,
  type TAgreement,
  type TAgreementStatus,
  type TDiagnosis,
  type TDiagnosisUpdate,
} from '../../../../contracts/action-plan.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { StatusMessage, useAction, type Message } from './section-kit.tsx';
import {
  KitCheckboxField,
  KitForm,
  KitSelectField,
  KitSubmit,
  KitTextAreaField,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

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

const diagnosisValues = (d: TDiagnosis | null): TDiagnosisUpdate => ({
  summary: d?.summary ?? '',
  selfReliant: d?.selfReliant ?? false,
  wageValueAssessment: d?.wageValueAssessment ?? false,
  diagnosedOn: d?.diagnosedOn ?? todayInAmsterdam(),
  // The version the user is editing: a save against an older one is a conflict, never an overwrite.
  version: d?.version ?? 0,
});

const DiagnosisForm = ({ jobseekerId, diagnosis }: { jobseekerId: string; diagnosis: TDiagnosis | null }) => {
  const form = useContractForm(ZDiagnosisUpdate, diagnosisValues(diagnosis));
  const { run } = useCommand([scopes.jobseeker(jobseekerId)]);
  const [message, setMessage] = useState<Message>(null);
  return (
    <KitForm
      form={form}
      aria-labelledby="diagnosis-form-heading"
      onSubmit={async (values) => {
        setMessage(null);
        const saved = await run(() =>
          api.put<TDiagnosis>(`/api/jobseekers/${encodeURIComponent(jobseekerId)}/diagnosis`, values),
        );
        form.setValue('version', saved.version);
        setMessage({ type: 'ok', text: t.diagnosisSaved });
      }}
      onRefused={(error) => {
        const current =
          isApiError(error) && error.code === 'conflict' ? (error.details.current as TDiagnosis) : null;
        if (!current) return false;
        // Someone else saved first: show his diagnosis, to change again from there.
        form.reset(diagnosisValues(current));
        setMessage({ type: 'error', text: t.conflict(current.updatedBy.name) });
        return true;
      }}
    >
      <Heading3 id="diagnosis-form-heading">{t.editDiagnosis}</Heading3>
      <StatusMessage message={message} />
      <KitTextAreaField name="summary" id="diagnosis-summary" label={t.summary} maxLength={4000} />
      <KitTextField name="diagnosedOn" id="diagnosis-date" label={t.diagnosedOn} type="date" />
      <Paragraph id="diagnosis-self-reliant-description">{t.selfReliantDescription}</Paragraph>
      <KitCheckboxField name="selfReliant" id="diagnosis-self-reliant" label={t.selfReliant} />
      <KitCheckboxField name="wageValueAssessment" id="diagnosis-wage-value" label={t.wageValueAssessment} />
      <KitSubmit>{t.saveDiagnosis}</KitSubmit>
    </KitForm>
  );
};

const AgreementForm = ({ jobseekerId, done }: { jobseekerId: string; done: DisclosureDone }) => {
  const form = useContractForm(ZAgreementInput, { description: '', dueDate: '' });
  const { run } = useCommand([scopes.jobseeker(jobseekerId)]);
  return (
    <KitForm
      form={form}
      idPrefix="agreement-"
      onSubmit={async (values) => {
        await run(() => api.post(`/api/jobseekers/${encodeURIComponent(jobseekerId)}/agreements`, values));
        done(t.added);
      }}
    >
      <KitTextField name="description" label={t.what} maxLength={1000} />
      <KitSelectField
        name="responsible"
        label={t.who}
        placeholder={nl.form.choose}
        options={agreementResponsibles.map((r) => ({ value: r, label: p.responsibles[r] }))}
      />
      <KitTextField name="dueDate" id="agreement-due" label={t.due} type="date" />
      <KitSubmit>{t.add}</KitSubmit>
    </KitForm>
  );
};

const AgreementsTable = ({
  jobseekerId,
  agreements,
  mayManage,
}: {
  jobseekerId: string;
  agreements: TAgreement[];
  mayManage: boolean;
}) => {
  const { busy, message, run } = useAction([scopes.jobseeker(jobseekerId)]);
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
  const query = useQuery(queries.actionPlan(jobseeker.id));
  if (query.isError) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Loading />;
  const plan = query.data;
  return (
    <>
      <Heading3>{t.diagnosisHeading}</Heading3>
      {plan.diagnosis ? <DiagnosisView diagnosis={plan.diagnosis} /> : <Paragraph>{t.noDiagnosis}</Paragraph>}
      {mayManage ? <DiagnosisForm jobseekerId={jobseeker.id} diagnosis={plan.diagnosis} /> : null}
      <Heading3>{t.agreementsHeading}</Heading3>
      <AgreementsTable jobseekerId={jobseeker.id} agreements={plan.agreements} mayManage={mayManage} />
      {mayManage ? (
        <FormDisclosure label={t.addOpen}>
          {(done) => <AgreementForm jobseekerId={jobseeker.id} done={done} />}
        </FormDisclosure>
      ) : null}
    </>
  );
};
