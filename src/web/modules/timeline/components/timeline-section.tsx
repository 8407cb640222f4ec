import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { caseEventTypes } from '../../../../contracts/case-events.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { describeEvent } from '../../../i18n/timeline.nl.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField } from '../../../shared/ui/form.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.caseflow;
const typeOptions = caseEventTypes.map((type) => ({ value: type, label: t.eventTypes[type] }));

/** Every event in the case from every partner, newest first, with who did what; filterable. */
export const TimelineSection = ({ jobseeker }: DossierSectionProps) => {
  const [draft, setDraft] = useState({ type: '', partnerId: '' });
  const [filter, setFilter] = useState({ type: '', partnerId: '' });
  const resource = useInfiniteQuery(queries.timeline(jobseeker.id, filter));

  if (resource.isError && !resource.isFetchNextPageError)
    return <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />;
  const data = resource.data?.pages[0] ?? null;
  const items = resource.data?.pages.flatMap((page) => page.items) ?? [];
  const more = resource.hasNextPage;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };

  return (
    <>
      <Paragraph>{t.timeline.intro}</Paragraph>
      <form
        onSubmit={apply}
        noValidate
        className="werkplein-form werkplein-search-form"
        aria-label={t.timeline.filterHeading}
      >
        <SelectField
          id="timeline-type"
          label={t.timeline.typeLabel}
          value={draft.type}
          onChange={(type) => setDraft((d) => ({ ...d, type }))}
          placeholder={t.timeline.allTypes}
          options={typeOptions}
          optional
        />
        <SelectField
          id="timeline-partner"
          label={t.timeline.partnerLabel}
          value={draft.partnerId}
          onChange={(partnerId) => setDraft((d) => ({ ...d, partnerId }))}
          placeholder={t.timeline.allPartners}
          options={(data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }))}
          optional
        />
        <Button type="submit" appearance="secondary-action-button">
          {t.timeline.apply}
        </Button>
      </form>
      <div role="status" className="werkplein-visually-hidden">
        {data ? (items.length === 0 ? t.timeline.none : t.timeline.count(items.length, more)) : ''}
      </div>
      {!data ? <Loading /> : null}
      {data && items.length === 0 ? <Paragraph>{t.timeline.none}</Paragraph> : null}
      {items.length > 0 ? (
        <ol aria-label={t.timeline.listLabel} className="werkplein-timeline">
          {items.map((item) => (
            <li key={item.id}>
              <Paragraph>
                <strong>{(t.eventTypes as Record<string, string>)[item.type] ?? item.type}</strong>
              </Paragraph>
              <Paragraph>{describeEvent(item.type, item)}</Paragraph>
              <Paragraph className="werkplein-timeline__meta">
                <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>{' '}
                {t.timeline.by(item.employee?.name ?? null, item.partner?.name ?? null)}
              </Paragraph>
            </li>
          ))}
        </ol>
      ) : null}
      {resource.isFetchNextPageError ? <Paragraph>{errorMessage(resource.error.code)}</Paragraph> : null}
      {more ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => void resource.fetchNextPage()}
          disabled={resource.isFetchingNextPage}
        >
          {t.timeline.more}
        </Button>
      ) : null}
    </>
  );
};
