import { Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { TNote } from '../../../../contracts/document.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { TextAreaField } from '../../../shared/ui/form.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.document;

/** Free-text notes in the dossier, newest first, with who wrote them. */
export const NotesSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const resource = useQuery(queries.notes(jobseeker.id));
  const { run, busy } = useCommand([scopes.jobseeker(jobseeker.id)]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent, done: DisclosureDone) => {
    event.preventDefault();
    if (text.trim() === '') return setProblem(t.noteRequired);
    setProblem(null);
    try {
      await run(() => api.post<TNote>(`/api/jobseekers/${encodeURIComponent(jobseeker.id)}/notes`, { text }));
      setText('');
      done(t.noteAdded);
    } catch (error) {
      setProblem(isApiError(error) ? errorMessage(error.code) : errorMessage('internal'));
    }
  };

  return (
    <>
      <ListStatus
        query={resource}
        size={resource.status === 'success' ? resource.data.items.length : 0}
        none={t.notesNone}
      />
      {resource.status === 'success' && resource.data.items.length > 0 ? (
        <UnorderedList>
          {resource.data.items.map((n) => (
            <UnorderedListItem key={n.id}>
              <Paragraph className="werkplein-note">{n.text}</Paragraph>
              <Paragraph className="werkplein-muted">
                {t.noteBy(n.createdBy.name, formatDateTime(n.createdAt))}
              </Paragraph>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {can(session, 'document.manage') ? (
        <FormDisclosure label={t.addNoteOpen}>
          {(done) => (
            <form onSubmit={(event) => void submit(event, done)} noValidate>
              <TextAreaField
                id="note-text"
                label={t.noteLabel}
                value={text}
                maxLength={4000}
                error={problem ?? undefined}
                onChange={setText}
              />
              <Button type="submit" appearance="primary-action-button" disabled={busy}>
                {t.addNote}
              </Button>
            </form>
          )}
        </FormDisclosure>
      ) : null}
    </>
  );
};
