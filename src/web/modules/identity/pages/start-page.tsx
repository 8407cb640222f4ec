import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { nl } from '../../../i18n/nl.ts';
import { describeRoles, destinationsFor } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';

/** The start page: who you are here, and what your roles let you do. */
export const StartPage = () => {
  const session = useSession();
  const { employee, werkpleinen } = session;
  const destinations = destinationsFor(session);
  const werkpleinNames = werkpleinen.map((w) => w.name).join(nl.listSeparator);
  const [first] = werkpleinen;

  return (
    <>
      <PageHeading title={nl.start.title}>{nl.start.greeting(employee.name)}</PageHeading>
      <Paragraph appearance="lead">
        {nl.start.partner(employee.partner.name)}{' '}
        {werkpleinen.length === 0
          ? nl.start.werkpleinenNone
          : werkpleinen.length === 1 && first
            ? nl.start.werkpleinenOne(first.name)
            : nl.start.werkpleinenMany(werkpleinNames)}
      </Paragraph>
      {employee.roles.length > 0 ? (
        <Paragraph>{nl.start.roles(employee.roles.length, describeRoles(employee))}</Paragraph>
      ) : null}

      <Heading2>{nl.start.tasksHeading}</Heading2>
      {destinations.length === 0 ? (
        <Paragraph>{nl.start.noTasks}</Paragraph>
      ) : (
        <ul className="werkplein-tiles">
          {destinations.map((d) => (
            <li key={d.to} className="werkplein-tile">
              <Heading3>
                <RouterLink to={d.to}>{d.label}</RouterLink>
              </Heading3>
              <Paragraph>{d.description}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
