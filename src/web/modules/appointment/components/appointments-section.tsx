import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { appointmentChannels } from '../../../../contracts/appointment.ts';
import { fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import { StatusMessage, useAction } from '../../action-plan/components/section-kit.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { amsterdamTime, amsterdamToIso, isTime } from '../amsterdam-time.ts';
import { AppointmentsTable } from './appointments-table.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const p = nl.plan;
const t = nl.plan.appointments;

const PlanForm = ({
  jobseekerId,
  employeeId,
  done,
}: {
  jobseekerId: string;
  employeeId: string;
  done: DisclosureDone;
}) => {
  const [day, setDay] = useState(todayInAmsterdam());
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [channel, setChannel] = useState('desk');
  const [location, setLocation] = useState('');
  const [subject, setSubject] = useState('');
  const { busy, message, errors, setErrors, run } = useAction([scopes.jobseeker(jobseekerId)]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!day) local.startsAt = fieldErrorMessage('day', 'required');
    if (!isTime(start)) local.startsAt = fieldErrorMessage('startsAt', 'time_format');
    if (!isTime(end)) local.endsAt = fieldErrorMessage('endsAt', 'time_format');
    else if (isTime(start) && end <= start) local.endsAt = fieldErrorMessage('endsAt', 'period_order');
    if (!subject.trim()) local.subject = fieldErrorMessage('subject', 'required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    void run(
      async () => {
        await api.post('/api/appointments', {
          employeeId,
          jobseekerId,
          startsAt: amsterdamToIso(day, start),
          endsAt: amsterdamToIso(day, end),
          channel,
          location,
          subject,
        });
      },
      (code, details) => {
        const clash = details.conflicting as { startsAt: string; endsAt: string } | undefined;
        return code === 'double_booked' && clash
          ? t.doubleBooked(amsterdamTime(clash.startsAt), amsterdamTime(clash.endsAt))
          : undefined;
      },
    ).then((ok) => ok && done(t.planned));
  };
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage message={message} />
      <TextField id="appointment-day" label={t.date} type="date" value={day} onChange={setDay} />
      <TextField
        id="appointment-start"
        label={t.start}
        description={t.timeDescription}
        value={start}
        error={errors.startsAt}
        inputMode="numeric"
        size="short"
        maxLength={5}
        onChange={setStart}
      />
      <TextField
        id="appointment-end"
        label={t.end}
        description={t.timeDescription}
        value={end}
        error={errors.endsAt}
        inputMode="numeric"
        size="short"
        maxLength={5}
        onChange={setEnd}
      />
      <SelectField
        id="appointment-channel"
        label={t.channel}
        value={channel}
        options={appointmentChannels.map((c) => ({ value: c, label: p.channels[c] }))}
        onChange={setChannel}
      />
      <TextField
        id="appointment-location"
        label={t.location}
        optional
        value={location}
        maxLength={200}
        onChange={setLocation}
      />
      <TextField
        id="appointment-subject"
        label={t.subject}
        value={subject}
        error={errors.subject}
        maxLength={200}
        onChange={setSubject}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t.plan}
      </Button>
    </form>
  );
};

/** The jobseeker's appointments with every employee, and planning one in one's own calendar. */
export const AppointmentsSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const mayManage = can(session, 'case.manage');
  const resource = useQuery(queries.appointments(jobseeker.id));
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <ListStatus query={resource} size={items.length} none={t.none} />
      {items.length > 0 ? (
        <AppointmentsTable
          caption={t.caption}
          items={items}
          show="employee"
          mayUpdate={(a) => mayManage || a.employee.id === session.employee.id}
          scope={[scopes.jobseeker(jobseeker.id)]}
        />
      ) : null}
      {mayManage ? (
        <FormDisclosure label={t.planHeading}>
          {(done) => <PlanForm jobseekerId={jobseeker.id} employeeId={session.employee.id} done={done} />}
        </FormDisclosure>
      ) : null}
    </>
  );
};
