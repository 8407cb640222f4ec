/**
 * Why a match scores what it does: a one-line summary (what is missing, partly met or unknown, and
 * the bridges), and per criterion a table with the verdict in words, the points and what was found.
 */
import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type { TMatchExplanation } from '../../../../contracts/matching.ts';
import { nl } from '../../../i18n/nl.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';

const t = nl.matching;
type Status = TMatchExplanation['criteria'][number]['status'];

/** The badge's colour only repeats what its word says (WCAG 1.4.1). */
const badgeStatus: Record<Status, string> = {
  met: 'safe',
  partial: 'warning',
  missing: 'danger',
  unknown: 'neutral',
};

export const CriterionBadge = ({ status }: { status: Status }) => (
  <StatusBadge status={badgeStatus[status]} className="werkplein-badge">
    {t.criterionStatuses[status]}
  </StatusBadge>
);

export const MatchSummary = ({ match }: { match: TMatchExplanation }) => (
  <Paragraph>{t.matchSummary(match)}</Paragraph>
);

/** The criteria in a disclosure, so a list of candidates stays short to read and to tab through. */
export const MatchDetails = ({ match, name }: { match: TMatchExplanation; name: string }) => (
  <details className="werkplein-details">
    <summary>{t.candidates.explanationSummary}</summary>
    <DataTable
      caption={t.candidates.tableCaption(name)}
      className="werkplein-table--compact"
      rows={match.criteria}
      rowKey={(c) => c.criterion}
      columns={[
        {
          key: 'criterion',
          header: t.candidates.columns.criterion,
          rowHeader: true,
          cell: (c) => t.criteria[c.criterion],
        },
        {
          key: 'status',
          header: t.candidates.columns.status,
          cell: (c) => <CriterionBadge status={c.status} />,
        },
        {
          key: 'points',
          header: t.candidates.columns.points,
          cell: (c) => t.candidates.points(c.points, c.maxPoints),
        },
        { key: 'detail', header: t.candidates.columns.detail, cell: (c) => t.criterionDetail(c) },
      ]}
    />
    <Paragraph>{t.bridgesLine(match.bridges)}</Paragraph>
  </details>
);
