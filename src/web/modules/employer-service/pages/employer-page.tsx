import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { ZContactRequest, type TEmployerContact } from '../../../../contracts/employer.ts';
import { contactChannels, contractKinds, vacancyKinds } from '../../../../contracts/employer-options.ts';
import { ZVacancyInput, type TVacancy } from '../../../../contracts/vacancy.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm, wholeNumber } from '../../../shared/lib/form-problems.ts';
import {
  KitForm,
  KitSelectField,
  KitSubmit,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';

const t = nl.employer;
const describe = (c: TEmployerContact) =>
  t.contactLine(
    c.employee.name,
    c.partner.name,
    formatDateTime(c.occurredAt),
    t.channels[c.channel] ?? c.channel,
  );
const lines = (text: string) =>
  text
    .split(/[,\n]/)
    .map((l) => l.trim())
    .filter(Boolean);
const nowLocal = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
type ContactValues = { channel: string; subject: string; when: string };
/** A datetime-local value (Dutch time in the browser) as the instant the contract wants; '' if none. */
const instantOf = (local: string): string => {
  const time = local ? new Date(local).getTime() : Number.NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
};
const contactBody = (v: ContactValues) => ({
  channel: v.channel,
  subject: v.subject,
  occurredAt: instantOf(v.when),
});
const contactSchema = checkedAsBody(looseForm<ContactValues>(), contactBody, ZContactRequest, (path) =>
  path === 'occurredAt' ? 'when' : path,
);

/** Logs a contact with the employer; the answer names other partners who were there recently. */
const ContactForm = ({ employerId }: { employerId: string }) => {
  const fresh = (): Partial<ContactValues> => ({ subject: '', when: nowLocal() });
  const form = useContractForm<ContactValues>(contactSchema, fresh());
  const { run } = useCommand([scopes.employer(employerId), scopes.employers]);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <KitForm
      form={form}
      aria-labelledby="employer-log-heading"
      idPrefix="contact-"
      onSubmit={async (values) => {
        const answer = await run(() =>
          api.post<{ recentByOthers: TEmployerContact[] }>(
            `/api/employers/${encodeURIComponent(employerId)}/contacts`,
            contactBody(values),
          ),
        );
        setNotice(
          answer.recentByOthers.length > 0
            ? t.othersRecently(
                answer.recentByOthers.map((c) => `${c.employee.name} (${c.partner.name})`).join(', '),
              )
            : t.logged,
        );
        form.reset(fresh());
      }}
    >
      <Heading3 id="employer-log-heading">{t.logHeading}</Heading3>
      {notice ? (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <KitSelectField
        name="channel"
        label={t.channelLabel}
        placeholder={nl.form.choose}
        options={contactChannels.map((c) => ({ value: c, label: t.channels[c] ?? c }))}
      />
      <KitTextField name="subject" label={t.subjectLabel} />
      <KitTextField name="when" label={t.whenLabel} type="datetime-local" />
      <KitSubmit>{t.log}</KitSubmit>
    </KitForm>
  );
};

type VacancyValues = Record<
  | 'kind'
  | 'title'
  | 'occupation'
  | 'requiredSkills'
  | 'wishedSkills'
  | 'hoursPerWeek'
  | 'postcode'
  | 'city'
  | 'contract'
  | 'startDate'
  | 'endDate'
  | 'positions',
  string
>;
/** Kind and contract have no preset answer: the matchmaker chooses them. */
const emptyVacancy = (): Partial<VacancyValues> => ({
  title: '',
  occupation: '',
  requiredSkills: '',
  wishedSkills: '',
  hoursPerWeek: '',
  postcode: '',
  city: '',
  startDate: todayInAmsterdam(),
  endDate: '',
  positions: '1',
});
const vacancyBody = (v: VacancyValues) => ({
  kind: v.kind,
  title: v.title,
  occupation: v.occupation,
  requiredSkills: lines(v.requiredSkills),
  wishedSkills: lines(v.wishedSkills),
  hoursPerWeek: wholeNumber(v.hoursPerWeek),
  postcode: v.postcode,
  city: v.city,
  contract: v.contract,
  startDate: v.startDate,
  endDate: v.endDate || null,
  positions: wholeNumber(v.positions),
});
const vacancySchema = checkedAsBody(looseForm<VacancyValues>(), vacancyBody, ZVacancyInput, (path) =>
  path.replace(/\.\d+$/, ''),
);

const VacancyForm = ({ employerId, onAdded }: { employerId: string; onAdded: (title: string) => void }) => {
  const form = useContractForm<VacancyValues>(vacancySchema, emptyVacancy());
  const { run } = useCommand([scopes.employer(employerId), scopes.vacancies]);
  return (
    <KitForm
      form={form}
      aria-labelledby="vacancy-add-heading"
      idPrefix="vacancy-"
      onSubmit={async (values) => {
        const created = await run(() =>
          api.post<TVacancy>(
            `/api/employers/${encodeURIComponent(employerId)}/vacancies`,
            vacancyBody(values),
          ),
        );
        form.reset(emptyVacancy());
        onAdded(created.title);
      }}
    >
      <Heading3 id="vacancy-add-heading">{t.newVacancyHeading}</Heading3>
      <KitSelectField
        name="kind"
        label={t.vacancyFields.kind}
        placeholder={nl.form.choose}
        options={vacancyKinds.map((k) => ({ value: k, label: t.vacancyKinds[k] }))}
      />
      <KitTextField name="title" label={t.vacancyFields.title} />
      <KitTextField name="occupation" label={t.vacancyFields.occupation} />
      <KitTextField
        name="requiredSkills"
        id="vacancy-required"
        label={t.vacancyFields.requiredSkills}
        description={t.onePerLine}
        optional
      />
      <KitTextField
        name="wishedSkills"
        id="vacancy-wished"
        label={t.vacancyFields.wishedSkills}
        description={t.onePerLine}
        optional
      />
      <KitTextField
        name="hoursPerWeek"
        id="vacancy-hours"
        label={t.vacancyFields.hoursPerWeek}
        inputMode="numeric"
        size="short"
      />
      <KitTextField name="postcode" label={t.vacancyFields.postcode} size="short" />
      <KitTextField name="city" label={t.vacancyFields.city} />
      <KitSelectField
        name="contract"
        label={t.vacancyFields.contract}
        placeholder={nl.form.choose}
        options={contractKinds.map((k) => ({ value: k, label: t.contracts[k] ?? k }))}
      />
      <KitTextField name="startDate" id="vacancy-start" label={t.vacancyFields.startDate} type="date" />
      <KitTextField name="endDate" id="vacancy-end" label={t.vacancyFields.endDate} optional type="date" />
      <KitTextField name="positions" label={t.vacancyFields.positions} inputMode="numeric" size="short" />
      <KitSubmit>{t.addVacancy}</KitSubmit>
    </KitForm>
  );
};

/** One employer: its matchmaker, contacts by all partners with the double-approach warning, and vacancies. */
export const EmployerPage = () => {
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const resource = useQuery(queries.employer(id));
  const vacancies = useQuery(queries.vacancies({ employerId: id }));
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  if (resource.isPending) return <Loading />;
  if (resource.isError)
    return <LoadFailedPage error={resource.error} onRetry={() => void resource.refetch()} />;
  const e = resource.data;

  return (
    <>
      <PageHeading>{e.name}</PageHeading>
      <Paragraph appearance="lead">{t.detailMeta(e.kvkNumber, t.sectors[e.sector])}</Paragraph>
      <Paragraph>{t.matchmaker(e.accountManager?.name ?? t.noMatchmaker)}</Paragraph>
      {flash === 'registered' ? (
        <Alert type="ok">
          <Paragraph>{t.registered(e.name)}</Paragraph>
        </Alert>
      ) : null}
      {flash === 'exists' ? (
        <Alert type="warning">
          <Paragraph>{t.exists}</Paragraph>
        </Alert>
      ) : null}
      {notice ? (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      ) : null}
      {e.warnings.map((w) => (
        <Alert key={w.kind} type="warning">
          <Heading2>{t.warningHeading}</Heading2>
          <Paragraph>{t.warningText}</Paragraph>
          <UnorderedList>
            {w.contacts.map((c) => (
              <UnorderedListItem key={c.id}>{describe(c)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ))}

      <section aria-labelledby="employer-locations">
        <Heading2 id="employer-locations">{t.locationsHeading}</Heading2>
        <UnorderedList>
          {e.locations.map((l) => (
            <UnorderedListItem
              key={l.id}
            >{`${l.street} ${l.houseNumber}, ${l.postcode.slice(0, 4)} ${l.postcode.slice(4)} ${l.city}`}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Heading3>{t.contactPersonsHeading}</Heading3>
        <UnorderedList>
          {e.contactPersons.map((c) => (
            <UnorderedListItem key={c.id}>
              {[c.name, c.jobTitle, c.phone, c.email].filter(Boolean).join(', ')}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="employer-contacts">
        <Heading2 id="employer-contacts">{t.contactsHeading}</Heading2>
        {e.contacts.length === 0 ? <Paragraph>{t.noContacts}</Paragraph> : null}
        <UnorderedList>
          {e.contacts.map((c) => (
            <UnorderedListItem key={c.id}>
              {describe(c)}: {c.subject}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        {can(session, 'employer.contact') ? <ContactForm employerId={e.id} /> : null}
      </section>

      <section aria-labelledby="employer-vacancies">
        <Heading2 id="employer-vacancies">{t.vacanciesHeading}</Heading2>
        {vacancies.isSuccess && vacancies.data.items.length === 0 ? (
          <Paragraph>{t.noVacancies}</Paragraph>
        ) : null}
        {vacancies.isSuccess ? (
          <UnorderedList>
            {vacancies.data.items.map((v) => (
              <UnorderedListItem key={v.id}>
                <RouterLink to={paths.vacancy(v.id)}>{v.title}</RouterLink>
                {t.vacancyLineRest(
                  t.vacancyKinds[v.kind],
                  v.positions,
                  v.positionsFilled,
                  t.statuses[v.status] ?? v.status,
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : null}
        {can(session, 'vacancy.manage') ? (
          <VacancyForm
            employerId={e.id}
            onAdded={(title) => setNotice({ type: 'ok', text: t.vacancyAdded(title) })}
          />
        ) : null}
      </section>
    </>
  );
};
