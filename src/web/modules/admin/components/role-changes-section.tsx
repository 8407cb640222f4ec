import { Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { Fragment, useEffect, useRef } from 'react';
import type { TEmployeeChange } from '../../../../contracts/identity.ts';
import { nl } from '../../../i18n/nl.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { describeEmployeeChange } from '../employee-change.ts';

const t = nl.employees.changes;

/**
 * The recent changes of roles, Werkpleinen and accounts in the beheerder's Werkpleinen, so every
 * beheerder sees what the others granted (a role that reads personal data stands out).
 * `refreshKey` changes when an employee was saved, and the list loads again.
 */
export const RoleChangesSection = ({
  refreshKey,
  werkpleinName,
}: {
  refreshKey: string;
  werkpleinName: (id: string) => string;
}) => {
  const { resource, reload } = useResource<{ items: TEmployeeChange[] }>('/api/admin/employee-changes');
  // Load again after an employee was saved (not when the employee list first arrives).
  const shownFor = useRef(refreshKey);
  useEffect(() => {
    if (shownFor.current && refreshKey !== shownFor.current) reload();
    shownFor.current = refreshKey;
  }, [refreshKey, reload]);
  const items =
    resource.status === 'success'
      ? resource.data.items
      : resource.status === 'loading'
        ? (resource.previous?.items ?? [])
        : [];

  return (
    <section aria-labelledby="employee-changes-heading">
      <Heading2 id="employee-changes-heading">{t.heading}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {resource.status === 'loading' && items.length === 0 ? <Loading /> : null}
      {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={reload} /> : null}
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
