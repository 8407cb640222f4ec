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
    purpose: 'Bewijsstukken en aantekeningen vastleggen en raadplegen voor re-integratie en de aanvraag van een uitkering',
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
    purpose: 'Een re-integratietraject voor de werkzoekende inkopen en de kosten toerekenen aan de financieel verantwoordelijke partner',
    legalBasis: participationAct + '; Wet SUWI art. 30c (verrekening)',
  },
  employerRelations: {
    id: 'werkgeversdienstverlening',
    version: 1,
    name: 'Werkgeversdienstverlening (contactpersonen en contacten)',
    purpose: 'Werkgevers met één aanspreekpunt bedienen en vacatures vervullen; contactpersonen vastleggen en raadplegen',
    legalBasis: 'Wet SUWI art. 30a en 30c; AVG art. 6 lid 1 sub e',
  },
  processingLogInspection: {
    id: 'verwerkingslog-inzien',
    version: 1,
    name: 'Inzien verwerkingslog',
    purpose: 'Verantwoording van en toezicht op de verwerking van persoonsgegevens',
    legalBasis: 'AVG art. 5 lid 2 en art. 30 (verantwoordingsplicht)',
  },
} as const satisfies Record<string, ProcessingActivity>;

export type ProcessingActivityKey = keyof typeof processingActivities;
