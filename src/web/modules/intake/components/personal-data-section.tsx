import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { ZUpdatePersonRequest, type TUpdatePersonRequest } from '../../../../contracts/intake.ts';
import type { TJobseeker } from '../../../../contracts/jobseeker.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { useCommand } from '../../../shared/lib/commands.ts';
import { formatDate, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { scopes } from '../../../shared/lib/queries.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { KitForm, KitSubmit, useContractForm } from '../../../shared/ui/form-kit.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { notInFuture } from '../../jobseeker-case/register-form.ts';
import { PersonFields } from './person-fields.tsx';

const t = nl.intake.personal;
const labels = nl.register.fields;

const schema = ZUpdatePersonRequest.superRefine(notInFuture(todayInAmsterdam));

/** The form's values: the jobseeker as he is, at his version. */
const valuesOf = (j: TJobseeker): TUpdatePersonRequest => ({
  givenNames: j.givenNames,
  surnamePrefix: j.surnamePrefix,
  surname: j.surname,
  birthDate: j.birthDate,
  gender: j.gender,
  street: j.street,
  houseNumber: j.houseNumber,
  postcode: j.postcode,
  city: j.city,
  phone: j.phone ?? '',
  email: j.email ?? '',
  version: j.version,
});

const shown: Exclude<keyof TUpdatePersonRequest, 'version'>[] = [
  'givenNames',
  'surnamePrefix',
  'surname',
  'birthDate',
  'gender',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'phone',
  'email',
];

/** What the other person saved, so the user sees their change before reapplying his own. */
const TheirVersion = ({ j }: { j: TJobseeker }) => (
  <>
    <Heading3>{t.theirVersion}</Heading3>
    <DataList>
      {shown.map((field) => (
        <DataListItem key={field}>
          <DataListKey>{labels[field]}</DataListKey>
          <DataListValue>
            {field === 'birthDate'
              ? formatDate(j.birthDate)
              : field === 'gender'
                ? nl.genders[j.gender]
                : valuesOf(j)[field] || nl.none}
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  </>
);

/** The edit form, filled from the jobseeker as he was when the user started editing. */
const PersonalDataForm = ({
  jobseeker,
  onDone,
}: {
  jobseeker: TJobseeker;
  onDone: (saved: boolean) => void;
}) => {
  const form = useContractForm(schema, valuesOf(jobseeker));
  const [theirs, setTheirs] = useState<TJobseeker | null>(null);
  // The name and address show in the page heading, lists and other sections: the whole dossier loads again.
  const { run } = useCommand([scopes.jobseeker(jobseeker.id), ...scopes.jobseekerLists]);
  return (
    <KitForm
      form={form}
      className="werkplein-form"
      idPrefix="person-"
      onSubmit={async (values) => {
        await run(() => api.put<TJobseeker>(`/api/jobseekers/${encodeURIComponent(jobseeker.id)}`, values));
        onDone(true);
      }}
      onRefused={(error) => {
        const current =
          isApiError(error) && error.code === 'conflict' ? (error.details.current as TJobseeker) : null;
        if (!current) return false;
        // Show what the other saved; the user's change stays in the form, to apply again on top of it.
        setTheirs(current);
        form.setValue('version', current.version);
        return true;
      }}
    >
      {theirs ? (
        <Alert type="warning">
          <Paragraph>{t.conflict}</Paragraph>
          <TheirVersion j={theirs} />
        </Alert>
      ) : null}
      <PersonFields idPrefix="person-" withBsn={false} />
      <ButtonGroup>
        <KitSubmit>{theirs ? t.reapply : t.save}</KitSubmit>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t.cancel}
        </Button>
      </ButtonGroup>
    </KitForm>
  );
};

/** Editing personal and contact data, with optimistic concurrency: a conflict shows the other's save. */
export const PersonalDataSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (!can(session, 'jobseeker.register')) return <Paragraph>{nl.none}</Paragraph>;

  return (
    <>
      {notice ? (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {editing ? (
        <PersonalDataForm
          jobseeker={jobseeker}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice(t.saved);
          }}
        />
      ) : (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setEditing(true);
            setNotice(null);
          }}
        >
          {t.edit}
        </Button>
      )}
    </>
  );
};
