import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { documentKinds, MAX_DOCUMENT_BYTES } from '../../../../contracts/document-kinds.ts';
import type { TDocument } from '../../../../contracts/document.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { can } from '../../../shared/lib/access.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { SelectField } from '../../../shared/ui/form.tsx';
import { FormDisclosure } from '../../../shared/ui/form-disclosure.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.document;
const kb = (bytes: number) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));

/**
 * Uploads a document, or a new version of `replacing`. Calls `done` with the success message;
 * `onCancel` (only when replacing) drops the new version.
 */
const documentsPath = (jobseekerId: string) => `/api/jobseekers/${encodeURIComponent(jobseekerId)}/documents`;

const UploadForm = ({
  jobseekerId,
  replacing,
  done,
  onCancel,
}: {
  jobseekerId: string;
  replacing: TDocument | null;
  done: (message: string) => void;
  onCancel?: () => void;
}) => {
  const [kind, setKind] = useState<string>('cv');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand([scopes.jobseeker(jobseekerId)]);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setProblem(t.fileRequired);
    if (file.size > MAX_DOCUMENT_BYTES) return setProblem(t.fileTooLarge);
    setProblem(null);
    try {
      await run(() =>
        api.upload<TDocument>(documentsPath(jobseekerId), file, {
          kind: replacing ? replacing.kind : kind,
          filename: file.name,
          replaces: replacing?.id,
        }),
      );
      done(t.uploaded(file.name));
    } catch (error) {
      setProblem(isApiError(error) ? errorMessage(error.code) : errorMessage('internal'));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={replacing ? 'document-replace-heading' : undefined}>
      {replacing ? (
        <Heading3 id="document-replace-heading">{t.replaceHeading(replacing.filename)}</Heading3>
      ) : null}
      {!replacing ? (
        <SelectField
          id="document-kind"
          label={t.kindLabel}
          value={kind}
          onChange={setKind}
          options={documentKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
        />
      ) : null}
      <FormField type="text" invalid={Boolean(problem)} className="utrecht-form-field--distanced">
        <FormLabel htmlFor="document-file">{t.fileLabel}</FormLabel>
        <FormFieldDescription id="document-file-description">{t.fileDescription}</FormFieldDescription>
        {problem ? <FormFieldErrorMessage id="document-file-error">{problem}</FormFieldErrorMessage> : null}
        <div className="utrecht-form-field__input">
          <input
            ref={fileInput}
            id="document-file"
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,.docx,.odt,application/pdf,image/png,image/jpeg"
            aria-describedby={
              problem ? 'document-file-description document-file-error' : 'document-file-description'
            }
            aria-invalid={problem ? true : undefined}
          />
        </div>
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {busy ? t.uploading : t.upload}
      </Button>{' '}
      {onCancel ? (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t.cancelReplace}
        </Button>
      ) : null}
    </form>
  );
};

/**
 * The dossier's documents: every version, download, upload and a new version of one. A new
 * document is uploaded behind its button; a new version of a listed one opens from its row.
 */
export const DocumentsSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const resource = useQuery(queries.documents(jobseeker.id));
  const [replacing, setReplacing] = useState<TDocument | null>(null);
  const [replaced, setReplaced] = useState<string | null>(null);
  const mayManage = can(session, 'document.manage');

  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <ListStatus query={resource} size={items.length} none={t.none} />
      {items.length > 0 ? (
        <DataTable
          caption={t.caption}
          captionVisible
          rows={items}
          rowKey={(d) => d.id}
          columns={[
            { key: 'kind', header: t.columns.kind, cell: (d) => t.kinds[d.kind] },
            {
              key: 'file',
              header: t.columns.file,
              cell: (d) => (
                <>
                  <a
                    href={`${documentsPath(jobseeker.id)}/${encodeURIComponent(d.id)}/content`}
                    download={d.filename}
                    aria-label={t.download(d.filename)}
                  >
                    {d.filename}
                  </a>
                  {d.superseded ? <span className="werkplein-muted"> ({t.replacedBy})</span> : null}
                  {!d.superseded && mayManage ? (
                    <>
                      {' '}
                      <Button
                        appearance="subtle-button"
                        type="button"
                        onClick={() => {
                          setReplaced(null);
                          setReplacing(d);
                        }}
                      >
                        {t.newVersion(d.filename)}
                      </Button>
                    </>
                  ) : null}
                </>
              ),
            },
            { key: 'version', header: t.columns.version, cell: (d) => d.version },
            { key: 'size', header: t.columns.size, cell: (d) => t.sizeKb(kb(d.sizeBytes)) },
            { key: 'by', header: t.columns.by, cell: (d) => d.uploadedBy.name },
            {
              key: 'at',
              header: t.columns.at,
              cell: (d) => <time dateTime={d.uploadedAt}>{formatDateTime(d.uploadedAt)}</time>,
            },
          ]}
        />
      ) : null}

      {replaced ? (
        <Alert type="ok" role="status">
          <Paragraph>{replaced}</Paragraph>
        </Alert>
      ) : null}
      {mayManage && replacing ? (
        <UploadForm
          key={replacing.id}
          jobseekerId={jobseeker.id}
          replacing={replacing}
          done={(message) => {
            setReplaced(message);
            setReplacing(null);
          }}
          onCancel={() => setReplacing(null)}
        />
      ) : null}
      {mayManage && !replacing ? (
        <FormDisclosure label={t.uploadOpen}>
          {(done) => <UploadForm jobseekerId={jobseeker.id} replacing={null} done={done} />}
        </FormDisclosure>
      ) : null}
    </>
  );
};
