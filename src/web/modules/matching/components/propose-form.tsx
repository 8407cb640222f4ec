/**
 * The klantmanager proposes a jobseeker for a vacancy, with a motivation for the matchmaker. Focus
 * goes to the motivation when the form opens; the caller says what happens after.
 */
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TNomination } from '../../../../contracts/nomination.ts';
import { nl } from '../../../i18n/nl.ts';
import { api } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { scopes } from '../../../shared/lib/queries.ts';
import { describeFailure } from '../nomination-failure.ts';
import { TextAreaField } from '../../../shared/ui/form.tsx';

const t = nl.matching.propose;

export const ProposeForm = ({
  vacancy,
  jobseeker,
  onDone,
  onCancel,
}: {
  vacancy: { id: string; title: string };
  jobseeker: { id: string; name: string };
  onDone: (nomination: TNomination) => void;
  onCancel: () => void;
}) => {
  const id = useId();
  const headingId = `${id}-heading`;
  const fieldId = `${id}-motivation`;
  const [motivation, setMotivation] = useState('');
  // A proposal changes the jobseeker's matches, the vacancy's nominations and the caseload's matches.
  const command = useCommand([
    scopes.jobseeker(jobseeker.id),
    scopes.vacancy(vacancy.id),
    scopes.caseloadMatches,
  ]);
  const busy = command.busy;
  const [failure, setFailure] = useState<ReturnType<typeof describeFailure> | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (motivation.trim() === '') {
      setFailure({
        message: nl.errors.validation_failed,
        fields: { motivation: nl.matching.fieldErrors.motivation?.required ?? '' },
      });
      return;
    }
    setFailure(null);
    try {
      onDone(
        await command.run(() =>
          api.post<TNomination>(`/api/vacancies/${encodeURIComponent(vacancy.id)}/nominations`, {
            jobseekerId: jobseeker.id,
            motivation,
          }),
        ),
      );
    } catch (error) {
      setFailure(describeFailure(error));
    }
  };

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      className="werkplein-panel werkplein-form"
    >
      <Paragraph id={headingId}>
        <strong>{t.heading(jobseeker.name, vacancy.title)}</strong>
      </Paragraph>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure.message}</Paragraph>
        </Alert>
      ) : null}
      <TextAreaField
        id={fieldId}
        label={t.motivation}
        description={t.motivationHint}
        value={motivation}
        maxLength={2000}
        error={failure?.fields.motivation}
        onChange={setMotivation}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t.submit}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
};
