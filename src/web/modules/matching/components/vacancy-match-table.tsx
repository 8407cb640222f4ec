/**
 * The best open vacancies for one jobseeker, with score, a short explanation and his nomination; a
 * klantmanager proposes him from here. Used on "Vacatures voor mijn werkzoekenden" and in the dossier.
 */
import { Button } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { TVacancyMatch } from '../../../../contracts/matching.ts';
import type { TNominationStatus } from '../../../../contracts/nomination.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { NominationStatusBadge } from './nomination-status-badge.tsx';
import { Notice, type NoticeValue } from './notice.tsx';
import { ProposeForm } from './propose-form.tsx';

const t = nl.matching.caseloadMatches;

export const VacancyMatchTable = ({
  jobseeker,
  matches,
  caption,
}: {
  jobseeker: { id: string; name: string };
  matches: readonly TVacancyMatch[];
  caption: string;
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
      <DataTable
        caption={caption}
        rows={matches}
        rowKey={(m) => m.vacancy.id}
        columns={[
          {
            key: 'vacancy',
            header: t.columns.vacancy,
            rowHeader: true,
            cell: (m) => <RouterLink to={paths.vacancy(m.vacancy.id)}>{m.vacancy.title}</RouterLink>,
          },
          { key: 'employer', header: t.columns.employer, cell: (m) => m.vacancy.employer.name },
          {
            key: 'place',
            header: t.columns.place,
            cell: (m) => `${m.vacancy.city}, ${nl.matching.distance(m.distanceKm)}`,
          },
          { key: 'score', header: t.columns.score, cell: (m) => m.match.score },
          {
            key: 'explanation',
            header: t.columns.explanation,
            cell: (m) => nl.matching.matchSummary(m.match),
          },
          {
            key: 'nomination',
            header: t.columns.nomination,
            cell: (m) =>
              m.nomination ? (
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
              ),
          },
        ]}
      />
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
          }}
        />
      ) : null}
    </>
  );
};
