import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { TProfile } from '../../../../contracts/profile.ts';
import {
  drivingLicences,
  educationLevels,
  type TEducationLevel,
} from '../../../../contracts/profile-options.ts';
import { errorMessage, fieldErrorsOf, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api, isApiError } from '../../../shared/lib/api.ts';
import { formatDate, formatDateTime } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import {
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  TextField,
  TextAreaField,
} from '../../../shared/ui/form.tsx';
import { RepeatingFieldset } from '../../../shared/ui/repeating-fieldset.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';
import { useCommand } from '../../../shared/lib/commands.ts';

const t = nl.profile;
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

interface Draft {
  educationLevel: string;
  wantedOccupations: string;
  skills: string;
  languages: string;
  drivingLicences: string[];
  hoursPerWeek: string;
  travelRadiusKm: string;
  availableFrom: string;
  education: { name: string; level: string; institution: string; completedYear: string; diploma: boolean }[];
  workHistory: { employer: string; occupation: string; from: string; to: string }[];
}

const draftOf = (p: TProfile): Draft => ({
  educationLevel: p.educationLevel ?? '',
  wantedOccupations: p.wantedOccupations.join('\n'),
  skills: p.skills.join('\n'),
  languages: p.languages.join('\n'),
  drivingLicences: [...p.drivingLicences],
  hoursPerWeek: p.hoursPerWeek?.toString() ?? '',
  travelRadiusKm: p.travelRadiusKm?.toString() ?? '',
  availableFrom: p.availableFrom ?? '',
  education: p.education.map((e) => ({ ...e, completedYear: e.completedYear?.toString() ?? '' })),
  workHistory: p.workHistory.map((w) => ({ ...w, to: w.to ?? '' })),
});

const bodyOf = (d: Draft, version: number) => ({
  educationLevel: d.educationLevel === '' ? null : d.educationLevel,
  wantedOccupations: lines(d.wantedOccupations),
  skills: lines(d.skills),
  languages: lines(d.languages),
  drivingLicences: d.drivingLicences,
  hoursPerWeek: numberOrNull(d.hoursPerWeek),
  travelRadiusKm: numberOrNull(d.travelRadiusKm),
  availableFrom: d.availableFrom === '' ? null : d.availableFrom,
  education: d.education.map((e) => ({ ...e, completedYear: numberOrNull(e.completedYear) })),
  workHistory: d.workHistory.map((w) => ({ ...w, to: w.to === '' ? null : w.to })),
  version,
});

const wholeIn = (text: string, min: number, max: number) => {
  if (text.trim() === '') return true;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= min && n <= max;
};

/** Numbers are checked here first, so a typo never reaches the server as an empty value. */
const checkNumbers = (d: Draft): Record<string, string> => {
  const errors: Record<string, string> = {};
  if (!wholeIn(d.hoursPerWeek, 1, 60)) errors.hoursPerWeek = t.hoursRange;
  if (!wholeIn(d.travelRadiusKm, 0, 250)) errors.travelRadiusKm = t.radiusRange;
  d.education.forEach((e, i) => {
    if (!wholeIn(e.completedYear, 1940, 2100)) errors[`education.${i}.completedYear`] = t.yearFormat;
  });
  return errors;
};

const levelOptions = educationLevels.map((l) => ({ value: l, label: t.educationLevels[l] }));

/** One entry per line (occupations, skills, languages); none is required. */
const LinesField = (props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
}) => <TextAreaField {...props} optional description={t.onePerLine} />;

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <DataListItem>
    <DataListKey>{label}</DataListKey>
    <DataListValue>{children === '' || children === null ? t.notFilled : children}</DataListValue>
  </DataListItem>
);

const ProfileView = ({ p }: { p: TProfile }) => (
  <>
    {p.updatedBy && p.updatedAt ? (
      <Paragraph className="werkplein-muted">
        {t.lastChange(p.updatedBy.name, formatDateTime(p.updatedAt))}
      </Paragraph>
    ) : null}
    <DataList>
      <Item label={t.fields.wantedOccupations}>{p.wantedOccupations.join(', ')}</Item>
      <Item label={t.fields.educationLevel}>
        {p.educationLevel ? t.educationLevels[p.educationLevel] : ''}
      </Item>
      <Item label={t.fields.skills}>{p.skills.join(', ')}</Item>
      <Item label={t.fields.languages}>{p.languages.join(', ')}</Item>
      <Item label={t.fields.drivingLicences}>{p.drivingLicences.join(', ')}</Item>
      <Item label={t.fields.hoursPerWeek}>{p.hoursPerWeek === null ? '' : t.hours(p.hoursPerWeek)}</Item>
      <Item label={t.fields.travelRadiusKm}>{p.travelRadiusKm === null ? '' : t.km(p.travelRadiusKm)}</Item>
      <Item label={t.fields.availableFrom}>{formatDate(p.availableFrom)}</Item>
      <Item label={t.fields.education}>
        {p.education
          .map((e) => t.educationEntry(e.name, t.educationLevels[e.level], e.completedYear, e.diploma))
          .join('; ')}
      </Item>
      <Item label={t.fields.workHistory}>
        {p.workHistory
          .map((w) =>
            t.workEntry(w.occupation, w.employer, formatDate(w.from), w.to ? formatDate(w.to) : null),
          )
          .join('; ')}
      </Item>
    </DataList>
  </>
);

/** The dossier section with what the jobseeker brings to work; the klantmanager edits it. */
export const ProfileSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const path = `/api/jobseekers/${encodeURIComponent(jobseeker.id)}/profile`;
  const resource = useQuery(queries.profile(jobseeker.id));
  const command = useCommand([scopes.jobseeker(jobseeker.id)]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = command.busy;

  if (resource.isPending) return <Loading />;
  if (resource.isError)
    return <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />;
  const profile = resource.data;

  const startEditing = (from: TProfile) => {
    setDraft(draftOf(from));
    setVersion(from.version);
    setErrors({});
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => (d ? { ...d, [key]: value } : d));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const local = checkNumbers(draft);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setFailure(null);
    try {
      await command.run(() => api.put<TProfile>(path, bodyOf(draft, version)));
      setDraft(null);
      setNotice('saved');
    } catch (error) {
      if (isApiError(error) && error.code === 'conflict') {
        // Show the profile as it is now; the user's draft stays so the change can be made again.
        const current = (error.details as { current?: TProfile }).current;
        if (current) setVersion(current.version);
        setNotice('conflict');
      } else if (isApiError(error) && error.code === 'validation_failed') {
        setErrors(fieldErrorsOf(error.fields));
      } else {
        setFailure(isApiError(error) ? errorMessage(error.code) : errorMessage('internal'));
      }
    }
  };

  return (
    <>
      {notice === 'saved' ? (
        <Alert type="ok">
          <Paragraph>{t.saved}</Paragraph>
        </Alert>
      ) : null}
      {notice === 'conflict' ? (
        <Alert type="warning">
          <Paragraph>{t.conflict}</Paragraph>
        </Alert>
      ) : null}
      {profile.version === 0 && !draft ? <Paragraph>{t.empty}</Paragraph> : <ProfileView p={profile} />}
      {!draft && can(session, 'case.manage') ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => startEditing(profile)}>
          {t.edit}
        </Button>
      ) : null}
      {draft ? (
        <form onSubmit={submit} noValidate>
          {failure ? (
            <Alert type="error">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          ) : null}
          <LinesField
            id="profile-occupations"
            label={t.fields.wantedOccupations}
            value={draft.wantedOccupations}
            error={errors.wantedOccupations}
            onChange={(v) => set('wantedOccupations', v)}
          />
          <SelectField
            id="profile-level"
            label={t.fields.educationLevel}
            optional
            placeholder={t.chooseLevel}
            value={draft.educationLevel}
            options={levelOptions}
            onChange={(v) => set('educationLevel', v)}
          />
          <LinesField
            id="profile-skills"
            label={t.fields.skills}
            value={draft.skills}
            error={errors.skills}
            onChange={(v) => set('skills', v)}
          />
          <LinesField
            id="profile-languages"
            label={t.fields.languages}
            value={draft.languages}
            error={errors.languages}
            onChange={(v) => set('languages', v)}
          />
          <CheckboxGroupField
            id="profile-licences"
            label={t.fields.drivingLicences}
            optional
            values={draft.drivingLicences}
            options={drivingLicences.map((l) => ({ value: l, label: l }))}
            onChange={(v) => set('drivingLicences', v)}
          />
          <TextField
            id="profile-hours"
            label={t.fields.hoursPerWeek}
            optional
            inputMode="numeric"
            size="short"
            value={draft.hoursPerWeek}
            error={errors.hoursPerWeek}
            onChange={(v) => set('hoursPerWeek', v)}
          />
          <TextField
            id="profile-radius"
            label={t.fields.travelRadiusKm}
            optional
            inputMode="numeric"
            size="short"
            value={draft.travelRadiusKm}
            error={errors.travelRadiusKm}
            onChange={(v) => set('travelRadiusKm', v)}
          />
          <TextField
            id="profile-available"
            label={t.fields.availableFrom}
            optional
            type="date"
            value={draft.availableFrom}
            error={errors.availableFrom}
            onChange={(v) => set('availableFrom', v)}
          />

          <RepeatingFieldset
            items={draft.education}
            onChange={(v) => set('education', v)}
            legend={t.entry.educationLegend}
            removeLabel={t.entry.remove}
            addLabel={t.entry.addEducation}
            newItem={() => ({ name: '', level: 'mbo2', institution: '', completedYear: '', diploma: false })}
          >
            {(e, i, update) => (
              <>
                <TextField
                  id={`education-${i}-name`}
                  label={t.entry.name}
                  value={e.name}
                  error={errors[`education.${i}.name`]}
                  onChange={(v) => update({ name: v })}
                />
                <SelectField
                  id={`education-${i}-level`}
                  label={t.entry.level}
                  value={e.level}
                  options={levelOptions}
                  onChange={(v) => update({ level: v as TEducationLevel })}
                />
                <TextField
                  id={`education-${i}-institution`}
                  label={t.entry.institution}
                  optional
                  value={e.institution}
                  onChange={(v) => update({ institution: v })}
                />
                <TextField
                  id={`education-${i}-year`}
                  label={t.entry.completedYear}
                  optional
                  inputMode="numeric"
                  size="short"
                  value={e.completedYear}
                  error={errors[`education.${i}.completedYear`]}
                  onChange={(v) => update({ completedYear: v })}
                />
                <CheckboxField
                  id={`education-${i}-diploma`}
                  label={t.entry.diploma}
                  checked={e.diploma}
                  onChange={(v) => update({ diploma: v })}
                />
              </>
            )}
          </RepeatingFieldset>

          <RepeatingFieldset
            items={draft.workHistory}
            onChange={(v) => set('workHistory', v)}
            legend={t.entry.workLegend}
            removeLabel={t.entry.remove}
            addLabel={t.entry.addWork}
            newItem={() => ({ employer: '', occupation: '', from: '', to: '' })}
          >
            {(w, i, update) => (
              <>
                <TextField
                  id={`work-${i}-occupation`}
                  label={t.entry.occupation}
                  value={w.occupation}
                  error={errors[`workHistory.${i}.occupation`]}
                  onChange={(v) => update({ occupation: v })}
                />
                <TextField
                  id={`work-${i}-employer`}
                  label={t.entry.employer}
                  value={w.employer}
                  error={errors[`workHistory.${i}.employer`]}
                  onChange={(v) => update({ employer: v })}
                />
                <TextField
                  id={`work-${i}-from`}
                  label={t.entry.from}
                  type="date"
                  value={w.from}
                  error={errors[`workHistory.${i}.from`]}
                  onChange={(v) => update({ from: v })}
                />
                <TextField
                  id={`work-${i}-to`}
                  label={t.entry.to}
                  optional
                  type="date"
                  value={w.to}
                  error={errors[`workHistory.${i}.to`]}
                  onChange={(v) => update({ to: v })}
                />
              </>
            )}
          </RepeatingFieldset>

          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {busy ? t.saving : t.save}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setDraft(null)}>
              {t.cancel}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </>
  );
};
