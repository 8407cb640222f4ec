import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ZEmployerInput, type TEmployer } from '../../../../contracts/employer.ts';
import { sectors, sizeClasses } from '../../../../contracts/employer-options.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { CheckboxField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm } from '../../../shared/lib/form-problems.ts';
import {
  KitForm,
  KitSelectField,
  KitSubmit,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';

const t = nl.employer;
type RegisterValues = Record<
  | 'kvkNumber'
  | 'name'
  | 'sector'
  | 'sizeClass'
  | 'street'
  | 'houseNumber'
  | 'postcode'
  | 'city'
  | 'contactName'
  | 'contactTitle'
  | 'contactPhone'
  | 'contactEmail',
  string
>;
/** The employer's sector and size have no preset answer: the matchmaker chooses them. */
const empty: Partial<RegisterValues> = {
  kvkNumber: '',
  name: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  contactName: '',
  contactTitle: '',
  contactPhone: '',
  contactEmail: '',
};

/** The request: the address as the first location, the contact as the first contact person, if given. */
const registerBody = (werkpleinId: string) => (form: RegisterValues) => {
  const withLocation = form.street || form.houseNumber || form.postcode || form.city;
  return {
    werkpleinId,
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
  };
};
/** The form field of a problem in the request ("contactPersons.0.phone" is the contact's phone). */
const fieldOfPath = (path: string): string =>
  path.startsWith('contactPersons.0.')
    ? `contact${path.charAt(17).toUpperCase()}${path.slice(18)}`.replace('contactJobTitle', 'contactTitle')
    : path.replace(/^locations\.0\./, '');

/** The employers of the Werkplein: search, "my employers", and registering a new one. */
export const EmployersPage = () => {
  const session = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState({ q: '', mine: can(session, 'vacancy.manage') ? 'true' : 'false' });
  const resource = useQuery(queries.employers(query));
  const toBody = registerBody(session.werkpleinen[0]?.id ?? '');
  const form = useContractForm<RegisterValues>(
    checkedAsBody(looseForm<RegisterValues>(), toBody, ZEmployerInput, fieldOfPath),
    empty,
  );
  const { run } = useCommand([scopes.employers]);

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
        <KitForm
          form={form}
          aria-labelledby="employer-register-heading"
          idPrefix="employer-"
          fieldOf={fieldOfPath}
          onSubmit={async (values) => {
            const created = await run(() => api.post<TEmployer>('/api/employers', toBody(values)));
            navigate(`/werkgevers/${created.id}`, { state: { flash: 'registered' } });
          }}
          onRefused={(error) => {
            if (!isApiError(error) || error.code !== 'employer_exists') return false;
            navigate(`/werkgevers/${String(error.details.employerId)}`, { state: { flash: 'exists' } });
            return true;
          }}
        >
          <Heading2 id="employer-register-heading">{t.registerHeading}</Heading2>
          <KitTextField
            name="kvkNumber"
            id="employer-kvk"
            label={t.fields.kvkNumber}
            inputMode="numeric"
            size="short"
          />
          <KitTextField name="name" label={t.fields.name} />
          <KitSelectField
            name="sector"
            label={t.fields.sector}
            placeholder={nl.form.choose}
            options={sectors.map((s) => ({ value: s, label: t.sectors[s] }))}
          />
          <KitSelectField
            name="sizeClass"
            id="employer-size"
            label={t.fields.sizeClass}
            placeholder={nl.form.choose}
            options={sizeClasses.map((s) => ({ value: s, label: s }))}
          />
          <KitTextField name="street" label={t.fields.street} optional />
          <KitTextField
            name="houseNumber"
            id="employer-house"
            label={t.fields.houseNumber}
            optional
            size="short"
          />
          <KitTextField name="postcode" label={t.fields.postcode} optional size="short" />
          <KitTextField name="city" label={t.fields.city} optional />
          <KitTextField name="contactName" id="employer-contact-name" label={t.fields.contactName} optional />
          <KitTextField
            name="contactTitle"
            id="employer-contact-title"
            label={t.fields.contactTitle}
            optional
          />
          <KitTextField
            name="contactPhone"
            id="employer-contact-phone"
            label={t.fields.contactPhone}
            optional
            type="tel"
          />
          <KitTextField
            name="contactEmail"
            id="employer-contact-email"
            label={t.fields.contactEmail}
            optional
            type="email"
          />
          <KitSubmit>{t.register}</KitSubmit>
        </KitForm>
      ) : null}
    </>
  );
};
