/**
 * The register of processing activities (verwerkingsactiviteiten) of Werkplein. Each entry is
 * versioned: change its text → raise its version; the old version stays in the database, so every
 * logged operation keeps pointing at the text that applied when it happened.
 */
export interface ProcessingActivity {
  id: string;
  version: number;
  name: string;
  purpose: string;
  legalBasis: string;
}

const participationAct = 'Participatiewet art. 7 en 62; Wet SUWI art. 30c (gezamenlijke dienstverlening)';

export const processingActivities = {
  jobseekerRegistration: {
    id: 'werkzoekende-aanmelden',
    version: 1,
    name: 'Aanmelden werkzoekende',
    purpose: 'Een werkzoekende inschrijven voor dienstverlening gericht op werk en inkomen',
    legalBasis: participationAct,
  },
  jobseekerSearch: {
    id: 'werkzoekende-zoeken',
    version: 1,
    name: 'Zoeken werkzoekende',
    purpose: 'Het dossier van een werkzoekende vinden om hem te kunnen helpen',
    legalBasis: participationAct,
  },
  jobseekerDossier: {
    id: 'werkzoekende-dossier',
    version: 1,
    name: 'Raadplegen klantdossier',
    purpose: 'Re-integratie en ondersteuning van de werkzoekende door zijn klantmanager en de ketenpartners',
    legalBasis: participationAct,
  },
  dossierDocuments: {
    id: 'dossier-documenten',
    version: 1,
    name: 'Documenten en notities in het klantdossier',
    purpose:
      'Bewijsstukken en aantekeningen vastleggen en raadplegen voor re-integratie en de aanvraag van een uitkering',
    legalBasis: participationAct,
  },
  jobseekerProfile: {
    id: 'werkzoekende-profiel',
    version: 1,
    name: 'Werk- en opleidingsprofiel van de werkzoekende',
    purpose: 'Vastleggen wat de werkzoekende kan en zoekt, om hem naar passend werk te bemiddelen',
    legalBasis: participationAct,
  },
  trajectoryPurchase: {
    id: 'traject-inkoop',
    version: 1,
    name: 'Inkoop van trajecten',
    purpose:
      'Een re-integratietraject voor de werkzoekende inkopen en de kosten toerekenen aan de financieel verantwoordelijke partner',
    legalBasis: participationAct + '; Wet SUWI art. 30c (verrekening)',
  },
  caseTimeline: {
    id: 'dossier-tijdlijn',
    version: 1,
    name: 'Tijdlijn van het klantdossier',
    purpose:
      'Zien wat alle ketenpartners in de zaak van de werkzoekende hebben gedaan, om de dienstverlening op elkaar af te stemmen',
    legalBasis: participationAct,
  },
  caseload: {
    id: 'caseload-werkvoorraad',
    version: 1,
    name: 'Caseload, Mijn dag en teamoverzicht',
    purpose:
      'De eigen werkzoekenden, afspraken, taken en signalen overzien, en als MT de werkverdeling bewaken',
    legalBasis: participationAct,
  },
  caseFlow: {
    id: 'traject-uitstroom',
    version: 1,
    name: 'Participatieladder, activering, uitstroom, nazorg en overdracht',
    purpose:
      'De voortgang naar werk vastleggen, de werkzoekende beschikbaar melden voor bemiddeling, uitstroom en nazorg registreren en overdragen aan inkomensconsulenten',
    legalBasis: participationAct,
  },
  actionPlan: {
    id: 'diagnose-actieplan',
    version: 1,
    name: 'Diagnose en actieplan',
    purpose:
      'Vastleggen wat de werkzoekende nodig heeft om aan het werk te komen en welke afspraken daarvoor gelden',
    legalBasis: participationAct,
  },
  appointment: {
    id: 'afspraken-agenda',
    version: 1,
    name: 'Afspraken in de agenda',
    purpose: 'Afspraken met de werkzoekende plannen en vastleggen of ze zijn nagekomen',
    legalBasis: participationAct,
  },
  referral: {
    id: 'doorverwijzing-signaal',
    version: 1,
    name: 'Doorverwijzingen naar backoffices en externe aanbieders',
    purpose:
      'Een vraag over de werkzoekende voorleggen aan een backoffice of aanbieder en het antwoord als signaal terugkoppelen',
    legalBasis: participationAct,
  },
  summons: {
    id: 'oproep-maatregel',
    version: 1,
    name: 'Oproepen en maatregelen',
    purpose:
      'De werkzoekende oproepen na niet nagekomen afspraken en daarop een besluit over een maatregel nemen',
    legalBasis: participationAct + '; Participatiewet art. 18 (maatregelen)',
  },
  employerRelations: {
    id: 'werkgeversdienstverlening',
    version: 1,
    name: 'Werkgeversdienstverlening (contactpersonen en contacten)',
    purpose:
      'Werkgevers met één aanspreekpunt bedienen en vacatures vervullen; contactpersonen vastleggen en raadplegen',
    legalBasis: 'Wet SUWI art. 30a en 30c; AVG art. 6 lid 1 sub e',
  },
  matching: {
    id: 'matching-voordracht',
    version: 1,
    name: 'Matching en voordracht van werkzoekenden op vacatures',
    purpose:
      'Geactiveerde werkzoekenden en vacatures bij elkaar zoeken, kandidaten voordragen en aan de werkgever voorstellen, en de plaatsing vastleggen',
    legalBasis: participationAct + '; Wet SUWI art. 30a en 30c',
  },
  labourMarketActivities: {
    id: 'arbeidsmarktactiviteiten',
    version: 1,
    name: 'Arbeidsmarktactiviteiten (banenmarkten, collectieve werving, bedrijfsbezoeken)',
    purpose:
      'Werkzoekenden uitnodigen voor en aanmelden bij activiteiten met werkgevers, hun aanwezigheid en vervolgafspraken vastleggen',
    legalBasis: participationAct + '; Wet SUWI art. 30a en 30c',
  },
  registration: {
    id: 'aanmelding',
    version: 1,
    name: 'Aanmelding (balie, telefoon, e-mail, web)',
    purpose:
      'De hulpvraag van een burger vastleggen en hem binnen 24 uur doorleiden naar intake, schuldhulpverlening, Bbz of een derde',
    legalBasis: participationAct + '; Wet gemeentelijke schuldhulpverlening art. 3',
  },
  intake: {
    id: 'intake-quickscan',
    version: 1,
    name: 'Intake met quickscan en toewijzing klantmanager',
    purpose:
      'De hele hulpvraag, het recht op uitkering en de afstand tot werk bepalen en één klantmanager toewijzen',
    legalBasis: participationAct,
  },
  caseAssignment: {
    id: 'klantmanager-toewijzen',
    version: 1,
    name: 'Toewijzen en herverdelen van klantmanagers',
    purpose: 'Iedere werkzoekende één vaste klantmanager geven en de werkverdeling bewaken',
    legalBasis: participationAct,
  },
  benefit: {
    id: 'uitkering-periodes',
    version: 1,
    name: 'Uitkeringen van de werkzoekende',
    purpose:
      'Vastleggen welke uitkering de werkzoekende wanneer heeft, om dienstverlening en kosten aan de juiste partner toe te rekenen',
    legalBasis: participationAct + '; Wet SUWI art. 30c',
  },
  processingLogInspection: {
    id: 'verwerkingslog-inzien',
    version: 1,
    name: 'Inzien verwerkingslog',
    purpose: 'Verantwoording van en toezicht op de verwerking van persoonsgegevens',
    legalBasis: 'AVG art. 5 lid 2 en art. 30 (verantwoordingsplicht)',
  },
  employeeAdministration: {
    id: 'medewerkers-beheren',
    version: 1,
    name: 'Beheer van medewerkers en hun rollen',
    purpose:
      'Medewerkers toegang geven tot Werkplein met de rollen die bij hun werk horen, en die toegang intrekken',
    legalBasis: 'AVG art. 32 (beveiliging van de verwerking); Wet SUWI art. 30c',
  },
  monitorDrilldown: {
    id: 'monitor-dossiers-achter-cijfer',
    version: 1,
    name: 'Dossiers achter een cijfer van de monitor',
    purpose:
      'Het MT van een Werkplein ziet welke werkzoekenden achter een cijfer van de monitor zitten, om de dienstverlening te sturen',
    legalBasis: participationAct,
  },
} as const satisfies Record<string, ProcessingActivity>;

export type ProcessingActivityKey = keyof typeof processingActivities;
