/**
 * The one way to build a form: react-hook-form holds the values, the contract's zod schema checks
 * them (the same schema the API validates with), and every problem reaches the user in Dutch from
 * the catalogue, next to its field and in the error summary at the top. A failed command puts the
 * server's field problems on the fields and a conflict in the summary.
 *
 *   const form = useContractForm(ZAgreementRequest, { description: '', dueDate: '' });
 *   <KitForm form={form} onSubmit={(values) => run(() => api.post(path, values))}>
 *     <KitTextField name="description" label={t.what} />
 *     <KitSubmit>{t.add}</KitSubmit>
 *   </KitForm>
 */
import { Button } from '@utrecht/component-library-react';
import {
  createContext,
  useContext,
  useRef,
  useState,
  type ComponentProps,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import {
  FormProvider,
  get,
  useController,
  useForm,
  useFormContext,
  useFormState,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { fieldProblemMessage, nl } from '../../i18n/nl.ts';
import { isApiError, type ApiError } from '../lib/api.ts';
import { apiProblems, contractResolver } from '../lib/form-problems.ts';
import {
  CheckboxField,
  CheckboxGroupField,
  choiceId,
  ErrorSummary,
  RadioGroupField,
  SelectField,
  TextAreaField,
  TextField,
  type ErrorSummaryItem,
} from './form.tsx';

/**
 * A form checked by a contract schema. Problems show after a submission and are checked again at
 * the next one, as the error summary expects.
 */
export const useContractForm = <TValues extends FieldValues>(
  schema: z.ZodType<unknown, TValues>,
  defaultValues: DefaultValues<TValues>,
): UseFormReturn<TValues> =>
  useForm<TValues>({
    resolver: contractResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

type Control = 'text' | 'choice';
interface FieldMeta {
  label: string;
  control: Control;
  /** The control the summary moves focus to. */
  targetId: string;
}

interface KitContextValue {
  /** The form's fields as they render, for the summary (in their order on screen). */
  fields: Map<string, FieldMeta>;
  /** The id prefix of this form's controls, so two forms on one page do not share ids. */
  idPrefix: string;
  /** The Dutch message of a field's problem code, with this form's own words first. */
  say: (name: string, code: string, control?: Control) => string;
}
const KitContext = createContext<KitContextValue | null>(null);

const useKit = () => {
  const kit = useContext(KitContext);
  if (!kit) throw new Error('A form-kit field outside KitForm');
  return kit;
};

/** The Dutch message of a field's problem (its code comes from the schema or the server). */
const useFieldProblem = (name: string, meta: FieldMeta): string | undefined => {
  const kit = useKit();
  kit.fields.set(name, meta);
  const { errors } = useFormState({ name });
  const code = (get(errors, name) as { message?: string } | undefined)?.message;
  return code ? kit.say(name, code, meta.control) : undefined;
};

export interface KitFormProps<TValues extends FieldValues> extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'children'
> {
  form: UseFormReturn<TValues>;
  /** Runs the command with the checked values; throws the ApiError when the server refuses. */
  onSubmit: (values: TValues) => Promise<unknown>;
  /**
   * Handles a refusal itself (e.g. go to the existing dossier) and says so with `true`; other
   * refusals show on the form.
   */
  onRefused?: (error: unknown, form: UseFormReturn<TValues>) => boolean;
  /** Words of this form's own for a refusal (e.g. a double booking, a conflict), if it has them. */
  explain?: (error: ApiError) => string | undefined;
  /** The form's field for a path of the server's field problems, when they differ. */
  fieldOf?: (path: string) => string | undefined;
  /** Prefixes the controls' ids, for a form that appears more than once on a page. */
  idPrefix?: string;
  /** This form's own words for a field's problem codes (from the catalogue), before the general ones. */
  messages?: Partial<Record<string, Partial<Record<string, string>>>>;
  children: ReactNode;
}

/** The form element with its error summary; see the module comment. */
export const KitForm = <TValues extends FieldValues>({
  form,
  onSubmit,
  onRefused,
  explain,
  fieldOf,
  idPrefix = '',
  messages,
  children,
  ...attributes
}: KitFormProps<TValues>) => {
  const fields = useRef(new Map<string, FieldMeta>()).current;
  const say = (name: string, code: string, control?: Control) =>
    messages?.[name]?.[code] ?? fieldProblemMessage(name, code, control);
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const { errors } = form.formState;

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral([]);
      try {
        await onSubmit(values);
      } catch (error) {
        if (onRefused?.(error, form)) return;
        const explained = isApiError(error) ? explain?.(error) : undefined;
        const problems = apiProblems(error, fieldOf ?? ((path) => (fields.has(path) ? path : undefined)));
        for (const { name, code } of problems.fields) {
          form.setError(name as FieldPath<TValues>, { type: 'server', message: code });
        }
        setGeneral(explained ? [explained] : problems.general);
        setAttempt((a) => a + 1);
      }
    },
    () => {
      setGeneral([]);
      setAttempt((a) => a + 1);
    },
  );

  const summary: ErrorSummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...[...fields].flatMap(([name, meta]) => {
      const code = form.getFieldState(name as FieldPath<TValues>, form.formState).error?.message;
      return code
        ? [
            {
              targetId: meta.targetId,
              text: nl.errorSummary.item(meta.label, say(name, code, meta.control)),
            },
          ]
        : [];
    }),
  ];
  // A problem on a field the form does not show still reaches the summary.
  for (const [name, error] of Object.entries(errors)) {
    if (!fields.has(name) && typeof error?.message === 'string') {
      summary.push({ text: say(name, error.message) });
    }
  }

  return (
    <KitContext.Provider value={{ fields, idPrefix, say }}>
      <FormProvider {...form}>
        <form
          noValidate
          {...attributes}
          aria-busy={form.formState.isSubmitting}
          onSubmit={(event) => void submit(event)}
        >
          <ErrorSummary items={summary} attempt={attempt} />
          {children}
        </form>
      </FormProvider>
    </KitContext.Provider>
  );
};

/** The submit button: busy while the command runs. */
export const KitSubmit = ({
  children,
  busyText,
  appearance = 'primary-action-button',
}: {
  children: ReactNode;
  busyText?: string;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) => {
  const { formState } = useFormContext();
  return (
    <Button
      type="submit"
      appearance={appearance}
      busy={formState.isSubmitting}
      disabled={formState.isSubmitting}
    >
      {formState.isSubmitting && busyText ? busyText : children}
    </Button>
  );
};

type Bound<P> = Omit<P, 'id' | 'value' | 'values' | 'checked' | 'onChange' | 'error' | 'name'> & {
  name: string;
  /** The control's id; by default the field's name (with the form's prefix). */
  id?: string;
};

const useBound = (name: string, id: string | undefined) => {
  const { idPrefix } = useKit();
  const { field } = useController({ name });
  return { field, id: id ?? `${idPrefix}${name}` };
};

export const KitTextField = ({ name, id, label, ...props }: Bound<ComponentProps<typeof TextField>>) => {
  const { field, id: controlId } = useBound(name, id);
  const error = useFieldProblem(name, { label, control: 'text', targetId: controlId });
  return (
    <TextField
      {...props}
      id={controlId}
      name={name}
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={error}
    />
  );
};

export const KitTextAreaField = ({
  name,
  id,
  label,
  ...props
}: Bound<ComponentProps<typeof TextAreaField>>) => {
  const { field, id: controlId } = useBound(name, id);
  const error = useFieldProblem(name, { label, control: 'text', targetId: controlId });
  return (
    <TextAreaField
      {...props}
      id={controlId}
      name={name}
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={error}
    />
  );
};

/** A select; a required one starts empty with `placeholder` ("Kies …") as its first option. */
export const KitSelectField = ({ name, id, label, ...props }: Bound<ComponentProps<typeof SelectField>>) => {
  const { field, id: controlId } = useBound(name, id);
  const error = useFieldProblem(name, { label, control: 'choice', targetId: controlId });
  return (
    <SelectField
      {...props}
      id={controlId}
      name={name}
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={error}
    />
  );
};

export const KitRadioGroupField = ({
  name,
  id,
  label,
  ...props
}: Bound<ComponentProps<typeof RadioGroupField>>) => {
  const { field, id: controlId } = useBound(name, id);
  const first = props.options[0]?.value ?? '';
  const error = useFieldProblem(name, { label, control: 'choice', targetId: choiceId(controlId, first) });
  return (
    <RadioGroupField
      {...props}
      id={controlId}
      name={name}
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      error={error}
    />
  );
};

export const KitCheckboxGroupField = ({
  name,
  id,
  label,
  ...props
}: Bound<ComponentProps<typeof CheckboxGroupField>>) => {
  const { field, id: controlId } = useBound(name, id);
  const first = props.options[0]?.value ?? '';
  const error = useFieldProblem(name, { label, control: 'choice', targetId: choiceId(controlId, first) });
  return (
    <CheckboxGroupField
      {...props}
      id={controlId}
      name={name}
      label={label}
      values={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={error}
    />
  );
};

export const KitCheckboxField = ({ name, id, label }: { name: string; id?: string; label: string }) => {
  const { field, id: controlId } = useBound(name, id);
  return (
    <CheckboxField id={controlId} label={label} checked={Boolean(field.value)} onChange={field.onChange} />
  );
};
