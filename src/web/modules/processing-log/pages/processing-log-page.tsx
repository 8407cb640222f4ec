import {
  Button,
  Code,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import type { TRole } from '../../../../contracts/identity.ts';
import type { TProcessingLogEntry } from '../../../../contracts/processing-log.ts';
import { fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import type { Query } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import {
  checkBsn,
  checkDate,
  compactBsn,
  compactErrors,
  type FieldErrors,
} from '../../../shared/lib/validation.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert } from '../../../shared/ui/feedback.tsx';
import { ErrorSummary, SelectField, TextField, type ErrorSummaryItem } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

/** The server returns at most this many entries per search (ZProcessingLogQuery's default). */
const LIMIT = 100;

const filterFields = ['bsn', 'employeeId', 'from', 'to'] as const;
type FilterField = (typeof filterFields)[number];
type Filters = Record<FilterField, string>;

const labels = nl.processingLog.fields;
const resultStatus: Record<TProcessingLogEntry['result'], string> = {
  allowed: 'safe',
  denied: 'danger',
  failed: 'warning',
};

const validateFilters = (filters: Filters): FieldErrors<FilterField> =>
  compactErrors<FilterField>({
    bsn: filters.bsn.trim() ? checkBsn(filters.bsn) : undefined,
    employeeId: undefined,
    from: filters.from ? checkDate(filters.from) : undefined,
    to: filters.to
      ? (checkDate(filters.to) ?? (filters.from && filters.from > filters.to ? 'period_order' : undefined))
      : undefined,
  });

const roleLabel = (role: string | null): string =>
  role === null ? nl.none : ((nl.roles as Record<string, string>)[role as TRole] ?? role);

/** The calling system's own trace and span ids (its traceparent), once each. */
const foreignTraces = (entry: TProcessingLogEntry): { traceId: string; spanId: string }[] => [
  ...new Map(
    entry.operations.flatMap((o) =>
      o.foreignTraceId && o.foreignSpanId
        ? [
            [
              `${o.foreignTraceId}-${o.foreignSpanId}`,
              { traceId: o.foreignTraceId, spanId: o.foreignSpanId },
            ] as const,
          ]
        : [],
    ),
  ).values(),
];

const activityNames = (entry: TProcessingLogEntry): string =>
  [...new Set(entry.operations.map((o) => o.activity.name))].join(nl.listSeparator) || nl.none;

/**
 * The functioneel beheerder's view on the processing log. The filters stay in the page rather
 * than the address bar, so a BSN does not end up in the browser history.
 */
export const ProcessingLogPage = () => {
  const employees = useQuery(queries.employees());
  const [filters, setFilters] = useState<Filters>({ bsn: '', employeeId: '', from: '', to: '' });
  const [errors, setErrors] = useState<FieldErrors<FilterField>>({});
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState<Query | null>(null);
  const resource = useQuery({ ...queries.processingLog(query ?? {}), enabled: query !== null });

  const set = (field: FilterField) => (value: string) => setFilters((f) => ({ ...f, [field]: value }));
  const messageFor = (field: FilterField) => {
    const code = errors[field];
    return code ? fieldErrorMessage(field, code) : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateFilters(filters);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const next: Query = {
      bsn: filters.bsn.trim() ? compactBsn(filters.bsn) : undefined,
      employeeId: filters.employeeId || undefined,
      from: filters.from || undefined,
      to: filters.to || undefined,
      limit: LIMIT,
    };
    if (JSON.stringify(next) === JSON.stringify(query)) void resource.refetch();
    else setQuery(next);
  };

  // The server's own field problems (e.g. an invalid BSN) shown like the form's.
  const serverFieldErrors =
    resource.status === 'error' && resource.error.code === 'validation_failed' ? resource.error.fields : [];
  const serverRejected = serverFieldErrors.length > 0;
  useEffect(() => {
    if (serverRejected) setAttempt((a) => a + 1);
  }, [serverRejected]);
  const summary: ErrorSummaryItem[] = [
    ...filterFields.flatMap((field) => {
      const message = messageFor(field);
      return message ? [{ targetId: field, text: nl.errorSummary.item(labels[field], message) }] : [];
    }),
    ...serverFieldErrors.map((problem) => ({
      targetId: (filterFields as readonly string[]).includes(problem.path) ? problem.path : undefined,
      text: nl.errorSummary.item(
        (labels as Record<string, string>)[problem.path] ?? problem.path,
        fieldErrorMessage(problem.path, problem.code),
      ),
    })),
  ];

  const items = resource.status === 'success' ? resource.data.items : [];
  let status = '';
  if (resource.isFetching) status = nl.loading;
  else if (resource.status === 'success') {
    status = items.length === 0 ? nl.processingLog.none : nl.processingLog.count(items.length);
  }
  const employeeOptions = employees.isSuccess
    ? employees.data.items.map((e) => ({ value: e.id, label: `${e.name} (${e.login})` }))
    : [];

  return (
    <>
      <PageHeading>{nl.processingLog.title}</PageHeading>
      <Paragraph>{nl.processingLog.intro}</Paragraph>
      <ErrorSummary items={summary} attempt={attempt} />
      {employees.isError ? (
        <ApiErrorAlert error={employees.error} onRetry={() => void employees.refetch()} />
      ) : null}

      <form noValidate onSubmit={onSubmit} className="werkplein-form" aria-labelledby="filters-heading">
        <Heading2 id="filters-heading">{nl.processingLog.filtersHeading}</Heading2>
        <TextField
          id="bsn"
          label={labels.bsn}
          description={nl.processingLog.descriptions.bsn}
          value={filters.bsn}
          onChange={set('bsn')}
          inputMode="numeric"
          autoComplete="off"
          size="medium"
          maxLength={11}
          optional
          error={messageFor('bsn')}
        />
        <SelectField
          id="employeeId"
          label={labels.employeeId}
          value={filters.employeeId}
          onChange={set('employeeId')}
          placeholder={nl.processingLog.allEmployees}
          options={employeeOptions}
          optional
        />
        <Fieldset className="werkplein-fieldset">
          <FieldsetLegend>{nl.processingLog.periodLegend}</FieldsetLegend>
          <div className="werkplein-inline-fields">
            <TextField
              id="from"
              type="date"
              label={labels.from}
              value={filters.from}
              onChange={set('from')}
              size="medium"
              optional
              error={messageFor('from')}
            />
            <TextField
              id="to"
              type="date"
              label={labels.to}
              value={filters.to}
              onChange={set('to')}
              size="medium"
              optional
              error={messageFor('to')}
            />
          </div>
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={resource.isFetching}>
          {nl.processingLog.submit}
        </Button>
      </form>

      <div role="status" className="werkplein-visually-hidden">
        {status}
      </div>

      {query ? (
        <section aria-labelledby="log-results-heading" className="werkplein-results">
          <Heading2 id="log-results-heading">{nl.processingLog.resultsHeading}</Heading2>
          <Paragraph>{status}</Paragraph>
          {resource.status === 'error' && !serverRejected ? (
            <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
          ) : null}
          {items.length >= LIMIT ? <Paragraph>{nl.processingLog.limited(LIMIT)}</Paragraph> : null}
          {items.length > 0 ? (
            <DataTable
              caption={nl.processingLog.caption}
              className="werkplein-table--compact"
              rows={items}
              rowKey={(entry) => entry.auditId}
              columns={[
                {
                  key: 'occurredAt',
                  header: nl.processingLog.columns.occurredAt,
                  className: 'werkplein-nowrap',
                  cell: (entry) => (
                    <time dateTime={entry.occurredAt}>
                      {formatDateTime(entry.occurredAt, { seconds: true })}
                    </time>
                  ),
                },
                {
                  key: 'employee',
                  header: nl.processingLog.columns.employee,
                  cell: (entry) =>
                    entry.employee ? (
                      <>
                        {entry.employee.name}
                        <br />
                        <span className="werkplein-muted">{entry.employee.login}</span>
                      </>
                    ) : (
                      nl.processingLog.system
                    ),
                },
                {
                  key: 'role',
                  header: nl.processingLog.columns.role,
                  cell: (entry) => roleLabel(entry.role),
                },
                {
                  key: 'action',
                  header: nl.processingLog.columns.action,
                  cell: (entry) => nl.processingLog.actions[entry.action] ?? entry.action,
                },
                {
                  key: 'object',
                  header: nl.processingLog.columns.object,
                  cell: (entry) => (
                    <>
                      {entry.objectType
                        ? (nl.processingLog.objectTypes[entry.objectType] ?? entry.objectType)
                        : nl.none}
                      {entry.objectId ? (
                        <>
                          <br />
                          <Code className="werkplein-id">{entry.objectId}</Code>
                        </>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'result',
                  header: nl.processingLog.columns.result,
                  cell: (entry) => (
                    <StatusBadge status={resultStatus[entry.result]}>
                      {nl.logResults[entry.result]}
                    </StatusBadge>
                  ),
                },
                { key: 'activity', header: nl.processingLog.columns.activity, cell: activityNames },
                {
                  key: 'traceId',
                  header: nl.processingLog.columns.traceId,
                  cell: (entry) => <Code className="werkplein-id">{entry.traceId}</Code>,
                },
                {
                  key: 'foreignTrace',
                  header: nl.processingLog.columns.foreignTrace,
                  cell: (entry) => {
                    const callers = foreignTraces(entry);
                    return callers.length === 0
                      ? nl.none
                      : callers.map((caller, i) => (
                          <Fragment key={caller.traceId + caller.spanId}>
                            {i > 0 ? <br /> : null}
                            <Code className="werkplein-id">{caller.traceId}</Code>
                            <br />
                            <span className="werkplein-muted">
                              {nl.processingLog.foreignSpan(caller.spanId)}
                            </span>
                          </Fragment>
                        ));
                  },
                },
              ]}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
};
