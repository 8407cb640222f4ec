import { useState } from 'react';
import { nl } from '../../../i18n/nl.ts';
import { formatDate, todayInAmsterdam } from '../../../shared/lib/format.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ListStatus } from '../../../shared/ui/feedback.tsx';
import { TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { AppointmentsTable } from '../components/appointments-table.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries, scopes } from '../../../shared/lib/queries.ts';

const t = nl.plan.calendar;

/** One day of the employee's own calendar; each appointment can be marked as it went. */
export const CalendarPage = () => {
  const session = useSession();
  const [day, setDay] = useState(todayInAmsterdam());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const resource = useQuery({ ...queries.calendar({ date: day }), enabled: valid });
  const items = resource.status === 'success' ? resource.data.items : [];
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <TextField id="calendar-day" label={t.date} type="date" value={day} onChange={setDay} />
      <ListStatus query={resource} size={items.length} none={t.none} />
      {items.length > 0 ? (
        <AppointmentsTable
          caption={t.caption(formatDate(day))}
          items={items}
          show="jobseeker"
          mayUpdate={(a) => a.employee.id === session.employee.id}
          scope={[
            scopes.calendar,
            ...items.flatMap((a) => (a.jobseeker ? [scopes.jobseeker(a.jobseeker.id)] : [])),
          ]}
        />
      ) : null}
    </>
  );
};
