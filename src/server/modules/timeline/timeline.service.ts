import type { TTimelineItem, TTimelineQuery, TTimelineResponse } from '../../../contracts/timeline.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { jobseekerQuery } from '../../command/command.ts';
import { timelineRepository, type TimelineCursor } from './timeline.repository.ts';

export const encodeCursor = (c: TimelineCursor): string =>
  Buffer.from(`${c.occurredAt}|${c.id}`, 'utf8').toString('base64url');

export const decodeCursor = (text: string): TimelineCursor => {
  const decoded = Buffer.from(text, 'base64url').toString('utf8');
  const match = /^(\d{4}-\d{2}-\d{2} [\d:.]+(?:[+-]\d{2}(?::?\d{2})?)?)\|(\d{1,19})$/.exec(decoded);
  const iso = match?.[1]?.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const day = iso?.slice(0, 10) ?? '';
  const realDay =
    !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
    new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  if (!match || !iso || !realDay || Number.isNaN(Date.parse(iso))) {
    throw new DomainError('validation_failed', 'Unknown cursor', undefined, [
      { path: 'before', code: 'cursor_format', message: 'Not a cursor of this timeline' },
    ]);
  }
  return { occurredAt: match[1]!, id: match[2]! };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The main values of an event's data, language-neutral, for a one-line summary. */
export const summarize = (data: Record<string, unknown>): string =>
  Object.entries(data)
    // Ids and yes/no flags mean nothing on their own to a reader; names, texts and amounts do.
    .filter(
      ([key, v]) =>
        key !== 'source' &&
        !/Id$|^id$/.test(key) &&
        ['string', 'number'].includes(typeof v) &&
        v !== '' &&
        !UUID.test(String(v)),
    )
    .slice(0, 4)
    .map(([, v]) => String(v))
    .join(' · ')
    .slice(0, 200);

/** The keys of event data that refer to an employee, an agreement or a partner by id. */
const referenceKeys = {
  employees: ['caseManagerId', 'previousCaseManagerId', 'employeeId', 'referredBy'],
  agreements: ['agreementId'],
  partners: ['fundingPartnerId'],
} as const;
const allReferenceKeys: readonly string[] = Object.values(referenceKeys).flat();

const idsOf = (datas: Record<string, unknown>[], keys: readonly string[]): string[] => [
  ...new Set(
    datas.flatMap((d) =>
      keys.map((k) => d[k]).filter((v): v is string => typeof v === 'string' && UUID.test(v)),
    ),
  ),
];

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Every event in a jobseeker's case from every partner, newest first, filterable, with who did what. */
export const getTimeline = async (
  ctx: Ctx,
  jobseekerId: string,
  query: TTimelineQuery,
): Promise<TTimelineResponse> => {
  const before = query.before === undefined ? undefined : decodeCursor(query.before);
  return jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'caseTimeline',
      object: { type: 'jobseeker-timeline', id: jobseekerId },
    },
    async (trx, jobseeker) => {
      const rows = await timelineRepository.page(trx, {
        jobseekerId,
        types: query.type,
        partnerId: query.partnerId,
        before,
        limit: query.limit,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const partners = await timelineRepository.partnersOfWerkplein(trx, jobseeker.werkplein_id);
      const datas = page.map((r) => asRecord(r.data));
      const names = await timelineRepository.namesOf(trx, {
        employees: idsOf(datas, referenceKeys.employees),
        agreements: idsOf(datas, referenceKeys.agreements),
        partners: idsOf(datas, referenceKeys.partners),
      });
      const items: TTimelineItem[] = page.map((r, i) => {
        const data = datas[i]!;
        return {
          id: String(r.id),
          type: r.type,
          occurredAt: r.occurred_at.toISOString(),
          recordedAt: r.recorded_at.toISOString(),
          employee:
            r.actor_employee_id && r.employee_name
              ? { id: r.actor_employee_id, name: r.employee_name }
              : null,
          partner:
            r.actor_partner_id && r.partner_name ? { id: r.actor_partner_id, name: r.partner_name } : null,
          data,
          names: Object.fromEntries(
            allReferenceKeys.flatMap((k) => {
              const name = typeof data[k] === 'string' ? names.get(data[k]) : undefined;
              return name === undefined ? [] : [[k, name]];
            }),
          ),
          summary: summarize(data),
        };
      });
      return {
        result: {
          items,
          nextCursor:
            rows.length > query.limit && last
              ? encodeCursor({ occurredAt: last.occurred_key, id: String(last.id) })
              : null,
          partners,
        },
      };
    },
  );
};
