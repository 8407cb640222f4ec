import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TEmployer } from '../../../../contracts/employer.ts';
import { sectors, sizeClasses } from '../../../../contracts/employer-options.ts';
import { errorMessage, fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { CheckboxField, SelectField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.employer;
const empty = {
  kvkNumber: '',
  name: '',
  sector: 'horticulture',
  sizeClass: '1-9',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  contactName: '',
  contactTitle: '',
  contactPhone: '',
  contactEmail: '',
};

/** The employers of the Werkplein: search, "my employers", and registering a new one. */
export const EmployersPage = () => {
  const session = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState({ q: '', mine: can(session, 'vacancy.manage') ? 'true' : 'false' });
  const resource = useQuery(queries.employers(query));
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const register = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const withLocation = form.street || form.houseNumber || form.postcode || form.city;
    try {
      const created = await api.post<TEmployer>('/api/employers', {
        werkpleinId: session.werkpleinen[0]?.id ?? '',
        kvkNumber: form.kvkNumber,
        name: form.name,
        sector: form.sector,
        sizeClass: form.sizeClass,
        locations: withLocation
          ? [{ street: form.street, houseNumber: form.houseNumber, postcode: form.postcode, city: form.city }]
          : [],
        contactPersons: form.contactName
          ? [
              {
                name: form.contactName,
                jobTitle: form.contactTitle,
                phone: form.contactPhone || null,
                email: form.contactEmail || null,
              },
            ]
          : [],
      });
      navigate(`/werkgevers/${created.id}`, { state: { flash: 'registered' } });
    } catch (error) {
      if (isApiError(error) && error.code === 'employer_exists') {
        navigate(`/werkgevers/${String(error.details.employerId)}`, { state: { flash: 'exists' } });
      } else if (isApiError(error) && error.code === 'validation_failed') {
        setErrors(
          Object.fromEntries(
            error.fields.map((f) => [
              f.path.replace(/^locations\.0\./, '').replace(/^contactPersons\.0\./, 'contact.'),
              fieldErrorMessage(f.path, f.code),
            ]),
          ),
        );
      } else {
        setFailure(isApiError(error) ? errorMessage(error.code) : errorMessage('internal'));
      }
    }
  };

  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.listTitle}</PageHeading>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery((current) => ({ ...current, q }));
        }}
      >
        <TextField id="employer-q" label={t.searchLabel} optional type="search" value={q} onChange={setQ} />
        <CheckboxField
          id="employer-mine"
          label={t.mineOnly}
          checked={query.mine === 'true'}
          onChange={(mine) => setQuery((c) => ({ ...c, mine: String(mine) }))}
        />
        <Button type="submit" appearance="primary-action-button">
          {t.search}
        </Button>
      </form>
      <ListStatus query={resource} size={items.length} none={t.none} />
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          captionVisible
          rows={items}
          rowKey={(e) => e.id}
          columns={[
            {
              key: 'name',
              header: t.columns.name,
              cell: (e) => <RouterLink to={`/werkgevers/${e.id}`}>{e.name}</RouterLink>,
            },
            { key: 'kvk', header: t.columns.kvk, cell: (e) => e.kvkNumber },
            { key: 'sector', header: t.columns.sector, cell: (e) => t.sectors[e.sector] },
            {
              key: 'matchmaker',
              header: t.columns.matchmaker,
              cell: (e) => e.accountManager?.name ?? t.noMatchmaker,
            },
            {
              key: 'lastContact',
              header: t.columns.lastContact,
              cell: (e) => (e.lastContactAt ? formatDateTime(e.lastContactAt) : nl.none),
            },
          ]}
        />
      ) : null}

      {can(session, 'employer.manage') ? (
        <form onSubmit={register} noValidate aria-labelledby="employer-register-heading">
          <Heading2 id="employer-register-heading">{t.registerHeading}</Heading2>
          {failure ? (
            <Alert type="error">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          ) : null}
          <TextField
            id="employer-kvk"
            label={t.fields.kvkNumber}
            inputMode="numeric"
            size="short"
            value={form.kvkNumber}
            error={errors.kvkNumber}
            onChange={set('kvkNumber')}
          />
          <TextField
            id="employer-name"
            label={t.fields.name}
            value={form.name}
            error={errors.name}
            onChange={set('name')}
          />
          <SelectField
            id="employer-sector"
            label={t.fields.sector}
            value={form.sector}
            options={sectors.map((s) => ({ value: s, label: t.sectors[s] }))}
            onChange={set('sector')}
          />
          <SelectField
            id="employer-size"
            label={t.fields.sizeClass}
            value={form.sizeClass}
            options={sizeClasses.map((s) => ({ value: s, label: s }))}
            onChange={set('sizeClass')}
          />
          <TextField
            id="employer-street"
            label={t.fields.street}
            optional
            value={form.street}
            error={errors.street}
            onChange={set('street')}
          />
          <TextField
            id="employer-house"
            label={t.fields.houseNumber}
            optional
            size="short"
            value={form.houseNumber}
            error={errors.houseNumber}
            onChange={set('houseNumber')}
          />
          <TextField
            id="employer-postcode"
            label={t.fields.postcode}
            optional
            size="short"
            value={form.postcode}
            error={errors.postcode}
            onChange={set('postcode')}
          />
          <TextField
            id="employer-city"
            label={t.fields.city}
            optional
            value={form.city}
            error={errors.city}
            onChange={set('city')}
          />
          <TextField
            id="employer-contact-name"
            label={t.fields.contactName}
            optional
            value={form.contactName}
            error={errors['contact.name']}
            onChange={set('contactName')}
          />
          <TextField
            id="employer-contact-title"
            label={t.fields.contactTitle}
            optional
            value={form.contactTitle}
            onChange={set('contactTitle')}
          />
          <TextField
            id="employer-contact-phone"
            label={t.fields.contactPhone}
            optional
            type="tel"
            value={form.contactPhone}
            error={errors['contact.phone']}
            onChange={set('contactPhone')}
          />
          <TextField
            id="employer-contact-email"
            label={t.fields.contactEmail}
            optional
            type="email"
            value={form.contactEmail}
            error={errors['contact.email']}
            onChange={set('contactEmail')}
          />
          <Button type="submit" appearance="primary-action-button">
            {t.register}
          </Button>
        </form>
      ) : null}
    </>
  );
};
