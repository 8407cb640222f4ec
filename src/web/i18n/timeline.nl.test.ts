import { describe, expect, it } from 'vitest';
import { caseEventTypes, type CaseEventType } from '../../contracts/case-events.ts';
import { describeEvent, eventSentences, type EventView } from './timeline.nl.ts';

const id = '0b9c1f5e-2a43-4c1e-9d0b-5f3e2a1c7d88';
const other = '6d1e3f2a-9b8c-4d7e-a6f5-1e2d3c4b5a69';
const activity = {
  activityId: id,
  title: 'Banenmarkt Glastuinbouw',
  location: 'Naaldwijk',
  startTime: '10:00',
  activityDate: '2026-12-10',
  activityKind: 'job_fair',
};
const vacancy = {
  nominationId: id,
  vacancyId: other,
  vacancyTitle: 'Teeltmedewerker',
  employerName: 'Kwekerij De Kas',
};

/** What each event type records, as the services write it (ids, codes, ISO dates and instants). */
const samples: Record<CaseEventType, EventView> = {
  'jobseeker.registered': { data: { dossierNumber: 'WL-2026-000123' }, names: {} },
  'registration.recorded': {
    data: { registrationId: id, channel: 'desk', routing: 'intake', existingDossier: false },
    names: {},
  },
  'intake.completed': {
    data: {
      intakeId: id,
      eligibleBenefit: 'WW',
      benefitApplicationExists: true,
      distanceToWork: 'medium',
      workFirst: true,
      caseManagerId: other,
    },
    names: { caseManagerId: 'Kees Klant' },
  },
  'caseManager.assigned': {
    data: { caseManagerId: other, previousCaseManagerId: id, reason: 'intake' },
    names: { caseManagerId: 'Kees Klant', previousCaseManagerId: 'Ursula Werkcoach' },
  },
  'benefit.added': {
    data: { benefitPeriodId: id, benefitType: 'WWB', startDate: '2026-12-01', endDate: null },
    names: {},
  },
  'benefit.ended': { data: { benefitPeriodId: id, benefitType: 'WW', endDate: '2026-11-30' }, names: {} },
  'diagnosis.recorded': {
    data: {
      version: 1,
      selfReliant: false,
      wageValueAssessment: true,
      diagnosedOn: '2026-12-01',
      digitalServiceUntil: null,
      placementTargetDate: '2027-06-01',
      workOfferTargetDate: '2027-12-01',
    },
    names: {},
  },
  'agreement.added': {
    data: { agreementId: id, description: 'Cv bijwerken', responsible: 'jobseeker', dueDate: '2026-12-31' },
    names: { agreementId: 'Cv bijwerken' },
  },
  'agreement.updated': {
    data: { agreementId: id, status: 'broken', previousStatus: 'done', dueDate: '2026-12-31', version: 2 },
    names: { agreementId: 'Cv bijwerken' },
  },
  'appointment.planned': {
    data: {
      appointmentId: id,
      employeeId: other,
      employeeName: 'Kees Klant',
      startsAt: '2026-12-08T09:00:00.000Z',
      endsAt: '2026-12-08T09:45:00.000Z',
      channel: 'desk',
      subject: 'Bespreken actieplan',
    },
    names: { employeeId: 'Kees Klant' },
  },
  'appointment.updated': {
    data: { appointmentId: id, status: 'no_show', startsAt: '2026-12-08T09:00:00.000Z', employeeId: other },
    names: { employeeId: 'Kees Klant' },
  },
  'referral.sent': { data: { referralId: id, unit: 'debt_assistance', externalProvider: null }, names: {} },
  'referral.answered': {
    data: { referralId: id, unit: 'income', externalProvider: null, referredBy: other },
    names: { referredBy: 'Kees Klant' },
  },
  'referral.withdrawn': {
    data: { referralId: id, unit: 'civic_integration', externalProvider: null },
    names: {},
  },
  'summons.issued': {
    data: { summonsId: id, sequence: 2, sanctionPossible: true, agreementIds: [id, other] },
    names: {},
  },
  'sanction.decided': {
    data: {
      decisionId: id,
      summonsId: other,
      sequence: 2,
      outcome: 'imposed',
      percentage: 20,
      months: 1,
      unit: 'enforcement',
    },
    names: {},
  },
  'participationStep.set': { data: { step: 3, previousStep: 2 }, names: {} },
  'activation.changed': { data: { availableForWork: true }, names: {} },
  'outflow.registered': {
    data: {
      reason: 'regular_work',
      date: '2026-12-14',
      deactivated: true,
      placement: { ...vacancy, outcome: 'hired' },
    },
    names: {},
  },
  'handover.registered': { data: { unit: 'income', reason: 'Werk is nu niet haalbaar' }, names: {} },
  'task.completed': {
    data: { taskId: id, kind: 'aftercare_jobseeker', title: 'Nazorg na uitstroom naar werk' },
    names: {},
  },
  'profile.updated': { data: { part: 'personalData', fields: ['phone'], version: 3 }, names: {} },
  'note.added': { data: { noteId: id }, names: {} },
  'document.uploaded': {
    data: { documentId: id, kind: 'payslip', filename: 'loonstrook-nov.pdf', version: 1 },
    names: {},
  },
  'trajectory.purchased': {
    data: {
      purchaseId: id,
      instrument: 'Sollicitatietraining',
      provider: 'Werkfit BV',
      fundingPartnerId: 'uwv',
      benefitType: 'WW',
      priceCents: 125050,
      startDate: '2027-01-04',
    },
    names: { fundingPartnerId: 'UWV WERKbedrijf' },
  },
  'nomination.proposed': { data: vacancy, names: {} },
  'nomination.presented': { data: vacancy, names: {} },
  'nomination.feedback': { data: { ...vacancy, outcome: 'rejected', reason: 'Geen rijbewijs' }, names: {} },
  'nomination.withdrawn': { data: { nominationId: id, vacancyId: other }, names: {} },
  'labourMarketActivity.invited': { data: activity, names: {} },
  'labourMarketActivity.registered': { data: activity, names: {} },
  'labourMarketActivity.withdrawn': { data: activity, names: {} },
  'labourMarketActivity.attendance': {
    data: { ...activity, attended: true, followUpEmployerName: 'Kwekerij De Kas' },
    names: {},
  },
  'labourMarketActivity.cancelled': { data: activity, names: {} },
};

/** Codes a sentence must translate, never show: every lower-case code among the sample values. */
const codesIn = (data: Record<string, unknown>): string[] =>
  Object.values(data).flatMap((v) =>
    typeof v === 'string' &&
    /^[a-z]+(_[a-z]+)+$|^(desk|medium|intake|jobseeker|imposed|rejected|payslip|broken|done|income|enforcement)$/.test(
      v,
    )
      ? [v]
      : typeof v === 'object' && v !== null && !Array.isArray(v)
        ? codesIn(v as Record<string, unknown>)
        : [],
  );

describe('the timeline in Dutch', () => {
  it.each(caseEventTypes)('renders %s as a Dutch sentence without codes, ids or ISO dates', (type) => {
    const sample = samples[type];
    const line = describeEvent(type, sample);
    expect(line).toMatch(/^\S.*[.!]$/);
    expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|undefined|null|NaN|\[object/);
    expect(line).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    for (const code of codesIn(sample.data)) expect(line, code).not.toMatch(new RegExp(`\\b${code}\\b`));
  });

  it('has a sentence for every event type the server can record', () => {
    expect(Object.keys(eventSentences).sort()).toEqual([...caseEventTypes].sort());
  });

  it('gives an appointment in Amsterdam time with its end after its start, and what it is about', () => {
    expect(describeEvent('appointment.planned', samples['appointment.planned'])).toBe(
      'Op het Werkplein: di 8 dec 2026, 10:00–10:45, Bespreken actieplan, met Kees Klant.',
    );
  });

  it('names the people, the agreement and the amounts behind the ids', () => {
    expect(describeEvent('caseManager.assigned', samples['caseManager.assigned'])).toBe(
      'Klantmanager: Kees Klant. Was: Ursula Werkcoach.',
    );
    expect(describeEvent('agreement.updated', samples['agreement.updated'])).toBe(
      '"Cv bijwerken": nagekomen → niet nagekomen.',
    );
    expect(describeEvent('trajectory.purchased', samples['trajectory.purchased'])).toMatch(
      /^Sollicitatietraining bij Werkfit BV, start 04-01-2027, €\s1\.250,50, betaald door UWV WERKbedrijf\.$/,
    );
  });

  it('says so, in Dutch, for an event type this version does not know', () => {
    expect(describeEvent('something.new', { data: { a: 'b' }, names: {} })).toMatch(/nog niet kent/);
  });
});
