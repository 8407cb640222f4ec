/**
 * The 35 arbeidsmarktregio's of 2025 (CBS, statcode and statnaam of arbeidsmarktregio_2025), without
 * zod so the web bundle can use them. A Werkplein belongs to one; matching may share candidates
 * within one (see src/server/modules/matching/regional-pool.policy.ts).
 */
export const labourMarketRegions = [
  { code: 'AM01', name: 'Groningen' },
  { code: 'AM02', name: 'Friesland' },
  { code: 'AM03', name: 'Drenthe' },
  { code: 'AM05', name: 'Twente' },
  { code: 'AM06', name: 'Veluwe Stedendriehoek' },
  { code: 'AM07', name: 'Midden-Gelderland' },
  { code: 'AM08', name: 'Rijk van Nijmegen' },
  { code: 'AM09', name: 'Achterhoek' },
  { code: 'AM10', name: 'Rivierenland' },
  { code: 'AM11', name: 'Flevoland' },
  { code: 'AM12', name: 'Gooi en Vechtstreek' },
  { code: 'AM13', name: 'Midden-Utrecht' },
  { code: 'AM14', name: 'Amersfoort' },
  { code: 'AM15', name: 'Noord-Holland Noord' },
  { code: 'AM17', name: 'Zaanstreek/Waterland' },
  { code: 'AM18', name: 'Groot Amsterdam' },
  { code: 'AM19', name: 'Holland Rijnland' },
  { code: 'AM20', name: 'Midden-Holland' },
  { code: 'AM21', name: 'Haaglanden' },
  { code: 'AM22', name: 'Rijnmond' },
  { code: 'AM23', name: 'Drechtsteden' },
  { code: 'AM24', name: 'Zeeland' },
  { code: 'AM25', name: 'West-Brabant' },
  { code: 'AM26', name: 'Midden-Brabant' },
  { code: 'AM27', name: 'Noordoost-Brabant' },
  { code: 'AM28', name: 'Zuidoost-Brabant' },
  { code: 'AM29', name: 'Noord-Limburg' },
  { code: 'AM30', name: 'Zuid-Limburg' },
  { code: 'AM32', name: 'Helmond-De Peel' },
  { code: 'AM33', name: 'Midden-Limburg' },
  { code: 'AM34', name: 'Zuid-Holland Centraal' },
  { code: 'AM35', name: 'Gorinchem' },
  { code: 'AM36', name: 'Regio Zwolle' },
  { code: 'AM37', name: 'Zuid-Kennemerland en IJmond' },
  { code: 'AM38', name: 'FoodValley' },
] as const;
export type TLabourMarketRegion = (typeof labourMarketRegions)[number]['code'];
export const labourMarketRegionCodes = labourMarketRegions.map((r) => r.code) as [
  TLabourMarketRegion,
  ...TLabourMarketRegion[],
];
