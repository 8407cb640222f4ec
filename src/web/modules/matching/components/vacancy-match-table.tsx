/**
 * The best open vacancies for one jobseeker, with score, a short explanation and his nomination; a
 * klantmanager proposes him from here. Used on "Vacatures voor mijn werkzoekenden" and in the dossier.
 */
import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { TVacancyMatch } from '../../../../contracts/matching.ts';
import type { TNominationStatus } from '../../../../contracts/nomination.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';
import { NominationStatusBadge } from './nomination-status-badge.tsx';
import { Notice, type NoticeValue } from './notice.tsx';
import { ProposeForm } from './propose-form.tsx';

const t = nl.matching.caseloadMatches;

export const VacancyMatchTable = ({
  jobseeker,
  matches,
  caption,
  onChanged,
}: {
  jobseeker: { id: string; name: string };
  matches: readonly TVacancyMatch[];
  caption: string;
  onChanged: () => void;
}) => {
  const session = useSession();
  const proposes = can(session, 'nomination.propose');
  const [proposing, setProposing] = useState<TVacancyMatch['vacancy'] | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const cancel = (vacancyId: string) => {
    setProposing(null);
    requestAnimationFrame(() => buttons.current.get(vacancyId)?.focus());
  };

  return (
    <>
      <TableScroll label={caption}>
        <Table>
          <TableCaption className="werkplein-visually-hidden">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.columns.vacancy}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.employer}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.place}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.score}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.explanation}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.nomination}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {matches.map((m) => (
              <TableRow key={m.vacancy.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={paths.vacancy(m.vacancy.id)}>{m.vacancy.title}</RouterLink>
                </TableHeaderCell>
                <TableCell>{m.vacancy.employer.name}</TableCell>
                <TableCell>{`${m.vacancy.city}, ${nl.matching.distance(m.distanceKm)}`}</TableCell>
                <TableCell>{m.match.score}</TableCell>
                <TableCell>{nl.matching.matchSummary(m.match)}</TableCell>
                <TableCell>
                  {m.nomination ? (
                    <NominationStatusBadge status={m.nomination.status as TNominationStatus} />
                  ) : proposes ? (
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-expanded={proposing?.id === m.vacancy.id}
                      ref={(el: HTMLButtonElement | null) => {
                        if (el) buttons.current.set(m.vacancy.id, el);
                        else buttons.current.delete(m.vacancy.id);
                      }}
                      onClick={() => {
                        setNotice(null);
                        setProposing(m.vacancy);
                      }}
                    >
                      {nl.matching.propose.button}
                      <span className="werkplein-visually-hidden">
                        {` ${nl.matching.propose.buttonAbout(jobseeker.name, m.vacancy.title)}`}
                      </span>
                    </Button>
                  ) : (
                    nl.none
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <Notice notice={notice} />
      {proposing ? (
        <ProposeForm
          key={proposing.id}
          vacancy={proposing}
          jobseeker={jobseeker}
          onCancel={() => cancel(proposing.id)}
          onDone={() => {
            setNotice({ type: 'ok', text: nl.matching.propose.done(jobseeker.name, proposing.title) });
            setProposing(null);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
};
