import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { TActionPlan } from '../../../../contracts/action-plan.ts';
import type { TSummons } from '../../../../contracts/summons.ts';
import { fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import {
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextField,
  TextAreaField,
} from '../../../shared/ui/form.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { StatusMessage, useAction } from './section-kit.tsx';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const t = nl.plan.summonses;

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
  const [agreementIds, setAgreementIds] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [referTo, setReferTo] = useState('');
  const { busy, message, errors, setErrors, run } = useAction([scopes.jobseeker(jobseekerId)]);
  const broken = plan.status === 'success' ? plan.data.agreements.filter((a) => a.status === 'broken') : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (agreementIds.length === 0) local.agreementIds = fieldErrorMessage('agreementIds', 'choose_one');
    if (!reason.trim()) local.reason = fieldErrorMessage('reason', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(async () => {
      await api.post(`/api/jobseekers/${encodeURIComponent(jobseekerId)}/summonses`, {
        reason,
        agreementIds,
        ...(referTo ? { referToUnit: referTo } : {}),
      });
    }).then((ok) => ok && done(t.issued));
  };
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage message={message} />
      {plan.status === 'success' && broken.length === 0 ? (
        <Paragraph>{t.noBroken}</Paragraph>
      ) : (
        <>
          {first ? <Paragraph>{t.firstNotice}</Paragraph> : null}
          <CheckboxGroupField
            id="summons-agreements"
            label={t.agreements}
            values={agreementIds}
            error={errors.agreementIds}
            options={broken.map((a) => ({
              value: a.id,
              label: `${a.description} (${formatDate(a.dueDate)})`,
            }))}
            onChange={setAgreementIds}
          />
          <TextAreaField
            id="summons-reason"
            label={t.reason}
            value={reason}
            error={errors.reason}
            maxLength={2000}
            onChange={setReason}
          />
          {first ? null : (
            <SelectField
              id="summons-refer"
              label={t.referTo}
              value={referTo}
              error={errors.referToUnit}
              options={[
                { value: '', label: t.referNone },
                { value: 'enforcement', label: nl.backOfficeUnits.enforcement },
                { value: 'income', label: nl.backOfficeUnits.income },
              ]}
              onChange={setReferTo}
            />
          )}
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.issue}
          </Button>
        </>
      )}
    </form>
  );
};

const DecisionForm = ({ summons }: { summons: TSummons }) => {
  const [outcome, setOutcome] = useState<'imposed' | 'waived'>('imposed');
  const [percentage, setPercentage] = useState('');
  const [months, setMonths] = useState('');
  const [reasoning, setReasoning] = useState('');
  const { busy, message, errors, setErrors, run } = useAction([scopes.jobseeker(summons.jobseekerId)]);
  const prefix = `decision-${summons.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (outcome === 'imposed' && !/^\d+$/.test(percentage))
      local.percentage = fieldErrorMessage('percentage', 'required');
    if (outcome === 'imposed' && !/^\d+$/.test(months))
      local.months = fieldErrorMessage('months', 'required');
    if (!reasoning.trim()) local.reasoning = fieldErrorMessage('reasoning', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(async () => {
      await api.post(`/api/summonses/${encodeURIComponent(summons.id)}/decision`, {
        outcome,
        percentage: outcome === 'imposed' ? Number(percentage) : null,
        months: outcome === 'imposed' ? Number(months) : null,
        reasoning,
      });
      return t.decided;
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <Heading3 id={`${prefix}-heading`}>{t.decideHeading(summons.sequence)}</Heading3>
      <StatusMessage message={message} />
      <RadioGroupField
        id={`${prefix}-outcome`}
        label={t.outcome}
        value={outcome}
        options={[
          { value: 'imposed', label: t.outcomes.imposed },
          { value: 'waived', label: t.outcomes.waived },
        ]}
        onChange={(v) => setOutcome(v === 'waived' ? 'waived' : 'imposed')}
      />
      {outcome === 'imposed' ? (
        <>
          <TextField
            id={`${prefix}-percentage`}
            label={t.percentage}
            value={percentage}
            error={errors.percentage}
            inputMode="numeric"
            size="short"
            onChange={setPercentage}
          />
          <TextField
            id={`${prefix}-months`}
            label={t.months}
            value={months}
            error={errors.months}
            inputMode="numeric"
            size="short"
            onChange={setMonths}
          />
        </>
      ) : null}
      <TextAreaField
        id={`${prefix}-reasoning`}
        label={t.reasoning}
        value={reasoning}
        error={errors.reasoning}
        maxLength={4000}
        onChange={setReasoning}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.decide}
      </Button>
    </form>
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
