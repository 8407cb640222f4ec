import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { TAppointment } from '../../../../contracts/appointment.ts';
import { nl } from '../../../i18n/nl.ts';
import { api } from '../../../shared/lib/api.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import type { QueryKey } from '@tanstack/react-query';
import { StatusMessage, useAction } from '../../action-plan/components/section-kit.tsx';
import { amsterdamDay, amsterdamTime } from '../amsterdam-time.ts';

const p = nl.plan;
const t = nl.plan.appointments;
const outcomes = ['done', 'no_show', 'cancelled'] as const;

/**
 * Appointments with the way to record how each went. `show` picks the second column: the
 * employee (in a dossier) or the jobseeker (in a calendar).
 */
export const AppointmentsTable = ({
  caption,
  items,
  show,
  mayUpdate,
  scope,
}: {
  caption: string;
  items: TAppointment[];
  show: 'employee' | 'jobseeker';
  mayUpdate: (a: TAppointment) => boolean;
  /** What an update of an appointment changes on screen (see useCommand). */
  scope: readonly QueryKey[];
}) => {
  const { busy, message, run } = useAction(scope);
  return (
    <>
      <StatusMessage message={message} />
      <DataTable
        caption={caption}
        captionVisible
        rows={items}
        rowKey={(a) => a.id}
        columns={[
          {
            key: 'when',
            header: t.columns.when,
            cell: (a) => (
              <>
                {amsterdamDay(a.startsAt)} {t.time(amsterdamTime(a.startsAt), amsterdamTime(a.endsAt))}
              </>
            ),
          },
          {
            key: 'with',
            header: t.columns.with,
            cell: (a) =>
              show === 'employee'
                ? a.employee.name
                : a.jobseeker
                  ? `${a.jobseeker.fullName} (${a.jobseeker.dossierNumber})`
                  : nl.none,
          },
          { key: 'subject', header: t.columns.subject, cell: (a) => a.subject },
          {
            key: 'channel',
            header: t.columns.channel,
            cell: (a) => (
              <>
                {p.channels[a.channel]}
                {a.location ? `, ${a.location}` : ''}
              </>
            ),
          },
          {
            key: 'status',
            header: t.columns.status,
            cell: (a) => (
              <>
                {p.appointmentStatuses[a.status]}
                {a.status === 'planned' && mayUpdate(a) ? (
                  <ButtonGroup>
                    {outcomes.map((status) => (
                      <Button
                        key={status}
                        type="button"
                        appearance="subtle-button"
                        disabled={busy}
                        aria-label={t.setStatus(p.appointmentStatuses[status], a.subject)}
                        onClick={() =>
                          void run(async () => {
                            await api.put(`/api/appointments/${encodeURIComponent(a.id)}`, {
                              status,
                              version: a.version,
                            });
                          })
                        }
                      >
                        {p.appointmentStatuses[status]}
                      </Button>
                    ))}
                  </ButtonGroup>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
};
