import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { ZNoteRequest, type TNote } from '../../../../contracts/document.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { FormDisclosure } from '../../../shared/ui/form-disclosure.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { KitForm, KitSubmit, KitTextAreaField, useContractForm } from '../../../shared/ui/form-kit.tsx';

const t = nl.document;

/** Free-text notes in the dossier, newest first, with who wrote them. */
export const NotesSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const resource = useQuery(queries.notes(jobseeker.id));
  const { run } = useCommand([scopes.jobseeker(jobseeker.id)]);
  const form = useContractForm(ZNoteRequest, { text: '' });

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
            <KitForm
              form={form}
              idPrefix="note-"
              messages={{ text: { required: t.noteRequired, too_small: t.noteRequired } }}
              onSubmit={async (values) => {
                await run(() =>
                  api.post<TNote>(`/api/jobseekers/${encodeURIComponent(jobseeker.id)}/notes`, values),
                );
                form.reset();
                done(t.noteAdded);
              }}
            >
              <KitTextAreaField name="text" label={t.noteLabel} maxLength={4000} />
              <KitSubmit>{t.addNote}</KitSubmit>
            </KitForm>
          )}
        </FormDisclosure>
      ) : null}
    </>
  );
};
