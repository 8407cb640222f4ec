/**
 * The Dutch texts of Mijn Werkplein, the jobseeker's portal: B1 language level, "u", short
 * sentences. Kept apart from the staff catalogue so the portal loads only its own words.
 */
import type { ErrorCode } from '../../contracts/errors.ts';
import type { TPortalAgreement, TPortalAppointment } from '../../contracts/portal.ts';
import type { ClientErrorCode } from '../../web/shared/lib/api.ts';

export const nl = {
  appName: 'Mijn Werkplein',
  skipLink: 'Naar de inhoud',
  loading: 'Even geduld, de gegevens worden geladen…',
  retry: 'Opnieuw proberen',
  nav: {
    label: 'Hoofdmenu',
    home: 'Overzicht',
    contact: 'Mijn contactgegevens',
    log: 'Wie bekeek mijn gegevens',
    logout: 'Uitloggen',
  },
  start: {
    title: 'Welkom bij Mijn Werkplein',
    intro: 'Hier ziet u uw afspraken met het Werkplein, uw klantmanager en uw uitkering.',
    how: 'U logt in met DigiD. Om iets te wijzigen, logt u in met de DigiD app of met sms-controle.',
    button: 'Inloggen met DigiD',
    loggedOut: 'U bent uitgelogd.',
    expired: 'U was een tijd niet actief. Log opnieuw in om verder te gaan.',
    problems: {
      geannuleerd: 'U heeft het inloggen met DigiD afgebroken. U kunt het opnieuw proberen.',
      mislukt: 'Inloggen met DigiD is niet gelukt. Probeer het opnieuw.',
      onbekend:
        'Wij kennen u nog niet. Geen enkel Werkplein heeft een dossier van u. Wilt u zich aanmelden? Bel of bezoek het Werkplein in uw gemeente.',
      niveau:
        'U logde in op een te laag niveau. Om iets te wijzigen, logt u in met de DigiD app of met sms-controle.',
      'niet-beschikbaar': 'Inloggen met DigiD kan op dit moment niet. Probeer het later opnieuw.',
    } as Record<string, string>,
  },
  home: {
    title: 'Overzicht',
    hello: (name: string) => `Welkom, ${name}`,
    caseManager: 'Mijn klantmanager',
    caseManagerText: (name: string, organisation: string) => `${name} (${organisation}) helpt u.`,
    mail: (email: string) => `Mail naar ${email}`,
    noCaseManager: 'U heeft nog geen vaste klantmanager. Het Werkplein neemt contact met u op.',
    werkplein: (name: string) => `U bent ingeschreven bij ${name}.`,
    agreements: 'Mijn afspraken in het plan',
    noAgreements: 'Er staan nog geen afspraken in uw plan.',
    appointments: 'Mijn afspraken met het Werkplein',
    noAppointments: 'U heeft geen afspraken met het Werkplein.',
    benefits: 'Mijn uitkering',
    benefitsNote: 'Zo staat uw uitkering bij ons genoteerd.',
    noBenefits: 'Bij ons staat geen uitkering genoteerd.',
  },
  agreement: {
    due: (date: string) => `Uiterlijk ${date}`,
    waiting: {
      you: 'Wacht op u',
      caseManager: 'Wacht op uw klantmanager',
    } satisfies Record<NonNullable<TPortalAgreement['waitingOn']>, string>,
    status: {
      open: 'Nog bezig',
      done: 'Klaar',
      broken: 'Niet nagekomen',
      cancelled: 'Vervallen',
    } satisfies Record<TPortalAgreement['status'], string>,
    who: {
      jobseeker: 'Dit doet u zelf.',
      case_manager: 'Dit doet uw klantmanager.',
      partner: 'Dit doet een andere organisatie.',
    } satisfies Record<TPortalAgreement['responsible'], string>,
    accept: 'Akkoord',
    acceptHint: 'Met "Akkoord" zegt u dat u deze afspraak kent en ermee instemt.',
    done: 'Ik heb dit gedaan',
    comment: 'Uw toelichting (niet verplicht)',
    commentHint: 'Bijvoorbeeld wat u heeft gedaan. Uw klantmanager leest dit.',
    send: 'Doorgeven',
    cancel: 'Annuleren',
    yourComment: (comment: string) => `Uw toelichting: ${comment}`,
    history: 'Wat er gebeurde',
    step: (type: string, byYou: boolean, status: TPortalAgreement['status'] | null): string => {
      if (type === 'agreement.added') return 'Uw klantmanager zette deze afspraak in uw plan.';
      if (type === 'agreement.accepted') return 'U gaf akkoord op deze afspraak.';
      if (type === 'agreement.completedByJobseeker') return 'U gaf door dat u dit heeft gedaan.';
      if (status)
        return `${byYou ? 'U' : 'Uw klantmanager'} zette de afspraak op: ${nl.agreement.status[status].toLowerCase()}.`;
      return `${byYou ? 'U' : 'Uw klantmanager'} heeft de afspraak aangepast.`;
    },
    accepted: 'U gaf akkoord. Dank u wel.',
    completed: 'Doorgegeven. Uw klantmanager ziet het.',
  },
  stepUp: {
    text: 'Wilt u iets wijzigen? Log dan opnieuw in met de DigiD app of met sms-controle.',
    button: 'Opnieuw inloggen om te wijzigen',
  },
  appointment: {
    when: (date: string) => date,
    with: (name: string) => `Met ${name}`,
    where: (place: string) => `Waar: ${place}`,
    channel: {
      desk: 'Op het Werkplein',
      phone: 'Telefonisch',
      video: 'Beeldbellen',
      home: 'Bij u thuis',
      other: 'Anders',
    } satisfies Record<TPortalAppointment['channel'], string>,
    status: {
      planned: 'Gepland',
      done: 'Geweest',
      no_show: 'U was er niet',
      cancelled: 'Gaat niet door',
    } satisfies Record<TPortalAppointment['status'], string>,
    ics: 'Zet in mijn agenda',
    icsLabel: (subject: string, date: string) => `Zet in mijn agenda: ${subject}, ${date}`,
  },
  benefit: {
    since: (type: string, date: string) => `${type} sinds ${date}`,
    period: (type: string, from: string, to: string) => `${type} van ${from} tot en met ${to}`,
    names: {
      WW: 'WW-uitkering',
      WWB: 'Bijstand (Participatiewet)',
      WIA: 'WIA-uitkering',
      WAO: 'WAO-uitkering',
      Wajong: 'Wajong',
      IOAW: 'IOAW-uitkering',
      Bbz: 'Bbz (voor zelfstandigen)',
      ANW: 'Anw-uitkering',
      geen: 'Geen uitkering',
    } as Record<string, string>,
  },
  contact: {
    title: 'Mijn contactgegevens',
    intro: 'Zo kan uw klantmanager u bereiken. Klopt het niet meer? Pas het hier aan.',
    phone: 'Telefoonnummer',
    phoneHint: 'Bijvoorbeeld 06 12345678.',
    email: 'E-mailadres',
    save: 'Opslaan',
    saved: 'Uw contactgegevens zijn opgeslagen. Uw klantmanager krijgt hiervan bericht.',
    phoneFormat: 'Een telefoonnummer bevat alleen cijfers, spaties en de tekens + - ( ).',
    emailFormat: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    problems: 'Controleer wat u invulde:',
  },
  log: {
    title: 'Wie bekeek mijn gegevens',
    intro:
      'Medewerkers van het Werkplein werken met uw gegevens om u te helpen. Hier ziet u wanneer dat gebeurde, door welke organisatie en waarom. Namen van medewerkers tonen wij niet.',
    calm: 'Ziet u iets wat u niet begrijpt? Vraag het gerust aan uw klantmanager.',
    none: 'Nog niemand heeft uw gegevens bekeken.',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat en waarom',
    legalBasis: (basis: string) => `Wettelijke grondslag: ${basis}`,
    role: {
      caseManager: 'klantmanager',
      intakeOfficer: 'intaker',
      management: 'leidinggevende',
      backOffice: 'medewerker backoffice',
      accountManager: 'werkgeversadviseur',
      procurementAdvisor: 'inkoopadviseur',
      administrator: 'beheerder',
    } as Record<string, string>,
    unknownOrganisation: 'Het Werkplein',
    previous: 'Vorige',
    next: 'Volgende',
    page: (n: number) => `Pagina ${n}`,
    pagination: 'Paginering',
  },
  errors: {
    unauthenticated: 'U bent niet meer ingelogd. Log opnieuw in.',
    session_expired: 'U was een tijd niet actief. Log opnieuw in.',
    conflict: 'Er is intussen iets veranderd. Wij tonen nu de nieuwste gegevens. Probeer het opnieuw.',
    not_found: 'Dit hebben wij niet gevonden.',
    validation_failed: 'Niet alles is goed ingevuld.',
    rate_limited: 'U deed dit te vaak achter elkaar. Wacht even en probeer het opnieuw.',
    network: 'Mijn Werkplein is niet bereikbaar. Controleer uw internet en probeer het opnieuw.',
    other: 'Er ging iets mis. Probeer het later opnieuw.',
  } as Partial<Record<ErrorCode | ClientErrorCode, string>> & { other: string },
};

export const errorText = (code: ErrorCode | ClientErrorCode): string => nl.errors[code] ?? nl.errors.other;
