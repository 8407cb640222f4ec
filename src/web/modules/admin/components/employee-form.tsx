import { expertiseAreas } from '../../../../contracts/expertise.ts';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { TBackOfficeUnit, TEmployee, TRole } from '../../../../contracts/identity.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import {
  KitCheckboxField,
  KitCheckboxGroupField,
  KitForm,
  KitSelectField,
  KitSubmit,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import {
  employeeSchema,
  employeeValuesOf,
  emptyEmployeeValues,
  toEmployeeInput,
  toEmployeeUpdate,
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
  const form = useContractForm<EmployeeValues>(
    employeeSchema(employee),
    employee ? employeeValuesOf(employee) : emptyEmployeeValues(),
  );
  const [conflict, setConflict] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const roles = form.watch('roles');

  // Opening the form moves focus to its heading, so keyboard and screen-reader users land in it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Someone else changed this employee: tell the user first, the form can wait.
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

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
      <KitForm
        form={form}
        className="werkplein-form"
        onSubmit={async (values) => {
          setConflict(false);
          const saved = employee
            ? await api.put<TEmployee>(
                `/api/admin/employees/${encodeURIComponent(employee.id)}`,
                toEmployeeUpdate(values, employee.version),
              )
            : await api.post<TEmployee>('/api/admin/employees', toEmployeeInput(values));
          onSaved(saved, isNew);
        }}
        onRefused={(error, { setError }) => {
          if (isApiError(error) && error.code === 'conflict') {
            setConflict(true);
            return true;
          }
          if (isApiError(error) && error.code === 'login_exists') {
            setError('login', { type: 'server', message: 'login_exists' });
          }
          return false;
        }}
      >
        <KitTextField
          name="login"
          label={labels.login}
          description={isNew ? nl.employees.descriptions.login : nl.employees.descriptions.loginFixed}
          autoComplete="off"
          spellCheck={false}
          readOnly={!isNew}
          size="medium"
        />
        <KitTextField name="name" label={labels.name} autoComplete="off" spellCheck={false} />
        <KitTextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          spellCheck={false}
          optional
        />
        <KitSelectField
          name="partnerId"
          label={labels.partnerId}
          placeholder={nl.employees.choosePartner}
          options={reference.partners.map((p) => ({ value: p.id, label: p.name }))}
        />
        <KitCheckboxGroupField name="roles" label={labels.roles} options={roleOptions} />
        {roles.includes('backOffice') ? (
          <KitSelectField
            name="backOfficeUnit"
            label={labels.backOfficeUnit}
            placeholder={nl.employees.chooseUnit}
            options={unitOptions}
          />
        ) : null}
        <KitCheckboxGroupField
          name="werkpleinIds"
          label={labels.werkpleinIds}
          options={reference.werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
        />
        <KitCheckboxGroupField
          name="expertise"
          label={labels.expertise}
          optional
          options={expertiseAreas.map((e) => ({ value: e, label: nl.expertise[e] }))}
        />
        <KitCheckboxField name="active" label={labels.active} />
        <ButtonGroup>
          <KitSubmit busyText={nl.employees.saving}>{nl.employees.save}</KitSubmit>
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {nl.employees.cancel}
          </Button>
        </ButtonGroup>
      </KitForm>
    </section>
  );
};
