import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { nl } from '../../../i18n/nl.ts';
import { KitRadioGroupField, KitTextField } from '../../../shared/ui/form-kit.tsx';
import { genderOptions } from '../../jobseeker-case/register-form.ts';

type PersonField = keyof typeof nl.register.fields;
const labels = nl.register.fields;
const descriptions = nl.register.descriptions as Partial<Record<PersonField, string>>;

const textFields: {
  field: PersonField;
  optional?: boolean;
  type?: 'date' | 'tel' | 'email';
  size?: 'short' | 'medium';
}[] = [
  { field: 'givenNames' },
  { field: 'surnamePrefix', optional: true, size: 'medium' },
  { field: 'surname' },
  { field: 'birthDate', type: 'date', size: 'medium' },
];
const addressFields: typeof textFields = [
  { field: 'street' },
  { field: 'houseNumber', size: 'short' },
  { field: 'postcode', size: 'short' },
  { field: 'city' },
  { field: 'phone', optional: true, type: 'tel', size: 'medium' },
  { field: 'email', optional: true, type: 'email' },
];

/**
 * The person and address fields of the registration form, reused by the aanmelding and the edit,
 * inside a KitForm whose values hold them under `namePrefix` (e.g. "person.").
 */
export const PersonFields = ({
  idPrefix,
  namePrefix = '',
  withBsn,
}: {
  idPrefix: string;
  namePrefix?: string;
  /** The BSN cannot be changed on an existing dossier. */
  withBsn: boolean;
}) => {
  const field = (f: (typeof textFields)[number]) => (
    <KitTextField
      key={f.field}
      name={`${namePrefix}${f.field}`}
      id={`${idPrefix}${f.field}`}
      label={labels[f.field]}
      description={descriptions[f.field]}
      type={f.type}
      size={f.size}
      optional={f.optional}
      autoComplete="off"
    />
  );
  return (
    <>
      <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
        <FieldsetLegend>{nl.register.personHeading}</FieldsetLegend>
        {withBsn ? field({ field: 'bsn', size: 'medium' }) : null}
        {textFields.map(field)}
        <KitRadioGroupField
          name={`${namePrefix}gender`}
          id={`${idPrefix}gender`}
          label={labels.gender}
          options={genderOptions.map((g) => ({ value: g, label: nl.genders[g] }))}
        />
      </Fieldset>
      <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
        <FieldsetLegend>{nl.register.addressHeading}</FieldsetLegend>
        {addressFields.map(field)}
      </Fieldset>
    </>
  );
};
