/** Dutch texts of the trajectenboek and the trajectories bought for jobseekers. */
type FundingRule = 'by_benefit' | 'uwv' | 'municipality' | 'sheltered_employment';
type PurchaseStatus = 'ordered' | 'started' | 'completed' | 'cancelled';

const fundingRules: Record<FundingRule, string> = {
  by_benefit: 'Volgens de uitkering bij de start (WW/WIA/WAO/Wajong: UWV, anders de gemeente)',
  uwv: 'Altijd UWV',
  municipality: 'Altijd de gemeente',
  sheltered_employment: 'Altijd het SW-bedrijf',
};

const statuses: Record<PurchaseStatus, string> = {
  ordered: 'Besteld',
  started: 'Gestart',
  completed: 'Afgerond',
  cancelled: 'Geannuleerd',
};

export const trajectoryNl = {
  sectionTitle: 'Trajecten',
  catalogueTitle: 'Trajectenboek',
  catalogueTile: 'Bekijk en onderhoud de trajecten en instrumenten die dit Werkplein inkoopt.',
  fundingRules,
  statuses,
  money: (cents: number) =>
    new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100),
  weeks: (n: number) => `${n} ${n === 1 ? 'week' : 'weken'}`,
  places: (taken: number, capacity: number | null) =>
    capacity === null ? `${taken} bezet, geen maximum` : `${taken} van ${capacity} bezet`,
  none: 'Er zijn voor deze werkzoekende nog geen trajecten ingekocht.',
  purchasesCaption: 'Ingekochte trajecten, nieuwste start eerst',
  columns: {
    instrument: 'Traject',
    provider: 'Aanbieder',
    paidBy: 'Betaald door',
    benefit: 'Uitkering bij start',
    price: 'Prijs',
    period: 'Periode',
    status: 'Status',
    funding: 'Financiering',
    duration: 'Duur',
    places: 'Plaatsen',
    active: 'Actief',
  },
  noBenefit: 'geen',
  period: (from: string, to: string) => `${from} t/m ${to}`,
  buyHeading: 'Traject inkopen',
  instrumentLabel: 'Traject',
  chooseInstrument: 'Kies een traject',
  startLabel: 'Startdatum',
  buy: 'Inkopen',
  bought: (name: string, partner: string) =>
    `${name} is ingekocht; de kosten komen voor rekening van ${partner}.`,
  setStatus: (status: string, name: string) => `${name}: ${status}`,
  noInstruments: 'Het trajectenboek van dit Werkplein is nog leeg.',
  catalogueCaption: 'Trajecten en instrumenten',
  addHeading: 'Traject toevoegen',
  fields: {
    werkpleinId: 'Werkplein',
    name: 'Naam',
    description: 'Omschrijving',
    provider: 'Aanbieder',
    fundingRule: 'Wie betaalt',
    price: 'Prijs in euro',
    durationWeeks: 'Duur in weken',
    capacity: 'Aantal plaatsen',
  },
  capacityDescription: 'Laat leeg als er geen maximum is.',
  add: 'Toevoegen',
  added: (name: string) => `${name} staat in het trajectenboek.`,
  deactivate: (name: string) => `${name} niet meer aanbieden`,
  activate: (name: string) => `${name} weer aanbieden`,
  yes: 'ja',
  no: 'nee',
  numberFormat: 'Vul een heel getal in.',
  priceFormat: 'Vul een bedrag in, bijvoorbeeld 2450 of 2450,50.',
};
