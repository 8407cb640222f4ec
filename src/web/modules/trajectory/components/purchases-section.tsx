import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { TPurchase } from '../../../../contracts/trajectory.ts';
import { errorMessage, fieldErrorMessage, fieldErrorsOf, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.trajectory;
const nextStatuses: Record<TPurchase['status'], ('started' | 'completed' | 'cancelled')[]> = {
  ordered: ['started', 'cancelled'],
  started: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** Trajectories bought for the jobseeker, who pays for each, and buying a new one. */
export const PurchasesSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const mayBuy = can(session, 'case.manage');
  const path = `/api/jobseekers/${encodeURIComponent(jobseeker.id)}/purchases`;
  const resource = useQuery(queries.purchases(jobseeker.id));
  const instruments = useQuery({
    ...queries.instruments({ werkpleinId: jobseeker.werkpleinId }),
    enabled: mayBuy,
  });
  // A purchase uses the instrument's budget: the dossier and the instruments load again.
  const command = useCommand([scopes.jobseeker(jobseeker.id), scopes.instruments]);
  const [instrumentId, setInstrumentId] = useState('');
  const [startDate, setStartDate] = useState(todayInAmsterdam());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const busy = command.busy;

  const act = async (work: () => Promise<void>) => {
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

  const buy = (event: FormEvent, done: DisclosureDone) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!instrumentId) local.instrumentId = fieldErrorMessage('instrumentId', 'required');
    if (!startDate) local.startDate = fieldErrorMessage('startDate', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void act(async () => {
      const purchase = await api.post<TPurchase>(path, { instrumentId, startDate });
      setInstrumentId('');
      done(t.bought(purchase.instrument.name, purchase.fundingPartner.name));
    });
  };

  const items = resource.status === 'success' ? resource.data.items : [];
  const offered = instruments.data?.items ?? [];
  return (
    <>
      {message ? (
        <Alert type={message.type}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      ) : null}
      <ListStatus query={resource} size={items.length} none={t.none} />
      {items.length > 0 ? (
        <DataTable
          caption={t.purchasesCaption}
          captionVisible
          rows={items}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'instrument',
              header: t.columns.instrument,
              cell: (p) => (
                <>
                  {p.instrument.name}
                  <br />
                  <span className="werkplein-muted">{p.instrument.provider}</span>
                </>
              ),
            },
            { key: 'paidBy', header: t.columns.paidBy, cell: (p) => p.fundingPartner.name },
            { key: 'benefit', header: t.columns.benefit, cell: (p) => p.benefitType ?? t.noBenefit },
            { key: 'price', header: t.columns.price, cell: (p) => t.money(p.priceCents) },
            {
              key: 'period',
              header: t.columns.period,
              cell: (p) => t.period(formatDate(p.startDate), formatDate(p.endDate)),
            },
            {
              key: 'status',
              header: t.columns.status,
              cell: (p) => (
                <>
                  {t.statuses[p.status]}
                  {mayBuy && nextStatuses[p.status].length > 0 ? (
                    <ButtonGroup>
                      {nextStatuses[p.status].map((status) => (
                        <Button
                          key={status}
                          type="button"
                          appearance="subtle-button"
                          disabled={busy}
                          aria-label={t.setStatus(t.statuses[status], p.instrument.name)}
                          onClick={() =>
                            void act(async () => {
                              await api.put(`${path}/${encodeURIComponent(p.id)}`, {
                                status,
                                version: p.version,
                              });
                            })
                          }
                        >
                          {t.statuses[status]}
                        </Button>
                      ))}
                    </ButtonGroup>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}

      {mayBuy ? (
        <FormDisclosure label={t.buyHeading}>
          {(done) => (
            <form onSubmit={(event) => buy(event, done)} noValidate>
              {instruments.isSuccess && offered.length === 0 ? (
                <Paragraph>{t.noInstruments}</Paragraph>
              ) : (
                <>
                  <SelectField
                    id="purchase-instrument"
                    label={t.instrumentLabel}
                    placeholder={t.chooseInstrument}
                    value={instrumentId}
                    error={errors.instrumentId}
                    options={offered.map((i) => ({
                      value: i.id,
                      label: `${i.name} — ${i.provider} (${t.money(i.priceCents)}, ${t.weeks(i.durationWeeks)}, ${t.places(i.placesTaken, i.capacity)})`,
                    }))}
                    onChange={setInstrumentId}
                  />
                  <TextField
                    id="purchase-start"
                    label={t.startLabel}
                    type="date"
                    value={startDate}
                    error={errors.startDate}
                    onChange={setStartDate}
                  />
                  <Button type="submit" appearance="primary-action-button" disabled={busy}>
                    {t.buy}
                  </Button>
                </>
              )}
            </form>
          )}
        </FormDisclosure>
      ) : null}
    </>
  );
};
