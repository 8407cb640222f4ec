/**
 * The Dutch message catalogue of the web front end. Every text a user sees lives here; components
 * refer to these keys and never hold Dutch strings themselves.
 */
import type { ErrorCode } from '../../contracts/errors.ts';
import type { TExpertise } from '../../contracts/expertise.ts';
import type { TBackOfficeUnit, TCapability, TRole } from '../../contracts/identity.ts';
import type { TJobseeker } from '../../contracts/jobseeker.ts';
import type { TProcessingLogEntry } from '../../contracts/processing-log.ts';
import type { ClientErrorCode } from '../shared/lib/api.ts';
import { activityNl } from './activity.nl.ts';
import { caseflowNl } from './caseflow.nl.ts';
import { documentNl } from './document.nl.ts';
import { employerNl } from './employer.nl.ts';
import { matchingNl } from './matching.nl.ts';
import { planNl } from './plan.nl.ts';
import { profileNl } from './profile.nl.ts';
import { regionalPoolNl } from './regional-pool.nl.ts';
import { intakeNl } from './intake.nl.ts';
import { trajectoryNl } from './trajectory.nl.ts';

type Gender = TJobseeker['gender'];
type LogResult = TProcessingLogEntry['result'];

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const errors: Record<ErrorCode | ClientErrorCode, string> = {
  validation_failed: 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.',
  invalid_bsn: 'Dit is geen geldig BSN.',
  unauthenticated: 'U bent niet ingelogd. Log in om verder te gaan.',
  session_expired: 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
  csrf_failed: 'Uw verzoek kon niet worden gecontroleerd. Laad de pagina opnieuw en probeer het nog eens.',
  forbidden: 'U hebt geen toegang tot deze gegevens of deze handeling.',
  own_access_change:
    'U kunt uw eigen rollen, Werkpleinen en account niet wijzigen. Vraag een andere functioneel beheerder om dit te doen.',
  not_found: 'De gevraagde gegevens zijn niet gevonden.',
  conflict:
    'Iemand anders heeft deze gegevens intussen gewijzigd. Laad de gegevens opnieuw en breng uw wijziging dan opnieuw aan.',
  concurrent_change:
    'Iemand anders wijzigde op hetzelfde moment dezelfde gegevens. Er is niets opgeslagen; probeer het opnieuw.',
  jobseeker_exists: 'Dit BSN is al bekend; het bestaande dossier is geopend.',
  login_exists: 'Deze inlognaam is al in gebruik.',
  mfa_required: 'Voor deze handeling moet u inloggen met een tweede factor.',
  login_failed: 'Inloggen is niet gelukt. Probeer het opnieuw.',
  payload_too_large: 'Het verzoek is te groot.',
  employer_exists:
    'Deze werkgever (KvK-nummer) staat al in het werkgeversbestand; de bestaande werkgever is geopend.',
  instrument_full:
    'Dit traject zit vol: alle plaatsen zijn bezet. Kies een ander traject of een latere start.',
  duplicate_referral:
    'Er staat al een open doorverwijzing naar deze backoffice voor deze werkzoekende. Wacht op het antwoord of trek die eerst in.',
  already_nominated: 'Deze werkzoekende is al voorgedragen voor deze vacature.',
  nomination_not_possible:
    'Dit kan niet in de huidige stand van de voordracht (bijvoorbeeld: de kandidaat is al voorgesteld aan de werkgever).',
  vacancy_not_open: 'Deze vacature is niet (meer) open: ze is vervuld, gesloten of aangehouden.',
  ...activityNl.errors,
  double_booked: 'De medewerker heeft op dat moment al een afspraak. Kies een ander tijdstip.',
  sanction_not_possible:
    'Op deze oproep kan geen maatregel volgen: de eerste oproep is zonder maatregel, of uw eenheid mag hierover niet beslissen.',
  unsupported_file_type:
    'Dit soort bestand kan niet in het dossier. Gebruik PDF, JPG, PNG, Word (.docx) of OpenDocument (.odt), en een bestand dat echt van dat soort is.',
  unknown_period:
    'Deze periode kennen we niet. Kies een maand (2026-03), een tertaal (2026-T1) of een jaar (2026).',
  unknown_scope: 'Dit gebied kennen we niet. Kies een Werkplein, een arbeidsmarktregio of heel Nederland.',
  period_in_future: 'Deze periode is nog niet begonnen. Kies een periode tot en met vandaag.',
  rate_limited: 'U hebt te veel verzoeken achter elkaar gedaan. Wacht even en probeer het opnieuw.',
  not_ready: 'Werkplein is op dit moment niet beschikbaar. Probeer het over enkele minuten opnieuw.',
  database_unavailable:
    'Werkplein kan de gegevens nu niet bereiken. Er is niets opgeslagen. Probeer het zo opnieuw.',
  internal: 'Er ging aan onze kant iets mis. Probeer het later opnieuw.',
  network: 'Werkplein is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  unexpected_response: 'Werkplein gaf een onverwacht antwoord. Probeer het later opnieuw.',
};

/** Field-level problems, by the code the server (or the form) reports. */
const fieldErrors: Record<string, string> = {
  required: 'Vul dit veld in.',
  invalid_bsn: 'Dit is geen geldig BSN. Een BSN heeft 9 cijfers en moet de elfproef doorstaan.',
  date_format: 'Vul een datum in als dd-mm-jjjj.',
  date_invalid: 'Deze datum bestaat niet.',
  date_future: 'De geboortedatum mag niet in de toekomst liggen.',
  postcode_format: 'Vul een postcode in als 1234 AB.',
  kvk_format: 'Een KvK-nummer heeft 8 cijfers.',
  date_in_future: 'Deze datum ligt in de toekomst.',
  phone_format: 'Een telefoonnummer bevat alleen cijfers, spaties en de tekens + - ( ).',
  email_format: 'Vul een e-mailadres in als naam@voorbeeld.nl.',
  login_format:
    'Een inlognaam heeft 2 tot 64 tekens: kleine letters, cijfers, punt, liggend streepje of onderstreepje.',
  login_exists: 'Deze inlognaam is al in gebruik.',
  too_small: 'Vul dit veld in.',
  too_big: 'Dit is te lang.',
  invalid_type: 'Vul dit veld in.',
  invalid_format: 'Dit is niet goed ingevuld.',
  invalid_value: 'Kies een van de mogelijkheden.',
  unrecognized_keys: 'Dit veld is niet toegestaan.',
  nul_byte: 'Dit veld bevat een teken dat niet is toegestaan (een nulteken). Typ de tekst opnieuw.',
  period_order: 'De einddatum moet op of na de begindatum liggen.',
  search_too_short: 'Vul ten minste 2 tekens in.',
  number_format: 'Vul een heel getal in.',
  choose_one: 'Kies een van de mogelijkheden.',
  ...planNl.fieldErrors,
  ...activityNl.fieldErrors,
  ...intakeNl.fieldErrors,
  ...caseflowNl.fieldErrors,
  unknown: 'Dit veld is niet goed ingevuld.',
};

/** Where a generic code needs words of its own for a particular field. */
const fieldErrorOverrides: Record<string, Record<string, string>> = {
  roles: { too_small: 'Kies ten minste één rol.', required: 'Kies ten minste één rol.' },
  werkpleinIds: {
    too_small: 'Kies ten minste één Werkplein.',
    required: 'Kies ten minste één Werkplein.',
  },
  backOfficeUnit: { required: 'Kies de backoffice-eenheid.', invalid_value: 'Kies de backoffice-eenheid.' },
  partnerId: { required: 'Kies een ketenpartner.', too_small: 'Kies een ketenpartner.' },
  werkpleinId: { required: 'Kies een Werkplein.', too_small: 'Kies een Werkplein.' },
  gender: { required: 'Kies het geslacht.', invalid_value: 'Kies het geslacht.' },
  email: { invalid_format: 'Vul een e-mailadres in als naam@voorbeeld.nl.' },
  employeeId: { invalid_format: 'Kies een medewerker uit de lijst.' },
  houseNumber: { too_big: 'Een huisnummer heeft hoogstens 20 tekens.' },
  surnamePrefix: { too_big: 'Een tussenvoegsel heeft hoogstens 20 tekens.' },
  phone: { too_big: 'Een telefoonnummer heeft hoogstens 30 tekens.' },
  ...activityNl.fieldErrorOverrides,
  ...regionalPoolNl.fieldErrorOverrides,
};

const roles: Record<TRole, string> = {
  intakeOfficer: 'intaker',
  caseManager: 'klantmanager',
  accountManager: 'matchmaker',
  backOffice: 'backoffice',
  procurementAdvisor: 'inkoopmakelaar',
  management: 'MT',
  administrator: 'functioneel beheerder',
  nationalViewer: 'landelijk monitor (alleen totalen)',
};

const backOfficeUnits: Record<TBackOfficeUnit, string> = {
  income: 'inkomen',
  debt_assistance: 'schuldhulp',
  civic_integration: 'inburgering',
  enforcement: 'handhaving',
  sheltered_employment: 'Wsw',
};

const genders: Record<Gender, string> = {
  female: 'Vrouw',
  male: 'Man',
  other: 'Anders',
  unknown: 'Onbekend',
};

const logResults: Record<LogResult, string> = {
  allowed: 'toegestaan',
  denied: 'geweigerd',
  failed: 'mislukt',
};

export const nl = {
  productName: 'Werkplein',
  document: documentNl,
  expertise: {
    youth: 'Jongeren',
    status_holders: 'Statushouders',
    self_employed: 'Zelfstandigen',
    work_disability: 'Arbeidsbeperking',
    debt: 'Schulden',
    older_workers: '50-plussers',
    language: 'Taalachterstand',
  } satisfies Record<TExpertise, string>,
  employer: employerNl,
  activity: activityNl,
  matching: matchingNl,
  profile: profileNl,
  regionalPool: regionalPoolNl,
  intake: intakeNl,
  caseflow: caseflowNl,
  plan: planNl,
  trajectory: trajectoryNl,
  documentTitle: (page: string) => `${page} — Werkplein`,
  loading: 'Bezig met laden…',
  yes: 'Ja',
  no: 'Nee',
  none: '—',
  listSeparator: ', ',

  errors,
  fieldErrors,
  fieldErrorOverrides,
  roles,
  backOfficeUnits,
  genders,
  logResults,
  roleWithUnit: (role: string, unit: string) => `${role} (${unit})`,

  layout: {
    skipLink: 'Naar de inhoud',
    homeLink: 'Werkplein, naar de startpagina',
    navLabel: 'Hoofdmenu',
    loggedInAs: 'Ingelogd als',
    employeeOf: (name: string, partner: string) => `${name}, ${partner}`,
    logout: 'Uitloggen',
    loggingOut: 'Bezig met uitloggen…',
    footer: 'Werkplein — samen werken aan werk en inkomen. UWV, gemeente en SW-bedrijf.',
  },

  nav: {
    start: 'Start',
    search: 'Werkzoekende zoeken',
    employees: 'Medewerkers beheren',
    processingLog: 'Verwerkingslog doorzoeken',
  },

  login: {
    title: 'Inloggen bij Werkplein',
    intro:
      'Werkplein is het gezamenlijke systeem van UWV, de gemeente en het SW-bedrijf voor de dienstverlening aan werkzoekenden en werkgevers.',
    how: 'U logt in met het account van uw eigen organisatie. Daarna komt u terug in Werkplein.',
    button: 'Inloggen met uw organisatie-account',
    expired: 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
    loggedOut: 'U bent uitgelogd. Tot ziens.',
  },

  start: {
    title: 'Startpagina',
    greeting: (name: string) => `Welkom, ${name}`,
    partner: (partner: string) => `U werkt namens ${partner}.`,
    werkpleinenOne: (name: string) => `Uw Werkplein: ${name}.`,
    werkpleinenMany: (names: string) => `Uw Werkpleinen: ${names}.`,
    werkpleinenNone:
      'U bent nog niet aan een Werkplein gekoppeld. Neem contact op met de functioneel beheerder.',
    roles: (count: number, list: string) => `Uw ${plural(count, 'rol', 'rollen')}: ${list}.`,
    tasksHeading: 'Wat wilt u doen?',
    noTasks: 'Voor uw rol zijn er nog geen taken in Werkplein. Neem contact op met de functioneel beheerder.',
    tiles: {
      search: 'Zoek het dossier van een werkzoekende op naam, BSN of dossiernummer.',
      employees: 'Voeg medewerkers toe, wijzig hun rollen en Werkpleinen of zet een account uit.',
      processingLog: 'Zoek na wie welke persoonsgegevens heeft verwerkt, en waarom.',
    },
  },

  search: {
    title: 'Werkzoekende zoeken',
    queryLabel: 'Zoek op naam, BSN of dossiernummer',
    queryDescription: 'Bijvoorbeeld: Jansen, 123456782 of WP00001234.',
    werkpleinLabel: 'Werkplein',
    allWerkpleinen: 'Alle Werkpleinen',
    submit: 'Zoeken',
    resultsHeading: 'Resultaten',
    none: (searchedAs: string) => `Geen werkzoekenden gevonden (${searchedAs}).`,
    found: (n: number, searchedAs: string) =>
      `${n} ${plural(n, 'werkzoekende', 'werkzoekenden')} gevonden (${searchedAs}).`,
    searchedAs: {
      name: 'gezocht op naam',
      bsn: 'gezocht op BSN',
      dossierNumber: 'gezocht op dossiernummer',
    } as Record<'name' | 'bsn' | 'dossierNumber', string>,
    caption: 'Gevonden werkzoekenden',
    columns: {
      dossierNumber: 'Dossiernummer',
      name: 'Naam',
      birthDate: 'Geboortedatum',
      address: 'Postcode en plaats',
      bsn: 'BSN',
      werkplein: 'Werkplein',
    },
    registerLink: 'Nieuwe werkzoekende aanmelden',
  },

  register: {
    title: 'Werkzoekende aanmelden',
    intro: 'Alle velden zijn verplicht, tenzij er (niet verplicht) bij staat.',
    personHeading: 'Persoonsgegevens',
    addressHeading: 'Adres en contact',
    fields: {
      werkpleinId: 'Werkplein',
      bsn: 'BSN',
      givenNames: 'Voornamen',
      surnamePrefix: 'Tussenvoegsel',
      surname: 'Achternaam',
      birthDate: 'Geboortedatum',
      gender: 'Geslacht',
      street: 'Straat',
      houseNumber: 'Huisnummer',
      postcode: 'Postcode',
      city: 'Woonplaats',
      phone: 'Telefoonnummer',
      email: 'E-mailadres',
    },
    descriptions: {
      bsn: '9 cijfers, bijvoorbeeld 123456782.',
      houseNumber: 'Met toevoeging, bijvoorbeeld 12 of 12a.',
      postcode: 'Bijvoorbeeld 3511 AB.',
      surnamePrefix: 'Bijvoorbeeld van, de of van der.',
    },
    chooseWerkplein: 'Kies een Werkplein',
    submit: 'Aanmelden',
    submitting: 'Bezig met aanmelden…',
    cancel: 'Annuleren',
    noWerkplein: 'U bent aan geen Werkplein gekoppeld, dus u kunt geen werkzoekende aanmelden.',
  },

  form: {
    /** The empty first option of a required select: nothing is chosen for the user. */
    choose: 'Kies …',
    optional: '(niet verplicht)',
    errorPrefix: 'Fout: ',
  },

  errorSummary: {
    heading: (n: number) => `Er ${plural(n, 'is 1 fout', `zijn ${n} fouten`)} gevonden`,
    intro: 'Verbeter het volgende en probeer het opnieuw:',
    item: (label: string, message: string) => `${label}: ${message}`,
  },

  dossier: {
    titleFallback: 'Dossier',
    documentTitle: (dossierNumber: string) => `Dossier ${dossierNumber}`,
    empty: 'niet ingevuld',
    dossierNumber: (n: string) => `Dossiernummer ${n}`,
    testData: 'Testgegevens',
    testDataExplanation: 'Dit dossier bevat testgegevens en hoort niet bij een echte persoon.',
    registered: 'De werkzoekende is aangemeld. Dit is het nieuwe dossier.',
    exists: 'Dit BSN is al bekend; het bestaande dossier is geopend.',
    personHeading: 'Persoonsgegevens',
    contactHeading: 'Adres en contact',
    contentsLabel: 'Onderdelen van het dossier',
    dossierHeading: 'Dossier',
    fields: {
      bsn: 'BSN',
      givenNames: 'Voornamen',
      surnamePrefix: 'Tussenvoegsel',
      surname: 'Achternaam',
      birthDate: 'Geboortedatum',
      gender: 'Geslacht',
      address: 'Straat en huisnummer',
      postcode: 'Postcode',
      city: 'Woonplaats',
      phone: 'Telefoonnummer',
      email: 'E-mailadres',
      dossierNumber: 'Dossiernummer',
      werkplein: 'Werkplein',
      createdAt: 'Aangemeld op',
    },
    notFoundTitle: 'Niet gevonden',
    notFound:
      'Dit dossier bestaat niet, of u hebt er geen toegang toe. Een dossier van een ander Werkplein kunt u niet inzien.',
    backToSearch: 'Terug naar zoeken',
  },

  employees: {
    title: 'Medewerkers beheren',
    intro:
      'Hier beheert u de accounts van de medewerkers van uw Werkpleinen: hun rollen, Werkpleinen en of zij kunnen inloggen.',
    add: 'Medewerker toevoegen',
    listHeading: 'Medewerkers',
    caption: 'Alle medewerkers',
    empty: 'Er zijn nog geen medewerkers.',
    columns: {
      name: 'Naam',
      login: 'Inlognaam',
      partner: 'Ketenpartner',
      roles: 'Rollen',
      werkpleinen: 'Werkpleinen',
      active: 'Actief',
      actions: 'Acties',
    },
    edit: 'Wijzigen',
    formAddHeading: 'Nieuwe medewerker',
    formEditHeading: (name: string) => `Medewerker wijzigen: ${name}`,
    fields: {
      login: 'Inlognaam',
      name: 'Naam',
      email: 'E-mailadres',
      partnerId: 'Ketenpartner',
      roles: 'Rollen',
      backOfficeUnit: 'Backoffice-eenheid',
      werkpleinIds: 'Werkpleinen',
      expertise: 'Deskundigheid (voor de toewijzing bij de intake)',
      active: 'Actief: de medewerker kan inloggen',
    },
    descriptions: {
      login:
        'Dezelfde naam als in het account van de eigen organisatie. Kan later niet meer worden gewijzigd.',
      loginFixed: 'De inlognaam kan niet worden gewijzigd.',
    },
    choosePartner: 'Kies een ketenpartner',
    chooseUnit: 'Kies een eenheid',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    created: (name: string) => `${name} is toegevoegd.`,
    updated: (name: string) => `De gegevens van ${name} zijn opgeslagen.`,
    reload: 'Gegevens opnieuw laden',
    reloaded: 'De nieuwste gegevens zijn geladen. Breng uw wijziging opnieuw aan.',
    changes: {
      heading: 'Recente wijzigingen van rollen en accounts',
      intro:
        'Wie welke medewerker welke rollen, Werkpleinen of toegang gaf of afnam. Niemand kan zijn eigen rollen wijzigen; controleer vooral de wijzigingen die toegang tot persoonsgegevens geven.',
      caption: 'Recente wijzigingen van rollen en accounts, nieuwste eerst',
      empty: 'Er zijn nog geen wijzigingen van rollen of accounts.',
      columns: {
        occurredAt: 'Wanneer',
        employee: 'Medewerker',
        changedBy: 'Gewijzigd door',
        change: 'Wijziging',
        personalData: 'Persoonsgegevens',
      },
      created: (roles: string) => `Toegevoegd met de rollen ${roles}`,
      roles: (before: string, after: string) => `Rollen: ${before} → ${after}`,
      werkpleinen: (before: string, after: string) => `Werkpleinen: ${before} → ${after}`,
      activated: 'Account weer actief',
      deactivated: 'Account uitgezet',
      widens: 'Krijgt toegang tot persoonsgegevens',
      narrowsOrSame: 'Geen nieuwe toegang',
    },
  },

  processingLog: {
    title: 'Verwerkingslog doorzoeken',
    intro:
      'Zoek na welke medewerker welke persoonsgegevens heeft verwerkt, met welke rol en voor welke verwerkingsactiviteit. Ook uw zoekopdracht hier wordt gelogd.',
    filtersHeading: 'Zoeken in het log',
    fields: {
      bsn: 'BSN van de betrokkene',
      employeeId: 'Medewerker',
      from: 'Periode van',
      to: 'Periode tot en met',
    },
    descriptions: {
      bsn: 'Niet verplicht. 9 cijfers.',
    },
    periodLegend: 'Periode',
    allEmployees: 'Alle medewerkers',
    submit: 'Zoeken',
    resultsHeading: 'Resultaten',
    caption: 'Gevonden verwerkingen, nieuwste eerst',
    none: 'Geen verwerkingen gevonden.',
    count: (n: number) => `${n} ${plural(n, 'verwerking', 'verwerkingen')} gevonden`,
    limited: (n: number) =>
      `Alleen de nieuwste ${n} worden getoond. Maak de zoekopdracht specifieker om meer te zien.`,
    columns: {
      occurredAt: 'Tijdstip',
      employee: 'Medewerker',
      role: 'Rol',
      action: 'Actie',
      object: 'Object',
      result: 'Resultaat',
      activity: 'Verwerkingsactiviteit',
      traceId: 'Trace-id',
      foreignTrace: 'Trace-id van het aanroepende systeem',
    },
    system: 'systeem',
    /** Every action the policy knows (the processing log records these), plus older generic ones. */
    actions: {
      'jobseeker.search': 'werkzoekende zoeken',
      'jobseeker.read': 'dossier inzien',
      'jobseeker.register': 'werkzoekende aanmelden',
      'employee.manage': 'medewerker beheren',
      'werkplein.manage': 'instelling van het Werkplein wijzigen',
      'processingLog.read': 'verwerkingslog inzien',
      'registration.record': 'aanmelding vastleggen',
      'intake.perform': 'intake afnemen',
      'case.assign': 'klantmanager toewijzen',
      'case.manage': 'dossier bijwerken',
      'caseload.read': 'caseload inzien',
      'team.read': 'teamoverzicht inzien',
      'worklist.read': 'werkvoorraad inzien',
      'referral.answer': 'doorverwijzing beantwoorden',
      'sanction.decide': 'maatregel beslissen',
      'task.manage': 'taken en Mijn dag',
      'document.manage': 'documenten beheren',
      'instrument.read': 'trajectenboek inzien',
      'instrument.manage': 'trajectenboek beheren',
      'employer.read': 'werkgever inzien',
      'employer.manage': 'werkgever beheren',
      'employer.contact': 'contact met werkgever vastleggen',
      'vacancy.manage': 'vacature beheren',
      'matching.read': 'matching inzien',
      'nomination.propose': 'kandidaat voordragen',
      'nomination.manage': 'voordracht en plaatsing vastleggen',
      'labourMarketActivity.read': 'arbeidsmarktactiviteit inzien',
      'labourMarketActivity.manage': 'arbeidsmarktactiviteit beheren',
      'labourMarketActivity.enrol': 'werkzoekende aanmelden voor activiteit',
      'monitor.read': 'monitor inzien',
      'monitor.drilldown': 'monitor: dossiers achter een cijfer inzien',
      read: 'inzien',
      search: 'zoeken',
      create: 'aanmaken',
      update: 'wijzigen',
      delete: 'verwijderen',
    } satisfies Record<TCapability, string> & Record<string, string> as Record<string, string>,
    foreignSpan: (spanId: string) => `span ${spanId}`,
    objectTypes: {
      jobseeker: 'werkzoekende',
      'jobseeker-search': 'zoekopdracht werkzoekenden',
      employee: 'medewerker',
      processingLog: 'verwerkingslog',
      'processing-log': 'verwerkingslog',
      'werkplein-regional-pool': 'bestand delen in de arbeidsmarktregio',
    } as Record<string, string>,
  },

  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet. Misschien is het adres verkeerd getypt.',
    home: 'Naar de startpagina',
  },

  forbidden: {
    title: 'Geen toegang',
    text: 'Met uw rol hebt u geen toegang tot deze pagina.',
    home: 'Naar de startpagina',
  },

  loadFailed: {
    title: 'Er ging iets mis',
    retry: 'Opnieuw proberen',
  },
} as const;

/** The Dutch message for a field problem, preferring words specific to the field. */
export const fieldErrorMessage = (field: string, code: string): string =>
  nl.fieldErrorOverrides[field]?.[code] ?? nl.fieldErrors[code] ?? nl.fieldErrors.unknown ?? code;

/** Codes that mean "nothing (valid) chosen" on a select, radio group or group of checkboxes. */
const notChosen = new Set(['required', 'too_small', 'invalid_type', 'invalid_value', 'choose_one']);

/**
 * The Dutch message for a field problem as the form shows it: a choice (select, radios, checkboxes)
 * left empty says "Kies …", never "Vul dit veld in.". A nested path ("locations.0.street") also
 * finds the words of its last part.
 */
export const fieldProblemMessage = (
  field: string,
  code: string,
  control: 'text' | 'choice' = 'text',
): string => {
  const name = field.split('.').at(-1) ?? field;
  const override = nl.fieldErrorOverrides[field] ?? nl.fieldErrorOverrides[name];
  if (control === 'choice' && notChosen.has(code)) {
    return override?.[code] ?? override?.required ?? nl.fieldErrors.choose_one ?? code;
  }
  return override?.[code] ?? nl.fieldErrors[code] ?? nl.fieldErrors.unknown ?? code;
};

/** The Dutch message for an API or client error code; unknown codes fall back to a general one. */
export const errorMessage = (code: string): string =>
  (nl.errors as Record<string, string>)[code] ?? nl.errors.internal;

/** Dutch messages per field path for the server's field problems (validation_failed). */
export const fieldErrorsOf = (fields: readonly { path: string; code: string }[]): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f.path, fieldErrorMessage(f.path, f.code)]));

/** A field problem of a nomination form (motivation, reason, start date), in the words of that form. */
export const nominationFieldError = (field: string, code: string): string =>
  nl.matching.fieldErrors[field]?.[code] ?? fieldErrorMessage(field, code);
