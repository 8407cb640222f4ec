import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { nl } from '../../../i18n/nl.ts';
import { formatDate, formatDateTime, formatPostcode } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { readDossierFlash } from '../dossier-flash.ts';
import { dossierSections } from '../dossier-sections.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const labels = nl.dossier.fields;

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <DataListItem>
    <DataListKey>{label}</DataListKey>
    <DataListValue>{children === '' || children === null ? nl.dossier.empty : children}</DataListValue>
  </DataListItem>
);

const NotFound = () => (
  <>
    <PageHeading>{nl.dossier.notFoundTitle}</PageHeading>
    <Paragraph>{nl.dossier.notFound}</Paragraph>
    <Paragraph>
      <RouterLink to={paths.jobseekers}>{nl.dossier.backToSearch}</RouterLink>
    </Paragraph>
  </>
);

/** The jobseeker's dossier: personal and contact data. */
export const DossierPage = () => {
  const { id = '' } = useParams();
  const location = useLocation();
  const { werkpleinen } = useSession();
  const flash = readDossierFlash(location.state);
  const resource = useQuery(queries.jobseeker(id));

  if (resource.isPending) {
    return (
      <>
        <PageHeading>{nl.dossier.titleFallback}</PageHeading>
        <Loading />
      </>
    );
  }
  if (resource.isError) {
    // Another Werkplein's jobseeker is "not found" too; a malformed id is not a dossier either.
    if (resource.error.code === 'not_found' || resource.error.status === 400) return <NotFound />;
    return <LoadFailedPage error={resource.error} onRetry={() => void resource.refetch()} />;
  }

  const j = resource.data;
  const werkplein = werkpleinen.find((w) => w.id === j.werkpleinId)?.name ?? j.werkpleinId;
  return (
    <>
      {/* The tab title and browser history carry the dossier number, not the person's name. */}
      <PageHeading title={nl.dossier.documentTitle(j.dossierNumber)}>{j.fullName}</PageHeading>
      <Paragraph appearance="lead" className="werkplein-dossier-meta">
        {nl.dossier.dossierNumber(j.dossierNumber)}
        {j.isTestData ? (
          <>
            {' '}
            <StatusBadge status="warning" className="werkplein-badge">
              {nl.dossier.testData}
            </StatusBadge>
          </>
        ) : null}
      </Paragraph>
      {j.isTestData ? (
        <Paragraph className="werkplein-muted">{nl.dossier.testDataExplanation}</Paragraph>
      ) : null}

      {flash === 'registered' ? (
        <Alert type="ok">
          <Paragraph>{nl.dossier.registered}</Paragraph>
        </Alert>
      ) : null}
      {flash === 'exists' ? (
        <Alert type="warning">
          <Paragraph>{nl.dossier.exists}</Paragraph>
        </Alert>
      ) : null}

      {dossierSections.length > 0 ? (
        <nav aria-label={nl.dossier.contentsLabel} className="werkplein-dossier-contents">
          <ul>
            {dossierSections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="person-heading">
        <Heading2 id="person-heading">{nl.dossier.personHeading}</Heading2>
        <DataList>
          <Item label={labels.bsn}>{j.bsn}</Item>
          <Item label={labels.givenNames}>{j.givenNames}</Item>
          <Item label={labels.surnamePrefix}>{j.surnamePrefix}</Item>
          <Item label={labels.surname}>{j.surname}</Item>
          <Item label={labels.birthDate}>{formatDate(j.birthDate)}</Item>
          <Item label={labels.gender}>{nl.genders[j.gender]}</Item>
        </DataList>
      </section>

      <section aria-labelledby="contact-heading">
        <Heading2 id="contact-heading">{nl.dossier.contactHeading}</Heading2>
        <DataList>
          <Item label={labels.address}>{`${j.street} ${j.houseNumber}`.trim()}</Item>
          <Item label={labels.postcode}>{formatPostcode(j.postcode)}</Item>
          <Item label={labels.city}>{j.city}</Item>
          <Item label={labels.phone}>{j.phone ?? ''}</Item>
          <Item label={labels.email}>{j.email ?? ''}</Item>
        </DataList>
      </section>

      <section aria-labelledby="dossier-heading">
        <Heading2 id="dossier-heading">{nl.dossier.dossierHeading}</Heading2>
        <DataList>
          <Item label={labels.dossierNumber}>{j.dossierNumber}</Item>
          <Item label={labels.werkplein}>{werkplein}</Item>
          <Item label={labels.createdAt}>
            <time dateTime={j.createdAt}>{formatDateTime(j.createdAt)}</time>
          </Item>
        </DataList>
      </section>

      {dossierSections.map(({ id: sectionId, title, Component }) => (
        <section key={sectionId} id={sectionId} aria-labelledby={`${sectionId}-heading`}>
          <Heading2 id={`${sectionId}-heading`}>{title}</Heading2>
          <Component jobseeker={j} />
        </section>
      ))}

      <Paragraph>
        <RouterLink to={paths.jobseekers}>{nl.dossier.backToSearch}</RouterLink>
      </Paragraph>
    </>
  );
};
