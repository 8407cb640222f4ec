/**
 * Dutch texts of the timeline, caseload, "Mijn dag", team view and the case flow (participatieladder,
 * activation, outflow, aftercare, handover).
 */
import type { TOutflowReason } from '../../contracts/case-flow.ts';
import type { CaseEventType } from '../../contracts/case-events.ts';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Every kind of event in a case, as the timeline names it. */
const eventTypes: Record<CaseEventType, string> = {
  'jobseeker.registered': 'Ingeschreven',
  'registration.recorded': 'Aanmelding vastgelegd',
  'intake.completed': 'Intake afgerond',
  'caseManager.assigned': 'Klantmanager toegewezen',
  'benefit.added': 'Uitkering vastgelegd',
  'benefit.ended': 'Uitkering beëindigd',
  'diagnosis.recorded': 'Diagnose vastgelegd',
  'agreement.added': 'Afspraak in actieplan toegevoegd',
  'agreement.updated': 'Afspraak in actieplan gewijzigd',
  'appointment.planned': 'Afspraak ingepland',
  'appointment.updated': 'Afspraak gewijzigd',
  'referral.sent': 'Doorverwezen',
  'referral.answered': 'Doorverwijzing beantwoord (signaal)',
  'referral.withdrawn': 'Doorverwijzing ingetrokken',
  'summons.issued': 'Oproep verstuurd',
  'sanction.decided': 'Besluit over maatregel',
  'participationStep.set': 'Trede op de participatieladder vastgesteld',
  'activation.changed': 'Beschikbaarheid voor bemiddeling gewijzigd',
  'outflow.registered': 'Uitstroom geregistreerd',
  'handover.registered': 'Overgedragen aan inkomensconsulent',
  'task.completed': 'Taak afgerond',
  'profile.updated': 'Werk- en opleidingsprofiel gewijzigd',
  'note.added': 'Notitie toegevoegd',
  'document.uploaded': 'Document toegevoegd',
  'trajectory.purchased': 'Traject ingekocht',
  'nomination.proposed': 'Voorgedragen voor een vacature',
  'nomination.presented': 'Voorgesteld aan de werkgever',
  'nomination.feedback': 'Terugkoppeling van de werkgever',
  'nomination.withdrawn': 'Voordracht ingetrokken',
  'labourMarketActivity.invited': 'Uitgenodigd voor een arbeidsmarktactiviteit',
  'labourMarketActivity.registered': 'Aangemeld voor een arbeidsmarktactiviteit',
  'labourMarketActivity.withdrawn': 'Afgemeld voor een arbeidsmarktactiviteit',
  'labourMarketActivity.attendance': 'Aanwezigheid bij een arbeidsmarktactiviteit',
  'labourMarketActivity.cancelled': 'Arbeidsmarktactiviteit geannuleerd',
};

/** The participatieladder. */
const participationSteps: Record<number, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buitenshuis',
  3: 'Deelname georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

const outflowReasons: Record<TOutflowReason, string> = {
  regular_work: 'Regulier werk',
  partial_work: 'Gedeeltelijk werk',
  subsidised_work: 'Gesubsidieerd werk',
  education: 'Opleiding',
  moved: 'Verhuizing',
  other: 'Overig',
};

const taskKinds: Record<string, string> = {
  work_first_placement: 'Work First: 48 uur verstreken, uitkeringsintake plannen',
  work_first_contact: 'Work First: contact binnen 2 weken',
  aftercare_employer: 'Nazorg: werkgever bellen',
  aftercare_jobseeker: 'Nazorg na uitstroom naar werk',
  new_case: 'Nieuwe zaak',
  follow_up: 'Opvolgen',
};

const channels: Record<string, string> = {
  desk: 'Balie',
  phone: 'Telefoon',
  video: 'Video',
  home: 'Huisbezoek',
  other: 'Anders',
};

export const caseflowNl = {
  eventTypes,
  participationSteps,
  step: (n: number) => `Trede ${n}: ${participationSteps[n] ?? ''}`,
  outflowReasons,
  taskKinds,
  channels,

  nav: { myDay: 'Mijn dag', caseload: 'Mijn caseload', team: 'Team' },
  tiles: {
    myDay: 'Uw afspraken van vandaag, taken die vandaag of eerder af moesten, en nieuwe signalen.',
    caseload: 'Al uw werkzoekenden, de meest dringende eerst.',
    team: 'Per klantmanager: caseload, verlopen taken en tijd sinds het laatste contact.',
  },

  timeline: {
    title: 'Tijdlijn',
    intro: 'Alles wat in deze zaak is gebeurd, door alle ketenpartners. Het nieuwste staat bovenaan.',
    filterHeading: 'Filteren',
    typeLabel: 'Soort gebeurtenis',
    allTypes: 'Alle soorten',
    partnerLabel: 'Ketenpartner',
    allPartners: 'Alle ketenpartners',
    apply: 'Filter toepassen',
    more: 'Oudere gebeurtenissen laden',
    none: 'Er zijn geen gebeurtenissen die aan het filter voldoen.',
    count: (n: number, more: boolean) =>
      `${n} ${plural(n, 'gebeurtenis', 'gebeurtenissen')} getoond${more ? ', er zijn er meer' : ''}.`,
    by: (employee: string | null, partner: string | null) =>
      employee && partner
        ? `door ${employee} (${partner})`
        : employee
          ? `door ${employee}`
          : partner
            ? `door ${partner}`
            : 'door het systeem',
    listLabel: 'Gebeurtenissen',
  },

  describe: {
    step: (step: number, previous: number | null) =>
      previous
        ? `Van trede ${previous} naar trede ${step}: ${participationSteps[step] ?? ''}.`
        : `Trede ${step}: ${participationSteps[step] ?? ''}.`,
    activation: (on: boolean) =>
      on ? 'Beschikbaar voor bemiddeling.' : 'Niet meer beschikbaar voor bemiddeling.',
    outflow: (reason: string, date: string) => `${reason}, per ${date}.`,
    placement: (vacancy: string, employer: string) => `Geplaatst op de vacature ${vacancy} bij ${employer}.`,
    handover: (reason: string) => `Reden: ${reason}`,
    task: (title: string) => `Taak: ${title}`,
  },

  caseload: {
    title: 'Mijn caseload',
    caption: 'Mijn werkzoekenden',
    count: (n: number) =>
      `U hebt ${n} ${plural(n, 'werkzoekende', 'werkzoekenden')} in uw caseload. De meest dringende staan bovenaan.`,
    none: 'U hebt nog geen werkzoekenden in uw caseload.',
    columns: {
      dossierNumber: 'Dossiernummer',
      name: 'Naam',
      benefit: 'Uitkering',
      step: 'Participatieladder',
      activated: 'Beschikbaar voor bemiddeling',
      lastContact: 'Laatste contact',
      tasks: 'Open taken',
      overdue: 'Verlopen taken',
    },
    noStep: 'Niet vastgesteld',
  },

  myDay: {
    title: 'Mijn dag',
    date: (d: string) => `Vandaag, ${d}.`,
    appointmentsHeading: 'Afspraken van vandaag',
    noAppointments: 'U hebt vandaag geen afspraken.',
    appointmentsCaption: 'Afspraken van vandaag',
    columns: {
      time: 'Tijd',
      jobseeker: 'Werkzoekende',
      subject: 'Onderwerp',
      channel: 'Vorm',
      location: 'Plaats',
      task: 'Taak',
      due: 'Uiterlijk',
      status: 'Status',
      action: 'Actie',
      unit: 'Van',
      answer: 'Antwoord',
      answeredAt: 'Beantwoord op',
      vacancy: 'Vacature',
      offeredBy: 'Aangeboden door',
      message: 'Toelichting',
      offeredAt: 'Aangeboden op',
    },
    tasksHeading: 'Taken voor vandaag en verlopen taken',
    noTasks: 'U hebt geen taken die vandaag af moeten.',
    tasksCaption: 'Taken',
    overdue: 'Verlopen',
    dueToday: 'Vandaag',
    complete: (title: string) => `Afronden: ${title}`,
    completeShort: 'Afronden',
    completed: (title: string) => `De taak "${title}" is afgerond.`,
    signalsHeading: 'Nieuwe signalen',
    noSignals: 'Er zijn geen nieuwe signalen.',
    signalsCaption: 'Nieuwe signalen van backoffices en externe partijen',
    noJobseeker: '—',
    offersHeading: 'Aangeboden vacatures',
    offersCaption: 'Vacatures die een matchmaker u heeft aangeboden voor uw werkzoekenden',
    vacancyAt: (title: string, employer: string) => `${title} bij ${employer}`,
    markSeen: (title: string) => `Gezien: ${title}`,
    markSeenShort: 'Gezien',
    seen: (title: string) => `De vacature "${title}" staat niet meer op Mijn dag.`,
  },

  team: {
    title: 'Team',
    moveHeading: 'Zaken overdragen',
    moveIntro:
      'Verdeel zaken opnieuw, bijvoorbeeld bij afwezigheid of een te grote caseload. Alles of niets: lukt één zaak niet, dan blijft alles zoals het was.',
    fromLabel: 'Van klantmanager',
    toLabel: 'Naar klantmanager',
    chooseCaseManager: 'Kies een klantmanager',
    casesLabel: 'Zaken om over te dragen',
    noCases: 'Deze klantmanager heeft geen lopende zaken.',
    selectAll: 'Alle zaken selecteren',
    move: 'Zaken overdragen',
    moved: (n: number, to: string) => `${n} ${n === 1 ? 'zaak is' : 'zaken zijn'} overgedragen aan ${to}.`,
    chooseCases: 'Kies ten minste één zaak.',
    chooseTarget: 'Kies een andere klantmanager.',
    werkpleinLabel: 'Werkplein',
    show: 'Tonen',
    caption: 'Klantmanagers van het Werkplein',
    explanation:
      'Tijd sinds laatste contact: het langst wachtende dossier van de klantmanager (daar moet eerst iets gebeuren) en de mediaan over al zijn dossiers (hoe de caseload wordt bijgehouden). Contact is het laatst geregistreerde contact (een gehouden afspraak of de intake), of anders de inschrijving.',
    none: 'Dit Werkplein heeft geen klantmanagers.',
    columns: {
      name: 'Klantmanager',
      partner: 'Organisatie',
      caseload: 'Caseload',
      overdue: 'Verlopen taken',
      longest: 'Langst zonder contact',
      median: 'Mediaan zonder contact',
    },
    days: (n: number | null) =>
      n === null ? '—' : `${String(n).replace('.', ',')} ${plural(n, 'dag', 'dagen')}`,
  },

  flow: {
    title: 'Traject en uitstroom',
    ladderHeading: 'Participatieladder',
    ladderLabel: 'Trede op de participatieladder',
    ladderNone: 'Nog niet vastgesteld.',
    ladderSave: 'Trede opslaan',
    ladderOpen: 'Trede wijzigen',
    chooseStep: 'Kies een trede',
    activationHeading: 'Beschikbaar voor bemiddeling',
    activated: (at: string) =>
      `Beschikbaar voor bemiddeling sinds ${at}. Matchmakers zien deze werkzoekende.`,
    notActivated: 'Niet beschikbaar voor bemiddeling. Matchmakers zien deze werkzoekende niet.',
    activate: 'Beschikbaar melden voor bemiddeling',
    deactivate: 'Niet meer beschikbaar melden',
    outflowHeading: 'Uitstroom',
    outflowDone: (reason: string, date: string) => `Uitgestroomd: ${reason}, per ${date}.`,
    outflowIntro:
      'Bij uitstroom naar werk krijgt de klantmanager een nazorgtaak, vier weken na de uitstroomdatum.',
    reasonLabel: 'Reden van uitstroom',
    chooseReason: 'Kies een reden',
    dateLabel: 'Uitstroomdatum',
    dateDescription: 'Vandaag of eerder, niet vóór de inschrijving.',
    noteLabel: 'Toelichting',
    outflowSave: 'Uitstroom registreren',
    outflowOpen: 'Uitstroom vastleggen',
    outflowSaved: 'De uitstroom is geregistreerd.',
    aftercareCreated: 'Er is een nazorgtaak aangemaakt voor de klantmanager.',
    handoverHeading: 'Overdracht aan inkomensconsulent',
    handoverIntro:
      'Als werk niet haalbaar is maar de werkzoekende recht heeft op inkomen, draagt u de zaak over. De backoffice inkomen krijgt een doorverwijzing.',
    handoverDone: (at: string) => `Overgedragen aan de inkomensconsulent op ${at}.`,
    handoverReasonLabel: 'Waarom is werk niet haalbaar?',
    handoverSave: 'Overdragen aan inkomensconsulent',
    handoverOpen: 'Zaak overdragen',
    handoverSaved: 'De zaak is overgedragen aan de inkomensconsulent.',
    saved: 'Opgeslagen.',
    conflict:
      'Iemand anders heeft deze zaak intussen gewijzigd. Hieronder staat de zaak zoals die nu is; breng uw wijziging opnieuw aan.',
    closed: 'Deze zaak is uitgestroomd of overgedragen en kan niet meer worden gewijzigd.',
    readOnly: 'Alleen een klantmanager kan dit wijzigen.',
  },

  fieldErrors: {
    outflow_date_future: 'De uitstroomdatum mag niet in de toekomst liggen.',
    outflow_before_registration: 'De uitstroomdatum mag niet vóór de inschrijving liggen.',
    step_required: 'Kies een trede.',
    reason_required: 'Kies een reden van uitstroom.',
    handover_required: 'Vul in waarom werk niet haalbaar is.',
  } as Record<string, string>,
};
