import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { outflowReasons, participationSteps, type TCaseFlowChange } from '../../../../contracts/case-flow.ts';
import { errorMessage, fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.caseflow;
const f = t.flow;

const stepOptions = participationSteps.map((s) => ({ value: String(s), label: t.step(s) }));
const reasonOptions = outflowReasons.map((r) => ({ value: r, label: t.outflowReasons[r] }));

type Notice = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

/** Participatieladder, activation for matching, outflow with aftercare, and handover to income. */
// The section keeps its own version (from /case-flow). A command invalidates the whole dossier, which
// loads again behind what is on screen: no section unmounts, so messages and keyboard focus stay.
export const CaseFlowSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const base = `/api/jobseekers/${encodeURIComponent(jobseeker.id)}`;
  const resource = useQuery(queries.caseFlow(jobseeker.id));
  const command = useCommand([scopes.jobseeker(jobseeker.id), ...scopes.jobseekerLists]);
  const [step, setStep] = useState('');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayInAmsterdam());
  const [note, setNote] = useState('');
  const [handoverReason, setHandoverReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const busy = command.busy;

  if (resource.isPending) return <Loading />;
  if (resource.isError)
    return <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />;
  const flow = resource.data;
  const mayEdit = can(session, 'case.manage');
  const closed = flow.outflowDate !== null || flow.handedOverAt !== null;

  /** Sends one command; field errors go to `prefix`-ed fields, a conflict shows the case as it is now. */
  const send = async (
    method: 'put' | 'post',
    path: string,
    body: Record<string, unknown>,
    fieldPrefix: string,
    okText: (r: TCaseFlowChange) => string,
  ) => {
    setNotice(null);
    setErrors({});
    try {
      const result = await command.run(() =>
        api[method]<TCaseFlowChange>(`${base}/${path}`, { ...body, version: flow.version }),
      );
      setNotice({ kind: 'ok', text: okText(result) });
      return true;
    } catch (error) {
      if (isApiError(error) && error.code === 'conflict') {
        setNotice({ kind: 'warning', text: error.details.rule === 'case_closed' ? f.closed : f.conflict });
      } else if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0) {
        setErrors(
          Object.fromEntries(
            error.fields.map((p) => [
              `${fieldPrefix}-${p.path}`,
              t.fieldErrors[p.code] ?? fieldErrorMessage(p.path, p.code),
            ]),
          ),
        );
      } else {
        setNotice({ kind: 'error', text: errorMessage(isApiError(error) ? error.code : 'internal') });
      }
      return false;
    }
  };

  // After a successful save the form closes (`done`); the notice above the section says what happened.
  const saveStep = async (event: FormEvent, done: DisclosureDone) => {
    event.preventDefault();
    if (!step) return setErrors({ 'step-step': t.fieldErrors.step_required ?? '' });
    if (await send('put', 'participation-step', { step: Number(step) }, 'step', () => f.saved)) {
      setStep('');
      done();
    }
  };
  const toggleActivation = () =>
    send('put', 'activation', { availableForWork: !flow.availableForWork }, 'activation', () => f.saved);
  const saveOutflow = async (event: FormEvent, done: DisclosureDone) => {
    event.preventDefault();
    if (!reason) return setErrors({ 'outflow-reason': t.fieldErrors.reason_required ?? '' });
    const saved = await send('post', 'outflow', { reason, date, note }, 'outflow', (r) =>
      r.aftercareTaskId ? `${f.outflowSaved} ${f.aftercareCreated}` : f.outflowSaved,
    );
    if (saved) done();
  };
  const saveHandover = async (event: FormEvent, done: DisclosureDone) => {
    event.preventDefault();
    if (!handoverReason.trim())
      return setErrors({ 'handover-reason': t.fieldErrors.handover_required ?? '' });
    if (await send('post', 'handover', { reason: handoverReason }, 'handover', () => f.handoverSaved)) done();
  };

  return (
    <>
      {notice ? (
        <Alert type={notice.kind}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      ) : null}

      <Heading3>{f.ladderHeading}</Heading3>
      <Paragraph>{flow.participationStep ? t.step(flow.participationStep) : f.ladderNone}</Paragraph>
      {mayEdit && !closed ? (
        <FormDisclosure label={f.ladderOpen}>
          {(done) => (
            <form onSubmit={(event) => void saveStep(event, done)} noValidate className="werkplein-form">
              <SelectField
                id="step-step"
                label={f.ladderLabel}
                value={step}
                onChange={setStep}
                placeholder={f.chooseStep}
                options={stepOptions}
                error={errors['step-step']}
              />
              <Button type="submit" appearance="secondary-action-button" disabled={busy}>
                {f.ladderSave}
              </Button>
            </form>
          )}
        </FormDisclosure>
      ) : null}

      <Heading3>{f.activationHeading}</Heading3>
      <Paragraph>
        {flow.availableForWork && flow.activatedAt
          ? f.activated(formatDateTime(flow.activatedAt))
          : f.notActivated}
      </Paragraph>
      {mayEdit && !closed ? (
        <Button type="button" appearance="secondary-action-button" onClick={toggleActivation} disabled={busy}>
          {flow.availableForWork ? f.deactivate : f.activate}
        </Button>
      ) : null}

      <Heading3>{f.outflowHeading}</Heading3>
      {flow.outflowDate && flow.outflowReason ? (
        <Paragraph>
          {f.outflowDone(t.outflowReasons[flow.outflowReason], formatDate(flow.outflowDate))}
        </Paragraph>
      ) : mayEdit && !closed ? (
        <FormDisclosure label={f.outflowOpen}>
          {(done) => (
            <form onSubmit={(event) => void saveOutflow(event, done)} noValidate className="werkplein-form">
              <Paragraph>{f.outflowIntro}</Paragraph>
              <SelectField
                id="outflow-reason"
                label={f.reasonLabel}
                value={reason}
                onChange={setReason}
                placeholder={f.chooseReason}
                options={reasonOptions}
                error={errors['outflow-reason']}
              />
              <TextField
                id="outflow-date"
                type="date"
                label={f.dateLabel}
                description={f.dateDescription}
                value={date}
                onChange={setDate}
                error={errors['outflow-date']}
              />
              <TextField
                id="outflow-note"
                label={f.noteLabel}
                value={note}
                onChange={setNote}
                optional
                maxLength={1000}
                error={errors['outflow-note']}
              />
              <Button type="submit" appearance="primary-action-button" disabled={busy}>
                {f.outflowSave}
              </Button>
            </form>
          )}
        </FormDisclosure>
      ) : null}

      <Heading3>{f.handoverHeading}</Heading3>
      {flow.handedOverAt ? (
        <Paragraph>{f.handoverDone(formatDateTime(flow.handedOverAt))}</Paragraph>
      ) : mayEdit && !closed ? (
        <FormDisclosure label={f.handoverOpen}>
          {(done) => (
            <form onSubmit={(event) => void saveHandover(event, done)} noValidate className="werkplein-form">
              <Paragraph>{f.handoverIntro}</Paragraph>
              <TextField
                id="handover-reason"
                label={f.handoverReasonLabel}
                value={handoverReason}
                onChange={setHandoverReason}
                maxLength={1000}
                error={errors['handover-reason']}
              />
              <Button type="submit" appearance="secondary-action-button" disabled={busy}>
                {f.handoverSave}
              </Button>
            </form>
          )}
        </FormDisclosure>
      ) : null}
      {!mayEdit ? <Paragraph className="werkplein-muted">{f.readOnly}</Paragraph> : null}
    </>
  );
};
