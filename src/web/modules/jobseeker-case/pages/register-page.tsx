import { Alert, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import type { TJobseeker } from '../../../../contracts/jobseeker.ts';
import { nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { scopes } from '../../../shared/lib/queries.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import {
  KitForm,
  KitRadioGroupField,
  KitSubmit,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import { WerkpleinField } from '../../../shared/ui/werkplein-field.tsx';
import { dossierFlashState } from '../dossier-flash.ts';
import { emptyRegisterValues, genderOptions, registerFormSchema } from '../register-form.ts';

const labels = nl.register.fields;
const descriptions = nl.register.descriptions;

export const RegisterPage = () => {
  const { werkpleinen } = useSession();
  const navigate = useNavigate();
  const [only] = werkpleinen;
  const form = useContractForm(
    registerFormSchema(todayInAmsterdam),
    emptyRegisterValues(werkpleinen.length === 1 && only ? only.id : ''),
  );
  const { run } = useCommand(scopes.jobseekerLists);

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

  return (
    <>
      <PageHeading>{nl.register.title}</PageHeading>
      <Paragraph>{nl.register.intro}</Paragraph>
      <KitForm
        form={form}
        className="werkplein-form"
        onSubmit={async (values) => {
          const created = await run(() => api.post<TJobseeker>('/api/jobseekers', values));
          navigate(paths.dossier(created.id), { state: dossierFlashState('registered') });
        }}
        onRefused={(error, { setError }) => {
          const existingId = isApiError(error) ? error.details.jobseekerId : undefined;
          if (isApiError(error) && error.code === 'jobseeker_exists' && typeof existingId === 'string') {
            navigate(paths.dossier(existingId), { state: dossierFlashState('exists') });
            return true;
          }
          if (isApiError(error) && error.code === 'invalid_bsn') {
            setError('bsn', { type: 'server', message: 'invalid_bsn' });
          }
          return false;
        }}
      >
        <WerkpleinField />

        <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
          <FieldsetLegend>{nl.register.personHeading}</FieldsetLegend>
          <KitTextField
            name="bsn"
            label={labels.bsn}
            description={descriptions.bsn}
            inputMode="numeric"
            autoComplete="off"
            size="medium"
            maxLength={11}
          />
          <KitTextField name="givenNames" label={labels.givenNames} autoComplete="off" spellCheck={false} />
          <KitTextField
            name="surnamePrefix"
            label={labels.surnamePrefix}
            description={descriptions.surnamePrefix}
            autoComplete="off"
            spellCheck={false}
            size="medium"
            optional
          />
          <KitTextField name="surname" label={labels.surname} autoComplete="off" spellCheck={false} />
          <KitTextField
            name="birthDate"
            type="date"
            label={labels.birthDate}
            autoComplete="off"
            size="medium"
          />
          <KitRadioGroupField
            name="gender"
            label={labels.gender}
            options={genderOptions.map((g) => ({ value: g, label: nl.genders[g] }))}
          />
        </Fieldset>

        <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
          <FieldsetLegend>{nl.register.addressHeading}</FieldsetLegend>
          <KitTextField name="street" label={labels.street} autoComplete="off" />
          <KitTextField
            name="houseNumber"
            label={labels.houseNumber}
            description={descriptions.houseNumber}
            autoComplete="off"
            size="short"
          />
          <KitTextField
            name="postcode"
            label={labels.postcode}
            description={descriptions.postcode}
            autoComplete="off"
            size="short"
            maxLength={7}
          />
          <KitTextField name="city" label={labels.city} autoComplete="off" />
          <KitTextField
            name="phone"
            type="tel"
            label={labels.phone}
            autoComplete="off"
            size="medium"
            optional
          />
          <KitTextField
            name="email"
            type="email"
            label={labels.email}
            autoComplete="off"
            spellCheck={false}
            optional
          />
        </Fieldset>

        <ButtonGroup>
          <KitSubmit busyText={nl.register.submitting}>{nl.register.submit}</KitSubmit>
          <RouterButtonLink to={paths.jobseekers} appearance="subtle-button">
            {nl.register.cancel}
          </RouterButtonLink>
        </ButtonGroup>
      </KitForm>
    </>
  );
};
