/**
 * Every kind of case event as a Dutch sentence for the timeline: labelled values, Dutch dates and
 * Europe/Amsterdam times, codes through the catalogue. A new event type does not compile until it
 * has a sentence here.
 */
import type { CaseEventType } from '../../contracts/case-events.ts';
import { formatDate, formatDateTime, formatTimeRange } from '../shared/lib/format.ts';
import { nl } from './nl.ts';

const { activity: activityNl, caseflow: caseflowNl, document: documentNl, intake: intakeNl } = nl;
const { matching: matchingNl, plan: planNl, backOfficeUnits: units } = nl;

/** An event as the timeline has it: its recorded data and the names behind the ids in it. */
export interface EventView {
  data: Record<string, unknown>;
  names: Record<string, string>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
/** A code through one of the catalogue's tables; an unknown code stays as recorded rather than vanish. */
const label = (table: Record<string, string>, v: unknown): string => table[text(v)] ?? text(v);
const sentence = (...parts: (string | false | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
const when = (isoDate: unknown, prefix: string): string | false =>
  typeof isoDate === 'string' && isoDate !== '' && `${prefix} ${formatDate(isoDate)}.`;

const benefit = (v: unknown): string => label(intakeNl.benefitTypes, v);
const unitName = (d: Record<string, unknown>): string =>
  text(d.externalProvider) || `backoffice ${label(units, d.unit)}`;
const activity = (d: Record<string, unknown>): string =>
  activityNl.describe(
    label(activityNl.kinds, d.activityKind),
    text(d.title),
    formatDate(text(d.activityDate)),
    text(d.location),
  );
const atVacancy = (d: Record<string, unknown>): string =>
  `${text(d.vacancyTitle)} bij ${text(d.employerName)}`;
const price = (cents: number | null): string =>
  cents === null
    ? ''
    : new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export const eventSentences: Record<CaseEventType, (e: EventView) => string> = {
  'jobseeker.registered': ({ data: d }) =>
    sentence('Dossier aangemaakt', text(d.dossierNumber) && `met dossiernummer ${text(d.dossierNumber)}`) +
    '.',
  'registration.recorded': ({ data: d }) =>
    sentence(
      `Aanmelding via ${label(intakeNl.registration.channels, d.channel).toLowerCase()},`,
      `doorverwezen naar: ${label(intakeNl.registration.routings, d.routing)}.`,
      d.existingDossier === true && 'Er was al een dossier.',
    ),
  'intake.completed': ({ data: d, names }) =>
    sentence(
      'Intake afgerond.',
      d.eligibleBenefit ? `Uitkering: ${benefit(d.eligibleBenefit)}.` : 'Geen uitkering van toepassing.',
      d.distanceToWork !== undefined &&
        `Afstand tot de arbeidsmarkt: ${label(intakeNl.intake.distances, d.distanceToWork).toLowerCase()}.`,
      d.workFirst === true && 'Work First.',
      names.caseManagerId && `Klantmanager: ${names.caseManagerId}.`,
    ),
  'caseManager.assigned': ({ names }) =>
    sentence(
      `Klantmanager: ${names.caseManagerId ?? 'onbekend'}.`,
      names.previousCaseManagerId && `Was: ${names.previousCaseManagerId}.`,
    ),
  'benefit.added': ({ data: d }) =>
    sentence(
      d.change === true
        ? `Uitkering gewijzigd naar ${benefit(d.benefitType)},`
        : `${benefit(d.benefitType)},`,
      `ingangsdatum ${formatDate(text(d.startDate))}`,
      text(d.endDate) ? `tot ${formatDate(text(d.endDate))}.` : '',
    ).replace(/(\d)$/, '$1.'),
  'benefit.ended': ({ data: d }) => `${benefit(d.benefitType)} beëindigd per ${formatDate(text(d.endDate))}.`,
  'diagnosis.recorded': ({ data: d }) =>
    sentence(
      d.selfReliant === true ? 'Zelfredzaam.' : 'Niet zelfredzaam.',
      d.wageValueAssessment === true && 'Loonwaardebepaling gewenst.',
      when(d.placementTargetDate, 'Doel: bij een bedrijf vóór'),
      when(d.workOfferTargetDate, 'Doel: werkaanbod vóór'),
      when(d.digitalServiceUntil, 'Digitale dienstverlening tot'),
    ),
  'agreement.added': ({ data: d }) =>
    sentence(
      `"${text(d.description)}",`,
      `te doen door ${label(planNl.responsibles, d.responsible).toLowerCase()},`,
      `uiterlijk ${formatDate(text(d.dueDate))}.`,
    ),
  'agreement.updated': ({ data: d, names }) =>
    sentence(
      names.agreementId ? `"${names.agreementId}":` : 'Afspraak:',
      d.previousStatus && d.previousStatus !== d.status
        ? `${label(planNl.agreementStatuses, d.previousStatus).toLowerCase()} → ${label(planNl.agreementStatuses, d.status).toLowerCase()}.`
        : `${label(planNl.agreementStatuses, d.status).toLowerCase()}, uiterlijk ${formatDate(text(d.dueDate))}.`,
    ),
  'appointment.planned': ({ data: d, names }) => {
    const time = text(d.endsAt)
      ? formatTimeRange(text(d.startsAt), text(d.endsAt))
      : formatDateTime(text(d.startsAt));
    const who = text(d.employeeName) || names.employeeId;
    return `${d.channel ? label(planNl.channels, d.channel) : 'Gesprek'}: ${[time, text(d.subject), who && `met ${who}`].filter(Boolean).join(', ')}.`;
  },
  'appointment.updated': ({ data: d }) =>
    `Afspraak van ${formatDateTime(text(d.startsAt))}: ${label(planNl.appointmentStatuses, d.status).toLowerCase()}.`,
  'referral.sent': ({ data: d }) =>
    sentence(
      `Doorverwezen naar ${unitName(d)}.`,
      d.bbz === true && 'Bbz (zelfstandige met geldzorgen).',
      d.fromRegistration === true && 'Bij de aanmelding.',
      typeof d.summonsId === 'string' && 'Na een oproep.',
    ),
  'referral.answered': ({ data: d, names }) =>
    sentence(
      `${unitName(d)[0]?.toUpperCase()}${unitName(d).slice(1)} heeft de doorverwijzing beantwoord.`,
      names.referredBy && `Verwezen door ${names.referredBy}.`,
    ),
  'referral.withdrawn': ({ data: d }) => `Doorverwijzing naar ${unitName(d)} ingetrokken.`,
  'summons.issued': ({ data: d }) =>
    sentence(
      `${num(d.sequence) ?? ''}e oproep.`.replace(/^e /, ''),
      d.sanctionPossible === true ? 'Een maatregel is mogelijk.' : 'Nog geen maatregel mogelijk.',
      Array.isArray(d.agreementIds) &&
        d.agreementIds.length > 0 &&
        `Over ${d.agreementIds.length} ${d.agreementIds.length === 1 ? 'afspraak' : 'afspraken'} uit het actieplan.`,
    ),
  'sanction.decided': ({ data: d }) =>
    d.outcome === 'imposed'
      ? `Maatregel opgelegd na de ${num(d.sequence) ?? ''}e oproep: ${num(d.percentage) ?? '?'}% gedurende ${num(d.months) ?? '?'} ${num(d.months) === 1 ? 'maand' : 'maanden'}, door backoffice ${label(units, d.unit)}.`
      : `Afgezien van een maatregel na de ${num(d.sequence) ?? ''}e oproep, door backoffice ${label(units, d.unit)}.`,
  'participationStep.set': ({ data: d }) =>
    num(d.step) === null
      ? 'Trede vastgesteld.'
      : caseflowNl.describe.step(num(d.step) as number, num(d.previousStep)),
  'activation.changed': ({ data: d }) => caseflowNl.describe.activation(d.availableForWork === true),
  'outflow.registered': ({ data: d }) => {
    const outflow = caseflowNl.describe.outflow(
      label(caseflowNl.outflowReasons, d.reason),
      formatDate(text(d.date)),
    );
    // Recorded by a placement (the matchmaker's "aangenomen"): say where.
    const placement = d.placement as Record<string, unknown> | undefined;
    return sentence(
      outflow,
      placement && typeof placement === 'object'
        ? caseflowNl.describe.placement(text(placement.vacancyTitle), text(placement.employerName))
        : false,
      text(d.note) && `Toelichting: ${text(d.note)}`,
    );
  },
  'handover.registered': ({ data: d }) => `${caseflowNl.describe.handover(text(d.reason))}.`,
  'task.completed': ({ data: d }) =>
    `${caseflowNl.describe.task(text(d.title) || label(caseflowNl.taskKinds, d.kind))}.`,
  'profile.updated': ({ data: d }) =>
    d.part === 'personalData'
      ? 'Persoons- of contactgegevens gewijzigd.'
      : 'Het werk- en opleidingsprofiel is gewijzigd.',
  'note.added': () => 'Er is een notitie aan het dossier toegevoegd.',
  'document.uploaded': ({ data: d }) =>
    sentence(
      `${label(documentNl.kinds, d.kind)}:`,
      `${text(d.filename)}.`,
      num(d.version) !== null && num(d.version)! > 1 && `Versie ${num(d.version)}.`,
    ),
  'trajectory.purchased': ({ data: d, names }) =>
    `${[
      `${text(d.instrument)} bij ${text(d.provider)}`,
      `start ${formatDate(text(d.startDate))}`,
      price(num(d.priceCents)),
      names.fundingPartnerId && `betaald door ${names.fundingPartnerId}`,
    ]
      .filter(Boolean)
      .join(', ')}.`,
  'nomination.proposed': ({ data: d }) => `Voorgedragen voor ${atVacancy(d)}.`,
  'nomination.presented': ({ data: d }) => `Voorgesteld aan de werkgever voor ${atVacancy(d)}.`,
  'nomination.feedback': ({ data: d }) =>
    sentence(
      `${atVacancy(d)}: ${label(matchingNl.nominations.outcomes, d.outcome).toLowerCase()}.`,
      text(d.startDate) && `Eerste werkdag ${formatDate(text(d.startDate))}.`,
      text(d.reason) && `Reden: ${text(d.reason)}.`,
    ),
  'nomination.withdrawn': ({ data: d }) =>
    text(d.vacancyTitle) ? `Voordracht voor ${atVacancy(d)} ingetrokken.` : 'De voordracht is ingetrokken.',
  'labourMarketActivity.invited': ({ data: d }) => `${activity(d)}.`,
  'labourMarketActivity.registered': ({ data: d }) => `${activity(d)}.`,
  'labourMarketActivity.withdrawn': ({ data: d }) => `${activity(d)}.`,
  'labourMarketActivity.cancelled': ({ data: d }) => `${activity(d)}.`,
  'labourMarketActivity.attendance': ({ data: d }) =>
    activityNl.describeAttendance(d.attended === true, activity(d), text(d.followUpEmployerName)),
};

/** The sentence for one event; an event type this web app does not know yet says so in Dutch. */
export const describeEvent = (type: string, event: EventView): string =>
  (eventSentences as Record<string, (e: EventView) => string>)[type]?.(event) ??
  'Gebeurtenis van een soort die deze versie nog niet kent.';
