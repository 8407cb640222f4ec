/**
 * Regional pool sharing (issue 4). A Werkplein's matching looks at its own activated jobseekers and
 * open vacancies, and at those of another Werkplein only when
 *  - both Werkpleinen share their pool regionally (each beheerder opted in for his own), and
 *  - both lie in the same arbeidsmarktregio (a Werkplein without a region shares with nobody).
 * Sharing is mutual by construction: A sees B's pool exactly when B sees A's. Opting in is never a
 * one-way door into another Werkplein's data: whoever shares also makes his own pool visible.
 */
export interface PoolSetting {
  id: string;
  labourMarketRegion: string | null;
  sharesPoolRegionally: boolean;
}

export const sharePools = (a: PoolSetting, b: PoolSetting): boolean =>
  a.id !== b.id &&
  a.sharesPoolRegionally &&
  b.sharesPoolRegionally &&
  a.labourMarketRegion !== null &&
  a.labourMarketRegion === b.labourMarketRegion;

/** The Werkpleinen whose pools a Werkplein's matching covers: itself first, then its sharing partners. */
export const poolOf = (own: PoolSetting, others: readonly PoolSetting[]): string[] => [
  own.id,
  ...others
    .filter((other) => sharePools(own, other))
    .map((other) => other.id)
    .sort(),
];
