/**
 * The ranked candidates for a vacancy, each with score, distance and why (criteria and bridges); a
 * klantmanager proposes one of his own candidates from here.
 */
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { TCandidate } from '../../../../contracts/matching.ts';
import type { TNominationStatus } from '../../../../contracts/nomination.ts';
import type { TVacancy } from '../../../../contracts/vacancy.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { MatchDetails, MatchSummary } from '../../matching/components/match-explanation.tsx';
import { Notice, type NoticeValue } from '../../matching/components/notice.tsx';
import { ProposeForm } from '../../matching/components/propose-form.tsx';
import { NominationStatusBadge } from '../../matching/components/nomination-status-badge.tsx';

const t = nl.matching.candidates;

export const CandidateList = ({
  vacancy,
  candidates,
}: {
  vacancy: TVacancy;
  candidates: readonly TCandidate[];
}) => {
  const session = useSession();
  const [proposing, setProposing] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const open = vacancy.status === 'open' && vacancy.positionsFilled < vacancy.positions;
  const proposes = can(session, 'nomination.propose');
  const readsDossiers = can(session, 'jobseeker.read');
  const mayPropose = (c: TCandidate) =>
    proposes && open && c.nomination === null && c.jobseeker.caseManager?.id === session.employee.id;

  const cancel = (jobseekerId: string) => {
    setProposing(null);
    // Back to the button that opened the form, once it is on screen again.
    requestAnimationFrame(() => buttons.current.get(jobseekerId)?.focus());
  };

  return (
    <>
      <Paragraph>{t.intro}</Paragraph>
      {proposes ? <Paragraph>{t.ownOnly}</Paragraph> : null}
      <Notice notice={notice} />
      {candidates.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <Paragraph>{t.count(candidates.length)}</Paragraph>
      )}
      <ol className="werkplein-card-list">
        {candidates.map((c) => (
          <li key={c.jobseeker.id} className="werkplein-card">
            <Heading3>
              {readsDossiers && c.jobseeker.dossierNumber !== null ? (
                <RouterLink to={paths.dossier(c.jobseeker.id)}>{c.jobseeker.name}</RouterLink>
              ) : (
                c.jobseeker.name
              )}
            </Heading3>
            <Paragraph>
              <strong>{nl.matching.score(c.match.score)}</strong>
              {' · '}
              {t.place(c.jobseeker.city, nl.matching.distance(c.distanceKm))}
              {' · '}
              {c.fromRegionalPool
                ? t.caseManagerElsewhere(c.jobseeker.caseManager?.name ?? null, c.jobseeker.werkplein.name)
                : t.caseManager(c.jobseeker.caseManager?.name ?? null)}
            </Paragraph>
            {c.nomination ? (
              <Paragraph>
                {nl.matching.nominations.statusLabel}{' '}
                <NominationStatusBadge status={c.nomination.status as TNominationStatus} />
              </Paragraph>
            ) : null}
            <MatchSummary match={c.match} />
            <MatchDetails match={c.match} name={c.jobseeker.name} />
            {mayPropose(c) && proposing !== c.jobseeker.id ? (
              <Button
                type="button"
                appearance="primary-action-button"
                ref={(el: HTMLButtonElement | null) => {
                  if (el) buttons.current.set(c.jobseeker.id, el);
                  else buttons.current.delete(c.jobseeker.id);
                }}
                onClick={() => {
                  setNotice(null);
                  setProposing(c.jobseeker.id);
                }}
              >
                {nl.matching.propose.button}
                <span className="werkplein-visually-hidden">{` ${c.jobseeker.name}`}</span>
              </Button>
            ) : null}
            {proposing === c.jobseeker.id ? (
              <ProposeForm
                vacancy={vacancy}
                jobseeker={{ id: c.jobseeker.id, name: c.jobseeker.name }}
                onCancel={() => cancel(c.jobseeker.id)}
                onDone={() => {
                  setProposing(null);
                  setNotice({ type: 'ok', text: nl.matching.propose.done(c.jobseeker.name, vacancy.title) });
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
};
