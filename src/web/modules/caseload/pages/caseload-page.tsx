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
import type { TCaseloadResponse } from '../../../../contracts/caseload.ts';
import { nl } from '../../../i18n/nl.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';

const t = nl.caseflow.caseload;

/** The klantmanager's own active cases, most urgent first (overdue tasks, then longest without contact). */
export const CaseloadPage = () => {
  const { resource, reload } = useResource<TCaseloadResponse>('/api/caseload');
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
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
                <TableHeaderCell scope="col">{t.columns.name}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.dossierNumber}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.benefit}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.step}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.activated}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.lastContact}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.tasks}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.overdue}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={paths.dossier(item.id)}>{item.fullName}</RouterLink>
                  </TableHeaderCell>
                  <TableCell>{item.dossierNumber}</TableCell>
                  <TableCell>{item.benefitType ?? nl.none}</TableCell>
                  <TableCell>
                    {item.participationStep ? nl.caseflow.step(item.participationStep) : t.noStep}
                  </TableCell>
                  <TableCell>{item.availableForWork ? nl.yes : nl.no}</TableCell>
                  <TableCell>{item.lastContactAt ? formatDateTime(item.lastContactAt) : nl.none}</TableCell>
                  <TableCell>{item.openTasks}</TableCell>
                  <TableCell>{item.overdueTasks > 0 ? <strong>{item.overdueTasks}</strong> : 0}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
    </>
  );
};
