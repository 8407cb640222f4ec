import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { TInstrument } from '../../../../contracts/trajectory.ts';
import { errorMessage, fieldErrorMessage, fieldErrorsOf, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.trajectory;
const rules = ['by_benefit', 'uwv', 'municipality', 'sheltered_employment'] as const;
const emptyForm = {
  name: '',
  description: '',
  provider: '',
  fundingRule: 'by_benefit',
  price: '',
  durationWeeks: '',
  capacity: '',
};

const cents = (euro: string): number | null => {
  const match = /^(\d{1,7})(?:,(\d{1,2}))?$/.exec(euro.trim().replace(/\./g, ''));
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : null;
};
const whole = (text: string): number | null => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The trajectenboek: what this Werkplein buys, from whom, for how much, and who pays. */
export const CataloguePage = () => {
  const session = useSession();
  const mayManage = can(session, 'instrument.manage');
  const resource = useQuery(queries.instruments({ includeInactive: 'true' }));
  const command = useCommand([scopes.instruments]);
  const [werkpleinId, setWerkpleinId] = useState(session.werkpleinen[0]?.id ?? '');
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const set = (key: keyof typeof emptyForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const run = async (work: () => Promise<void>) => {
    setMessage(null);
    try {
      await command.run(work);
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed') {
        setErrors(fieldErrorsOf(error.fields));
      } else {
        setMessage({
          type: 'error',
          text: isApiError(error) ? errorMessage(error.code) : errorMessage('internal'),
        });
      }
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!form.name.trim()) local.name = fieldErrorMessage('name', 'required');
    if (!form.provider.trim()) local.provider = fieldErrorMessage('provider', 'required');
    const priceCents = cents(form.price);
    if (priceCents === null) local.priceCents = t.priceFormat;
    const durationWeeks = whole(form.durationWeeks);
    if (durationWeeks === null || durationWeeks < 1) local.durationWeeks = t.numberFormat;
    const capacity = form.capacity.trim() === '' ? null : whole(form.capacity);
    if (capacity === 0 || (form.capacity.trim() !== '' && capacity === null)) local.capacity = t.numberFormat;
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(async () => {
      const created = await api.post<TInstrument>('/api/instruments', {
        werkpleinId,
        name: form.name,
        description: form.description,
        provider: form.provider,
        fundingRule: form.fundingRule,
        priceCents,
        durationWeeks,
        capacity,
      });
      setMessage({ type: 'ok', text: t.added(created.name) });
      setForm(emptyForm);
    });
  };

  const toggle = (i: TInstrument) =>
    void run(async () => {
      await api.put(`/api/instruments/${encodeURIComponent(i.id)}`, {
        name: i.name,
        description: i.description,
        provider: i.provider,
        fundingRule: i.fundingRule,
        priceCents: i.priceCents,
        durationWeeks: i.durationWeeks,
        capacity: i.capacity,
        active: !i.active,
        version: i.version,
      });
    });

  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.catalogueTitle}</PageHeading>
      {message ? (
        <Alert type={message.type}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      ) : null}
      <ListStatus query={resource} size={items.length} none={t.noInstruments} />
      {items.length > 0 ? (
        <DataTable
          caption={t.catalogueCaption}
          captionVisible
          rows={items}
          rowKey={(i) => i.id}
          columns={[
            {
              key: 'instrument',
              header: t.columns.instrument,
              cell: (i) => (
                <>
                  {i.name}
                  {i.description ? (
                    <>
                      <br />
                      <span className="werkplein-muted">{i.description}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            { key: 'provider', header: t.columns.provider, cell: (i) => i.provider },
            { key: 'funding', header: t.columns.funding, cell: (i) => t.fundingRules[i.fundingRule] },
            { key: 'price', header: t.columns.price, cell: (i) => t.money(i.priceCents) },
            { key: 'duration', header: t.columns.duration, cell: (i) => t.weeks(i.durationWeeks) },
            { key: 'places', header: t.columns.places, cell: (i) => t.places(i.placesTaken, i.capacity) },
            {
              key: 'active',
              header: t.columns.active,
              cell: (i) => (
                <>
                  {i.active ? t.yes : t.no}
                  {mayManage ? (
                    <>
                      {' '}
                      <Button type="button" appearance="subtle-button" onClick={() => toggle(i)}>
                        {i.active ? t.deactivate(i.name) : t.activate(i.name)}
                      </Button>
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}

      {mayManage ? (
        <form onSubmit={add} noValidate aria-labelledby="instrument-add-heading">
          <Heading2 id="instrument-add-heading">{t.addHeading}</Heading2>
          {session.werkpleinen.length > 1 ? (
            <SelectField
              id="instrument-werkplein"
              label={t.fields.werkpleinId}
              value={werkpleinId}
              options={session.werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
              onChange={setWerkpleinId}
            />
          ) : null}
          <TextField
            id="instrument-name"
            label={t.fields.name}
            value={form.name}
            error={errors.name}
            onChange={set('name')}
          />
          <TextField
            id="instrument-provider"
            label={t.fields.provider}
            value={form.provider}
            error={errors.provider}
            onChange={set('provider')}
          />
          <TextField
            id="instrument-description"
            label={t.fields.description}
            optional
            value={form.description}
            onChange={set('description')}
          />
          <SelectField
            id="instrument-funding"
            label={t.fields.fundingRule}
            value={form.fundingRule}
            options={rules.map((r) => ({ value: r, label: t.fundingRules[r] }))}
            onChange={set('fundingRule')}
          />
          <TextField
            id="instrument-price"
            label={t.fields.price}
            inputMode="text"
            size="short"
            value={form.price}
            error={errors.priceCents}
            onChange={set('price')}
          />
          <TextField
            id="instrument-weeks"
            label={t.fields.durationWeeks}
            inputMode="numeric"
            size="short"
            value={form.durationWeeks}
            error={errors.durationWeeks}
            onChange={set('durationWeeks')}
          />
          <TextField
            id="instrument-capacity"
            label={t.fields.capacity}
            description={t.capacityDescription}
            optional
            inputMode="numeric"
            size="short"
            value={form.capacity}
            error={errors.capacity}
            onChange={set('capacity')}
          />
          <Button type="submit" appearance="primary-action-button">
            {t.add}
          </Button>
        </form>
      ) : null}
    </>
  );
};
