import { expertiseAreas, type TExpertise } from '../../../../contracts/expertise.ts';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TBackOfficeUnit, TEmployee, TRole } from '../../../../contracts/identity.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { apiProblems, useFormErrors } from '../../../shared/lib/use-form-errors.ts';
import {
  CheckboxField,
  CheckboxGroupField,
  choiceId,
  ErrorSummary,
  SelectField,
  TextField,
} from '../../../shared/ui/form.tsx';
import {
  employeeFields,
  employeeValuesOf,
  emptyEmployeeValues,
  toEmployeeInput,
  toEmployeeUpdate,
  validateEmployee,
  type EmployeeField,
  type EmployeeValues,
} from '../employee-form.ts';

export interface ReferenceData {
  werkpleinen: { id: string; name: string }[];
  partners: { id: string; name: string; kind: string }[];
}

const labels = nl.employees.fields;
const roleOptions = (Object.keys(nl.roles) as TRole[]).map((role) => ({
  value: role,
  label: nl.roles[role],
}));
const unitOptions = (Object.keys(nl.backOfficeUnits) as TBackOfficeUnit[]).map((unit) => ({
  value: unit,
  label: nl.backOfficeUnits[unit],
}));

/** The control the error summary moves focus to: the field, or the first choice of a group. */
const targetId = (field: EmployeeField, reference: ReferenceData): string => {
  switch (field) {
    case 'roles':
      return choiceId('roles', roleOptions[0]?.value ?? '');
    case 'werkpleinIds':
      return choiceId('werkpleinIds', reference.werkpleinen[0]?.id ?? '');
    default:
      return field;
  }
};

export interface EmployeeFormProps {
  /** The employee to change; absent to add a new one. */
  employee?: TEmployee;
  reference: ReferenceData;
  /** Shown after the user reloaded fresh data following a conflict. */
  reloaded?: boolean;
  onSaved: (employee: TEmployee, created: boolean) => void;
  onCancel: () => void;
  /** Fetch the newest data after someone else changed this employee. */
  onReload: () => void;
}

/** Add or change an employee: login, name, partner, roles (with back-office unit), Werkpleinen. */
export const EmployeeForm = ({
  employee,
  reference,
  reloaded,
  onSaved,
  onCancel,
  onReload,
}: EmployeeFormProps) => {
  const isNew = employee === undefined;
  const [values, setValues] = useState<EmployeeValues>(() =>
    employee ? employeeValuesOf(employee) : emptyEmployeeValues(),
  );
  const { attempt, summary, messageFor, fail, clear } = useFormErrors<EmployeeField>({
    fields: employeeFields,
    label: (field) => labels[field],
    targetId: (field) => targetId(field, reference),
  });
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  // Opening the form moves focus to its heading, so keyboard and screen-reader users land in it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Someone else changed this employee: tell the user first, the form can wait.
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const set =
    <K extends keyof EmployeeValues>(field: K) =>
    (value: EmployeeValues[K]) =>
      setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setConflict(false);
    const found = validateEmployee(values, isNew);
    if (Object.keys(found).length > 0) {
      fail(found);
      return;
    }
    setSaving(true);
    try {
      const saved = employee
        ? await api.put<TEmployee>(
            `/api/admin/employees/${encodeURIComponent(employee.id)}`,
            toEmployeeUpdate(values, employee.version),
          )
        : await api.post<TEmployee>('/api/admin/employees', toEmployeeInput(values));
      onSaved(saved, isNew);
    } catch (error) {
      setSaving(false);
      if (isApiError(error) && error.code === 'conflict') {
        clear();
        setConflict(true);
      } else if (isApiError(error) && error.code === 'login_exists') {
        fail({ login: 'login_exists' });
      } else {
        fail(...apiProblems(error, employeeFields));
      }
    }
  };

  const heading = employee ? nl.employees.formEditHeading(employee.name) : nl.employees.formAddHeading;

  return (
    <section aria-labelledby="employee-form-heading" className="werkplein-panel">
      <Heading2 id="employee-form-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading2>
      {conflict ? (
        <Alert type="warning" ref={conflictRef} tabIndex={-1} className="werkplein-focus-target">
          <Paragraph>{errorMessage('conflict')}</Paragraph>
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={onReload}>
              {nl.employees.reload}
            </Button>
          </Paragraph>
        </Alert>
      ) : null}
      {reloaded && !conflict ? (
        <Alert type="info">
          <Paragraph>{nl.employees.reloaded}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary items={summary} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="werkplein-form"
        aria-busy={saving}
      >
        <TextField
          id="login"
          label={labels.login}
          description={isNew ? nl.employees.descriptions.login : nl.employees.descriptions.loginFixed}
          value={values.login}
          onChange={set('login')}
          autoComplete="off"
          spellCheck={false}
          readOnly={!isNew}
          size="medium"
          error={messageFor('login')}
        />
        <TextField
          id="name"
          label={labels.name}
          value={values.name}
          onChange={set('name')}
          autoComplete="off"
          spellCheck={false}
          error={messageFor('name')}
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
        <SelectField
          id="partnerId"
          label={labels.partnerId}
          value={values.partnerId}
          onChange={set('partnerId')}
          placeholder={nl.employees.choosePartner}
          options={reference.partners.map((p) => ({ value: p.id, label: p.name }))}
          error={messageFor('partnerId')}
        />
        <CheckboxGroupField
          id="roles"
          label={labels.roles}
          options={roleOptions}
          values={values.roles}
          onChange={(roles) => set('roles')(roles as TRole[])}
          error={messageFor('roles')}
        />
        {values.roles.includes('backOffice') ? (
          <SelectField
            id="backOfficeUnit"
            label={labels.backOfficeUnit}
            value={values.backOfficeUnit}
            onChange={(unit) => set('backOfficeUnit')(unit as TBackOfficeUnit | '')}
            placeholder={nl.employees.chooseUnit}
            options={unitOptions}
            error={messageFor('backOfficeUnit')}
          />
        ) : null}
        <CheckboxGroupField
          id="werkpleinIds"
          label={labels.werkpleinIds}
          options={reference.werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
          values={values.werkpleinIds}
          onChange={set('werkpleinIds')}
          error={messageFor('werkpleinIds')}
        />
        <CheckboxGroupField
          id="expertise"
          label={labels.expertise}
          optional
          options={expertiseAreas.map((e) => ({ value: e, label: nl.expertise[e] }))}
          values={values.expertise}
          onChange={(chosen) => set('expertise')(chosen as TExpertise[])}
        />
        <CheckboxField id="active" label={labels.active} checked={values.active} onChange={set('active')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving}>
            {saving ? nl.employees.saving : nl.employees.save}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {nl.employees.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
};
