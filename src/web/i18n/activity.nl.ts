/** Dutch texts of the labour-market activities: job fairs, collective recruitment and the like. */
import type {
  TActivityKind,
  TActivityStatus,
  TParticipationStatus,
} from '../../contracts/labour-market-activity-options.ts';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const kinds: Record<TActivityKind, string> = {
  job_fair: 'Banenmarkt',
  collective_recruitment: 'Collectieve werving',
  company_visit: 'Bedrijfsbezoek',
  speed_date: 'Speeddate',
  information_session: 'Voorlichting',
};

const statuses: Record<TActivityStatus, string> = {
  planned: 'Gepland',
  completed: 'Afgerond',
  cancelled: 'Geannuleerd',
};

const participationStatuses: Record<TParticipationStatus, string> = {
  invited: 'Uitgenodigd',
  registered: 'Aangemeld',
  withdrawn: 'Afgemeld',
  attended: 'Verschenen',
  no_show: 'Niet verschenen',
};

export const activityNl = {
  kinds,
  statuses,
  participationStatuses,

  errors: {
    activity_closed:
      'Aan deze activiteit kunt u niets meer veranderen: ze is geannuleerd, afgerond of de dag is voorbij. Na de dag kunt u alleen nog de aanwezigheid vastleggen.',
    capacity_exceeded:
      'De activiteit zit vol: alle plaatsen voor werkzoekenden zijn bezet. Verhoog eerst de capaciteit of meld iemand af.',
    already_participating: 'Deze werkzoekende of werkgever doet al mee aan deze activiteit.',
    participation_not_possible:
      'Dit kan niet in de huidige stand (bijvoorbeeld: de aanwezigheid kan pas vanaf de dag zelf worden vastgelegd).',
  },

  fieldErrors: {
    time_format: 'Vul een tijd in als uu:mm, bijvoorbeeld 09:30.',
    time_order: 'De eindtijd moet na de begintijd liggen.',
    date_in_past: 'Deze datum ligt in het verleden.',
    capacity_below_taken: 'De capaciteit is lager dan het aantal werkzoekenden dat al meedoet.',
    not_yet_held: 'De activiteit kan pas op of na de dag zelf worden afgerond.',
    not_in_werkplein: 'Deze hoort niet bij het Werkplein van de activiteit.',
    not_activated:
      'Deze werkzoekende is niet beschikbaar voor bemiddeling; zijn klantmanager kan hem aanmelden.',
    not_of_employer: 'Deze vacature is niet van deze werkgever.',
    vacancy_not_open: 'Deze vacature is niet open.',
    not_participating: 'Deze werkgever doet niet mee aan de activiteit.',
    follow_up_without_attendance: 'Een vervolggesprek kan alleen voor wie is verschenen.',
    dossier_number_format: 'Een dossiernummer is WP met 8 cijfers, bijvoorbeeld WP00001234.',
    not_account_manager: 'Kies een matchmaker van dit Werkplein.',
  } as Record<string, string>,

  fieldErrorOverrides: {
    dossierNumber: {
      not_in_werkplein:
        'Er is geen werkzoekende met dit dossiernummer bij het Werkplein van deze activiteit.',
      required: 'Vul het dossiernummer van de werkzoekende in.',
    },
    employerId: {
      not_in_werkplein: 'Deze werkgever hoort niet bij het Werkplein van de activiteit.',
      invalid_format: 'Kies een werkgever.',
      required: 'Kies een werkgever.',
    },
    capacity: { too_small: 'Er is ten minste 1 plaats.', too_big: 'Er zijn hoogstens 10.000 plaatsen.' },
  } as Record<string, Record<string, string>>,

  nav: 'Arbeidsmarktactiviteiten',
  tile: 'Banenmarkten, collectieve werving en bedrijfsbezoeken: de werkgevers en werkzoekenden die meedoen.',

  list: {
    title: 'Arbeidsmarktactiviteiten',
    periodLabel: 'Welke activiteiten',
    periods: { upcoming: 'Komende activiteiten', past: 'Afgelopen activiteiten' },
    show: 'Tonen',
    newActivity: 'Nieuwe activiteit plannen',
    caption: (period: 'upcoming' | 'past') =>
      period === 'upcoming'
        ? 'Komende arbeidsmarktactiviteiten, de eerstvolgende bovenaan'
        : 'Afgelopen arbeidsmarktactiviteiten, de laatste bovenaan',
    none: (period: 'upcoming' | 'past') =>
      period === 'upcoming' ? 'Er zijn geen komende activiteiten.' : 'Er zijn geen afgelopen activiteiten.',
    columns: {
      date: 'Datum',
      time: 'Tijd',
      title: 'Activiteit',
      kind: 'Soort',
      location: 'Locatie',
      places: 'Werkzoekenden',
      employers: 'Werkgevers',
      status: 'Status',
    },
    places: (taken: number, capacity: number) => `${taken} van ${capacity}`,
  },

  timeRange: (start: string, end: string) => `${start}–${end} uur`,

  form: {
    newTitle: 'Nieuwe activiteit plannen',
    editTitle: (title: string) => `Activiteit wijzigen: ${title}`,
    editDocumentTitle: 'Activiteit wijzigen',
    intro: 'Alle velden zijn verplicht, tenzij er (niet verplicht) bij staat.',
    fields: {
      werkpleinId: 'Werkplein',
      kind: 'Soort activiteit',
      title: 'Titel',
      date: 'Datum',
      startTime: 'Begintijd',
      endTime: 'Eindtijd',
      location: 'Locatie',
      description: 'Beschrijving',
      capacity: 'Aantal plaatsen voor werkzoekenden',
      organiserId: 'Organiserende matchmaker',
    },
    descriptions: {
      time: 'Bijvoorbeeld 09:30.',
      location: 'Adres of plaats, bijvoorbeeld Werkplein Westland, Naaldwijk.',
    },
    chooseOrganiser: 'Kies een matchmaker',
    save: 'Opslaan',
    create: 'Activiteit plannen',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    numberFormat: 'Vul een heel getal in.',
  },

  detail: {
    created: 'De activiteit is gepland.',
    updated: 'De wijzigingen zijn opgeslagen.',
    factsLabel: 'Gegevens van de activiteit',
    facts: {
      kind: 'Soort',
      date: 'Datum',
      time: 'Tijd',
      location: 'Locatie',
      organiser: 'Organisator',
      places: 'Plaatsen voor werkzoekenden',
      status: 'Status',
    },
    placesValue: (taken: number, capacity: number) =>
      `${taken} van ${capacity} bezet (${Math.max(capacity - taken, 0)} vrij)`,
    edit: 'Activiteit wijzigen',
    complete: 'Activiteit afronden',
    cancelActivity: 'Activiteit annuleren',
    confirmCancel:
      'Weet u zeker dat u de activiteit wilt annuleren? Daarna kan er niemand meer aan meedoen; de werkzoekenden die uitgenodigd of aangemeld zijn, zien de annulering in hun tijdlijn.',
    confirmCancelYes: 'Ja, annuleren',
    confirmCancelNo: 'Nee, niet annuleren',
    completed: 'De activiteit is afgerond.',
    cancelledNotice: 'De activiteit is geannuleerd. De werkzoekenden die meededen zien dit in hun tijdlijn.',
    backToList: 'Terug naar de activiteiten',

    employersHeading: 'Werkgevers',
    noEmployers: 'Er doen nog geen werkgevers mee.',
    employerLine: (name: string) => name,
    vacanciesOf: (titles: string) => `Vacatures: ${titles}`,
    noVacancies: 'Geen vacatures gekoppeld.',
    removeEmployer: (name: string) => `${name} verwijderen`,
    removeEmployerShort: 'Verwijderen',
    addEmployerHeading: 'Werkgever toevoegen',
    employerLabel: 'Werkgever',
    chooseEmployer: 'Kies een werkgever',
    vacanciesLabel: 'Vacatures van deze werkgever',
    vacanciesDescription: 'Niet verplicht. Kies de open vacatures waarvoor de werkgever komt.',
    noOpenVacancies: 'Deze werkgever heeft geen open vacatures.',
    addEmployer: 'Werkgever toevoegen',
    employerAdded: (name: string) => `${name} doet mee.`,
    employerRemoved: (name: string) => `${name} doet niet meer mee.`,

    jobseekersHeading: 'Werkzoekenden',
    noJobseekers: 'Er doen nog geen werkzoekenden mee.',
    jobseekersCaption: 'Werkzoekenden die meedoen',
    columns: {
      name: 'Naam',
      dossierNumber: 'Dossiernummer',
      status: 'Status',
      recorded: 'Vastgelegd door',
      followUp: 'Vervolg',
      actions: 'Acties',
    },
    recordedBy: (name: string, when: string) => `${name}, ${when}`,
    followUpAt: (employer: string) => `Gesprek bij ${employer}`,
    register: 'Aanmelden',
    registerFor: (name: string) => `${name} aanmelden`,
    withdraw: 'Afmelden',
    withdrawFor: (name: string) => `${name} afmelden`,
    moved: (name: string, status: string) => `${name}: ${status.toLowerCase()}.`,

    addJobseekerHeading: 'Werkzoekende toevoegen',
    dossierNumberLabel: 'Dossiernummer',
    dossierNumberDescription: 'Bijvoorbeeld WP00001234. U vindt het in het dossier van de werkzoekende.',
    joinLabel: 'Hoe doet de werkzoekende mee?',
    joins: { invited: 'Uitgenodigd', registered: 'Aangemeld' },
    addJobseeker: 'Werkzoekende toevoegen',
    jobseekerAdded: (name: string, status: string) => `${name} is toegevoegd (${status.toLowerCase()}).`,

    attendanceHeading: 'Aanwezigheid vastleggen',
    attendanceIntro: 'Vanaf de dag van de activiteit legt u vast wie er is verschenen.',
    attendanceJobseekerLabel: 'Werkzoekende',
    chooseJobseeker: 'Kies een werkzoekende',
    attendedLabel: 'Is de werkzoekende verschenen?',
    attendedOptions: { yes: 'Verschenen', no: 'Niet verschenen' },
    followUpLabel: 'Vervolg: gesprek bij werkgever',
    noFollowUp: 'Geen vervolggesprek',
    recordAttendance: 'Aanwezigheid vastleggen',
    attendanceRecorded: (name: string, status: string) => `${name}: ${status.toLowerCase()}.`,

    outcomeHeading: 'Resultaat',
    outcome: (attended: number, noShow: number, followUps: number) =>
      `${attended} ${plural(attended, 'werkzoekende', 'werkzoekenden')} verschenen, ${noShow} niet verschenen, ${followUps} ${plural(followUps, 'vervolggesprek', 'vervolggesprekken')} bij een werkgever.`,
    chooseOne: 'Maak een keuze.',
  },

  /** One line in the jobseeker's timeline. */
  describe: (kind: string, title: string, date: string, location: string) =>
    `${title} (${kind}), ${date}, ${location}`,
  describeAttendance: (attended: boolean, line: string, followUp: string) =>
    `${attended ? 'Verschenen' : 'Niet verschenen'}: ${line}${followUp ? `. Vervolg: gesprek bij ${followUp}` : ''}.`,
};
