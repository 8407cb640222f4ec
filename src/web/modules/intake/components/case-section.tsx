import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { z } from 'zod';
import {
  benefitTypes,
  ZAddBenefitRequest,
  ZAssignRequest,
  ZChangeBenefitRequest,
  ZEndBenefitRequest,
  type TBenefitPeriod,
} from '../../../../contracts/intake.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm } from '../../../shared/lib/form-problems.ts';
import {
  KitForm,
  KitSelectField,
  KitSubmit,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';

const t = nl.intake.caseSection;
type Form =
  { kind: 'add' | 'change' } | { kind: 'end'; period: TBenefitPeriod } | { kind: 'reassign' } | null;

interface CaseValues {
  benefitType: string;
  startDate: string;
  endDate: string;
  caseManagerId: string;
}
type Kind = NonNullable<Form>['kind'];

/** Per kind of change: the request it sends and the contract that checks it. */
const requests: Record<Kind, { body: (v: CaseValues) => object; schema: z.ZodType }> = {
  add: {
    body: (v) => ({
      benefitType: v.benefitType,
      startDate: v.startDate,
      ...(v.endDate ? { endDate: v.endDate } : {}),
    }),
    schema: ZAddBenefitRequest,
  },
  change: {
    body: (v) => ({ benefitType: v.benefitType, startDate: v.startDate }),
    schema: ZChangeBenefitRequest,
  },
  end: { body: (v) => ({ endDate: v.endDate }), schema: ZEndBenefitRequest },
  reassign: { body: (v) => ({ caseManagerId: v.caseManagerId }), schema: ZAssignRequest },
};

/** One change of the case (a benefit added, changed or ended, another klantmanager), then closed. */
const CaseForm = ({
  jobseekerId,
  form: which,
  onClose,
}: {
  jobseekerId: string;
  form: NonNullable<Form>;
  onClose: (saved: boolean) => void;
}) => {
  const base = `/api/jobseekers/${encodeURIComponent(jobseekerId)}`;
  const { body, schema } = requests[which.kind];
  const form = useContractForm<CaseValues>(checkedAsBody(looseForm<CaseValues>(), body, schema), {
    benefitType: '',
    startDate: '',
    endDate: '',
    caseManagerId: '',
  });
  const { run } = useCommand([scopes.jobseeker(jobseekerId), ...scopes.jobseekerLists]);
  const suggestions = useQuery({
    ...queries.caseManagerSuggestions(jobseekerId),
    enabled: which.kind === 'reassign',
  });
  const send = (v: CaseValues) => {
    switch (which.kind) {
      case 'add':
        return api.post(`${base}/benefits`, body(v));
      case 'change':
        return api.post(`${base}/benefits/change`, body(v));
      case 'end':
        return api.post(`${base}/benefits/${encodeURIComponent(which.period.id)}/end`, body(v));
      case 'reassign':
        return api.put(`${base}/case-manager`, body(v));
    }
  };
  const benefitOptions = benefitTypes.map((b) => ({ value: b, label: nl.intake.benefitTypes[b] }));
  return (
    <KitForm
      form={form}
      className="werkplein-form"
      onSubmit={async (values) => {
        await run(() => send(values));
        onClose(true);
      }}
    >
      <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
        <FieldsetLegend>
          {which.kind === 'add'
            ? t.add
            : which.kind === 'change'
              ? t.change
              : which.kind === 'end'
                ? t.end(nl.intake.benefitTypes[which.period.benefitType])
                : t.reassign}
        </FieldsetLegend>
        {which.kind === 'change' ? <Paragraph>{t.changeDescription}</Paragraph> : null}
        {which.kind === 'add' || which.kind === 'change' ? (
          <>
            <KitSelectField
              name="benefitType"
              id="benefit-type"
              label={t.benefitType}
              placeholder={nl.intake.intake.chooseBenefit}
              options={benefitOptions}
            />
            <KitTextField name="startDate" id="benefit-start" type="date" size="medium" label={t.startDate} />
          </>
        ) : null}
        {which.kind === 'add' || which.kind === 'end' ? (
          <KitTextField
            name="endDate"
            id="benefit-end"
            type="date"
            size="medium"
            optional={which.kind === 'add'}
            label={t.endDate}
          />
        ) : null}
        {which.kind === 'reassign' ? (
          suggestions.isSuccess ? (
            <KitSelectField
              name="caseManagerId"
              id="reassign-case-manager"
              label={t.caseManager}
              placeholder={nl.intake.intake.chooseCaseManager}
              options={suggestions.data.items.map((c) => ({
                value: c.employeeId,
                label: `${c.name} — ${nl.intake.intake.reason(c.partnerName, c.caseload, c.partnerMatch)}`,
              }))}
            />
          ) : suggestions.isError ? (
            <ApiErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />
          ) : (
            <Loading />
          )
        ) : null}
        <ButtonGroup>
          <KitSubmit>
            {which.kind === 'add'
              ? t.addSubmit
              : which.kind === 'change'
                ? t.changeSubmit
                : which.kind === 'end'
                  ? t.endSubmit
                  : t.reassignSubmit}
          </KitSubmit>
          <Button type="button" appearance="secondary-action-button" onClick={() => onClose(false)}>
            {t.cancel}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </KitForm>
  );
};

/** "Klantmanager en uitkering": the one klantmanager and the benefits, on the same case. */
export const CaseSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const resource = useQuery(queries.caseOverview(jobseeker.id));
  const [form, setForm] = useState<Form>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (resource.isError)
    return <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />;
  if (resource.isPending) return <Loading />;
  const overview = resource.data;
  const manages = can(session, 'case.manage');

  const open = (next: Form) => {
    setForm(next);
    setNotice(null);
  };

  return (
    <>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <DataList>
        <DataListItem>
          <DataListKey>{t.caseManager}</DataListKey>
          <DataListValue>{overview.caseManager.caseManagerName ?? t.none}</DataListValue>
        </DataListItem>
      </DataList>
      {overview.lastIntakeAt ? (
        <Paragraph>{t.lastIntake(formatDateTime(overview.lastIntakeAt))}</Paragraph>
      ) : null}
      <ButtonGroup>
        {overview.caseManager.caseManagerId === null && can(session, 'intake.perform') ? (
          <RouterButtonLink to={paths.intake(jobseeker.id)} appearance="primary-action-button">
            {t.startIntake}
          </RouterButtonLink>
        ) : null}
        {can(session, 'case.assign') && overview.caseManager.caseManagerId !== null && !form ? (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => open({ kind: 'reassign' })}
          >
            {t.reassign}
          </Button>
        ) : null}
      </ButtonGroup>

      <Heading3>{t.benefits}</Heading3>
      {overview.benefits.length === 0 ? (
        <Paragraph>{t.noBenefits}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.benefitType}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.startDate}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.endDate}</TableHeaderCell>
              {manages ? <TableHeaderCell scope="col">{t.actions}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.benefits.map((b) => (
              <TableRow key={b.id}>
                <TableCell>{nl.intake.benefitTypes[b.benefitType]}</TableCell>
                <TableCell>{formatDate(b.startDate)}</TableCell>
                <TableCell>{b.endDate ? formatDate(b.endDate) : t.running}</TableCell>
                {manages ? (
                  <TableCell>
                    {b.endDate === null ? (
                      <Button
                        type="button"
                        appearance="subtle-button"
                        onClick={() => open({ kind: 'end', period: b })}
                      >
                        {t.end(nl.intake.benefitTypes[b.benefitType])}
                      </Button>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {manages && !form ? (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => open({ kind: 'add' })}>
            {t.add}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => open({ kind: 'change' })}>
            {t.change}
          </Button>
        </ButtonGroup>
      ) : null}

      {form ? (
        <CaseForm
          key={form.kind === 'end' ? form.period.id : form.kind}
          jobseekerId={jobseeker.id}
          form={form}
          onClose={(saved) => {
            setForm(null);
            if (saved) setNotice(t.saved);
          }}
        />
      ) : null}
    </>
  );
};
