/**
 * Form fields built from Utrecht components, each with a visible label, an optional description
 * and an error message tied to the control with aria-describedby and aria-invalid.
 */
import {
  Alert,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, type ChangeEvent, type MouseEvent, type ReactNode } from 'react';
import { nl } from '../../i18n/nl.ts';

interface FieldProps {
  id: string;
  label: string;
  description?: ReactNode;
  /** The Dutch error message, if the field is wrong. */
  error?: string;
  optional?: boolean;
}

/** The aria-describedby of a field's control (or group): the description and error that are shown. */
const describedBy = ({ id, description, error }: FieldProps): string | undefined =>
  [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const OptionalMark = ({ optional }: { optional?: boolean }) =>
  optional ? <span className="werkplein-optional"> {nl.form.optional}</span> : null;

/** The description and error message below a label or legend, with the ids describedBy names. */
const DescriptionAndError = ({ id, description, error }: FieldProps) => (
  <>
    {description ? (
      <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
        {description}
      </FormFieldDescription>
    ) : null}
    {error ? (
      <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
        {/* Not by colour alone: the word "Fout" precedes every message. */}
        <span className="werkplein-visually-hidden">{nl.form.errorPrefix}</span>
        {error}
      </FormFieldErrorMessage>
    ) : null}
  </>
);

/** A field with one control: its label, description and error, then the control itself. */
const FieldShell = ({ children, ...field }: FieldProps & { children: ReactNode }) => (
  <FormField type="text" invalid={Boolean(field.error)} className="utrecht-form-field--distanced">
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={field.id}>
        {field.label}
        <OptionalMark optional={field.optional} />
      </FormLabel>
    </div>
    <DescriptionAndError {...field} />
    <div className="utrecht-form-field__input">{children}</div>
  </FormField>
);

export interface TextFieldProps extends FieldProps {
  name?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'datetime-local' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  spellCheck?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  /** Narrow input for short values such as a postcode or house number. */
  size?: 'short' | 'medium';
}

export const TextField = ({
  name,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  disabled,
  readOnly,
  maxLength,
  size,
  ...field
}: TextFieldProps) => (
  <FieldShell {...field}>
    <Textbox
      id={field.id}
      name={name ?? field.id}
      type={type}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      invalid={Boolean(field.error)}
      required={!field.optional}
      autoComplete={autoComplete}
      inputMode={inputMode}
      spellCheck={spellCheck}
      disabled={disabled}
      readOnly={readOnly}
      maxLength={maxLength}
      className={size ? `werkplein-input--${size}` : undefined}
      aria-describedby={describedBy(field)}
    />
  </FieldShell>
);

export interface TextAreaFieldProps extends FieldProps {
  name?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}

/** A multi-line text field (a note, a question, one entry per line). */
export const TextAreaField = ({ name, value, onChange, maxLength, ...field }: TextAreaFieldProps) => (
  <FieldShell {...field}>
    <Textarea
      id={field.id}
      name={name ?? field.id}
      value={value}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      invalid={Boolean(field.error)}
      required={!field.optional}
      maxLength={maxLength}
      aria-describedby={describedBy(field)}
    />
  </FieldShell>
);

export interface SelectFieldProps extends FieldProps {
  name?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** A first option with an empty value, e.g. "Kies een Werkplein". */
  placeholder?: string;
}

export const SelectField = ({ name, value, onChange, options, placeholder, ...field }: SelectFieldProps) => (
  <FieldShell {...field}>
    <Select
      id={field.id}
      name={name ?? field.id}
      value={value}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      invalid={Boolean(field.error)}
      aria-invalid={field.error ? true : undefined}
      aria-required={field.optional ? undefined : true}
      aria-describedby={describedBy(field)}
    >
      {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
      {options.map((option) => (
        <SelectOption key={option.value} value={option.value}>
          {option.label}
        </SelectOption>
      ))}
    </Select>
  </FieldShell>
);

/** One radio button or checkbox with its label after it. */
const Choice = ({
  type,
  id,
  label,
  checked,
  className,
  children,
}: {
  type: 'radio' | 'checkbox';
  id: string;
  label: string;
  checked: boolean;
  className?: string;
  /** The control itself. */
  children: ReactNode;
}) => (
  <FormField type={type} className={className}>
    <div className="utrecht-form-field__input">{children}</div>
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={id} type={type} checked={checked}>
        {label}
      </FormLabel>
    </div>
  </FormField>
);

interface ChoiceGroupProps extends FieldProps {
  name?: string;
  options: readonly { value: string; label: string }[];
}

/** The id of the control that the error summary links to for a group of choices. */
export const choiceId = (groupId: string, value: string): string => `${groupId}-${value}`;

/**
 * A group of radio buttons or checkboxes: a fieldset with the legend, description and error, then
 * one choice per option. `onToggle` hears which option was checked or unchecked.
 */
const ChoiceGroup = ({
  type,
  name,
  options,
  isChecked,
  onToggle,
  ...field
}: ChoiceGroupProps & {
  type: 'radio' | 'checkbox';
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}) => (
  <Fieldset
    id={field.id}
    role={type === 'radio' ? 'radiogroup' : undefined}
    invalid={Boolean(field.error)}
    required={type === 'radio' ? !field.optional : undefined}
    aria-describedby={describedBy(field)}
    className="werkplein-fieldset"
  >
    <FieldsetLegend>
      {field.label}
      <OptionalMark optional={field.optional} />
    </FieldsetLegend>
    <DescriptionAndError {...field} />
    {options.map((option) => {
      const control = {
        id: choiceId(field.id, option.value),
        name: name ?? field.id,
        value: option.value,
        checked: isChecked(option.value),
        onChange: (event: ChangeEvent<HTMLInputElement>) => onToggle(option.value, event.target.checked),
        invalid: Boolean(field.error),
      };
      return (
        <Choice key={option.value} type={type} id={control.id} label={option.label} checked={control.checked}>
          {type === 'radio' ? <RadioButton {...control} /> : <Checkbox {...control} />}
        </Choice>
      );
    })}
  </Fieldset>
);

export const RadioGroupField = ({
  value,
  onChange,
  ...group
}: ChoiceGroupProps & { value: string; onChange: (value: string) => void }) => (
  <ChoiceGroup {...group} type="radio" isChecked={(option) => option === value} onToggle={onChange} />
);

export const CheckboxGroupField = ({
  values,
  onChange,
  ...group
}: ChoiceGroupProps & { values: readonly string[]; onChange: (values: string[]) => void }) => (
  <ChoiceGroup
    {...group}
    type="checkbox"
    isChecked={(option) => values.includes(option)}
    onToggle={(value, checked) =>
      onChange(
        checked
          ? group.options.map((o) => o.value).filter((v) => v === value || values.includes(v))
          : values.filter((v) => v !== value),
      )
    }
  />
);

export const CheckboxField = ({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => (
  <Choice type="checkbox" id={id} label={label} checked={checked} className="utrecht-form-field--distanced">
    <Checkbox
      id={id}
      name={id}
      checked={checked}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
    />
  </Choice>
);

export interface ErrorSummaryItem {
  /** The id of the control to move to; absent for problems not tied to one field. */
  targetId?: string;
  text: string;
}

/**
 * The list of problems at the top of a form. It takes focus each time the form is submitted with
 * errors (a new `attempt`), and each item moves focus to its field.
 */
export const ErrorSummary = ({ items, attempt }: { items: readonly ErrorSummaryItem[]; attempt: number }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // Only a new submission moves focus, not every change of the list while the user types.
  }, [attempt]);
  if (items.length === 0) return null;
  const moveTo = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <Alert type="error" ref={ref} tabIndex={-1} className="werkplein-error-summary">
      <Heading2>{nl.errorSummary.heading(items.length)}</Heading2>
      <Paragraph>{nl.errorSummary.intro}</Paragraph>
      <UnorderedList>
        {items.map((item, index) => (
          <UnorderedListItem key={`${item.targetId ?? 'general'}-${index}`}>
            {item.targetId ? (
              <Link href={`#${item.targetId}`} onClick={(event) => moveTo(event, item.targetId as string)}>
                {item.text}
              </Link>
            ) : (
              item.text
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
};
