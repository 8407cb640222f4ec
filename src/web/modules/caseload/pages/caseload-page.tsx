import { nl } from '../../../i18n/nl.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.caseflow.caseload;

/** The klantmanager's own active cases, most urgent first (overdue tasks, then longest without contact). */
export const CaseloadPage = () => {
  const resource = useQuery(queries.caseload());
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <ListStatus query={resource} size={items.length} none={t.none} count={t.count} />
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          rows={items}
          rowKey={(item) => item.id}
          columns={[
            {
              key: 'name',
              header: t.columns.name,
              rowHeader: true,
              cell: (item) => <RouterLink to={paths.dossier(item.id)}>{item.fullName}</RouterLink>,
            },
            { key: 'dossierNumber', header: t.columns.dossierNumber, cell: (item) => item.dossierNumber },
            { key: 'benefit', header: t.columns.benefit, cell: (item) => item.benefitType ?? nl.none },
            {
              key: 'step',
              header: t.columns.step,
              cell: (item) => (item.participationStep ? nl.caseflow.step(item.participationStep) : t.noStep),
            },
            {
              key: 'activated',
              header: t.columns.activated,
              cell: (item) => (item.availableForWork ? nl.yes : nl.no),
            },
            {
              key: 'lastContact',
              header: t.columns.lastContact,
              cell: (item) => (item.lastContactAt ? formatDateTime(item.lastContactAt) : nl.none),
            },
            { key: 'tasks', header: t.columns.tasks, cell: (item) => item.openTasks },
            {
              key: 'overdue',
              header: t.columns.overdue,
              cell: (item) => (item.overdueTasks > 0 ? <strong>{item.overdueTasks}</strong> : 0),
            },
          ]}
        />
      ) : null}
    </>
  );
};
