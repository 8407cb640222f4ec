import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import {
  registrationBase,
  registrationChannels,
  registrationRoutings,
  ZRegistrationRequest,
  type TRegistration,
} from '../../../../contracts/intake.ts';
import { nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { checkedAsBody } from '../../../shared/lib/form-problems.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { scopes } from '../../../shared/lib/queries.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import {
  KitForm,
  KitRadioGroupField,
  KitSubmit,
  KitTextAreaField,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import { WerkpleinField } from '../../../shared/ui/werkplein-field.tsx';
import { emptyPerson, type RegisterValues } from '../../jobseeker-case/register-form.ts';
import { PersonFields } from '../components/person-fields.tsx';
import { amsterdamInstant } from '../intake-form.ts';

const t = nl.intake.registration;

/** The form's values: the request's, with the appointment as a date and a time of day. */
interface Values {
  werkpleinId: string;
  channel: string;
  routing: string;
  question: string;
  person: Omit<RegisterValues, 'werkpleinId'>;
  contactName: string;
  contactDetails: string;
  thirdParty: string;
  appointmentDate: string;
  appointmentTime: string;
}

const emptyValues = (werkpleinId: string): DefaultValues<Values> => ({
  werkpleinId,
  question: '',
  person: emptyPerson,
  contactName: '',
  contactDetails: '',
  thirdParty: '',
  appointmentDate: '',
  appointmentTime: '',
});

/** The request body: only what the chosen routing takes. */
const toBody = (v: Values) => {
  const base = { werkpleinId: v.werkpleinId, channel: v.channel, question: v.question, routing: v.routing };
  if (v.routing === 'third_party') {
    return {
      ...base,
      contactName: v.contactName,
      contactDetails: v.contactDetails,
      thirdParty: v.thirdParty,
    };
  }
  const withAppointment = v.routing === 'debt_assistance' && (v.appointmentDate || v.appointmentTime);
  return {
    ...base,
    person: v.person,
    ...(withAppointment
      ? { appointment: { startsAt: amsterdamInstant(v.appointmentDate, v.appointmentTime) ?? '' } }
      : {}),
  };
};

/**
 * The contract's checks: what every registration has, on the form itself, and the whole request
 * as the chosen routing makes it; plus a birth date after today.
 */
const schema = checkedAsBody(
  z
    .object({ ...registrationBase, routing: z.enum(registrationRoutings) })
    .loose()
    .superRefine((v, ctx) => {
      const birthDate = (v as { person?: { birthDate?: string } }).person?.birthDate;
      if (v.routing !== 'third_party' && birthDate && birthDate > todayInAmsterdam()) {
        ctx.addIssue({ code: 'custom', message: 'date_future', path: ['person', 'birthDate'] });
      }
    }) as unknown as z.ZodType<unknown, Values>,
  toBody,
  ZRegistrationRequest,
  (path) => (path.startsWith('appointment') ? 'appointmentTime' : path),
);

const Result = ({ r, onAgain }: { r: TRegistration; onAgain: () => void }) => (
  <Alert type="ok">
    <Heading2>{t.doneTitle}</Heading2>
    {r.routing === 'third_party' ? (
      <Paragraph>{t.thirdPartyDone(r.contactName ?? '', r.thirdParty ?? '')}</Paragraph>
    ) : null}
    {r.existingDossier ? <Paragraph>{t.existingDossier}</Paragraph> : null}
    {r.routing === 'debt_assistance' ? <Paragraph>{t.referredDebt}</Paragraph> : null}
    {r.routing === 'bbz' ? <Paragraph>{t.referredBbz}</Paragraph> : null}
    {r.appointment ? (
      <Paragraph>
        {t.appointment(r.appointment.employeeName, formatDateTime(r.appointment.startsAt))}
      </Paragraph>
    ) : null}
    {r.documentsToBring.length > 0 ? (
      <>
        <Heading2>{t.documentsHeading}</Heading2>
        <UnorderedList>
          {r.documentsToBring.map((d) => (
            <UnorderedListItem key={d}>{t.documents[d]}</UnorderedListItem>
          ))}
        </UnorderedList>
      </>
    ) : null}
    <Paragraph>{t.followUpBefore(formatDateTime(r.followUpDueAt))}</Paragraph>
    <ButtonGroup>
      {r.jobseekerId && r.routing === 'intake' ? (
        <RouterButtonLink to={paths.intake(r.jobseekerId)} appearance="primary-action-button">
          {t.toIntake}
        </RouterButtonLink>
      ) : null}
      {r.jobseekerId ? (
        <RouterButtonLink to={paths.dossier(r.jobseekerId)} appearance="secondary-action-button">
          {t.toDossier}
        </RouterButtonLink>
      ) : null}
      <Button type="button" appearance="secondary-action-button" onClick={onAgain}>
        {t.another}
      </Button>
    </ButtonGroup>
  </Alert>
);

/** Aanmelding through any channel, routed to intake, schuldhulp, Bbz or a third party. */
export const RegistrationPage = () => {
  const { werkpleinen } = useSession();
  const [only] = werkpleinen;
  const form = useContractForm<Values>(schema, emptyValues(only?.id ?? ''));
  const { run } = useCommand(scopes.jobseekerLists);
  const [result, setResult] = useState<TRegistration | null>(null);
  const routing = form.watch('routing');

  if (result) {
    return (
      <>
        <PageHeading>{t.title}</PageHeading>
        <Result
          r={result}
          onAgain={() => {
            setResult(null);
            form.reset(emptyValues(only?.id ?? '') as Values);
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <KitForm
        form={form}
        className="werkplein-form"
        onSubmit={async (values) =>
          setResult(await run(() => api.post<TRegistration>('/api/registrations', toBody(values))))
        }
        onRefused={(error, { setError }) => {
          if (isApiError(error) && error.code === 'invalid_bsn') {
            setError('person.bsn', { type: 'server', message: 'invalid_bsn' });
          }
          return false;
        }}
        fieldOf={(path) => (path.startsWith('appointment') ? 'appointmentTime' : path)}
      >
        <WerkpleinField />
        <KitRadioGroupField
          name="channel"
          label={t.channel}
          options={registrationChannels.map((c) => ({ value: c, label: t.channels[c] }))}
        />
        <KitRadioGroupField
          name="routing"
          label={t.routing}
          options={registrationRoutings.map((r) => ({ value: r, label: t.routings[r] }))}
        />
        <KitTextAreaField name="question" label={t.question} />
        {routing === 'third_party' ? (
          <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
            <FieldsetLegend>{t.thirdPartyHeading}</FieldsetLegend>
            <Paragraph>{t.thirdPartyNote}</Paragraph>
            <KitTextField name="contactName" label={t.contactName} autoComplete="off" />
            <KitTextField name="contactDetails" label={t.contactDetails} autoComplete="off" />
            <KitTextField name="thirdParty" label={t.thirdParty} autoComplete="off" />
          </Fieldset>
        ) : routing ? (
          <PersonFields idPrefix="reg-" namePrefix="person." withBsn />
        ) : null}
        {routing === 'debt_assistance' ? (
          <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
            <FieldsetLegend>{t.appointmentHeading}</FieldsetLegend>
            <KitTextField
              name="appointmentDate"
              type="date"
              size="medium"
              optional
              label={t.appointmentDate}
            />
            <KitTextField
              name="appointmentTime"
              size="short"
              optional
              inputMode="numeric"
              label={t.appointmentTime}
              description={t.appointmentTimeDescription}
            />
          </Fieldset>
        ) : null}
        <ButtonGroup>
          <KitSubmit>{t.submit}</KitSubmit>
        </ButtonGroup>
      </KitForm>
    </>
  );
};
