/** Dutch texts of the regional pool setting (arbeidsmarktregio and sharing) on the beheer page. */
export const regionalPoolNl = {
  heading: 'Bestand delen in de arbeidsmarktregio',
  intro:
    'Matchmakers en klantmanagers zien bij een vacature ook geschikte kandidaten van andere Werkpleinen in dezelfde arbeidsmarktregio, en bij een werkzoekende ook hun vacatures — maar alleen als beide Werkpleinen hun bestand regionaal delen. Van een kandidaat van een ander Werkplein ziet men alleen naam, woonplaats, de match en zijn klantmanager; het dossier blijft dicht. Die klantmanager draagt hem voor.',
  werkpleinHeading: (name: string) => name,
  fields: {
    labourMarketRegion: 'Arbeidsmarktregio',
    sharesPoolRegionally: 'Ons bestand delen met de andere Werkpleinen in deze regio die ook delen',
  },
  descriptions: {
    labourMarketRegion: 'De regio waarin uw Werkplein ligt (indeling van het CBS, 2025).',
  },
  chooseRegion: 'Kies een arbeidsmarktregio',
  sharingNow: (names: string) => `In deze regio delen nu: ${names}.`,
  sharingNobody: 'In deze regio deelt nog geen ander Werkplein zijn bestand.',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  saved: (name: string) => `De instelling van ${name} is opgeslagen.`,
  reload: 'Gegevens opnieuw laden',
  fieldErrorOverrides: {
    labourMarketRegion: {
      region_required: 'Kies de arbeidsmarktregio waarin u uw bestand wilt delen.',
      invalid_value: 'Kies een arbeidsmarktregio uit de lijst.',
    },
  },
};
