/**
 * Dutch texts of matching and nominations: the vacancy page with its candidates and nominations,
 * "Mijn openstaande vacatures", "Vacatures voor mijn werkzoekenden" and the dossier's "Passende
 * vacatures", and what the API's refusals mean for the user.
 */
import type { TMatchExplanation } from '../../contracts/matching.ts';
import type { TNominationStatus } from '../../contracts/nomination.ts';
import type { TEducationLevel } from '../../contracts/profile-options.ts';
import { profileNl } from './profile.nl.ts';

type Criterion = TMatchExplanation['criteria'][number];
type CriterionName = Criterion['criterion'];
type CriterionStatus = Criterion['status'];
type Bridge = TMatchExplanation['bridges'][number];

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const list = (items: readonly string[]): string => items.join(', ');
const level = (code: string | undefined): string =>
  code ? (profileNl.educationLevels[code as TEducationLevel] ?? code) : '';
const km = (value: number | undefined): string =>
  value === undefined ? '' : `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} km`;

const criteria: Record<CriterionName, string> = {
  occupation: 'Beroep',
  requiredSkills: 'Vereiste vaardigheden',
  wishedSkills: 'Gewenste vaardigheden',
  education: 'Opleidingsniveau',
  distance: 'Reisafstand',
  hours: 'Uren per week',
  drivingLicence: 'Rijbewijs',
  language: 'Nederlandse taal',
  availability: 'Beschikbaar per start',
};

const criterionStatuses: Record<CriterionStatus, string> = {
  met: 'Voldoet',
  partial: 'Deels',
  missing: 'Ontbreekt',
  unknown: 'Onbekend',
};

const bridges: Record<Bridge, string> = {
  training: 'scholing',
  wageSubsidy: 'loonkostensubsidie',
  trialPlacement: 'proefplaatsing',
};

const nominationStatuses: Record<TNominationStatus, string> = {
  proposed: 'Voorgedragen',
  presented: 'Voorgesteld aan de werkgever',
  invited: 'Uitgenodigd voor een gesprek',
  hired: 'Aangenomen (geplaatst)',
  rejected: 'Afgewezen',
  withdrawn: 'Ingetrokken',
};
const statusLabel = (status: unknown): string =>
  nominationStatuses[status as TNominationStatus] ?? String(status ?? '');

/** What one criterion found, in words, so the explanation never rests on a colour or a number alone. */
const criterionDetail = (c: Criterion): string => {
  const missing = c.missing ?? [];
  switch (c.criterion) {
    case 'occupation':
      return {
        met: 'Wil dit beroep.',
        partial: 'Wil een verwant beroep.',
        missing: 'Wil ander werk.',
        unknown: 'Gewenst beroep niet bekend.',
      }[c.status];
    case 'requiredSkills':
    case 'wishedSkills':
      return c.status === 'met' ? 'Heeft alles wat gevraagd wordt.' : `Mist: ${list(missing)}.`;
    case 'education':
      return {
        met: 'Voldoet aan het gevraagde niveau.',
        partial: `Eén niveau lager dan gevraagd (${level(missing[0])}).`,
        missing: `Lager dan gevraagd (${level(missing[0])}).`,
        unknown: 'Opleidingsniveau niet bekend.',
      }[c.status];
    case 'distance':
      return {
        met: `${km(c.value)}, binnen de eigen reisafstand.`,
        partial: `${km(c.value)}, iets verder dan de eigen reisafstand.`,
        missing: `${km(c.value)}, ver buiten de eigen reisafstand.`,
        unknown: 'Afstand niet bekend.',
      }[c.status];
    case 'hours':
      return c.status === 'unknown'
        ? 'Gewenste uren niet bekend.'
        : `Wil ${c.value ?? '?'} uur per week${c.status === 'met' ? '.' : ', minder dan gevraagd.'}`;
    case 'drivingLicence':
      return c.status === 'met' ? 'Voldoet.' : `Mist rijbewijs ${list(missing)}.`;
    case 'language':
      return {
        met: 'Spreekt Nederlands.',
        partial: 'Spreekt enig Nederlands.',
        missing: 'Geen Nederlands in het profiel.',
        unknown: 'Talen niet bekend.',
      }[c.status];
    case 'availability':
      return {
        met: 'Beschikbaar op de startdatum.',
        partial: 'Beschikbaar binnen 30 dagen na de start.',
        missing: 'Pas meer dan 30 dagen na de start beschikbaar.',
        unknown: 'Beschikbaarheid niet bekend.',
      }[c.status];
  }
};

/** The gaps of a criterion in a few words, for the one-line summary. */
const gapOf = (c: Criterion): string => {
  const name = criteria[c.criterion].toLowerCase();
  const missing = c.missing ?? [];
  if ((c.criterion === 'requiredSkills' || c.criterion === 'wishedSkills') && missing.length > 0)
    return `${name} (${list(missing)})`;
  if (c.criterion === 'drivingLicence' && missing.length > 0) return `rijbewijs ${list(missing)}`;
  if (c.criterion === 'distance' && c.value !== undefined) return `${name} (${km(c.value)})`;
  return name;
};

/** "Ontbreekt: …; deels: …; onbekend: …. Overbrugging: …" — or that everything fits. */
const matchSummary = (m: TMatchExplanation): string => {
  const of = (status: CriterionStatus) => m.criteria.filter((c) => c.status === status).map(gapOf);
  const parts = [
    of('missing').length > 0 ? `ontbreekt: ${list(of('missing'))}` : '',
    of('partial').length > 0 ? `deels: ${list(of('partial'))}` : '',
    of('unknown').length > 0 ? `onbekend: ${list(of('unknown'))}` : '',
  ].filter(Boolean);
  const gaps = parts.length === 0 ? 'Voldoet aan alle criteria.' : `${capitalise(parts.join('; '))}.`;
  return m.bridges.length === 0 ? gaps : `${gaps} Overbrugging: ${list(m.bridges.map((b) => bridges[b]))}.`;
};
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface ErrorLike {
  code: string;
  details: Record<string, unknown>;
  fields: readonly { path: string; code: string }[];
}

/**
 * What a refusal of the nomination API means, in words the user can act on; undefined when the
 * general message for the code says it well enough (or it is a problem of a form field).
 */
const explainNominationError = (e: ErrorLike): string | undefined => {
  const status = e.details.status;
  switch (e.code) {
    case 'already_nominated':
      return `Deze werkzoekende is al voorgedragen voor deze vacature (stand: ${statusLabel(status).toLowerCase()}).`;
    case 'vacancy_not_open':
      if (status === 'closed')
        return 'Deze vacature is gesloten. Er kan niemand meer op worden voorgedragen of geplaatst.';
      if (status === 'on_hold')
        return 'Deze vacature is aangehouden. Zolang dat zo is, kan er niemand op worden voorgedragen of geplaatst.';
      return 'Alle plaatsen van deze vacature zijn al vervuld.';
    case 'nomination_not_possible': {
      if (e.details.rule === 'not_activated')
        return 'De kandidaat is niet meer geactiveerd voor werk (niet beschikbaar, uitgestroomd of overgedragen). Overleg met zijn klantmanager.';
      const move = e.details.move;
      if (status === 'hired' || status === 'rejected' || status === 'withdrawn')
        return `De voordracht is al afgerond: ${statusLabel(status).toLowerCase()}.`;
      if (move === 'present') return 'Deze kandidaat is al voorgesteld aan de werkgever.';
      if (move === 'feedback' && status === 'invited')
        return 'Deze kandidaat is al uitgenodigd voor een gesprek.';
      if (move === 'feedback' && status === 'proposed')
        return 'Stel de kandidaat eerst voor aan de werkgever; daarna kan de werkgever terugkoppelen.';
      return undefined;
    }
    case 'validation_failed': {
      const codes = e.fields.filter((f) => f.path === 'jobseekerId').map((f) => f.code);
      if (codes.includes('not_activated'))
        return 'Deze werkzoekende is niet geactiveerd voor werk. Activeer hem eerst in zijn dossier (Traject en uitstroom); daarna kunt u hem voordragen.';
      if (codes.includes('other_werkplein'))
        return 'Deze werkzoekende hoort bij een ander Werkplein dan de vacature.';
      return undefined;
    }
    case 'conflict':
      return e.details.rule === 'case_closed'
        ? 'De werkzoekende is al uitgestroomd of overgedragen. De plaatsing is niet vastgelegd.'
        : undefined;
    case 'not_found':
      return 'Deze vacature of voordracht bestaat niet (meer), of hoort bij een ander Werkplein.';
    default:
      return undefined;
  }
};

export const matchingNl = {
  criteria,
  criterionStatuses,
  bridges,
  nominationStatuses,
  criterionDetail,
  matchSummary,
  explainNominationError,
  score: (score: number) => `Score ${score} van 100`,
  distance: (value: number | null) => (value === null ? 'afstand onbekend' : km(value)),
  bridgesLine: (names: readonly Bridge[]) =>
    names.length === 0
      ? 'Geen overbrugging nodig.'
      : `Mogelijke overbrugging: ${list(names.map((b) => bridges[b]))}.`,

  fieldErrors: {
    caseManagerIds: {
      too_small: 'Kies ten minste één klantmanager.',
      not_a_case_manager: 'Kies alleen klantmanagers van dit Werkplein.',
    },
    message: {
      too_big: 'De toelichting is te lang (hoogstens 1000 tekens).',
    },
    motivation: {
      too_small: 'Vul een motivatie in.',
      required: 'Vul een motivatie in.',
      too_big: 'De motivatie is te lang (hoogstens 2000 tekens).',
    },
    reason: {
      too_small: 'Vul de reden van de afwijzing in.',
      required: 'Vul de reden van de afwijzing in.',
      too_big: 'De reden is te lang (hoogstens 2000 tekens).',
    },
    startDate: {
      required: 'Vul de eerste werkdag in.',
      date_format: 'Vul een datum in als dd-mm-jjjj.',
      date_invalid: 'Deze datum bestaat niet.',
      outflow_before_registration:
        'De eerste werkdag mag niet vóór de inschrijving van de werkzoekende liggen.',
    },
  } as Record<string, Record<string, string>>,

  propose: {
    button: 'Voordragen',
    buttonAbout: (name: string, vacancy: string) => `${name} voor ${vacancy}`,
    heading: (name: string, vacancy: string) => `${name} voordragen voor ${vacancy}`,
    motivation: 'Motivatie voor de matchmaker',
    motivationHint:
      'Waarom past deze werkzoekende bij de vacature? Noem ook afspraken over scholing of loonkostensubsidie.',
    submit: 'Voordracht versturen',
    cancel: 'Annuleren',
    done: (name: string, vacancy: string) =>
      `${name} is voorgedragen voor ${vacancy}. De matchmaker ziet de voordracht bij de vacature.`,
  },

  offer: {
    heading: 'Aanbieden aan klantmanagers',
    intro:
      'Bied de vacature aan de klantmanagers van de kandidaten aan. Zij zien het aanbod op Mijn dag en dragen zelf voor.',
    noCaseManagers: 'Geen van de kandidaten heeft een klantmanager.',
    chooseOne: 'Kies ten minste één klantmanager.',
    caseManagers: 'Klantmanagers',
    caseManager: (name: string, candidates: number) =>
      `${name} (${candidates} ${candidates === 1 ? 'kandidaat' : 'kandidaten'})`,
    message: 'Toelichting voor de klantmanagers',
    messageHint: 'Bijvoorbeeld wat de werkgever belangrijk vindt of wanneer u voordrachten wilt hebben.',
    submit: 'Vacature aanbieden',
    done: (count: number) =>
      count === 1
        ? 'De vacature is aangeboden aan 1 klantmanager.'
        : `De vacature is aangeboden aan ${count} klantmanagers.`,
    offeredHeading: 'Aangeboden aan',
    offered: (name: string, at: string, seen: boolean) =>
      `${name}, op ${at}${seen ? ' (gezien)' : ' (nog niet gezien)'}`,
  },

  vacancy: {
    titleFallback: 'Vacature',
    meta: (employer: string, kind: string) => `${kind} bij ${employer}`,
    employerLink: (employer: string) => `Naar werkgever ${employer}`,
    detailsHeading: 'Gegevens van de vacature',
    fields: {
      employer: 'Werkgever',
      kind: 'Soort',
      occupation: 'Beroep',
      status: 'Status',
      positions: 'Plaatsen',
      hours: 'Uren per week',
      location: 'Werkplek',
      contract: 'Contract',
      period: 'Periode',
      requiredSkills: 'Vereiste vaardigheden',
      wishedSkills: 'Gewenste vaardigheden',
      educationLevel: 'Opleidingsniveau',
      drivingLicence: 'Rijbewijs',
      description: 'Omschrijving',
    },
    positions: (positions: number, filled: number) =>
      `${positions - filled} van ${positions} open (${filled} vervuld)`,
    period: (from: string, to: string | null) => (to ? `${from} tot en met ${to}` : `vanaf ${from}`),
    none: 'geen',
    notOpen: (status: string) =>
      `Deze vacature is ${status.toLowerCase()}. Voordragen, voorstellen en plaatsen kan alleen bij een open vacature met vrije plaatsen.`,
  },

  candidates: {
    heading: 'Kandidaten',
    intro:
      'Geactiveerde werkzoekenden van het Werkplein, best passend eerst. De score (0–100) telt per criterium punten op; bij elke kandidaat staat wat voldoet, wat deels voldoet, wat ontbreekt en wat onbekend is.',
    none: 'Er zijn geen geactiveerde werkzoekenden die bij deze vacature passen.',
    count: (n: number) => `${n} ${plural(n, 'kandidaat', 'kandidaten')}`,
    caseManager: (name: string | null) => `Klantmanager: ${name ?? 'geen'}`,
    caseManagerElsewhere: (name: string | null, werkplein: string) =>
      `Regionale pool, Werkplein ${werkplein}; klantmanager: ${name ?? 'geen'}`,
    place: (city: string, distance: string) => `${city}, ${distance}`,
    nominated: (status: string) => `Voordracht: ${status.toLowerCase()}`,
    explanationSummary: 'Toelichting per criterium',
    tableCaption: (name: string) => `Score van ${name} per criterium`,
    columns: { criterion: 'Criterium', status: 'Beoordeling', points: 'Punten', detail: 'Toelichting' },
    points: (points: number, max: number) => `${points.toLocaleString('nl-NL')} van ${max}`,
    ownOnly: 'U kunt alleen werkzoekenden uit uw eigen caseload voordragen.',
  },

  nominations: {
    heading: 'Voordrachten',
    none: 'Nog niemand voorgedragen voor deze vacature.',
    statusLabel: 'Stand:',
    historyLabel: (name: string) => `Verloop van de voordracht van ${name}`,
    proposed: (by: string, at: string) => `Voorgedragen door ${by} op ${at}`,
    presented: (at: string) => `Voorgesteld aan de werkgever op ${at}`,
    feedback: (outcome: string, at: string) =>
      `Terugkoppeling van de werkgever op ${at}: ${outcome.toLowerCase()}`,
    startDate: (date: string) => `Eerste werkdag: ${date}`,
    reason: (reason: string) => `Reden van afwijzing: ${reason}`,
    withdrawn: (at: string) => `Ingetrokken op ${at}`,
    motivation: (text: string) => `Motivatie: ${text}`,
    present: 'Voorstellen aan de werkgever',
    presentFor: (name: string) => `${name} voorstellen aan de werkgever`,
    presented_done: (name: string) => `${name} is voorgesteld aan de werkgever.`,
    feedbackHeading: (name: string) => `Terugkoppeling van de werkgever over ${name}`,
    outcome: 'Wat zegt de werkgever?',
    outcomes: {
      invited: 'Uitgenodigd voor een gesprek',
      rejected: 'Afgewezen',
      hired: 'Aangenomen (plaatsing)',
    },
    reasonLabel: 'Reden van de afwijzing',
    startDateLabel: 'Eerste werkdag',
    saveFeedback: 'Terugkoppeling vastleggen',
    choose: 'Kies wat de werkgever zegt.',
    feedbackDone: (name: string, outcome: string) =>
      `Terugkoppeling over ${name} vastgelegd: ${outcome.toLowerCase()}.`,
    confirmHeading: 'Plaatsing bevestigen',
    confirmIntro: (name: string, date: string) =>
      `U legt vast dat ${name} is aangenomen, met als eerste werkdag ${date}. Dat doet het volgende, in één keer:`,
    confirmPosition: (left: number) =>
      left <= 1
        ? 'De laatste vrije plaats van de vacature wordt vervuld; de vacature is daarna vervuld.'
        : `Eén plaats van de vacature wordt vervuld (daarna nog ${left - 1} open).`,
    confirmOutflow: (name: string, date: string, reason: string) =>
      `De uitstroom van ${name} wordt geregistreerd per ${date} (${reason}) en verlaat daarmee de caseload.`,
    confirmNoOutflow: (name: string) => `Dit is geen uitstroom naar werk: ${name} blijft in de caseload.`,
    confirmAftercare: (date: string) =>
      `Er wordt een nazorgtaak voor de matchmaker van de werkgever ingepland: de werkgever bellen op ${date}, twee weken na de eerste werkdag.`,
    confirm: 'Ja, plaatsing vastleggen',
    back: 'Terug',
    hiredDone: (name: string, date: string) =>
      `Plaatsing vastgelegd: ${name} begint op ${date}. De uitstroom is geregistreerd en de nazorg is ingepland.`,
    hiredDoneNoOutflow: (name: string, date: string) =>
      `Plaatsing vastgelegd: ${name} begint op ${date}. De nazorg is ingepland.`,
    withdraw: 'Voordracht intrekken',
    withdrawFor: (name: string) => `Voordracht van ${name} intrekken`,
    withdrawConfirm: (name: string) =>
      `Weet u het zeker? ${name} kan daarna niet opnieuw voor deze vacature worden voorgedragen.`,
    withdrawYes: 'Ja, intrekken',
    withdrawNo: 'Nee, niet intrekken',
    withdrawn_done: (name: string) => `De voordracht van ${name} is ingetrokken.`,
  },

  myVacancies: {
    title: 'Mijn openstaande vacatures',
    tile: 'De open vacatures van uw werkgevers, met vrije plaatsen en de voordrachten die lopen.',
    intro:
      'Open vacatures met vrije plaatsen van de werkgevers waarvan u de matchmaker bent, vroegste start eerst.',
    none: 'U hebt geen open vacatures met vrije plaatsen.',
    count: (n: number) => `${n} open ${plural(n, 'vacature', 'vacatures')}`,
    caption: 'Mijn openstaande vacatures met de voordrachten per stand',
    columns: {
      vacancy: 'Vacature',
      employer: 'Werkgever',
      start: 'Start',
      positionsLeft: 'Vrije plaatsen',
      proposed: 'Voorgedragen',
      presented: 'Voorgesteld',
      invited: 'Uitgenodigd',
    },
    positionsLeft: (left: number, positions: number) => `${left} van ${positions}`,
  },

  caseloadMatches: {
    title: 'Vacatures voor mijn werkzoekenden',
    tile: 'Per geactiveerde werkzoekende uit uw caseload de best passende open vacatures; draag direct voor.',
    intro:
      'Voor elke geactiveerde werkzoekende uit uw caseload de best passende open vacatures van het Werkplein. De score (0–100) telt per criterium punten op; de toelichting noemt wat ontbreekt en wat dat kan overbruggen.',
    none: 'Er zijn geen geactiveerde werkzoekenden in uw caseload. Activeer een werkzoekende in zijn dossier om hem te kunnen voordragen.',
    count: (n: number) => `${n} geactiveerde ${plural(n, 'werkzoekende', 'werkzoekenden')}`,
    dossierLink: (dossierNumber: string) => `Dossier ${dossierNumber}`,
    noProfile: 'Nog geen werkprofiel: de scores zeggen weinig. Vul het profiel in het dossier aan.',
    noMatches: 'Geen open vacatures die passen.',
    caption: (name: string) => `Best passende vacatures voor ${name}`,
    columns: {
      vacancy: 'Vacature',
      employer: 'Werkgever',
      place: 'Plaats',
      score: 'Score',
      explanation: 'Toelichting',
      nomination: 'Voordracht',
    },
  },

  dossierSection: {
    title: 'Passende vacatures',
    intro: 'De best passende open vacatures van het Werkplein voor deze werkzoekende.',
    notAllowed: 'Passende vacatures zien alleen klantmanagers, matchmakers en het MT.',
    none: 'Er zijn nu geen open vacatures die passen.',
    caption: 'Passende vacatures',
  },
};
