import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { caseEventTypes } from '../../../../contracts/case-events.ts';
import type { TTimelineItem, TTimelineResponse } from '../../../../contracts/timeline.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { describeEvent } from '../../../i18n/timeline.nl.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField } from '../../../shared/ui/form.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-sections.tsx';

const t = nl.caseflow;
const typeOptions = caseEventTypes.map((type) => ({ value: type, label: t.eventTypes[type] }));

/** Every event in the case from every partner, newest first, with who did what; filterable. */
export const TimelineSection = ({ jobseeker }: DossierSectionProps) => {
  const path = `/api/jobseekers/${encodeURIComponent(jobseeker.id)}/timeline`;
  const [draft, setDraft] = useState({ type: '', partnerId: '' });
  const [filter, setFilter] = useState({ type: '', partnerId: '' });
  const { resource, reload } = useResource<TTimelineResponse>(path, {
    type: filter.type || undefined,
    partnerId: filter.partnerId || undefined,
  });
  const [older, setOlder] = useState<TTimelineItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (resource.status === 'success') {
      setOlder([]);
      setCursor(resource.data.nextCursor);
    }
  }, [resource]);

  if (resource.status === 'error') return <ApiErrorAlert error={resource.error} onRetry={reload} />;
  const data = resource.status === 'success' ? resource.data : null;
  const items = data ? [...data.items, ...older] : [];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };
  const loadMore = async () => {
    if (!cursor) return;
    setBusy(true);
    setMoreError(null);
    try {
      const page = await api.get<TTimelineResponse>(path, {
        query: { type: filter.type || undefined, partnerId: filter.partnerId || undefined, before: cursor },
      });
      setOlder((o) => [...o, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(errorMessage(isApiError(error) ? error.code : 'internal'));
    } finally {
      setBusy(false);
    }
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
        {data ? (items.length === 0 ? t.timeline.none : t.timeline.count(items.length, cursor !== null)) : ''}
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
                {item.byJobseeker
                  ? t.timeline.byJobseeker
                  : t.timeline.by(item.employee?.name ?? null, item.partner?.name ?? null)}
              </Paragraph>
            </li>
          ))}
        </ol>
      ) : null}
      {moreError ? <Paragraph>{moreError}</Paragraph> : null}
      {cursor ? (
        <Button type="button" appearance="secondary-action-button" onClick={loadMore} disabled={busy}>
          {t.timeline.more}
        </Button>
      ) : null}
    </>
  );
};
