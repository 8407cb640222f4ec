import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { TEmployee } from '../../../../contracts/identity.ts';
import { nl } from '../../../i18n/nl.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { can } from '../../../shared/lib/access.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { EmployeeForm, type ReferenceData } from '../components/employee-form.tsx';
import { RegionalPoolSection } from '../components/regional-pool-section.tsx';
import { RoleChangesSection } from '../components/role-changes-section.tsx';

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string; reloaded: boolean };

const describeEmployeeRoles = (employee: TEmployee): string =>
  employee.roles
    .map((role) =>
      role === 'backOffice' && employee.backOfficeUnit
        ? nl.roleWithUnit(nl.roles[role], nl.backOfficeUnits[employee.backOfficeUnit])
        : nl.roles[role],
    )
    .join(nl.listSeparator);

/**
 * The functioneel beheerder's page: the list of employees, with a form to add or change one, and
 * his Werkplein's arbeidsmarktregio and regional pool sharing.
 */
export const EmployeesPage = () => {
  const session = useSession();
  const employees = useResource<{ items: TEmployee[] }>('/api/admin/employees');
  const reference = useResource<ReferenceData>('/api/admin/reference-data');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const open = (next: Editing) => {
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setNotice(null);
    setEditing(next);
  };
  const close = () => {
    setEditing({ mode: 'closed' });
    // Back to the button that opened the form.
    const opener = openerRef.current;
    window.setTimeout(() => opener?.focus(), 0);
  };

  // While reloading, keep showing the last list (and the open form) instead of flashing empty.
  const list = employees.resource;
  const items =
    list.status === 'success'
      ? list.data.items
      : list.status === 'loading'
        ? (list.previous?.items ?? [])
        : [];
  const ref = reference.resource.status === 'success' ? reference.resource.data : null;
  const partnerName = (id: string) => ref?.partners.find((p) => p.id === id)?.name ?? id;
  const werkpleinNames = (ids: readonly string[]) =>
    ids.map((id) => ref?.werkpleinen.find((w) => w.id === id)?.name ?? id).join(nl.listSeparator);
  const editedEmployee = editing.mode === 'edit' ? items.find((e) => e.id === editing.id) : undefined;

  return (
    <>
      <PageHeading>{nl.employees.title}</PageHeading>
      <Paragraph>{nl.employees.intro}</Paragraph>

      {notice ? (
        <Alert type="ok" ref={noticeRef} tabIndex={-1} className="werkplein-focus-target">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}

      {reference.resource.status === 'error' ? (
        <ApiErrorAlert error={reference.resource.error} onRetry={reference.reload} />
      ) : null}

      {editing.mode === 'closed' ? (
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => open({ mode: 'create' })} disabled={!ref}>
            {nl.employees.add}
          </Button>
        </Paragraph>
      ) : null}

      {ref && editing.mode === 'create' ? (
        <EmployeeForm
          reference={ref}
          onSaved={(saved) => {
            employees.reload();
            setEditing({ mode: 'closed' });
            setNotice(nl.employees.created(saved.name));
          }}
          onCancel={close}
          onReload={employees.reload}
        />
      ) : null}

      {ref && editing.mode === 'edit' && editedEmployee ? (
        <EmployeeForm
          // A new version after a reload starts the form afresh from the newest data.
          key={`${editedEmployee.id}-${editedEmployee.version}`}
          employee={editedEmployee}
          reference={ref}
          reloaded={editing.reloaded}
          onSaved={(saved) => {
            employees.reload();
            setEditing({ mode: 'closed' });
            setNotice(nl.employees.updated(saved.name));
          }}
          onCancel={close}
          onReload={() => {
            setEditing({ mode: 'edit', id: editing.id, reloaded: true });
            employees.reload();
          }}
        />
      ) : null}

      <section aria-labelledby="employees-heading">
        <Heading2 id="employees-heading">{nl.employees.listHeading}</Heading2>
        {employees.resource.status === 'loading' && items.length === 0 ? <Loading /> : null}
        {employees.resource.status === 'error' ? (
          <ApiErrorAlert error={employees.resource.error} onRetry={employees.reload} />
        ) : null}
        {employees.resource.status === 'success' && items.length === 0 ? (
          <Paragraph>{nl.employees.empty}</Paragraph>
        ) : null}
        {items.length > 0 ? (
          <DataTable
            caption={nl.employees.caption}
            rows={items}
            rowKey={(employee) => employee.id}
            columns={[
              { key: 'name', header: nl.employees.columns.name, rowHeader: true, cell: (e) => e.name },
              { key: 'login', header: nl.employees.columns.login, cell: (e) => e.login },
              { key: 'partner', header: nl.employees.columns.partner, cell: (e) => partnerName(e.partnerId) },
              { key: 'roles', header: nl.employees.columns.roles, cell: describeEmployeeRoles },
              {
                key: 'werkpleinen',
                header: nl.employees.columns.werkpleinen,
                cell: (e) => werkpleinNames(e.werkpleinIds),
              },
              {
                key: 'active',
                header: nl.employees.columns.active,
                cell: (e) => (e.active ? nl.yes : nl.no),
              },
              {
                key: 'actions',
                header: nl.employees.columns.actions,
                cell: (employee) => (
                  <Button
                    appearance="subtle-button"
                    disabled={!ref}
                    onClick={() => open({ mode: 'edit', id: employee.id, reloaded: false })}
                  >
                    {nl.employees.edit}
                    <span className="werkplein-visually-hidden"> {employee.name}</span>
                  </Button>
                ),
              },
            ]}
          />
        ) : null}
      </section>

      <RoleChangesSection
        refreshKey={items.map((e) => `${e.id}:${e.version}`).join()}
        werkpleinName={(id) => ref?.werkpleinen.find((w) => w.id === id)?.name ?? id}
      />

      {can(session, 'werkplein.manage') ? <RegionalPoolSection /> : null}
    </>
  );
};
