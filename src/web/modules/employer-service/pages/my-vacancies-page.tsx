import { Paragraph } from '@utrecht/component-library-react';
import { nl } from '../../../i18n/nl.ts';
import { formatDate } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.matching.myVacancies;

/** The matchmaker's open vacancies with positions left and the nominations under way, per stage. */
export const MyVacanciesPage = () => {
  const resource = useQuery(queries.myOpenVacancies());
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <ListStatus query={resource} size={items.length} none={t.none} count={t.count} />
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          rows={items}
          rowKey={(v) => v.id}
          columns={[
            {
              key: 'vacancy',
              header: t.columns.vacancy,
              rowHeader: true,
              cell: (v) => <RouterLink to={paths.vacancy(v.id)}>{v.title}</RouterLink>,
            },
            {
              key: 'employer',
              header: t.columns.employer,
              cell: (v) => <RouterLink to={paths.employer(v.employer.id)}>{v.employer.name}</RouterLink>,
            },
            { key: 'start', header: t.columns.start, cell: (v) => formatDate(v.startDate) },
            {
              key: 'positionsLeft',
              header: t.columns.positionsLeft,
              cell: (v) => t.positionsLeft(v.positionsLeft, v.positions),
            },
            { key: 'proposed', header: t.columns.proposed, cell: (v) => v.nominations.proposed },
            { key: 'presented', header: t.columns.presented, cell: (v) => v.nominations.presented },
            { key: 'invited', header: t.columns.invited, cell: (v) => v.nominations.invited },
          ]}
        />
      ) : null}
    </>
  );
};
