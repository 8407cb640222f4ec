import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { nl } from '../../../i18n/nl.ts';
import { RadioGroupField, TextField } from '../../../shared/ui/form.tsx';
import {
  genderOptions,
  type RegisterField,
  type RegisterValues,
} from '../../jobseeker-case/register-form.ts';

type PersonField = Exclude<RegisterField, 'werkpleinId'>;
const labels = nl.register.fields;
const descriptions = nl.register.descriptions as Partial<Record<RegisterField, string>>;

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

/** The person and address fields of the registration form, reused by the aanmelding and the edit. */
export const PersonFields = (props: {
  idPrefix: string;
  values: RegisterValues;
  errors: Partial<Record<RegisterField, string>>;
  onChange: (field: RegisterField, value: string) => void;
  /** The BSN cannot be changed on an existing dossier. */
  withBsn: boolean;
}) => {
  const field = (f: (typeof textFields)[number]) => (
    <TextField
      key={f.field}
      id={`${props.idPrefix}${f.field}`}
      label={labels[f.field]}
      description={descriptions[f.field]}
      type={f.type}
      size={f.size}
      optional={f.optional}
      autoComplete="off"
      value={props.values[f.field]}
      error={props.errors[f.field]}
      onChange={(v) => props.onChange(f.field, v)}
    />
  );
  return (
    <>
      <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
        <FieldsetLegend>{nl.register.personHeading}</FieldsetLegend>
        {props.withBsn ? field({ field: 'bsn', size: 'medium' }) : null}
        {textFields.map(field)}
        <RadioGroupField
          id={`${props.idPrefix}gender`}
          label={labels.gender}
          value={props.values.gender}
          onChange={(v) => props.onChange('gender', v)}
          options={genderOptions.map((g) => ({ value: g, label: nl.genders[g] }))}
          error={props.errors.gender}
        />
      </Fieldset>
      <Fieldset className="werkplein-fieldset werkplein-fieldset--section">
        <FieldsetLegend>{nl.register.addressHeading}</FieldsetLegend>
        {addressFields.map(field)}
      </Fieldset>
    </>
  );
};
