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
import { useState, type FormEvent } from 'react';
import type { TUpdatePersonRequest } from '../../../../contracts/intake.ts';
import type { TJobseeker } from '../../../../contracts/jobseeker.ts';
import { errorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { todayInAmsterdam } from '../../../shared/lib/format.ts';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import {
  toRegisterRequest,
  validateRegistration,
  type RegisterField,
  type RegisterValues,
} from '../../jobseeker-case/register-form.ts';
import { PersonFields } from './person-fields.tsx';
import { intakeFieldError } from '../intake-form.ts';
import { scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.intake.personal;
const labels = nl.register.fields;

const valuesOf = (j: TJobseeker): RegisterValues => ({
  werkpleinId: j.werkpleinId,
  bsn: j.bsn,
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
});

const shown: Exclude<RegisterField, 'werkpleinId' | 'bsn'>[] = [
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

/** Editing personal and contact data, with optimistic concurrency: a conflict shows the other's save. */
export const PersonalDataSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const [values, setValues] = useState<RegisterValues | null>(null);
  const [version, setVersion] = useState(jobseeker.version);
  const [theirs, setTheirs] = useState<TJobseeker | null>(null);
  const [errors, setErrors] = useState<Partial<Record<RegisterField, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The name and address show in the page heading, lists and other sections: the whole dossier loads again.
  const { run, busy } = useCommand([scopes.jobseeker(jobseeker.id), ...scopes.jobseekerLists]);

  if (!can(session, 'jobseeker.register')) return <Paragraph>{nl.none}</Paragraph>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values || busy) return;
    const found = validateRegistration(values, todayInAmsterdam());
    const mapped = Object.fromEntries(
      Object.entries(found).map(([field, code]) => [field, intakeFieldError(field, code ?? 'required')]),
    );
    setErrors(mapped);
    if (Object.keys(mapped).length > 0) return;
    const { werkpleinId: _w, bsn: _b, ...rest } = toRegisterRequest(values);
    const body: TUpdatePersonRequest = { ...rest, version };
    setFailure(null);
    try {
      await run(() => api.put<TJobseeker>(`/api/jobseekers/${encodeURIComponent(jobseeker.id)}`, body));
      setValues(null);
      setTheirs(null);
      setNotice(t.saved);
    } catch (error) {
      if (isApiError(error) && error.code === 'conflict') {
        const current = (error.details as { current?: TJobseeker }).current;
        if (current) {
          setTheirs(current);
          setVersion(current.version);
        }
      } else if (isApiError(error) && error.code === 'validation_failed') {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path, intakeFieldError(f.path, f.code)])));
      } else {
        setFailure(errorMessage(isApiError(error) ? error.code : 'network'));
      }
    }
  };

  return (
    <>
      {notice ? (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {!values ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setValues(valuesOf(jobseeker));
            setVersion(jobseeker.version);
            setNotice(null);
            setTheirs(null);
          }}
        >
          {t.edit}
        </Button>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)} className="werkplein-form" aria-busy={busy}>
          {theirs ? (
            <Alert type="warning">
              <Paragraph>{t.conflict}</Paragraph>
              <TheirVersion j={theirs} />
            </Alert>
          ) : null}
          {failure ? (
            <Alert type="error">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          ) : null}
          <PersonFields
            idPrefix="person-"
            withBsn={false}
            values={values}
            errors={errors}
            onChange={(field, value) => setValues((v) => (v ? { ...v, [field]: value } : v))}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {theirs ? t.reapply : t.save}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setValues(null)}>
              {t.cancel}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
};
