import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { TActionPlan } from '../../../../contracts/action-plan.ts';
import { ZSanctionDecisionRequest, ZSummonsRequest, type TSummons } from '../../../../contracts/summons.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { StatusMessage, type Message } from './section-kit.tsx';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm, wholeNumber } from '../../../shared/lib/form-problems.ts';
import {
  KitCheckboxGroupField,
  KitForm,
  KitRadioGroupField,
  KitSelectField,
  KitSubmit,
  KitTextAreaField,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const t = nl.plan.summonses;

interface IssueValues {
  agreementIds: string[];
  reason: string;
  referToUnit: string;
}
const issueBody = (v: IssueValues) => ({
  reason: v.reason,
  agreementIds: v.agreementIds,
  ...(v.referToUnit ? { referToUnit: v.referToUnit } : {}),
});
const issueSchema = checkedAsBody(looseForm<IssueValues>(), issueBody, ZSummonsRequest);

interface DecisionValues {
  outcome: string;
  percentage: string;
  months: string;
  reasoning: string;
}
const decisionBody = (v: DecisionValues) => ({
  outcome: v.outcome,
  percentage: v.outcome === 'imposed' ? wholeNumber(v.percentage) : null,
  months: v.outcome === 'imposed' ? wholeNumber(v.months) : null,
  reasoning: v.reasoning,
});
const decisionSchema = checkedAsBody(looseForm<DecisionValues>(), decisionBody, ZSanctionDecisionRequest);

const decisionText = (s: TSummons): string => {
  if (!s.sanctionPossible) return t.noSanction;
  if (!s.decision) return t.awaiting;
  return s.decision.outcome === 'imposed'
    ? t.imposed(s.decision.percentage ?? 0, s.decision.months ?? 0)
    : t.waived;
};

const IssueForm = ({
  jobseekerId,
  first,
  plan,
  done,
}: {
  jobseekerId: string;
  first: boolean;
  /** The action plan, read by the section, so the broken agreements are there when the form opens. */
  plan: UseQueryResult<TActionPlan>;
  done: DisclosureDone;
}) => {
  const form = useContractForm(issueSchema, { agreementIds: [], reason: '', referToUnit: '' });
  const { run } = useCommand([scopes.jobseeker(jobseekerId)]);
  const broken = plan.status === 'success' ? plan.data.agreements.filter((a) => a.status === 'broken') : [];
  return (
    <KitForm
      form={form}
      idPrefix="summons-"
      onSubmit={async (values) => {
        await run(() =>
          api.post(`/api/jobseekers/${encodeURIComponent(jobseekerId)}/summonses`, issueBody(values)),
        );
        done(t.issued);
      }}
    >
      {plan.status === 'success' && broken.length === 0 ? (
        <Paragraph>{t.noBroken}</Paragraph>
      ) : (
        <>
          {first ? <Paragraph>{t.firstNotice}</Paragraph> : null}
          <KitCheckboxGroupField
            name="agreementIds"
            id="summons-agreements"
            label={t.agreements}
            options={broken.map((a) => ({
              value: a.id,
              label: `${a.description} (${formatDate(a.dueDate)})`,
            }))}
          />
          <KitTextAreaField name="reason" label={t.reason} maxLength={2000} />
          {first ? null : (
            <KitSelectField
              name="referToUnit"
              id="summons-refer"
              label={t.referTo}
              options={[
                { value: '', label: t.referNone },
                { value: 'enforcement', label: nl.backOfficeUnits.enforcement },
                { value: 'income', label: nl.backOfficeUnits.income },
              ]}
            />
          )}
          <KitSubmit>{t.issue}</KitSubmit>
        </>
      )}
    </KitForm>
  );
};

const DecisionForm = ({ summons }: { summons: TSummons }) => {
  const form = useContractForm(decisionSchema, {
    outcome: 'imposed',
    percentage: '',
    months: '',
    reasoning: '',
  });
  const { run } = useCommand([scopes.jobseeker(summons.jobseekerId)]);
  const [message, setMessage] = useState<Message>(null);
  const prefix = `decision-${summons.id}`;
  return (
    <KitForm
      form={form}
      idPrefix={`${prefix}-`}
      aria-labelledby={`${prefix}-heading`}
      onSubmit={async (values) => {
        await run(() =>
          api.post(`/api/summonses/${encodeURIComponent(summons.id)}/decision`, decisionBody(values)),
        );
        setMessage({ type: 'ok', text: t.decided });
      }}
    >
      <Heading3 id={`${prefix}-heading`}>{t.decideHeading(summons.sequence)}</Heading3>
      <StatusMessage message={message} />
      <KitRadioGroupField
        name="outcome"
        label={t.outcome}
        options={[
          { value: 'imposed', label: t.outcomes.imposed },
          { value: 'waived', label: t.outcomes.waived },
        ]}
      />
      {form.watch('outcome') === 'imposed' ? (
        <>
          <KitTextField name="percentage" label={t.percentage} inputMode="numeric" size="short" />
          <KitTextField name="months" label={t.months} inputMode="numeric" size="short" />
        </>
      ) : null}
      <KitTextAreaField name="reasoning" label={t.reasoning} maxLength={4000} />
      <KitSubmit>{t.decide}</KitSubmit>
    </KitForm>
  );
};

/** Summonses after broken agreements, their sanction decisions, issuing and deciding. */
export const SummonsesSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const mayIssue = can(session, 'case.manage');
  const mayDecide =
    can(session, 'sanction.decide') &&
    (session.employee.backOfficeUnit === 'enforcement' || session.employee.backOfficeUnit === 'income');
  const resource = useQuery(queries.summonses(jobseeker.id));
  const plan = useQuery({ ...queries.actionPlan(jobseeker.id), enabled: mayIssue });
  const items = resource.status === 'success' ? resource.data.items : [];
  const undecided = items.filter((s) => s.sanctionPossible && !s.decision);
  return (
    <>
      <ListStatus query={resource} size={items.length} none={t.none} />
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          captionVisible
          rows={items}
          rowKey={(s) => s.id}
          columns={[
            { key: 'number', header: t.columns.number, cell: (s) => t.number(s.sequence) },
            { key: 'reason', header: t.columns.reason, cell: (s) => s.reason },
            {
              key: 'issued',
              header: t.columns.issued,
              cell: (s) => (
                <>
                  {s.issuedBy.name}, {formatDateTime(s.issuedAt)}
                </>
              ),
            },
            {
              key: 'decision',
              header: t.columns.decision,
              cell: (s) => (
                <>
                  {decisionText(s)}
                  {s.decision ? (
                    <>
                      <br />
                      <span className="werkplein-muted">
                        {t.decidedBy(s.decision.decidedBy.name, formatDateTime(s.decision.decidedAt))}
                      </span>
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
      {mayDecide ? undecided.map((s) => <DecisionForm key={s.id} summons={s} />) : null}
      {mayIssue && resource.status === 'success' ? (
        <FormDisclosure label={t.issueOpen}>
          {(done) => (
            <IssueForm jobseekerId={jobseeker.id} first={items.length === 0} plan={plan} done={done} />
          )}
        </FormDisclosure>
      ) : null}
    </>
  );
};
