import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import type { TEmployerContact } from '../../../../contracts/employer.ts';
import { contactChannels, contractKinds, vacancyKinds } from '../../../../contracts/employer-options.ts';
import type { TVacancy } from '../../../../contracts/vacancy.ts';
import { errorMessage, fieldErrorsOf, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

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
const emptyVacancy = {
  kind: 'regular',
  title: '',
  occupation: '',
  requiredSkills: '',
  wishedSkills: '',
  hoursPerWeek: '',
  postcode: '',
  city: '',
  contract: 'temporary',
  startDate: todayInAmsterdam(),
  endDate: '',
  positions: '1',
};

/** One employer: its matchmaker, contacts by all partners with the double-approach warning, and vacancies. */
export const EmployerPage = () => {
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const resource = useQuery(queries.employer(id));
  const vacancies = useQuery(queries.vacancies({ employerId: id }));
  const command = useCommand([scopes.employer(id), scopes.employers, scopes.vacancies]);
  const [contact, setContact] = useState({ channel: 'phone', subject: '', when: nowLocal() });
  const [contactNotice, setContactNotice] = useState<string | null>(null);
  const [vacancy, setVacancy] = useState(emptyVacancy);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  if (resource.isPending) return <Loading />;
  if (resource.isError)
    return <LoadFailedPage error={resource.error} onRetry={() => void resource.refetch()} />;
  const e = resource.data;

  const fail = (error: unknown) => {
    if (isApiError(error) && error.code === 'validation_failed') {
      setErrors(fieldErrorsOf(error.fields));
    } else {
      setNotice({
        type: 'error',
        text: isApiError(error) ? errorMessage(error.code) : errorMessage('internal'),
      });
    }
  };

  const logContact = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      const answer = await command.run(() =>
        api.post<{ recentByOthers: TEmployerContact[] }>(`/api/employers/${e.id}/contacts`, {
          channel: contact.channel,
          subject: contact.subject,
          occurredAt: new Date(contact.when).toISOString(),
        }),
      );
      setContactNotice(
        answer.recentByOthers.length > 0
          ? t.othersRecently(
              answer.recentByOthers.map((c) => `${c.employee.name} (${c.partner.name})`).join(', '),
            )
          : t.logged,
      );
      setContact({ channel: 'phone', subject: '', when: nowLocal() });
    } catch (error) {
      fail(error);
    }
  };

  const addVacancy = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const hours = Number(vacancy.hoursPerWeek);
    const positions = Number(vacancy.positions);
    if (!Number.isInteger(hours) || !Number.isInteger(positions)) {
      setErrors({
        ...(Number.isInteger(hours) ? {} : { hoursPerWeek: t.numberFormat }),
        ...(Number.isInteger(positions) ? {} : { positions: t.numberFormat }),
      });
      return;
    }
    try {
      const created = await command.run(() =>
        api.post<TVacancy>(`/api/employers/${e.id}/vacancies`, {
          kind: vacancy.kind,
          title: vacancy.title,
          occupation: vacancy.occupation,
          requiredSkills: lines(vacancy.requiredSkills),
          wishedSkills: lines(vacancy.wishedSkills),
          hoursPerWeek: hours,
          postcode: vacancy.postcode,
          city: vacancy.city,
          contract: vacancy.contract,
          startDate: vacancy.startDate,
          endDate: vacancy.endDate || null,
          positions,
        }),
      );
      setNotice({ type: 'ok', text: t.vacancyAdded(created.title) });
      setVacancy(emptyVacancy);
    } catch (error) {
      fail(error);
    }
  };
  const setV = (key: keyof typeof emptyVacancy) => (value: string) =>
    setVacancy((v) => ({ ...v, [key]: value }));

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
        {can(session, 'employer.contact') ? (
          <form onSubmit={logContact} noValidate aria-labelledby="employer-log-heading">
            <Heading3 id="employer-log-heading">{t.logHeading}</Heading3>
            {contactNotice ? (
              <Alert type="info">
                <Paragraph>{contactNotice}</Paragraph>
              </Alert>
            ) : null}
            <SelectField
              id="contact-channel"
              label={t.channelLabel}
              value={contact.channel}
              options={contactChannels.map((c) => ({ value: c, label: t.channels[c] ?? c }))}
              onChange={(channel) => setContact((c) => ({ ...c, channel }))}
            />
            <TextField
              id="contact-subject"
              label={t.subjectLabel}
              value={contact.subject}
              error={errors.subject}
              onChange={(subject) => setContact((c) => ({ ...c, subject }))}
            />
            <TextField
              id="contact-when"
              label={t.whenLabel}
              type="datetime-local"
              value={contact.when}
              error={errors.occurredAt}
              onChange={(when) => setContact((c) => ({ ...c, when }))}
            />
            <Button type="submit" appearance="primary-action-button">
              {t.log}
            </Button>
          </form>
        ) : null}
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
          <form onSubmit={addVacancy} noValidate aria-labelledby="vacancy-add-heading">
            <Heading3 id="vacancy-add-heading">{t.newVacancyHeading}</Heading3>
            <SelectField
              id="vacancy-kind"
              label={t.vacancyFields.kind}
              value={vacancy.kind}
              options={vacancyKinds.map((k) => ({ value: k, label: t.vacancyKinds[k] }))}
              onChange={setV('kind')}
            />
            <TextField
              id="vacancy-title"
              label={t.vacancyFields.title}
              value={vacancy.title}
              error={errors.title}
              onChange={setV('title')}
            />
            <TextField
              id="vacancy-occupation"
              label={t.vacancyFields.occupation}
              value={vacancy.occupation}
              error={errors.occupation}
              onChange={setV('occupation')}
            />
            <TextField
              id="vacancy-required"
              label={t.vacancyFields.requiredSkills}
              description={t.onePerLine}
              optional
              value={vacancy.requiredSkills}
              onChange={setV('requiredSkills')}
            />
            <TextField
              id="vacancy-wished"
              label={t.vacancyFields.wishedSkills}
              description={t.onePerLine}
              optional
              value={vacancy.wishedSkills}
              onChange={setV('wishedSkills')}
            />
            <TextField
              id="vacancy-hours"
              label={t.vacancyFields.hoursPerWeek}
              inputMode="numeric"
              size="short"
              value={vacancy.hoursPerWeek}
              error={errors.hoursPerWeek}
              onChange={setV('hoursPerWeek')}
            />
            <TextField
              id="vacancy-postcode"
              label={t.vacancyFields.postcode}
              size="short"
              value={vacancy.postcode}
              error={errors.postcode}
              onChange={setV('postcode')}
            />
            <TextField
              id="vacancy-city"
              label={t.vacancyFields.city}
              value={vacancy.city}
              error={errors.city}
              onChange={setV('city')}
            />
            <SelectField
              id="vacancy-contract"
              label={t.vacancyFields.contract}
              value={vacancy.contract}
              options={contractKinds.map((k) => ({ value: k, label: t.contracts[k] ?? k }))}
              onChange={setV('contract')}
            />
            <TextField
              id="vacancy-start"
              label={t.vacancyFields.startDate}
              type="date"
              value={vacancy.startDate}
              error={errors.startDate}
              onChange={setV('startDate')}
            />
            <TextField
              id="vacancy-end"
              label={t.vacancyFields.endDate}
              optional
              type="date"
              value={vacancy.endDate}
              error={errors.endDate}
              onChange={setV('endDate')}
            />
            <TextField
              id="vacancy-positions"
              label={t.vacancyFields.positions}
              inputMode="numeric"
              size="short"
              value={vacancy.positions}
              error={errors.positions}
              onChange={setV('positions')}
            />
            <Button type="submit" appearance="primary-action-button">
              {t.addVacancy}
            </Button>
          </form>
        ) : null}
      </section>
    </>
  );
};
