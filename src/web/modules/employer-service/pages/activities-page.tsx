import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { activityPeriods } from '../../../../contracts/labour-market-activity-options.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { formatDate } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { RadioGroupField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink, RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.activity;
type Period = (typeof activityPeriods)[number];
/** The period in the address, in Dutch: ?periode=afgelopen. */
const PAST = 'afgelopen';

/** The labour-market activities of the user's Werkpleinen: upcoming soonest first, or past ones. */
export const ActivitiesPage = () => {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const period: Period = params.get('periode') === PAST ? 'past' : 'upcoming';
  const [draft, setDraft] = useState<Period>(period);
  const resource = useQuery(queries.activities({ period }));

  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft === 'past' ? { periode: PAST } : {});
  };
  const items = resource.status === 'success' ? resource.data.items : [];

  return (
    <>
      <PageHeading>{t.list.title}</PageHeading>
      {can(session, 'labourMarketActivity.manage') ? (
        <Paragraph>
          <RouterButtonLink to={paths.newActivity} appearance="primary-action-button">
            {t.list.newActivity}
          </RouterButtonLink>
        </Paragraph>
      ) : null}
      <form onSubmit={show} noValidate className="werkplein-form" aria-label={t.list.periodLabel}>
        <RadioGroupField
          id="activity-period"
          label={t.list.periodLabel}
          value={draft}
          onChange={(value) => setDraft(value === 'past' ? 'past' : 'upcoming')}
          options={activityPeriods.map((p) => ({ value: p, label: t.list.periods[p] }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t.list.show}
        </Button>
      </form>
      <ListStatus query={resource} size={items.length} none={t.list.none(period)} />
      {items.length > 0 ? (
        <DataTable
          caption={t.list.caption(period)}
          captionVisible
          rows={items}
          rowKey={(a) => a.id}
          columns={[
            {
              key: 'date',
              header: t.list.columns.date,
              className: 'werkplein-nowrap',
              cell: (a) => formatDate(a.date),
            },
            {
              key: 'time',
              header: t.list.columns.time,
              className: 'werkplein-nowrap',
              cell: (a) => t.timeRange(a.startTime, a.endTime),
            },
            {
              key: 'title',
              header: t.list.columns.title,
              cell: (a) => <RouterLink to={paths.activity(a.id)}>{a.title}</RouterLink>,
            },
            { key: 'kind', header: t.list.columns.kind, cell: (a) => t.kinds[a.kind] },
            { key: 'location', header: t.list.columns.location, cell: (a) => a.location },
            {
              key: 'places',
              header: t.list.columns.places,
              cell: (a) => t.list.places(a.placesTaken, a.capacity),
            },
            { key: 'employers', header: t.list.columns.employers, cell: (a) => a.employerCount },
            { key: 'status', header: t.list.columns.status, cell: (a) => t.statuses[a.status] },
          ]}
        />
      ) : null}
    </>
  );
};
