import { expertiseAreas } from '../../../../contracts/expertise.ts';
import { Alert, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { benefitTypes, distancesToWork, ZIntakeRequest, type TIntake } from '../../../../contracts/intake.ts';
import { nl } from '../../../i18n/nl.ts';
import { api } from '../../../shared/lib/api.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { ApiErrorAlert, LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm } from '../../../shared/lib/form-problems.ts';
import {
  KitCheckboxField,
  KitCheckboxGroupField,
  KitForm,
  KitRadioGroupField,
  KitSelectField,
  KitSubmit,
  KitTextAreaField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';

const t = nl.intake.intake;

interface IntakeValues {
  clientQuestion: string;
  /** A benefit, or 'none' when none applies. */
  eligibleBenefit: string;
  benefitApplicationExists: boolean;
  distanceToWork: string;
  workFirst: boolean;
  /** Expertise the klantmanager should have; only steers the suggestions. */
  needs: string[];
  caseManagerId: string;
}
const intakeBody = ({ needs: _needs, eligibleBenefit, ...v }: IntakeValues) => ({
  ...v,
  eligibleBenefit: eligibleBenefit === 'none' ? null : eligibleBenefit,
});
const intakeSchema = checkedAsBody(looseForm<IntakeValues>(), intakeBody, ZIntakeRequest);

/** The intake with the quickscan, ending in the intaker's choice of one klantmanager. */
export const IntakePage = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const base = `/api/jobseekers/${encodeURIComponent(id)}`;
  const jobseeker = useQuery(queries.jobseeker(id));
  const command = useCommand([scopes.jobseeker(id), ...scopes.jobseekerLists]);
  const form = useContractForm<IntakeValues>(intakeSchema, {
    clientQuestion: '',
    benefitApplicationExists: false,
    workFirst: false,
    needs: [],
  });
  const [eligibleBenefit, needs] = form.watch(['eligibleBenefit', 'needs']);
  // While the suggestions for new answers load, the last ones stay (and the choice with them).
  const suggestions = useQuery({
    ...queries.caseManagerSuggestions(id, {
      benefitType: eligibleBenefit === 'none' ? 'geen' : eligibleBenefit || undefined,
      needs: (needs ?? []).join(','),
    }),
    placeholderData: keepPreviousData,
  });

  if (jobseeker.isError)
    return <LoadFailedPage error={jobseeker.error} onRetry={() => void jobseeker.refetch()} />;
  if (jobseeker.isPending) return <Loading />;
  const person = jobseeker.data;

  const s = suggestions;

  return (
    <>
      <PageHeading title={t.title}>{t.titleFor(person.fullName)}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <KitForm
        form={form}
        className="werkplein-form"
        onSubmit={async (values) => {
          await command.run(() => api.post<TIntake>(`${base}/intake`, intakeBody(values)));
          navigate(`${paths.dossier(id)}#klantmanager-en-uitkering`);
        }}
      >
        <KitTextAreaField name="clientQuestion" label={t.clientQuestion} />
        <KitSelectField
          name="eligibleBenefit"
          label={t.eligibleBenefit}
          placeholder={t.chooseBenefit}
          options={[
            { value: 'none', label: t.noBenefit },
            ...benefitTypes
              .filter((b) => b !== 'geen')
              .map((b) => ({ value: b, label: nl.intake.benefitTypes[b] })),
          ]}
        />
        <KitCheckboxField name="benefitApplicationExists" label={t.benefitApplicationExists} />
        <KitRadioGroupField
          name="distanceToWork"
          label={t.distanceToWork}
          options={distancesToWork.map((d) => ({ value: d, label: t.distances[d] }))}
        />
        <KitCheckboxField name="workFirst" label={t.workFirst} />
        <KitCheckboxGroupField
          name="needs"
          label={t.needs}
          description={t.needsDescription}
          optional
          options={expertiseAreas.map((e) => ({ value: e, label: nl.expertise[e] }))}
        />
        <Paragraph>{t.workFirstDescription}</Paragraph>
        {s.status === 'error' ? <ApiErrorAlert error={s.error} onRetry={() => void s.refetch()} /> : null}
        {s.status === 'success' && s.data.items.length === 0 ? (
          <Alert type="warning">
            <Paragraph>{t.noCandidates}</Paragraph>
          </Alert>
        ) : null}
        {s.isSuccess ? (
          <KitSelectField
            name="caseManagerId"
            label={t.caseManager}
            description={t.caseManagerDescription}
            placeholder={t.chooseCaseManager}
            options={s.data.items.map((c) => ({
              value: c.employeeId,
              label: `${c.name} — ${t.reason(c.partnerName, c.caseload, c.partnerMatch)}${
                c.expertiseMatch.length > 0
                  ? t.expertiseReason(c.expertiseMatch.map((e) => nl.expertise[e]).join(', '))
                  : ''
              }`,
            }))}
          />
        ) : (
          <Loading />
        )}
        <ButtonGroup>
          <KitSubmit>{t.submit}</KitSubmit>
        </ButtonGroup>
      </KitForm>
    </>
  );
};
