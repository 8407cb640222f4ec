import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { TActivity } from '../../../../contracts/labour-market-activity.ts';
import { activityKinds } from '../../../../contracts/labour-market-activity-options.ts';
import { errorMessage, fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { todayInAmsterdam } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import {
  checkDate,
  checkRequired,
  fieldErrorsFromApi,
  type FieldErrors,
} from '../../../shared/lib/validation.ts';
import { LoadFailedPage, Loading } from '../../../shared/ui/feedback.tsx';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorSummaryItem,
  TextAreaField,
} from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.activity;
const labels = t.form.fields;

const fields = [
  'werkpleinId',
  'kind',
  'title',
  'date',
  'startTime',
  'endTime',
  'location',
  'description',
  'capacity',
  'organiserId',
] as const;
type Field = (typeof fields)[number];
type Values = Record<Field, string>;

const fromActivity = (a: TActivity): Values => ({
  werkpleinId: a.werkpleinId,
  kind: a.kind,
  title: a.title,
  date: a.date,
  startTime: a.startTime,
  endTime: a.endTime,
  location: a.location,
  description: a.description,
  capacity: String(a.capacity),
  organiserId: a.organiser.id,
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const checkTime = (value: string) => (!value ? 'required' : TIME.test(value) ? undefined : 'time_format');

/** The same checks as the server, so most mistakes are found before a round trip. */
const validate = (v: Values, isNew: boolean, today: string): FieldErrors<Field> => {
  const found: FieldErrors<Field> = {};
  const put = (field: Field, code: string | undefined) => {
    if (code) found[field] = code;
  };
  put('werkpleinId', checkRequired(v.werkpleinId));
  put('title', checkRequired(v.title));
  put('date', checkDate(v.date) ?? (isNew && v.date < today ? 'date_in_past' : undefined));
  put('startTime', checkTime(v.startTime));
  put(
    'endTime',
    checkTime(v.endTime) ?? (v.startTime && v.endTime <= v.startTime ? 'time_order' : undefined),
  );
  put('location', checkRequired(v.location));
  put(
    'capacity',
    !v.capacity.trim()
      ? 'required'
      : /^\d+$/.test(v.capacity.trim()) && Number(v.capacity) >= 1
        ? undefined
        : 'capacity_number',
  );
  put('organiserId', checkRequired(v.organiserId));
  return found;
};

/** Plans a new activity (/arbeidsmarktactiviteiten/nieuw) or changes one (…/:id/wijzigen). */
export const ActivityFormPage = () => {
  const { id } = useParams();
  const isNew = id === undefined;
  const existing = useQuery({ ...queries.activity(id ?? ''), enabled: !isNew });
  const session = useSession();
  const navigate = useNavigate();
  const firstWerkplein = session.werkpleinen.length === 1 ? (session.werkpleinen[0]?.id ?? '') : '';
  const [values, setValues] = useState<Values>({
    werkpleinId: firstWerkplein,
    kind: 'job_fair',
    title: '',
    date: todayInAmsterdam(),
    startTime: '',
    endTime: '',
    location: '',
    description: '',
    capacity: '',
    organiserId: session.employee.roles.includes('accountManager') ? session.employee.id : '',
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const organisers = useQuery({
    ...queries.organisers(values.werkpleinId),
    enabled: Boolean(values.werkpleinId),
  });
  const loaded = existing.data;
  useEffect(() => {
    if (loaded) setValues(fromActivity(loaded));
  }, [loaded]);

  if (!isNew && existing.isPending) return <Loading />;
  if (existing.isError)
    return <LoadFailedPage error={existing.error} onRetry={() => void existing.refetch()} />;

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const messageFor = (field: Field): string | undefined => {
    const code = errors[field];
    if (!code) return undefined;
    return code === 'capacity_number' ? t.form.numberFormat : fieldErrorMessage(field, code);
  };
  const fail = (found: FieldErrors<Field>, messages: string[] = []) => {
    setErrors(found);
    setGeneral(messages);
    setAttempt((a) => a + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const found = validate(values, isNew || values.date !== loaded?.date, todayInAmsterdam());
    if (Object.keys(found).length > 0) {
      fail(found);
      return;
    }
    const body = {
      kind: values.kind,
      title: values.title,
      date: values.date,
      startTime: values.startTime,
      endTime: values.endTime,
      location: values.location,
      description: values.description,
      capacity: Number(values.capacity),
      organiserId: values.organiserId,
    };
    setSubmitting(true);
    try {
      const saved = isNew
        ? await api.post<TActivity>('/api/labour-market-activities', {
            ...body,
            werkpleinId: values.werkpleinId,
          })
        : await api.put<TActivity>(`/api/labour-market-activities/${encodeURIComponent(id)}`, {
            ...body,
            version: loaded?.version ?? 0,
          });
      navigate(paths.activity(saved.id), { state: { flash: isNew ? 'created' : 'updated' } });
    } catch (error) {
      setSubmitting(false);
      if (isApiError(error) && error.code === 'validation_failed' && error.fields.length > 0) {
        const { fields: known, other } = fieldErrorsFromApi(error.fields, fields);
        fail(
          known,
          other.map((p) => fieldErrorMessage(p.path, p.code)),
        );
      } else {
        fail({}, [errorMessage(isApiError(error) ? error.code : 'network')]);
      }
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...fields.flatMap((field) => {
      const message = messageFor(field);
      return message
        ? [{ targetId: `activity-${field}`, text: nl.errorSummary.item(labels[field], message) }]
        : [];
    }),
  ];
  const organiserOptions = organisers.data?.items ?? [];
  const heading = isNew ? t.form.newTitle : t.form.editTitle(loaded?.title ?? '');

  return (
    <>
      <PageHeading title={isNew ? t.form.newTitle : t.form.editDocumentTitle}>{heading}</PageHeading>
      <ErrorSummary items={summary} attempt={attempt} />
      <Paragraph>{t.form.intro}</Paragraph>
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        className="werkplein-form"
        aria-busy={submitting}
      >
        {isNew && session.werkpleinen.length > 1 ? (
          <SelectField
            id="activity-werkpleinId"
            label={labels.werkpleinId}
            value={values.werkpleinId}
            onChange={set('werkpleinId')}
            options={session.werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
            placeholder={nl.register.chooseWerkplein}
            error={messageFor('werkpleinId')}
          />
        ) : null}
        <SelectField
          id="activity-kind"
          label={labels.kind}
          value={values.kind}
          onChange={set('kind')}
          options={activityKinds.map((k) => ({ value: k, label: t.kinds[k] }))}
          error={messageFor('kind')}
        />
        <TextField
          id="activity-title"
          label={labels.title}
          value={values.title}
          onChange={set('title')}
          maxLength={200}
          error={messageFor('title')}
        />
        <TextField
          id="activity-date"
          type="date"
          label={labels.date}
          value={values.date}
          onChange={set('date')}
          size="medium"
          error={messageFor('date')}
        />
        <TextField
          id="activity-startTime"
          type="time"
          label={labels.startTime}
          description={t.form.descriptions.time}
          value={values.startTime}
          onChange={set('startTime')}
          size="short"
          error={messageFor('startTime')}
        />
        <TextField
          id="activity-endTime"
          type="time"
          label={labels.endTime}
          description={t.form.descriptions.time}
          value={values.endTime}
          onChange={set('endTime')}
          size="short"
          error={messageFor('endTime')}
        />
        <TextField
          id="activity-location"
          label={labels.location}
          description={t.form.descriptions.location}
          value={values.location}
          onChange={set('location')}
          maxLength={300}
          error={messageFor('location')}
        />
        <TextAreaField
          id="activity-description"
          label={labels.description}
          optional
          value={values.description}
          maxLength={5000}
          error={messageFor('description')}
          onChange={set('description')}
        />
        <TextField
          id="activity-capacity"
          label={labels.capacity}
          inputMode="numeric"
          size="short"
          value={values.capacity}
          onChange={set('capacity')}
          error={messageFor('capacity')}
        />
        <SelectField
          id="activity-organiserId"
          label={labels.organiserId}
          value={values.organiserId}
          onChange={set('organiserId')}
          options={organiserOptions.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t.form.chooseOrganiser}
          error={messageFor('organiserId')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={submitting}>
            {submitting ? t.form.saving : isNew ? t.form.create : t.form.save}
          </Button>
          <RouterButtonLink to={isNew ? paths.activities : paths.activity(id)} appearance="subtle-button">
            {t.form.cancel}
          </RouterButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
};
