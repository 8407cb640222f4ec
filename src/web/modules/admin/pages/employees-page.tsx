import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { TEmployee } from '../../../../contracts/identity.ts';
import { nl } from '../../../i18n/nl.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { can } from '../../../shared/lib/access.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { EmployeeForm } from '../components/employee-form.tsx';
import { RegionalPoolSection } from '../components/regional-pool-section.tsx';
import { RoleChangesSection } from '../components/role-changes-section.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useInvalidate } from '../../../shared/lib/commands.ts';

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
  const employees = useQuery(queries.employees());
  const reference = useQuery(queries.referenceData());
  // A saved employee changes the list and the role changes below it.
  const reload = useInvalidate([scopes.admin]);
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

  // While it loads again, the last list (and the open form) stays on screen.
  const items = employees.data?.items ?? [];
  const ref = reference.data ?? null;
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

      {reference.isError ? (
        <ApiErrorAlert error={reference.error} onRetry={() => void reference.refetch()} />
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
            reload();
            setEditing({ mode: 'closed' });
            setNotice(nl.employees.created(saved.name));
          }}
          onCancel={close}
          onReload={reload}
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
            reload();
            setEditing({ mode: 'closed' });
            setNotice(nl.employees.updated(saved.name));
          }}
          onCancel={close}
          onReload={() => {
            setEditing({ mode: 'edit', id: editing.id, reloaded: true });
            reload();
          }}
        />
      ) : null}

      <section aria-labelledby="employees-heading">
        <Heading2 id="employees-heading">{nl.employees.listHeading}</Heading2>
        {employees.isPending ? <Loading /> : null}
        {employees.isError ? (
          <ApiErrorAlert error={employees.error} onRetry={() => void employees.refetch()} />
        ) : null}
        {employees.isSuccess && items.length === 0 ? <Paragraph>{nl.employees.empty}</Paragraph> : null}
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

      <RoleChangesSection werkpleinName={(id) => ref?.werkpleinen.find((w) => w.id === id)?.name ?? id} />

      {can(session, 'werkplein.manage') ? <RegionalPoolSection /> : null}
    </>
  );
};
