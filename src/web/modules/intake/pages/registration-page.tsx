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
import { useState, type FormEvent } from 'react';
import {
  registrationChannels,
  registrationRoutings,
  type TRegistration,
  type TRegistrationChannel,
  type TRegistrationRouting,
} from '../../../../contracts/intake.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { useFormErrors } from '../../../shared/lib/use-form-errors.ts';
import { TextAreaField, ErrorSummary, RadioGroupField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import { WerkpleinField } from '../../../shared/ui/werkplein-field.tsx';
import {
  emptyRegisterValues,
  toRegisterRequest,
  validateRegistration,
  type RegisterField,
  type RegisterValues,
} from '../../jobseeker-case/register-form.ts';
import { PersonFields } from '../components/person-fields.tsx';
import { amsterdamInstant, intakeFieldError } from '../intake-form.ts';

const t = nl.intake.registration;

interface Extra {
  channel: string;
  routing: string;
  question: string;
  contactName: string;
  contactDetails: string;
  thirdParty: string;
  appointmentDate: string;
  appointmentTime: string;
}
const emptyExtra: Extra = {
  channel: '',
  routing: '',
  question: '',
  contactName: '',
  contactDetails: '',
  thirdParty: '',
  appointmentDate: '',
  appointmentTime: '',
};

/** The names of the fields in the error summary. */
const fieldLabel: Record<string, string> = {
  channel: t.channel,
  routing: t.routing,
  question: t.question,
  contactName: t.contactName,
  contactDetails: t.contactDetails,
  thirdParty: t.thirdParty,
  appointmentTime: t.appointmentTime,
  ...nl.register.fields,
};
/** The control the error summary moves focus to for each field. */
const targetOf = (key: string): string =>
  key === 'channel' || key === 'routing'
    ? `${key}-${key === 'channel' ? 'desk' : 'intake'}`
    : key === 'gender'
      ? 'reg-gender-female'
      : [
            'channel',
            'routing',
            'question',
            'contactName',
            'contactDetails',
            'thirdParty',
            'appointmentTime',
            'werkpleinId',
          ].includes(key)
        ? key
        : `reg-${key}`;

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
  const [person, setPerson] = useState<RegisterValues>(() => emptyRegisterValues(only?.id ?? ''));
  const [extra, setExtra] = useState<Extra>(emptyExtra);
  const { errors, attempt, summary, fail, clear } = useFormErrors<string>({
    label: (key) => fieldLabel[key] ?? key,
    targetId: targetOf,
    // The messages are kept in the words of the intake, not as codes.
    message: (_key, text) => text,
  });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TRegistration | null>(null);

  const setX = (key: keyof Extra) => (value: string) => setExtra((x) => ({ ...x, [key]: value }));
  const thirdParty = extra.routing === 'third_party';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Record<string, string> = {};
    if (!extra.channel) found.channel = intakeFieldError('channel', 'required');
    if (!extra.routing) found.routing = intakeFieldError('routing', 'required');
    if (!extra.question.trim()) found.question = intakeFieldError('question', 'required');
    if (!person.werkpleinId) found.werkpleinId = intakeFieldError('werkpleinId', 'required');
    let appointmentAt: string | null = null;
    if (thirdParty) {
      for (const key of ['contactName', 'contactDetails', 'thirdParty'] as const) {
        if (!extra[key].trim()) found[key] = intakeFieldError(key, 'required');
      }
    } else if (extra.routing) {
      const personErrors = validateRegistration(person, todayInAmsterdam());
      for (const [field, code] of Object.entries(personErrors)) {
        if (field !== 'werkpleinId' && code) found[field] = intakeFieldError(field, code);
      }
      if (extra.routing === 'debt_assistance' && (extra.appointmentDate || extra.appointmentTime)) {
        appointmentAt = amsterdamInstant(extra.appointmentDate, extra.appointmentTime);
        if (!appointmentAt) found.appointmentTime = intakeFieldError('appointmentTime', 'required');
      }
    }
    if (Object.keys(found).length > 0) return fail(found);
    const base = {
      werkpleinId: person.werkpleinId,
      channel: extra.channel as TRegistrationChannel,
      question: extra.question.trim(),
    };
    const { werkpleinId: _w, ...personBody } = toRegisterRequest(person);
    const body = thirdParty
      ? {
          ...base,
          routing: 'third_party' as const,
          contactName: extra.contactName.trim(),
          contactDetails: extra.contactDetails.trim(),
          thirdParty: extra.thirdParty.trim(),
        }
      : {
          ...base,
          routing: extra.routing as Exclude<TRegistrationRouting, 'third_party'>,
          person: personBody,
          ...(appointmentAt ? { appointment: { startsAt: appointmentAt } } : {}),
        };
    setBusy(true);
    try {
      setResult(await api.post<TRegistration>('/api/registrations', body));
      clear();
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0) {
        fail(
          Object.fromEntries(
            error.fields.map((f) => [
              f.path.replace(/^person\./, '').replace('appointment.startsAt', 'appointmentTime'),
              intakeFieldError(f.path, f.code),
            ]),
          ),
        );
      } else if (isApiError(error) && error.code === 'invalid_bsn') {
        fail({ bsn: intakeFieldError('bsn', 'invalid_bsn') });
      } else {
        fail({}, [errorMessage(isApiError(error) ? error.code : 'network')]);
      }
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <>
        <PageHeading>{t.title}</PageHeading>
        <Result
          r={result}
          onAgain={() => {
            setResult(null);
            setPerson(emptyRegisterValues(only?.id ?? ''));
            setExtra(emptyExtra);
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <ErrorSummary items={summary} attempt={attempt} />
      <Paragraph>{t.intro}</Paragraph>
      <form noValidate onSubmit={(e) => void submit(e)} className="werkplein-form" aria-busy={busy}>
        <WerkpleinField
          value={person.werkpleinId}
          onChange={(v) => setPerson((p) => ({ ...p, werkpleinId: v }))}
          error={errors.werkpleinId}
        />
        <RadioGroupField
          id="channel"
          label={t.channel}
          value={extra.channel}
          onChange={setX('channel')}
          options={registrationChannels.map((c) => ({ value: c, label: t.channels[c] }))}
          error={errors.channel}
        />
        <RadioGroupField
          id="routing"
          label={t.routing}
          value={extra.routing}
          onChange={setX('routing')}
          options={registrationRoutings.map((r) => ({ value: r, label: t.routings[r] }))}
          error={errors.routing}
        />
        <TextAreaField
          id="question"
          label={t.question}
          value={extra.question}
          error={errors.question}
          onChange={setX('question')}
        />
        {thirdParty ? (
          <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
            <FieldsetLegend>{t.thirdPartyHeading}</FieldsetLegend>
            <Paragraph>{t.thirdPartyNote}</Paragraph>
            <TextField
              id="contactName"
              label={t.contactName}
              value={extra.contactName}
              error={errors.contactName}
              onChange={setX('contactName')}
              autoComplete="off"
            />
            <TextField
              id="contactDetails"
              label={t.contactDetails}
              value={extra.contactDetails}
              error={errors.contactDetails}
              onChange={setX('contactDetails')}
              autoComplete="off"
            />
            <TextField
              id="thirdParty"
              label={t.thirdParty}
              value={extra.thirdParty}
              error={errors.thirdParty}
              onChange={setX('thirdParty')}
              autoComplete="off"
            />
          </Fieldset>
        ) : extra.routing ? (
          <PersonFields
            idPrefix="reg-"
            withBsn
            values={person}
            errors={errors as Partial<Record<RegisterField, string>>}
            onChange={(field, value) => setPerson((p) => ({ ...p, [field]: value }))}
          />
        ) : null}
        {extra.routing === 'debt_assistance' ? (
          <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
            <FieldsetLegend>{t.appointmentHeading}</FieldsetLegend>
            <TextField
              id="appointmentDate"
              type="date"
              size="medium"
              optional
              label={t.appointmentDate}
              value={extra.appointmentDate}
              onChange={setX('appointmentDate')}
            />
            <TextField
              id="appointmentTime"
              size="short"
              optional
              inputMode="numeric"
              label={t.appointmentTime}
              description={t.appointmentTimeDescription}
              value={extra.appointmentTime}
              error={errors.appointmentTime}
              onChange={setX('appointmentTime')}
            />
          </Fieldset>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.submit}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
};
