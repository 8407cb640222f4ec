import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { CheckboxGroupField, SelectField } from '../../../shared/ui/form.tsx';
import { useSearchParams } from 'react-router';
import type { TTeamResponse } from '../../../../contracts/caseload.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.caseflow.team;

/** The MT's view per klantmanager: caseload, overdue tasks, time since last contact. */
export const TeamPage = () => {
  const { werkpleinen } = useSession();
  const [params, setParams] = useSearchParams();
  const werkpleinId = params.get('werkplein') ?? werkpleinen[0]?.id ?? '';
  const [draft, setDraft] = useState(werkpleinId);
  // While it loads again after a move, the figures (and the move form) stay on screen.
  const resource = useQuery({ ...queries.team({ werkpleinId }), enabled: Boolean(werkpleinId) });
  const members = resource.data?.members ?? [];

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
      <ListStatus query={resource} size={members.length} none={t.none} />
      {members.length > 0 ? (
        <DataTable
          caption={t.caption}
          rows={members}
          rowKey={(m) => m.caseManagerId}
          columns={[
            { key: 'name', header: t.columns.name, rowHeader: true, cell: (m) => m.name },
            { key: 'partner', header: t.columns.partner, cell: (m) => m.partnerName },
            { key: 'caseload', header: t.columns.caseload, cell: (m) => m.caseloadSize },
            {
              key: 'overdue',
              header: t.columns.overdue,
              cell: (m) => (m.overdueTasks > 0 ? <strong>{m.overdueTasks}</strong> : 0),
            },
            { key: 'longest', header: t.columns.longest, cell: (m) => t.days(m.longestWithoutContactDays) },
            { key: 'median', header: t.columns.median, cell: (m) => t.days(m.medianDaysWithoutContact) },
          ]}
        />
      ) : null}
      {members.length > 1 ? <MoveCases members={members} /> : null}
    </>
  );
};

/** Moving a klantmanager's cases, some or all, to another klantmanager in one transaction. */
const MoveCases = ({ members }: { members: TTeamResponse['members'] }) => {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const cases = useQuery({ ...queries.caseload({ caseManagerId: from }), enabled: Boolean(from) });
  const items = cases.data?.items ?? [];
  // A move changes the team's figures, both caseloads and the dossiers moved.
  const command = useCommand(scopes.jobseekerLists);
  const options = members.map((m) => ({ value: m.caseManagerId, label: `${m.name} (${m.caseloadSize})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (selected.length === 0) local.cases = t.chooseCases;
    if (!to || to === from) local.to = t.chooseTarget;
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await command.run(() =>
        api.post('/api/case-assignments', { jobseekerIds: selected, caseManagerId: to }),
      );
      setMessage({
        type: 'ok',
        text: t.moved(selected.length, members.find((m) => m.caseManagerId === to)?.name ?? ''),
      });
      setSelected([]);
    } catch (error) {
      setMessage({
        type: 'error',
        text: isApiError(error) ? errorMessage(error.code) : errorMessage('internal'),
      });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="move-heading">
      <Heading2 id="move-heading">{t.moveHeading}</Heading2>
      <Paragraph>{t.moveIntro}</Paragraph>
      {message ? (
        <Alert type={message.type}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      ) : null}
      <SelectField
        id="move-from"
        label={t.fromLabel}
        placeholder={t.chooseCaseManager}
        value={from}
        options={options}
        onChange={(value) => {
          setFrom(value);
          setSelected([]);
        }}
      />
      {cases.isLoading ? <Loading /> : null}
      {from && cases.isSuccess && items.length === 0 ? <Paragraph>{t.noCases}</Paragraph> : null}
      {items.length > 0 ? (
        <>
          <CheckboxGroupField
            id="move-cases"
            label={t.casesLabel}
            values={selected}
            error={errors.cases}
            options={items.map((i) => ({ value: i.id, label: `${i.fullName} (${i.dossierNumber})` }))}
            onChange={setSelected}
          />
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => setSelected(items.map((i) => i.id))}
          >
            {t.selectAll}
          </Button>
        </>
      ) : null}
      <SelectField
        id="move-to"
        label={t.toLabel}
        placeholder={t.chooseCaseManager}
        value={to}
        error={errors.to}
        options={options.filter((o) => o.value !== from)}
        onChange={setTo}
      />
      <Button type="submit" appearance="primary-action-button">
        {t.move}
      </Button>
    </form>
  );
};
