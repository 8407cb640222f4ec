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
import type { TVacancy } from '../../../../contracts/vacancy.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { formatDate, formatPostcode } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { CandidateList } from '../components/candidate-list.tsx';
import { NominationList } from '../components/nomination-list.tsx';
import { OfferForm } from '../components/offer-form.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useInvalidate } from '../../../shared/lib/commands.ts';

const t = nl.matching.vacancy;
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
  const matches = can(session, 'matching.read');
  const vacancy = useQuery(queries.vacancy(id));
  const candidates = useQuery({ ...queries.candidates(id, CANDIDATES), enabled: matches });
  const nominations = useQuery({ ...queries.nominations(id), enabled: matches });
  const offersVacancies = can(session, 'nomination.manage');
  const offers = useQuery({ ...queries.offers(id), enabled: offersVacancies });
  // A nomination, an offer or a placement changes the vacancy and all that hangs from it.
  const changed = useInvalidate([scopes.vacancy(id)]);

  const v = vacancy.data;
  if (vacancy.isError) return <LoadFailedPage error={vacancy.error} onRetry={() => void vacancy.refetch()} />;
  if (!v)
    return (
      <>
        <PageHeading>{t.titleFallback}</PageHeading>
        <Loading />
      </>
    );
  const nominationItems = nominations.data?.items;
  const candidateItems = candidates.data?.items;
  const open = v.status === 'open' && v.positionsFilled < v.positions;
  const offerItems = offers.data?.items;

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
          {nominations.isError ? (
            <ApiErrorAlert error={nominations.error} onRetry={() => void nominations.refetch()} />
          ) : nominationItems ? (
            <NominationList vacancy={v} nominations={nominationItems} onChanged={changed} />
          ) : (
            <Loading />
          )}
        </section>
      ) : null}

      {matches ? (
        <section aria-labelledby="vacancy-candidates">
          <Heading2 id="vacancy-candidates">{nl.matching.candidates.heading}</Heading2>
          {candidates.isError ? (
            <ApiErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
          ) : candidateItems ? (
            <CandidateList vacancy={v} candidates={candidateItems} />
          ) : (
            <Loading />
          )}
        </section>
      ) : null}

      {offersVacancies && open && candidateItems ? (
        <section aria-labelledby="vacancy-offers">
          <Heading2 id="vacancy-offers">{nl.matching.offer.heading}</Heading2>
          {offers.isError ? (
            <ApiErrorAlert error={offers.error} onRetry={() => void offers.refetch()} />
          ) : (
            <OfferForm
              vacancyId={v.id}
              candidates={candidateItems}
              offers={offerItems ?? []}
              onChanged={changed}
            />
          )}
        </section>
      ) : null}
    </>
  );
};
