import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { TActivitySummary } from '../../../../contracts/labour-market-activity.ts';
import { activityPeriods } from '../../../../contracts/labour-market-activity-options.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { formatDate } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { RadioGroupField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink, RouterLink } from '../../../shared/ui/router-link.tsx';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';

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
  const { resource, reload } = useResource<{ items: TActivitySummary[] }>('/api/labour-market-activities', {
    period,
  });

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
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'success' && items.length === 0 ? (
        <Paragraph>{t.list.none(period)}</Paragraph>
      ) : null}
      {items.length > 0 ? (
        <TableScroll label={t.list.caption(period)}>
          <Table>
            <TableCaption>{t.list.caption(period)}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.list.columns.date}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.time}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.title}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.kind}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.location}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.places}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.employers}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.list.columns.status}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((a) => (
                <TableRow key={a.id}>
                  <TableCell className="werkplein-nowrap">{formatDate(a.date)}</TableCell>
                  <TableCell className="werkplein-nowrap">{t.timeRange(a.startTime, a.endTime)}</TableCell>
                  <TableCell>
                    <RouterLink to={paths.activity(a.id)}>{a.title}</RouterLink>
                  </TableCell>
                  <TableCell>{t.kinds[a.kind]}</TableCell>
                  <TableCell>{a.location}</TableCell>
                  <TableCell>{t.list.places(a.placesTaken, a.capacity)}</TableCell>
                  <TableCell>{a.employerCount}</TableCell>
                  <TableCell>{t.statuses[a.status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
    </>
  );
};
