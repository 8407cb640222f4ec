import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { TMyOpenVacancyList } from '../../../../contracts/vacancy.ts';
import { nl } from '../../../i18n/nl.ts';
import { formatDate } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';

const t = nl.matching.myVacancies;

/** The matchmaker's open vacancies with positions left and the nominations under way, per stage. */
export const MyVacanciesPage = () => {
  const { resource, reload } = useResource<TMyOpenVacancyList>('/api/my-open-vacancies');
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'success' ? (
        <Paragraph>{items.length === 0 ? t.none : t.count(items.length)}</Paragraph>
      ) : null}
      {items.length > 0 ? (
        <TableScroll label={t.caption}>
          <Table>
            <TableCaption className="werkplein-visually-hidden">{t.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.columns.vacancy}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.employer}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.start}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.positionsLeft}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.proposed}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.presented}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.invited}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((v) => (
                <TableRow key={v.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={paths.vacancy(v.id)}>{v.title}</RouterLink>
                  </TableHeaderCell>
                  <TableCell>
                    <RouterLink to={paths.employer(v.employer.id)}>{v.employer.name}</RouterLink>
                  </TableCell>
                  <TableCell>{formatDate(v.startDate)}</TableCell>
                  <TableCell>{t.positionsLeft(v.positionsLeft, v.positions)}</TableCell>
                  <TableCell>{v.nominations.proposed}</TableCell>
                  <TableCell>{v.nominations.presented}</TableCell>
                  <TableCell>{v.nominations.invited}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
    </>
  );
};
