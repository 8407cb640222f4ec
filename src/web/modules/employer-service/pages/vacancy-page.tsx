import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { TCandidate } from '../../../../contracts/matching.ts';
import type { TNomination, TVacancyOffer } from '../../../../contracts/nomination.ts';
import type { TVacancy } from '../../../../contracts/vacancy.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { formatDate, formatPostcode } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { useResource, type Resource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { CandidateList } from '../components/candidate-list.tsx';
import { NominationList } from '../components/nomination-list.tsx';
import { OfferForm } from '../components/offer-form.tsx';

const t = nl.matching.vacancy;
/** The data on screen: the latest load, or while reloading after a change, the one before. */
const shown = <T,>(r: Resource<T>): T | undefined =>
  r.status === 'success' ? r.data : r.status === 'loading' ? r.previous : undefined;
const e = nl.employer;
const CANDIDATES = 20;

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <DataListItem>
    <DataListKey>{label}</DataListKey>
    <DataListValue>{children === '' || children === null ? t.none : children}</DataListValue>
  </DataListItem>
);

const Details = ({ v }: { v: TVacancy }) => (
  <DataList>
    <Item label={t.fields.employer}>
      <RouterLink to={paths.employer(v.employer.id)}>{v.employer.name}</RouterLink>
    </Item>
    <Item label={t.fields.kind}>{e.vacancyKinds[v.kind]}</Item>
    <Item label={t.fields.occupation}>{v.occupation}</Item>
    <Item label={t.fields.status}>{e.statuses[v.status] ?? v.status}</Item>
    <Item label={t.fields.positions}>{t.positions(v.positions, v.positionsFilled)}</Item>
    <Item label={t.fields.hours}>{String(v.hoursPerWeek)}</Item>
    <Item label={t.fields.location}>{`${formatPostcode(v.postcode)} ${v.city}`}</Item>
    <Item label={t.fields.contract}>{e.contracts[v.contract] ?? v.contract}</Item>
    <Item label={t.fields.period}>
      {t.period(formatDate(v.startDate), v.endDate ? formatDate(v.endDate) : null)}
    </Item>
    <Item label={t.fields.requiredSkills}>{v.requiredSkills.join(', ')}</Item>
    <Item label={t.fields.wishedSkills}>{v.wishedSkills.join(', ')}</Item>
    <Item label={t.fields.educationLevel}>
      {v.educationLevel ? nl.profile.educationLevels[v.educationLevel] : ''}
    </Item>
    <Item label={t.fields.drivingLicence}>{v.drivingLicence ?? ''}</Item>
    <Item label={t.fields.description}>{v.description}</Item>
  </DataList>
);

/**
 * One vacancy: its details, the ranked candidates with why, and the nominations with their history
 * and the actions the session's role offers (propose, present, feedback and placement, withdraw).
 */
export const VacancyPage = () => {
  const { id = '' } = useParams();
  const session = useSession();
  const base = `/api/vacancies/${encodeURIComponent(id)}`;
  const matches = can(session, 'matching.read');
  const vacancy = useResource<TVacancy>(base);
  const candidates = useResource<{ items: TCandidate[] }>(matches ? `${base}/candidates` : null, {
    limit: CANDIDATES,
  });
  const nominations = useResource<{ items: TNomination[] }>(matches ? `${base}/nominations` : null);
  const offersVacancies = can(session, 'nomination.manage');
  const offers = useResource<{ items: TVacancyOffer[] }>(offersVacancies ? `${base}/offers` : null);

  const v = shown(vacancy.resource);
  if (vacancy.resource.status === 'error')
    return <LoadFailedPage error={vacancy.resource.error} onRetry={vacancy.reload} />;
  if (!v)
    return (
      <>
        <PageHeading>{t.titleFallback}</PageHeading>
        <Loading />
      </>
    );
  const nominationItems = shown(nominations.resource)?.items;
  const candidateItems = shown(candidates.resource)?.items;
  const open = v.status === 'open' && v.positionsFilled < v.positions;
  const reloadAll = () => {
    vacancy.reload();
    candidates.reload();
    nominations.reload();
    if (offersVacancies) offers.reload();
  };
  const offerItems = shown(offers.resource)?.items;

  return (
    <>
      <PageHeading>{v.title}</PageHeading>
      <Paragraph appearance="lead">{t.meta(v.employer.name, e.vacancyKinds[v.kind])}</Paragraph>
      {open ? null : (
        <Alert type="warning">
          <Paragraph>{t.notOpen(e.statuses[v.status] ?? v.status)}</Paragraph>
        </Alert>
      )}

      <section aria-labelledby="vacancy-details">
        <Heading2 id="vacancy-details">{t.detailsHeading}</Heading2>
        <Details v={v} />
      </section>

      {matches ? (
        <section aria-labelledby="vacancy-nominations">
          <Heading2 id="vacancy-nominations">{nl.matching.nominations.heading}</Heading2>
          {nominations.resource.status === 'error' ? (
            <ApiErrorAlert error={nominations.resource.error} onRetry={nominations.reload} />
          ) : nominationItems ? (
            <NominationList vacancy={v} nominations={nominationItems} onChanged={reloadAll} />
          ) : (
            <Loading />
          )}
        </section>
      ) : null}

      {matches ? (
        <section aria-labelledby="vacancy-candidates">
          <Heading2 id="vacancy-candidates">{nl.matching.candidates.heading}</Heading2>
          {candidates.resource.status === 'error' ? (
            <ApiErrorAlert error={candidates.resource.error} onRetry={candidates.reload} />
          ) : candidateItems ? (
            <CandidateList vacancy={v} candidates={candidateItems} onChanged={reloadAll} />
          ) : (
            <Loading />
          )}
        </section>
      ) : null}

      {offersVacancies && open && candidateItems ? (
        <section aria-labelledby="vacancy-offers">
          <Heading2 id="vacancy-offers">{nl.matching.offer.heading}</Heading2>
          {offers.resource.status === 'error' ? (
            <ApiErrorAlert error={offers.resource.error} onRetry={offers.reload} />
          ) : (
            <OfferForm
              vacancyId={v.id}
              candidates={candidateItems}
              offers={offerItems ?? []}
              onChanged={() => offers.reload()}
            />
          )}
        </section>
      ) : null}
    </>
  );
};
