import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
} from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { nl } from '../../../i18n/nl.ts';

/** A labelled multi-line field with its description and error tied to the control. */
export const TextareaField = (props: {
  id: string;
  label: string;
  value: string;
  description?: string;
  error?: string;
  onChange: (value: string) => void;
}) => {
  const described = [
    props.description ? `${props.id}-description` : '',
    props.error ? `${props.id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField type="text" invalid={Boolean(props.error)} className="utrecht-form-field--distanced">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      </div>
      {props.description ? (
        <FormFieldDescription id={`${props.id}-description`}>{props.description}</FormFieldDescription>
      ) : null}
      {props.error ? (
        <FormFieldErrorMessage id={`${props.id}-error`}>
          <span className="werkplein-visually-hidden">{nl.form.errorPrefix}</span>
          {props.error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea
          id={props.id}
          name={props.id}
          value={props.value}
          required
          invalid={Boolean(props.error)}
          aria-describedby={described || undefined}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => props.onChange(event.target.value)}
        />
      </div>
    </FormField>
  );
};
