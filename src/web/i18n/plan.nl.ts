/** Dutch texts of the diagnosis, action plan, appointments, referrals, worklist and summonses. */
import type { TAgreementResponsible, TAgreementStatus } from '../../contracts/action-plan.ts';
import type { TAppointmentChannel, TAppointmentStatus } from '../../contracts/appointment.ts';
import type { TReferralStatus } from '../../contracts/referral.ts';

const responsibles: Record<TAgreementResponsible, string> = {
  jobseeker: 'Werkzoekende',
  case_manager: 'Klantmanager',
  partner: 'Ketenpartner',
};

const agreementStatuses: Record<TAgreementStatus, string> = {
  open: 'Open',
  done: 'Nagekomen',
  broken: 'Niet nagekomen',
  cancelled: 'Vervallen',
};

const channels: Record<TAppointmentChannel, string> = {
  desk: 'Op het Werkplein',
  phone: 'Telefonisch',
  video: 'Beeldbellen',
  home: 'Huisbezoek',
  other: 'Anders',
};

const appointmentStatuses: Record<TAppointmentStatus, string> = {
  planned: 'Gepland',
  done: 'Gehouden',
  no_show: 'Niet verschenen',
  cancelled: 'Afgezegd',
};

const referralStatuses: Record<TReferralStatus, string> = {
  open: 'Open',
  answered: 'Beantwoord',
  withdrawn: 'Ingetrokken',
};

export const planNl = {
  responsibles,
  agreementStatuses,
  channels,
  appointmentStatuses,
  referralStatuses,
  yesNo: (value: boolean) => (value ? 'Ja' : 'Nee'),

  actionPlan: {
    title: 'Diagnose en actieplan',
    diagnosisHeading: 'Diagnose',
    noDiagnosis: 'Er is nog geen diagnose vastgelegd.',
    summary: 'Samenvatting',
    selfReliant: 'Zelfredzaam',
    selfReliantDescription:
      'Zelfredzaam: de eerste 3 maanden vooral digitale dienstverlening, altijd met een eerste gesprek en een actieplan.',
    wageValueAssessment: 'Loonwaardebepaling gewenst',
    diagnosedOn: 'Datum diagnose',
    digitalServiceUntil: 'Digitale dienstverlening tot',
    placementTargetDate: 'Doel: bij een bedrijf vóór',
    workOfferTargetDate: 'Doel: werkaanbod vóór',
    updated: (name: string, at: string) => `Laatst gewijzigd door ${name} op ${at}.`,
    editDiagnosis: 'Diagnose vastleggen',
    saveDiagnosis: 'Diagnose opslaan',
    diagnosisSaved: 'De diagnose is opgeslagen.',
    conflict: (name: string) =>
      `${name} heeft dit intussen gewijzigd. Wij tonen nu de actuele gegevens; breng uw wijziging opnieuw aan.`,
    agreementsHeading: 'Afspraken in het actieplan',
    noAgreements: 'Er zijn nog geen afspraken in het actieplan.',
    agreementsCaption: 'Afspraken in het actieplan, op einddatum',
    columns: {
      what: 'Afspraak',
      who: 'Wie',
      due: 'Uiterlijk',
      status: 'Status',
    },
    addOpen: 'Afspraak in het actieplan opnemen',
    what: 'Wat is afgesproken',
    who: 'Wie is verantwoordelijk',
    due: 'Uiterlijk op',
    add: 'Afspraak opnemen',
    added: 'De afspraak staat in het actieplan.',
    setStatus: (status: string, what: string) => `${what}: ${status}`,
    overdue: 'verlopen',
    accepted: 'Klant gaf akkoord',
    notAccepted: 'Wacht op akkoord van de klant',
    jobseekerComment: (comment: string) => `Toelichting klant: ${comment}`,
  },

  appointments: {
    title: 'Afspraken',
    none: 'Er zijn nog geen afspraken met deze werkzoekende.',
    caption: 'Afspraken met de werkzoekende, nieuwste eerst',
    columns: {
      when: 'Wanneer',
      with: 'Met',
      subject: 'Onderwerp',
      channel: 'Hoe en waar',
      status: 'Status',
    },
    planHeading: 'Afspraak in mijn agenda plannen',
    date: 'Datum',
    start: 'Begintijd',
    end: 'Eindtijd',
    timeDescription: 'Als uu:mm, bijvoorbeeld 09:30.',
    channel: 'Kanaal',
    location: 'Plaats of nummer',
    subject: 'Onderwerp',
    plan: 'Afspraak plannen',
    planned: 'De afspraak staat in uw agenda.',
    doubleBooked: (from: string, to: string) =>
      `U hebt van ${from} tot ${to} al een afspraak. Kies een ander tijdstip.`,
    setStatus: (status: string, subject: string) => `${subject}: ${status}`,
    time: (from: string, to: string) => `${from} – ${to}`,
  },

  referrals: {
    title: 'Doorverwijzingen',
    none: 'Er zijn nog geen doorverwijzingen.',
    caption: 'Doorverwijzingen en antwoorden, nieuwste eerst',
    columns: {
      to: 'Aan',
      question: 'Vraag',
      answer: 'Antwoord (signaal)',
      status: 'Status',
    },
    referOpen: 'Nieuwe doorverwijzing',
    target: 'Naar',
    targetUnit: 'Een backoffice',
    targetExternal: 'Een externe aanbieder',
    unit: 'Backoffice',
    chooseUnit: 'Kies een backoffice',
    provider: 'Naam van de aanbieder',
    question: 'Vraag',
    refer: 'Doorverwijzen',
    referred: 'De doorverwijzing is verstuurd.',
    withdraw: 'Intrekken',
    withdrawLabel: (to: string) => `Doorverwijzing aan ${to} intrekken`,
    withdrawn: 'De doorverwijzing is ingetrokken.',
    markSeen: 'Gezien',
    markSeenLabel: (to: string) => `Antwoord van ${to} als gezien markeren`,
    newSignal: 'Nieuw signaal',
    recordAnswer: 'Antwoord vastleggen',
    recordAnswerLabel: (to: string) => `Antwoord van ${to}`,
    answered: 'Het antwoord is vastgelegd.',
    by: (name: string, at: string) => `${name}, ${at}`,
  },

  worklist: {
    title: 'Werkvoorraad',
    tile: 'Beantwoord de doorverwijzingen aan uw backoffice; het antwoord komt als signaal bij de klantmanager.',
    intro: (unit: string) => `Doorverwijzingen aan backoffice ${unit}.`,
    noUnit: 'U bent niet aan een backoffice-eenheid gekoppeld.',
    showOpen: 'Open doorverwijzingen',
    showAnswered: 'Beantwoorde doorverwijzingen',
    noneOpen: 'Er staan geen open doorverwijzingen voor uw backoffice.',
    noneAnswered: 'Uw backoffice heeft nog geen doorverwijzingen beantwoord.',
    received: (at: string, name: string) => `Ontvangen ${at} van ${name}`,
    openDossier: 'Dossier openen',
    answerLabel: 'Uw antwoord',
    answer: 'Antwoord versturen',
    answeredOk: (name: string) => `Uw antwoord over ${name} is verstuurd naar de klantmanager.`,
    itemHeading: (name: string, dossierNumber: string) => `${name} (${dossierNumber})`,
  },

  summonses: {
    title: 'Oproepen',
    none: 'Er zijn geen oproepen.',
    caption: 'Oproepen na niet nagekomen afspraken, nieuwste eerst',
    columns: {
      number: 'Oproep',
      reason: 'Reden',
      issued: 'Verstuurd',
      decision: 'Maatregel',
    },
    number: (n: number) => `${n}e oproep`,
    noSanction: 'Eerste oproep: geen maatregel',
    awaiting: 'Nog geen besluit',
    imposed: (percentage: number, months: number) =>
      `Opgelegd: ${percentage}% gedurende ${months} ${months === 1 ? 'maand' : 'maanden'}`,
    waived: 'Afgezien van een maatregel',
    decidedBy: (name: string, at: string) => `Besluit door ${name}, ${at}`,
    issueOpen: 'Nieuwe oproep',
    noBroken: 'Een oproep volgt op niet nagekomen afspraken; die zijn er nu niet.',
    agreements: 'Niet nagekomen afspraken',
    reason: 'Reden van de oproep',
    firstNotice: 'Dit wordt de eerste oproep: daarop volgt geen maatregel.',
    referTo: 'Voorleggen voor een besluit over een maatregel aan',
    referNone: 'Nog niet voorleggen',
    issue: 'Oproep versturen',
    issued: 'De oproep is vastgelegd.',
    decideHeading: (n: number) => `Besluit over de ${n}e oproep`,
    outcome: 'Besluit',
    outcomes: { imposed: 'Maatregel opleggen', waived: 'Afzien van een maatregel' },
    percentage: 'Verlaging in procenten',
    months: 'Aantal maanden',
    reasoning: 'Motivering',
    decide: 'Besluit vastleggen',
    decided: 'Het besluit is vastgelegd.',
  },

  calendar: {
    title: 'Mijn agenda',
    tile: 'Bekijk uw afspraken per dag en leg vast of ze zijn gehouden.',
    date: 'Dag',
    show: 'Tonen',
    none: 'Geen afspraken op deze dag.',
    caption: (day: string) => `Afspraken op ${day}`,
  },

  fieldErrors: {
    in_past: 'Het begin ligt in het verleden. Kies een tijdstip in de toekomst.',
    date_past: 'Deze datum ligt in het verleden.',
    diagnosis_in_future: 'De datum van de diagnose mag niet in de toekomst liggen.',
    agreement_not_broken: 'Een oproep volgt alleen op niet nagekomen afspraken.',
    first_summons: 'Op de eerste oproep volgt geen maatregel.',
    not_started: 'De afspraak is nog niet begonnen.',
    not_with_waiver: 'Vul dit niet in als u afziet van een maatregel.',
    time_format: 'Vul een tijd in als uu:mm.',
  },
} as const;
