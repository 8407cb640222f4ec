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
import { useState, type FormEvent } from 'react';
import { benefitTypes, type TBenefitPeriod } from '../../../../contracts/intake.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { intakeFieldError } from '../intake-form.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.intake.caseSection;
type Form =
  { kind: 'add' | 'change' } | { kind: 'end'; period: TBenefitPeriod } | { kind: 'reassign' } | null;

/** A small form: runs the command on the dossier, then reports field errors in Dutch or closes. */
const useCaseCommand = (jobseekerId: string, done: () => void) => {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const command = useCommand([scopes.jobseeker(jobseekerId), ...scopes.jobseekerLists]);
  const run = async (call: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await command.run(call);
      setErrors({});
      done();
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path, intakeFieldError(f.path, f.code)])));
      } else {
        setFailure(errorMessage(isApiError(error) ? error.code : 'network'));
      }
    }
  };
  return { errors, setErrors, failure, busy: command.busy, run };
};

/** "Klantmanager en uitkering": the one klantmanager and the benefits, on the same case. */
export const CaseSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const base = `/api/jobseekers/${encodeURIComponent(jobseeker.id)}`;
  const resource = useQuery(queries.caseOverview(jobseeker.id));
  const [form, setForm] = useState<Form>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [benefitType, setBenefitType] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [caseManagerId, setCaseManagerId] = useState('');
  const command = useCaseCommand(jobseeker.id, () => {
    setForm(null);
    setNotice(t.saved);
  });
  const suggestions = useQuery({
    ...queries.caseManagerSuggestions(jobseeker.id),
    enabled: form?.kind === 'reassign',
  });

  if (resource.isError)
    return <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />;
  if (resource.isPending) return <Loading />;
  const overview = resource.data;
  const manages = can(session, 'case.manage');

  const open = (next: Form) => {
    setForm(next);
    setNotice(null);
    command.setErrors({});
    setBenefitType('');
    setStartDate('');
    setEndDate('');
    setCaseManagerId('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    const missing: Record<string, string> = {};
    const need = (key: string, value: string) => {
      if (!value) missing[key] = intakeFieldError(key, 'required');
    };
    if (form.kind === 'add' || form.kind === 'change') {
      need('benefitType', benefitType);
      need('startDate', startDate);
    } else if (form.kind === 'end') need('endDate', endDate);
    else need('caseManagerId', caseManagerId);
    if (Object.keys(missing).length > 0) return command.setErrors(missing);
    void command.run(() => {
      switch (form.kind) {
        case 'add':
          return api.post(`${base}/benefits`, { benefitType, startDate, ...(endDate ? { endDate } : {}) });
        case 'change':
          return api.post(`${base}/benefits/change`, { benefitType, startDate });
        case 'end':
          return api.post(`${base}/benefits/${encodeURIComponent(form.period.id)}/end`, { endDate });
        case 'reassign':
          return api.put(`${base}/case-manager`, { caseManagerId });
      }
    });
  };

  const benefitOptions = benefitTypes.map((b) => ({ value: b, label: nl.intake.benefitTypes[b] }));

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
        <form noValidate onSubmit={submit} className="werkplein-form" aria-busy={command.busy}>
          {command.failure ? (
            <Alert type="error">
              <Paragraph>{command.failure}</Paragraph>
            </Alert>
          ) : null}
          <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
            <FieldsetLegend>
              {form.kind === 'add'
                ? t.add
                : form.kind === 'change'
                  ? t.change
                  : form.kind === 'end'
                    ? t.end(nl.intake.benefitTypes[form.period.benefitType])
                    : t.reassign}
            </FieldsetLegend>
            {form.kind === 'change' ? <Paragraph>{t.changeDescription}</Paragraph> : null}
            {form.kind === 'add' || form.kind === 'change' ? (
              <>
                <SelectField
                  id="benefit-type"
                  label={t.benefitType}
                  value={benefitType}
                  onChange={setBenefitType}
                  placeholder={nl.intake.intake.chooseBenefit}
                  options={benefitOptions}
                  error={command.errors.benefitType}
                />
                <TextField
                  id="benefit-start"
                  type="date"
                  size="medium"
                  label={t.startDate}
                  value={startDate}
                  onChange={setStartDate}
                  error={command.errors.startDate}
                />
              </>
            ) : null}
            {form.kind === 'add' || form.kind === 'end' ? (
              <TextField
                id="benefit-end"
                type="date"
                size="medium"
                optional={form.kind === 'add'}
                label={t.endDate}
                value={endDate}
                onChange={setEndDate}
                error={command.errors.endDate}
              />
            ) : null}
            {form.kind === 'reassign' ? (
              suggestions.isSuccess ? (
                <SelectField
                  id="reassign-case-manager"
                  label={t.caseManager}
                  value={caseManagerId}
                  onChange={setCaseManagerId}
                  placeholder={nl.intake.intake.chooseCaseManager}
                  options={suggestions.data.items.map((c) => ({
                    value: c.employeeId,
                    label: `${c.name} — ${nl.intake.intake.reason(c.partnerName, c.caseload, c.partnerMatch)}`,
                  }))}
                  error={command.errors.caseManagerId}
                />
              ) : suggestions.isError ? (
                <ApiErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />
              ) : (
                <Loading />
              )
            ) : null}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" disabled={command.busy}>
                {form.kind === 'add'
                  ? t.addSubmit
                  : form.kind === 'change'
                    ? t.changeSubmit
                    : form.kind === 'end'
                      ? t.endSubmit
                      : t.reassignSubmit}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setForm(null)}>
                {t.cancel}
              </Button>
            </ButtonGroup>
          </Fieldset>
        </form>
      ) : null}
    </>
  );
};
