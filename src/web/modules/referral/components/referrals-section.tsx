import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { backOfficeUnits } from '../../../../contracts/identity.ts';
import { ZReferralAnswer, ZReferralRequest, type TReferral } from '../../../../contracts/referral.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import { StatusMessage, useAction } from '../../action-plan/components/section-kit.tsx';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm } from '../../../shared/lib/form-problems.ts';
import {
  KitForm,
  KitRadioGroupField,
  KitSelectField,
  KitSubmit,
  KitTextAreaField,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const p = nl.plan;
const t = nl.plan.referrals;

export const referralTarget = (r: Pick<TReferral, 'unit' | 'externalProvider'>): string =>
  r.unit ? nl.backOfficeUnits[r.unit] : (r.externalProvider ?? '');

interface ReferValues {
  target: string;
  unit: string;
  externalProvider: string;
  question: string;
}
/** To a unit or to a provider: the body holds only the one chosen. */
const referBody = (v: ReferValues) =>
  v.target === 'external'
    ? { externalProvider: v.externalProvider, question: v.question }
    : { ...(v.unit ? { unit: v.unit } : {}), question: v.question };
const referSchema = checkedAsBody(looseForm<ReferValues>(), referBody, ZReferralRequest);

const ReferForm = ({ jobseekerId, done }: { jobseekerId: string; done: DisclosureDone }) => {
  const form = useContractForm(referSchema, { target: 'unit', unit: '', externalProvider: '', question: '' });
  const { run } = useCommand([scopes.jobseeker(jobseekerId)]);
  return (
    <KitForm
      form={form}
      idPrefix="referral-"
      onSubmit={async (values) => {
        await run(() =>
          api.post(`/api/jobseekers/${encodeURIComponent(jobseekerId)}/referrals`, referBody(values)),
        );
        done(t.referred);
      }}
    >
      <KitRadioGroupField
        name="target"
        label={t.target}
        options={[
          { value: 'unit', label: t.targetUnit },
          { value: 'external', label: t.targetExternal },
        ]}
      />
      {form.watch('target') === 'external' ? (
        <KitTextField name="externalProvider" id="referral-provider" label={t.provider} maxLength={200} />
      ) : (
        <KitSelectField
          name="unit"
          label={t.unit}
          placeholder={t.chooseUnit}
          options={backOfficeUnits.map((u) => ({ value: u, label: nl.backOfficeUnits[u] }))}
        />
      )}
      <KitTextAreaField name="question" label={t.question} maxLength={4000} />
      <KitSubmit>{t.refer}</KitSubmit>
    </KitForm>
  );
};

/** Records an external provider's answer (a back office answers from its own worklist). */
const ExternalAnswerForm = ({ referral }: { referral: TReferral }) => {
  const form = useContractForm(ZReferralAnswer, { answer: '' });
  const { run } = useCommand([scopes.jobseeker(referral.jobseekerId)]);
  return (
    <KitForm
      form={form}
      onSubmit={(values) =>
        run(() => api.post(`/api/referrals/${encodeURIComponent(referral.id)}/answer`, values))
      }
    >
      <KitTextAreaField
        name="answer"
        id={`referral-answer-${referral.id}`}
        label={t.recordAnswerLabel(referralTarget(referral))}
        maxLength={4000}
      />
      <KitSubmit appearance="secondary-action-button">{t.recordAnswer}</KitSubmit>
    </KitForm>
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
