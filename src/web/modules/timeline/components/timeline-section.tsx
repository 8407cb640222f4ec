import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { caseEventTypes } from '../../../../contracts/case-events.ts';
import type { TTimelineItem } from '../../../../contracts/timeline.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField } from '../../../shared/ui/form.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.caseflow;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The activity a jobseeker takes part in: "Banenmarkt Glastuinbouw (Banenmarkt), 10-12-2026, Naaldwijk". */
const activityLine = (d: Record<string, unknown>): string =>
  nl.activity.describe(
    (nl.activity.kinds as Record<string, string>)[text(d.activityKind)] ?? text(d.activityKind),
    text(d.title),
    formatDate(text(d.activityDate)),
    text(d.location),
  );

/** A Dutch line about what happened, for the kinds this module knows; the server's summary otherwise. */
export const describeEvent = (item: TTimelineItem): string => {
  const d = item.data;
  switch (item.type) {
    case 'participationStep.set':
      return typeof d.step === 'number'
        ? t.describe.step(d.step, typeof d.previousStep === 'number' ? d.previousStep : null)
        : item.summary;
    case 'activation.changed':
      return t.describe.activation(d.availableForWork === true);
    case 'outflow.registered': {
      const outflow = t.describe.outflow(
        t.outflowReasons[text(d.reason) as keyof typeof t.outflowReasons] ?? text(d.reason),
        formatDate(text(d.date)),
      );
      // Recorded by a placement (the matchmaker's "aangenomen"): say where.
      const placement = d.placement as Record<string, unknown> | undefined;
      return placement && typeof placement === 'object'
        ? `${outflow} ${t.describe.placement(text(placement.vacancyTitle), text(placement.employerName))}`
        : outflow;
    }
    case 'handover.registered':
      return t.describe.handover(text(d.reason));
    case 'task.completed':
      return t.describe.task(text(d.title));
    case 'labourMarketActivity.invited':
    case 'labourMarketActivity.registered':
    case 'labourMarketActivity.withdrawn':
    case 'labourMarketActivity.cancelled':
      return activityLine(d);
    case 'labourMarketActivity.attendance':
      return nl.activity.describeAttendance(
        d.attended === true,
        activityLine(d),
        text(d.followUpEmployerName),
      );
    default:
      return item.summary;
  }
};

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
        <ol aria-label={t.timeline.listLabel}>
          {items.map((item) => (
            <li key={item.id}>
              <Paragraph>
                <strong>{(t.eventTypes as Record<string, string>)[item.type] ?? item.type}</strong>
                {' — '}
                <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>{' '}
                {t.timeline.by(item.employee?.name ?? null, item.partner?.name ?? null)}
              </Paragraph>
              {describeEvent(item) ? <Paragraph>{describeEvent(item)}</Paragraph> : null}
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
