import { Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { Fragment } from 'react';
import { nl } from '../../../i18n/nl.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { describeEmployeeChange } from '../employee-change.ts';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.employees.changes;

/**
 * The recent changes of roles, Werkpleinen and accounts in the beheerder's Werkpleinen, so every
 * beheerder sees what the others granted (a role that reads personal data stands out).
 */
export const RoleChangesSection = ({ werkpleinName }: { werkpleinName: (id: string) => string }) => {
  // Saving an employee invalidates the admin scope, so this list loads again behind what it shows.
  const resource = useQuery(queries.employeeChanges());
  const items = resource.data?.items ?? [];

  return (
    <section aria-labelledby="employee-changes-heading">
      <Heading2 id="employee-changes-heading">{t.heading}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {resource.isPending ? <Loading /> : null}
      {resource.isError ? (
        <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
      ) : null}
      {resource.status === 'success' && items.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          className="werkplein-table--compact"
          rows={items}
          rowKey={(change) => change.id}
          columns={[
            {
              key: 'occurredAt',
              header: t.columns.occurredAt,
              className: 'werkplein-nowrap',
              cell: (change) => (
                <time dateTime={change.occurredAt}>
                  {formatDateTime(change.occurredAt, { seconds: true })}
                </time>
              ),
            },
            { key: 'employee', header: t.columns.employee, rowHeader: true, cell: (c) => c.employee.name },
            { key: 'changedBy', header: t.columns.changedBy, cell: (c) => c.changedBy.name },
            {
              key: 'change',
              header: t.columns.change,
              cell: (change) =>
                describeEmployeeChange(change, werkpleinName).map((line, i) => (
                  <Fragment key={line}>
                    {i > 0 ? <br /> : null}
                    {line}
                  </Fragment>
                )),
            },
            {
              key: 'personalData',
              header: t.columns.personalData,
              cell: (change) =>
                change.widensPersonalDataAccess ? (
                  <StatusBadge status="warning">{t.widens}</StatusBadge>
                ) : (
                  t.narrowsOrSame
                ),
            },
          ]}
        />
      ) : null}
    </section>
  );
};
