import { appointmentChannels, ZPlanAppointment } from '../../../../contracts/appointment.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { api } from '../../../shared/lib/api.ts';
import { todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { FormDisclosure, type DisclosureDone } from '../../../shared/ui/form-disclosure.tsx';
import { useCommand } from '../../../shared/lib/commands.ts';
import { checkedAsBody, looseForm } from '../../../shared/lib/form-problems.ts';
import {
  KitForm,
  KitSelectField,
  KitSubmit,
  KitTextField,
  useContractForm,
} from '../../../shared/ui/form-kit.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { amsterdamTime, amsterdamToIso, isTime } from '../amsterdam-time.ts';
import { AppointmentsTable } from './appointments-table.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const p = nl.plan;
const t = nl.plan.appointments;

interface PlanValues {
  day: string;
  start: string;
  end: string;
  channel: string;
  location: string;
  subject: string;
}
/** A day and a time of day in Amsterdam as the instant the contract wants; '' when they are no time. */
const instant = (day: string, time: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && isTime(time) ? amsterdamToIso(day, time) : '';

/** The times as hh:mm on the form itself; the request as the contract checks it. */
const planSchema = (employeeId: string, jobseekerId: string) =>
  checkedAsBody(
    looseForm<PlanValues>().superRefine((v, ctx) => {
      const { start, end } = v as Partial<PlanValues>;
      if (!isTime(start ?? '')) ctx.addIssue({ code: 'custom', message: 'time_format', path: ['start'] });
      if (!isTime(end ?? '')) ctx.addIssue({ code: 'custom', message: 'time_format', path: ['end'] });
    }),
    (v) => ({
      employeeId,
      jobseekerId,
      startsAt: instant(v.day, v.start),
      endsAt: instant(v.day, v.end),
      channel: v.channel,
      location: v.location,
      subject: v.subject,
    }),
    ZPlanAppointment,
    (path) => ({ startsAt: 'start', endsAt: 'end' })[path] ?? path,
  );

const PlanForm = ({
  jobseekerId,
  employeeId,
  done,
}: {
  jobseekerId: string;
  employeeId: string;
  done: DisclosureDone;
}) => {
  const form = useContractForm(planSchema(employeeId, jobseekerId), {
    day: todayInAmsterdam(),
    start: '',
    end: '',
    location: '',
    subject: '',
  });
  const { run } = useCommand([scopes.jobseeker(jobseekerId)]);
  return (
    <KitForm
      form={form}
      idPrefix="appointment-"
      onSubmit={async (v) => {
        await run(() =>
          api.post('/api/appointments', {
            employeeId,
            jobseekerId,
            startsAt: instant(v.day, v.start),
            endsAt: instant(v.day, v.end),
            channel: v.channel,
            location: v.location,
            subject: v.subject,
          }),
        );
        done(t.planned);
      }}
      explain={(error) => {
        const clash = error.details.conflicting as { startsAt: string; endsAt: string } | undefined;
        return error.code === 'double_booked' && clash
          ? t.doubleBooked(amsterdamTime(clash.startsAt), amsterdamTime(clash.endsAt))
          : undefined;
      }}
    >
      <KitTextField name="day" label={t.date} type="date" />
      <KitTextField
        name="start"
        label={t.start}
        description={t.timeDescription}
        inputMode="numeric"
        size="short"
        maxLength={5}
      />
      <KitTextField
        name="end"
        label={t.end}
        description={t.timeDescription}
        inputMode="numeric"
        size="short"
        maxLength={5}
      />
      <KitSelectField
        name="channel"
        label={t.channel}
        placeholder={nl.form.choose}
        options={appointmentChannels.map((c) => ({ value: c, label: p.channels[c] }))}
      />
      <KitTextField name="location" label={t.location} optional maxLength={200} />
      <KitTextField name="subject" label={t.subject} maxLength={200} />
      <KitSubmit>{t.plan}</KitSubmit>
    </KitForm>
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
