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
import type { TTeamResponse } from '../../../../contracts/caseload.ts';
import { nl } from '../../../i18n/nl.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';

const t = nl.caseflow.team;

/** The MT's view per klantmanager: caseload, overdue tasks, time since last contact. */
export const TeamPage = () => {
  const { werkpleinen } = useSession();
  const [params, setParams] = useSearchParams();
  const werkpleinId = params.get('werkplein') ?? werkpleinen[0]?.id ?? '';
  const [draft, setDraft] = useState(werkpleinId);
  const { resource, reload } = useResource<TTeamResponse>(werkpleinId ? '/api/team' : null, { werkpleinId });
  const members = resource.status === 'success' ? resource.data.members : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams({ werkplein: draft }));
  };

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {werkpleinen.length > 1 ? (
        <form onSubmit={onSubmit} noValidate className="werkplein-form werkplein-search-form">
          <SelectField
            id="team-werkplein"
            label={t.werkpleinLabel}
            value={draft}
            onChange={setDraft}
            options={werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t.show}
          </Button>
        </form>
      ) : null}
      <Paragraph>{t.explanation}</Paragraph>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'success' && members.length === 0 ? <Paragraph>{t.none}</Paragraph> : null}
      {members.length > 0 ? (
        <TableScroll label={t.caption}>
          <Table>
            <TableCaption className="werkplein-visually-hidden">{t.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.columns.name}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.partner}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.caseload}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.overdue}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.longest}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.columns.median}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((m) => (
                <TableRow key={m.caseManagerId}>
                  <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                  <TableCell>{m.partnerName}</TableCell>
                  <TableCell>{m.caseloadSize}</TableCell>
                  <TableCell>{m.overdueTasks > 0 ? <strong>{m.overdueTasks}</strong> : 0}</TableCell>
                  <TableCell>{t.days(m.longestWithoutContactDays)}</TableCell>
                  <TableCell>{t.days(m.medianDaysWithoutContact)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
    </>
  );
};
