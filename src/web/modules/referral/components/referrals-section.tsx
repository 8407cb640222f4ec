import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { backOfficeUnits } from '../../../../contracts/identity.ts';
import type { TReferral } from '../../../../contracts/referral.ts';
import { fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { RadioGroupField, SelectField, TextField, TextAreaField } from '../../../shared/ui/form.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import { StatusMessage, useAction } from '../../action-plan/components/section-kit.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const p = nl.plan;
const t = nl.plan.referrals;

export const referralTarget = (r: Pick<TReferral, 'unit' | 'externalProvider'>): string =>
  r.unit ? nl.backOfficeUnits[r.unit] : (r.externalProvider ?? '');

const ReferForm = ({ jobseekerId, done }: { jobseekerId: string; done: DisclosureDone }) => {
  const [target, setTarget] = useState<'unit' | 'external'>('unit');
  const [unit, setUnit] = useState('');
  const [provider, setProvider] = useState('');
  const [question, setQuestion] = useState('');
  const { busy, message, errors, setErrors, run } = useAction([scopes.jobseeker(jobseekerId)]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (target === 'unit' && !unit) local.unit = fieldErrorMessage('unit', 'choose_one');
    if (target === 'external' && !provider.trim())
      local.externalProvider = fieldErrorMessage('externalProvider', 'required');
    if (!question.trim()) local.question = fieldErrorMessage('question', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(async () => {
      await api.post(
        `/api/jobseekers/${encodeURIComponent(jobseekerId)}/referrals`,
        target === 'unit' ? { unit, question } : { externalProvider: provider, question },
      );
    }).then((ok) => ok && done(t.referred));
  };
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage message={message} />
      <RadioGroupField
        id="referral-target"
        label={t.target}
        value={target}
        options={[
          { value: 'unit', label: t.targetUnit },
          { value: 'external', label: t.targetExternal },
        ]}
        onChange={(v) => setTarget(v === 'external' ? 'external' : 'unit')}
      />
      {target === 'unit' ? (
        <SelectField
          id="referral-unit"
          label={t.unit}
          placeholder={t.chooseUnit}
          value={unit}
          error={errors.unit}
          options={backOfficeUnits.map((u) => ({ value: u, label: nl.backOfficeUnits[u] }))}
          onChange={setUnit}
        />
      ) : (
        <TextField
          id="referral-provider"
          label={t.provider}
          value={provider}
          error={errors.externalProvider}
          maxLength={200}
          onChange={setProvider}
        />
      )}
      <TextAreaField
        id="referral-question"
        label={t.question}
        value={question}
        error={errors.question}
        maxLength={4000}
        onChange={setQuestion}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.refer}
      </Button>
    </form>
  );
};

/** Records an external provider's answer (a back office answers from its own worklist). */
const ExternalAnswerForm = ({ referral }: { referral: TReferral }) => {
  const [answer, setAnswer] = useState('');
  const { busy, message, errors, setErrors, run } = useAction([scopes.jobseeker(referral.jobseekerId)]);
  const id = `referral-answer-${referral.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim()) {
      setErrors({ answer: fieldErrorMessage('answer', 'required') });
      return;
    }
    void run(async () => {
      await api.post(`/api/referrals/${encodeURIComponent(referral.id)}/answer`, { answer });
      return t.answered;
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage message={message} />
      <TextAreaField
        id={id}
        label={t.recordAnswerLabel(referralTarget(referral))}
        value={answer}
        error={errors.answer}
        maxLength={4000}
        onChange={setAnswer}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={busy}>
        {t.recordAnswer}
      </Button>
    </form>
  );
};

/** Every referral of the dossier with its answer (the signal), and referring anew. */
export const ReferralsSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const mayManage = can(session, 'case.manage');
  const resource = useQuery(queries.referrals(jobseeker.id));
  const { busy, message, run } = useAction([scopes.jobseeker(jobseeker.id)]);
  const items = resource.status === 'success' ? resource.data.items : [];
  const act = (r: TReferral, what: 'withdraw' | 'seen') =>
    void run(async () => {
      await api.post(`/api/referrals/${encodeURIComponent(r.id)}/${what}`);
      return what === 'withdraw' ? t.withdrawn : undefined;
    });
  return (
    <>
      <ListStatus query={resource} size={items.length} none={t.none} />
      <StatusMessage message={message} />
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          captionVisible
          rows={items}
          rowKey={(r) => r.id}
          columns={[
            { key: 'to', header: t.columns.to, cell: referralTarget },
            {
              key: 'question',
              header: t.columns.question,
              cell: (r) => (
                <>
                  {r.question}
                  <br />
                  <span className="werkplein-muted">
                    {t.by(r.referredBy?.name ?? nl.none, formatDateTime(r.createdAt))}
                  </span>
                </>
              ),
            },
            {
              key: 'answer',
              header: t.columns.answer,
              cell: (r) =>
                r.answer ? (
                  <>
                    {r.answer}
                    <br />
                    <span className="werkplein-muted">
                      {t.by(r.answeredBy?.name ?? nl.none, formatDateTime(r.answeredAt))}
                    </span>
                  </>
                ) : mayManage && r.status === 'open' && r.unit === null ? (
                  <ExternalAnswerForm referral={r} />
                ) : (
                  nl.none
                ),
            },
            {
              key: 'status',
              header: t.columns.status,
              cell: (r) => (
                <>
                  {p.referralStatuses[r.status]}
                  {r.status === 'answered' && r.signalSeenAt === null ? ` — ${t.newSignal}` : ''}
                  {mayManage ? (
                    <ButtonGroup>
                      {r.status === 'open' ? (
                        <Button
                          type="button"
                          appearance="subtle-button"
                          disabled={busy}
                          aria-label={t.withdrawLabel(referralTarget(r))}
                          onClick={() => act(r, 'withdraw')}
                        >
                          {t.withdraw}
                        </Button>
                      ) : null}
                      {r.status === 'answered' &&
                      r.signalSeenAt === null &&
                      r.referredBy?.id === session.employee.id ? (
                        <Button
                          type="button"
                          appearance="subtle-button"
                          disabled={busy}
                          aria-label={t.markSeenLabel(referralTarget(r))}
                          onClick={() => act(r, 'seen')}
                        >
                          {t.markSeen}
                        </Button>
                      ) : null}
                    </ButtonGroup>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
      {mayManage ? (
        <FormDisclosure label={t.referOpen}>
          {(done) => <ReferForm jobseekerId={jobseeker.id} done={done} />}
        </FormDisclosure>
      ) : null}
    </>
  );
};
