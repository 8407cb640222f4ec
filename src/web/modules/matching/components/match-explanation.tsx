/**
 * Why a match scores what it does: a one-line summary (what is missing, partly met or unknown, and
 * the bridges), and per criterion a table with the verdict in words, the points and what was found.
 */
import {
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { TMatchExplanation } from '../../../../contracts/matching.ts';
import { nl } from '../../../i18n/nl.ts';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';

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
    <TableScroll label={t.candidates.tableCaption(name)}>
      <Table className="werkplein-table--compact">
        <TableCaption className="werkplein-visually-hidden">{t.candidates.tableCaption(name)}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.candidates.columns.criterion}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.candidates.columns.status}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.candidates.columns.points}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.candidates.columns.detail}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {match.criteria.map((c) => (
            <TableRow key={c.criterion}>
              <TableHeaderCell scope="row">{t.criteria[c.criterion]}</TableHeaderCell>
              <TableCell>
                <CriterionBadge status={c.status} />
              </TableCell>
              <TableCell>{t.candidates.points(c.points, c.maxPoints)}</TableCell>
              <TableCell>{t.criterionDetail(c)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
    <Paragraph>{t.bridgesLine(match.bridges)}</Paragraph>
  </details>
);
