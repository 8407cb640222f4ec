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
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, type ChangeEvent, type MouseEvent, type ReactNode } from 'react';
import { nl } from '../../i18n/nl.ts';

const describedBy = (...ids: (string | undefined | false)[]): string | undefined => {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
};

const Label = ({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) => (
  <div className="utrecht-form-field__label">
    <FormLabel htmlFor={htmlFor}>
      {label}
      {optional ? <span className="werkplein-optional"> {nl.form.optional}</span> : null}
    </FormLabel>
  </div>
);

const Description = ({ id, children }: { id: string; children?: ReactNode }) =>
  children ? (
    <FormFieldDescription id={id} className="utrecht-form-field__description">
      {children}
    </FormFieldDescription>
  ) : null;

const ErrorMessage = ({ id, children }: { id: string; children?: string }) =>
  children ? (
    <FormFieldErrorMessage id={id} className="utrecht-form-field__error-message">
      {/* Not by colour alone: the word "Fout" precedes every message. */}
      <span className="werkplein-visually-hidden">{nl.form.errorPrefix}</span>
      {children}
    </FormFieldErrorMessage>
  ) : null;

interface FieldProps {
  id: string;
  label: string;
  description?: ReactNode;
  /** The Dutch error message, if the field is wrong. */
  error?: string;
  optional?: boolean;
}

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
  id,
  label,
  description,
  error,
  optional,
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
}: TextFieldProps) => {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FormField type="text" invalid={Boolean(error)} className="utrecht-form-field--distanced">
      <Label htmlFor={id} label={label} optional={optional} />
      <Description id={descriptionId}>{description}</Description>
      <ErrorMessage id={errorId}>{error}</ErrorMessage>
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={name ?? id}
          type={type}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          invalid={Boolean(error)}
          required={!optional}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          disabled={disabled}
          readOnly={readOnly}
          maxLength={maxLength}
          className={size ? `werkplein-input--${size}` : undefined}
          aria-describedby={describedBy(Boolean(description) && descriptionId, Boolean(error) && errorId)}
        />
      </div>
    </FormField>
  );
};

export interface SelectFieldProps extends FieldProps {
  name?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** A first option with an empty value, e.g. "Kies een Werkplein". */
  placeholder?: string;
}

export const SelectField = ({
  id,
  label,
  description,
  error,
  optional,
  name,
  value,
  onChange,
  options,
  placeholder,
}: SelectFieldProps) => {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FormField type="text" invalid={Boolean(error)} className="utrecht-form-field--distanced">
      <Label htmlFor={id} label={label} optional={optional} />
      <Description id={descriptionId}>{description}</Description>
      <ErrorMessage id={errorId}>{error}</ErrorMessage>
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={name ?? id}
          value={value}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-required={optional ? undefined : true}
          aria-describedby={describedBy(Boolean(description) && descriptionId, Boolean(error) && errorId)}
        >
          {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
};

interface ChoiceGroupProps extends FieldProps {
  name?: string;
  options: readonly { value: string; label: string }[];
}

/** The id of the control that the error summary links to for a group of choices. */
export const choiceId = (groupId: string, value: string): string => `${groupId}-${value}`;

export const RadioGroupField = ({
  id,
  label,
  description,
  error,
  optional,
  name,
  options,
  value,
  onChange,
}: ChoiceGroupProps & { value: string; onChange: (value: string) => void }) => {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <Fieldset
      id={id}
      role="radiogroup"
      invalid={Boolean(error)}
      required={!optional}
      aria-describedby={describedBy(Boolean(description) && descriptionId, Boolean(error) && errorId)}
      className="werkplein-fieldset"
    >
      <FieldsetLegend>
        {label}
        {optional ? <span className="werkplein-optional"> {nl.form.optional}</span> : null}
      </FieldsetLegend>
      <Description id={descriptionId}>{description}</Description>
      <ErrorMessage id={errorId}>{error}</ErrorMessage>
      {options.map((option) => {
        const optionId = choiceId(id, option.value);
        return (
          <FormField key={option.value} type="radio">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={name ?? id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                invalid={Boolean(error)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
};

export const CheckboxGroupField = ({
  id,
  label,
  description,
  error,
  optional,
  name,
  options,
  values,
  onChange,
}: ChoiceGroupProps & { values: readonly string[]; onChange: (values: string[]) => void }) => {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const toggle = (value: string, checked: boolean) =>
    onChange(
      checked
        ? options.map((o) => o.value).filter((v) => v === value || values.includes(v))
        : values.filter((v) => v !== value),
    );
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(Boolean(description) && descriptionId, Boolean(error) && errorId)}
      className="werkplein-fieldset"
    >
      <FieldsetLegend>
        {label}
        {optional ? <span className="werkplein-optional"> {nl.form.optional}</span> : null}
      </FieldsetLegend>
      <Description id={descriptionId}>{description}</Description>
      <ErrorMessage id={errorId}>{error}</ErrorMessage>
      {options.map((option) => {
        const optionId = choiceId(id, option.value);
        const checked = values.includes(option.value);
        return (
          <FormField key={option.value} type="checkbox">
            <div className="utrecht-form-field__input">
              <Checkbox
                id={optionId}
                name={name ?? id}
                value={option.value}
                checked={checked}
                onChange={(event: ChangeEvent<HTMLInputElement>) =>
                  toggle(option.value, event.target.checked)
                }
                invalid={Boolean(error)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
};

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
  <FormField type="checkbox" className="utrecht-form-field--distanced">
    <div className="utrecht-form-field__input">
      <Checkbox
        id={id}
        name={id}
        checked={checked}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
    </div>
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={id} type="checkbox" checked={checked}>
        {label}
      </FormLabel>
    </div>
  </FormField>
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
