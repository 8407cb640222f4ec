import {
  Button,
  ButtonGroup,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { TAppointment } from '../../../../contracts/appointment.ts';
import { nl } from '../../../i18n/nl.ts';
import { api } from '../../../shared/lib/api.ts';
import { TableScroll } from '../../../shared/ui/table-scroll.tsx';
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
  reload,
}: {
  caption: string;
  items: TAppointment[];
  show: 'employee' | 'jobseeker';
  mayUpdate: (a: TAppointment) => boolean;
  reload: () => void;
}) => {
  const { busy, message, run } = useAction(reload);
  return (
    <>
      <StatusMessage message={message} />
      <TableScroll label={caption}>
        <Table>
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.columns.when}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.with}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.subject}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.channel}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.columns.status}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  {amsterdamDay(a.startsAt)} {t.time(amsterdamTime(a.startsAt), amsterdamTime(a.endsAt))}
                </TableCell>
                <TableCell>
                  {show === 'employee'
                    ? a.employee.name
                    : a.jobseeker
                      ? `${a.jobseeker.fullName} (${a.jobseeker.dossierNumber})`
                      : nl.none}
                </TableCell>
                <TableCell>{a.subject}</TableCell>
                <TableCell>
                  {p.channels[a.channel]}
                  {a.location ? `, ${a.location}` : ''}
                </TableCell>
                <TableCell>
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
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
};
