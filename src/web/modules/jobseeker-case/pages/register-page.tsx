import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TJobseeker } from '../../../../contracts/jobseeker.ts';
import { nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { apiProblems, useFormErrors } from '../../../shared/lib/use-form-errors.ts';
import { choiceId, ErrorSummary, RadioGroupField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import { WerkpleinField } from '../../../shared/ui/werkplein-field.tsx';
import { dossierFlashState } from '../dossier-flash.ts';
import {
  emptyRegisterValues,
  genderOptions,
  registerFields,
  toRegisterRequest,
  validateRegistration,
  type RegisterField,
  type RegisterValues,
} from '../register-form.ts';

const labels = nl.register.fields;
const descriptions = nl.register.descriptions;

/** The control the error summary moves focus to for each field. */
const targetId = (field: RegisterField): string =>
  field === 'gender' ? choiceId('gender', 'female') : field;

export const RegisterPage = () => {
  const { werkpleinen } = useSession();
  const navigate = useNavigate();
  const [only] = werkpleinen;
  const [values, setValues] = useState<RegisterValues>(() =>
    emptyRegisterValues(werkpleinen.length === 1 && only ? only.id : ''),
  );
  const { attempt, summary, messageFor, fail } = useFormErrors<RegisterField>({
    fields: registerFields,
    label: (field) => labels[field],
    targetId,
  });
  const [submitting, setSubmitting] = useState(false);

  if (werkpleinen.length === 0) {
    return (
      <>
        <PageHeading>{nl.register.title}</PageHeading>
        <Alert type="warning">
          <Paragraph>{nl.register.noWerkplein}</Paragraph>
        </Alert>
      </>
    );
  }

  const set = (field: RegisterField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = validateRegistration(values, todayInAmsterdam());
    if (Object.keys(found).length > 0) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      const created = await api.post<TJobseeker>('/api/jobseekers', toRegisterRequest(values));
      navigate(paths.dossier(created.id), { state: dossierFlashState('registered') });
    } catch (error) {
      setSubmitting(false);
      const existingId = isApiError(error) ? error.details.jobseekerId : undefined;
      if (isApiError(error) && error.code === 'jobseeker_exists' && typeof existingId === 'string') {
        navigate(paths.dossier(existingId), { state: dossierFlashState('exists') });
      } else if (isApiError(error) && error.code === 'invalid_bsn') {
        fail({ bsn: 'invalid_bsn' });
      } else {
        fail(...apiProblems(error, registerFields));
      }
    }
  };

  return (
    <>
      <PageHeading>{nl.register.title}</PageHeading>
      <ErrorSummary items={summary} attempt={attempt} />
      <Paragraph>{nl.register.intro}</Paragraph>
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="werkplein-form"
        aria-busy={submitting}
      >
        <WerkpleinField
          value={values.werkpleinId}
          onChange={set('werkpleinId')}
          error={messageFor('werkpleinId')}
        />

        <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
          <FieldsetLegend>{nl.register.personHeading}</FieldsetLegend>
          <TextField
            id="bsn"
            label={labels.bsn}
            description={descriptions.bsn}
            value={values.bsn}
            onChange={set('bsn')}
            inputMode="numeric"
            autoComplete="off"
            size="medium"
            maxLength={11}
            error={messageFor('bsn')}
          />
          <TextField
            id="givenNames"
            label={labels.givenNames}
            value={values.givenNames}
            onChange={set('givenNames')}
            autoComplete="off"
            spellCheck={false}
            error={messageFor('givenNames')}
          />
          <TextField
            id="surnamePrefix"
            label={labels.surnamePrefix}
            description={descriptions.surnamePrefix}
            value={values.surnamePrefix}
            onChange={set('surnamePrefix')}
            autoComplete="off"
            spellCheck={false}
            size="medium"
            optional
            error={messageFor('surnamePrefix')}
          />
          <TextField
            id="surname"
            label={labels.surname}
            value={values.surname}
            onChange={set('surname')}
            autoComplete="off"
            spellCheck={false}
            error={messageFor('surname')}
          />
          <TextField
            id="birthDate"
            type="date"
            label={labels.birthDate}
            value={values.birthDate}
            onChange={set('birthDate')}
            autoComplete="off"
            size="medium"
            error={messageFor('birthDate')}
          />
          <RadioGroupField
            id="gender"
            label={labels.gender}
            value={values.gender}
            onChange={set('gender')}
            options={genderOptions.map((g) => ({ value: g, label: nl.genders[g] }))}
            error={messageFor('gender')}
          />
        </Fieldset>

        <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
          <FieldsetLegend>{nl.register.addressHeading}</FieldsetLegend>
          <TextField
            id="street"
            label={labels.street}
            value={values.street}
            onChange={set('street')}
            autoComplete="off"
            error={messageFor('street')}
          />
          <TextField
            id="houseNumber"
            label={labels.houseNumber}
            description={descriptions.houseNumber}
            value={values.houseNumber}
            onChange={set('houseNumber')}
            autoComplete="off"
            size="short"
            error={messageFor('houseNumber')}
          />
          <TextField
            id="postcode"
            label={labels.postcode}
            description={descriptions.postcode}
            value={values.postcode}
            onChange={set('postcode')}
            autoComplete="off"
            size="short"
            maxLength={7}
            error={messageFor('postcode')}
          />
          <TextField
            id="city"
            label={labels.city}
            value={values.city}
            onChange={set('city')}
            autoComplete="off"
            error={messageFor('city')}
          />
          <TextField
            id="phone"
            type="tel"
            label={labels.phone}
            value={values.phone}
            onChange={set('phone')}
            autoComplete="off"
            size="medium"
            optional
            error={messageFor('phone')}
          />
          <TextField
            id="email"
            type="email"
            label={labels.email}
            value={values.email}
            onChange={set('email')}
            autoComplete="off"
            spellCheck={false}
            optional
            error={messageFor('email')}
          />
        </Fieldset>

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={submitting}>
            {submitting ? nl.register.submitting : nl.register.submit}
          </Button>
          <RouterButtonLink to={paths.jobseekers} appearance="subtle-button">
            {nl.register.cancel}
          </RouterButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
};
