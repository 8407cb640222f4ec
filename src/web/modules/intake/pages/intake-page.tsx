import { expertiseAreas } from '../../../../contracts/expertise.ts';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  benefitTypes,
  distancesToWork,
  type TIntake,
  type TIntakeRequest,
} from '../../../../contracts/intake.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { ApiErrorAlert, LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import {
  TextAreaField,
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  RadioGroupField,
  SelectField,
  type ErrorSummaryItem,
} from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { intakeFieldError } from '../intake-form.ts';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.intake.intake;

/** The intake with the quickscan, ending in the intaker's choice of one klantmanager. */
export const IntakePage = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const base = `/api/jobseekers/${encodeURIComponent(id)}`;
  const jobseeker = useQuery(queries.jobseeker(id));
  const command = useCommand([scopes.jobseeker(id), ...scopes.jobseekerLists]);
  const [clientQuestion, setClientQuestion] = useState('');
  const [eligibleBenefit, setEligibleBenefit] = useState('');
  const [applicationExists, setApplicationExists] = useState(false);
  const [distance, setDistance] = useState('');
  const [workFirst, setWorkFirst] = useState(false);
  const [caseManagerId, setCaseManagerId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [needs, setNeeds] = useState<string[]>([]);
  // While the suggestions for new answers load, the last ones stay (and the choice with them).
  const suggestions = useQuery({
    ...queries.caseManagerSuggestions(id, {
      benefitType: eligibleBenefit === 'none' ? 'geen' : eligibleBenefit || undefined,
      needs: needs.join(','),
    }),
    placeholderData: keepPreviousData,
  });
  const busy = command.busy;

  if (jobseeker.isError)
    return <LoadFailedPage error={jobseeker.error} onRetry={() => void jobseeker.refetch()} />;
  if (jobseeker.isPending) return <Loading />;
  const person = jobseeker.data;

  const fail = (found: Record<string, string>, messages: string[] = []) => {
    setErrors(found);
    setGeneral(messages);
    setAttempt((a) => a + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Record<string, string> = {};
    if (!clientQuestion.trim()) found.clientQuestion = intakeFieldError('clientQuestion', 'required');
    if (!eligibleBenefit) found.eligibleBenefit = intakeFieldError('eligibleBenefit', 'required');
    if (!distance) found.distanceToWork = intakeFieldError('distanceToWork', 'required');
    if (!caseManagerId) found.caseManagerId = intakeFieldError('caseManagerId', 'required');
    if (Object.keys(found).length > 0) return fail(found);
    const body: TIntakeRequest = {
      clientQuestion: clientQuestion.trim(),
      eligibleBenefit:
        eligibleBenefit === 'none' ? null : (eligibleBenefit as TIntakeRequest['eligibleBenefit']),
      benefitApplicationExists: applicationExists,
      distanceToWork: distance as TIntakeRequest['distanceToWork'],
      workFirst,
      caseManagerId,
    };
    try {
      await command.run(() => api.post<TIntake>(`${base}/intake`, body));
      navigate(`${paths.dossier(id)}#klantmanager-en-uitkering`);
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed') {
        fail(Object.fromEntries(error.fields.map((f) => [f.path, intakeFieldError(f.path, f.code)])));
      } else {
        fail({}, [errorMessage(isApiError(error) ? error.code : 'network')]);
      }
    }
  };

  const labels: Record<string, string> = {
    clientQuestion: t.clientQuestion,
    eligibleBenefit: t.eligibleBenefit,
    distanceToWork: t.distanceToWork,
    caseManagerId: t.caseManager,
  };
  const targets: Record<string, string> = {
    clientQuestion: 'clientQuestion',
    eligibleBenefit: 'eligibleBenefit',
    distanceToWork: 'distanceToWork-short',
    caseManagerId: 'caseManagerId',
  };
  const summary: ErrorSummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...Object.entries(errors).map(([key, message]) => ({
      targetId: targets[key],
      text: nl.errorSummary.item(labels[key] ?? key, message),
    })),
  ];
  const s = suggestions;

  return (
    <>
      <PageHeading title={t.title}>{t.titleFor(person.fullName)}</PageHeading>
      <ErrorSummary items={summary} attempt={attempt} />
      <Paragraph>{t.intro}</Paragraph>
      <form noValidate onSubmit={(e) => void submit(e)} className="werkplein-form" aria-busy={busy}>
        <TextAreaField
          id="clientQuestion"
          label={t.clientQuestion}
          value={clientQuestion}
          error={errors.clientQuestion}
          onChange={setClientQuestion}
        />
        <SelectField
          id="eligibleBenefit"
          label={t.eligibleBenefit}
          value={eligibleBenefit}
          onChange={setEligibleBenefit}
          placeholder={t.chooseBenefit}
          options={[
            { value: 'none', label: t.noBenefit },
            ...benefitTypes
              .filter((b) => b !== 'geen')
              .map((b) => ({ value: b, label: nl.intake.benefitTypes[b] })),
          ]}
          error={errors.eligibleBenefit}
        />
        <CheckboxField
          id="benefitApplicationExists"
          label={t.benefitApplicationExists}
          checked={applicationExists}
          onChange={setApplicationExists}
        />
        <RadioGroupField
          id="distanceToWork"
          label={t.distanceToWork}
          value={distance}
          onChange={setDistance}
          options={distancesToWork.map((d) => ({ value: d, label: t.distances[d] }))}
          error={errors.distanceToWork}
        />
        <CheckboxField id="workFirst" label={t.workFirst} checked={workFirst} onChange={setWorkFirst} />
        <CheckboxGroupField
          id="needs"
          label={t.needs}
          description={t.needsDescription}
          optional
          values={needs}
          options={expertiseAreas.map((e) => ({ value: e, label: nl.expertise[e] }))}
          onChange={setNeeds}
        />
        <Paragraph>{t.workFirstDescription}</Paragraph>
        {s.status === 'error' ? <ApiErrorAlert error={s.error} onRetry={() => void s.refetch()} /> : null}
        {s.status === 'success' && s.data.items.length === 0 ? (
          <Alert type="warning">
            <Paragraph>{t.noCandidates}</Paragraph>
          </Alert>
        ) : null}
        {s.isSuccess ? (
          <SelectField
            id="caseManagerId"
            label={t.caseManager}
            description={t.caseManagerDescription}
            value={caseManagerId}
            onChange={setCaseManagerId}
            placeholder={t.chooseCaseManager}
            options={s.data.items.map((c) => ({
              value: c.employeeId,
              label: `${c.name} — ${t.reason(c.partnerName, c.caseload, c.partnerMatch)}${
                c.expertiseMatch.length > 0
                  ? t.expertiseReason(c.expertiseMatch.map((e) => nl.expertise[e]).join(', '))
                  : ''
              }`,
            }))}
            error={errors.caseManagerId}
          />
        ) : (
          <Loading />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.submit}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
};
