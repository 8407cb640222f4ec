/**
 * The nominations on one vacancy with their history, and what the session may do with each: the
 * matchmaker presents a candidate and records the employer's feedback (a placement after a
 * confirmation that says what it records); the klantmanager withdraws a candidate.
 */
import {
  Button,
  ButtonGroup,
  Heading3,
  Heading4,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  nominationStatusesInProgress,
  type TNomination,
  type TNominationStatus,
} from '../../../../contracts/nomination.ts';
import type { TVacancy } from '../../../../contracts/vacancy.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { RadioGroupField, TextField, TextAreaField } from '../../../shared/ui/form.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { NominationStatusBadge } from '../../matching/components/nomination-status-badge.tsx';
import { Notice, type NoticeValue } from '../../matching/components/notice.tsx';
import { describeFailure, type Failure } from '../../matching/nomination-failure.ts';
import { placementEffects } from '../../matching/placement.ts';

const t = nl.matching.nominations;

/**
 * A button whose accessible name starts with its visible text and then says whom it is about, as
 * "Voorstellen aan de werkgever (Fatima Jansen)", so each of a list of such buttons is clear alone.
 */
const ActionButton = ({
  text,
  about,
  ...rest
}: {
  text: string;
  about: string;
  onClick: () => void;
  disabled?: boolean;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) => (
  <Button type="button" appearance={rest.appearance ?? 'secondary-action-button'} {...rest}>
    {text}
    <span className="werkplein-visually-hidden">{` (${about})`}</span>
  </Button>
);

const History = ({ n }: { n: TNomination }) => (
  <OrderedList aria-label={t.historyLabel(n.jobseeker.name)}>
    <OrderedListItem>
      {t.proposed(n.proposedBy.name, formatDateTime(n.proposedAt))}
      <br />
      {t.motivation(n.motivation)}
    </OrderedListItem>
    {n.presentedAt ? <OrderedListItem>{t.presented(formatDateTime(n.presentedAt))}</OrderedListItem> : null}
    {n.feedbackAt && (n.status === 'invited' || n.status === 'hired' || n.status === 'rejected') ? (
      <OrderedListItem>
        {t.feedback(nl.matching.nominationStatuses[n.status], formatDateTime(n.feedbackAt))}
        {n.status === 'hired' && n.startDate ? (
          <>
            <br />
            {t.startDate(formatDate(n.startDate))}
          </>
        ) : null}
        {n.status === 'rejected' && n.rejectionReason ? (
          <>
            <br />
            {t.reason(n.rejectionReason)}
          </>
        ) : null}
      </OrderedListItem>
    ) : null}
    {n.withdrawnAt ? <OrderedListItem>{t.withdrawn(formatDateTime(n.withdrawnAt))}</OrderedListItem> : null}
  </OrderedList>
);

type Outcome = 'invited' | 'rejected' | 'hired';

/** The employer's answer; "aangenomen" first shows what the placement will record, then records it. */
const FeedbackForm = ({
  n,
  vacancy,
  onDone,
  onFailure,
}: {
  n: TNomination;
  vacancy: TVacancy;
  onDone: (text: string) => void;
  onFailure: (failure: Failure) => void;
}) => {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const [startDate, setStartDate] = useState(todayInAmsterdam());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const name = n.jobseeker.name;
  const outcomes: Outcome[] =
    n.status === 'presented' ? ['invited', 'rejected', 'hired'] : ['rejected', 'hired'];

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const send = async () => {
    setBusy(true);
    try {
      await api.post<TNomination>(`/api/nominations/${encodeURIComponent(n.id)}/feedback`, {
        outcome,
        ...(outcome === 'rejected' ? { reason } : {}),
        ...(outcome === 'hired' ? { startDate } : {}),
      });
      const effects = placementEffects(vacancy.kind, startDate);
      onDone(
        outcome === 'hired'
          ? effects.outflowReason
            ? t.hiredDone(name, formatDate(startDate))
            : t.hiredDoneNoOutflow(name, formatDate(startDate))
          : t.feedbackDone(name, t.outcomes[outcome as Outcome]),
      );
    } catch (error) {
      const failure = describeFailure(error);
      setErrors(failure.fields);
      setConfirming(false);
      onFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (outcome === '') problems.outcome = t.choose;
    if (outcome === 'rejected' && reason.trim() === '')
      problems.reason = nl.matching.fieldErrors.reason?.required ?? '';
    if (outcome === 'hired' && startDate === '')
      problems.startDate = nl.matching.fieldErrors.startDate?.required ?? '';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (outcome === 'hired') setConfirming(true);
    else void send();
  };

  if (confirming) {
    const effects = placementEffects(vacancy.kind, startDate);
    return (
      <div
        ref={confirmRef}
        tabIndex={-1}
        role="group"
        aria-labelledby={`${id}-confirm`}
        className="werkplein-panel werkplein-focus-target"
      >
        <Heading4 id={`${id}-confirm`}>{t.confirmHeading}</Heading4>
        <Paragraph>{t.confirmIntro(name, formatDate(startDate))}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            {t.confirmPosition(vacancy.positions - vacancy.positionsFilled)}
          </UnorderedListItem>
          <UnorderedListItem>
            {effects.outflowReason
              ? t.confirmOutflow(
                  name,
                  formatDate(startDate),
                  nl.caseflow.outflowReasons[effects.outflowReason].toLowerCase(),
                )
              : t.confirmNoOutflow(name)}
          </UnorderedListItem>
          <UnorderedListItem>{t.confirmAftercare(formatDate(effects.aftercareDate))}</UnorderedListItem>
        </UnorderedList>
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={busy}
            onClick={() => void send()}
          >
            {t.confirm}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t.back}
          </Button>
        </ButtonGroup>
      </div>
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
      className="werkplein-panel werkplein-form"
    >
      <Heading4 id={`${id}-heading`}>{t.feedbackHeading(name)}</Heading4>
      <RadioGroupField
        id={`${id}-outcome`}
        label={t.outcome}
        options={outcomes.map((o) => ({ value: o, label: t.outcomes[o] }))}
        value={outcome}
        error={errors.outcome}
        onChange={(v) => setOutcome(v as Outcome)}
      />
      {outcome === 'rejected' ? (
        <TextAreaField
          id={`${id}-reason`}
          label={t.reasonLabel}
          value={reason}
          maxLength={2000}
          error={errors.reason}
          onChange={setReason}
        />
      ) : null}
      {outcome === 'hired' ? (
        <TextField
          id={`${id}-start`}
          label={t.startDateLabel}
          type="date"
          value={startDate}
          error={errors.startDate}
          onChange={setStartDate}
        />
      ) : null}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.saveFeedback}
      </Button>
    </form>
  );
};

/** Withdrawal cannot be undone (one nomination per vacancy and jobseeker), so it asks first. */
const Withdraw = ({
  n,
  onDone,
  onFailure,
}: {
  n: TNomination;
  onDone: (text: string) => void;
  onFailure: (f: Failure) => void;
}) => {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const name = n.jobseeker.name;
  const withdraw = async () => {
    setBusy(true);
    try {
      await api.post<TNomination>(`/api/nominations/${encodeURIComponent(n.id)}/withdrawal`);
      onDone(t.withdrawn_done(name));
    } catch (error) {
      setAsking(false);
      onFailure(describeFailure(error));
    } finally {
      setBusy(false);
    }
  };
  if (!asking) return <ActionButton text={t.withdraw} about={name} onClick={() => setAsking(true)} />;
  return (
    <div className="werkplein-panel">
      <Paragraph ref={question} tabIndex={-1} className="werkplein-focus-target">
        {t.withdrawConfirm(name)}
      </Paragraph>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={() => void withdraw()}
        >
          {t.withdrawYes}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t.withdrawNo}
        </Button>
      </ButtonGroup>
    </div>
  );
};

const inProgress = (status: TNominationStatus) =>
  (nominationStatusesInProgress as readonly TNominationStatus[]).includes(status);

export const NominationList = ({
  vacancy,
  nominations,
  onChanged,
}: {
  vacancy: TVacancy;
  nominations: readonly TNomination[];
  onChanged: () => void;
}) => {
  const session = useSession();
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const open = vacancy.status === 'open' && vacancy.positionsFilled < vacancy.positions;
  const manages = can(session, 'nomination.manage');
  const proposes = can(session, 'nomination.propose');
  const readsDossiers = can(session, 'jobseeker.read');

  const done = (text: string) => {
    setNotice({ type: 'ok', text });
    onChanged();
  };
  const failed = (failure: Failure) => {
    setNotice({ type: 'error', text: failure.message });
    onChanged();
  };
  const present = async (n: TNomination) => {
    setBusyId(n.id);
    try {
      await api.post<TNomination>(`/api/nominations/${encodeURIComponent(n.id)}/presentation`);
      done(t.presented_done(n.jobseeker.name));
    } catch (error) {
      failed(describeFailure(error));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <Notice notice={notice} />
      {nominations.length === 0 ? <Paragraph>{t.none}</Paragraph> : null}
      <ul className="werkplein-card-list">
        {nominations.map((n) => (
          <li key={n.id} className="werkplein-card">
            <Heading3>
              {readsDossiers ? (
                <RouterLink to={paths.dossier(n.jobseeker.id)}>{n.jobseeker.name}</RouterLink>
              ) : (
                n.jobseeker.name
              )}
            </Heading3>
            <Paragraph>
              {t.statusLabel} <NominationStatusBadge status={n.status} />
            </Paragraph>
            <History n={n} />
            {manages && open && n.status === 'proposed' ? (
              <ActionButton
                text={t.present}
                about={n.jobseeker.name}
                appearance="primary-action-button"
                disabled={busyId === n.id}
                onClick={() => void present(n)}
              />
            ) : null}
            {manages && open && (n.status === 'presented' || n.status === 'invited') ? (
              <FeedbackForm n={n} vacancy={vacancy} onDone={done} onFailure={failed} />
            ) : null}
            {proposes && inProgress(n.status) ? <Withdraw n={n} onDone={done} onFailure={failed} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
};
