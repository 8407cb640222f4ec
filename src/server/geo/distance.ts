import { readFileSync } from 'node:fs';

/** Coordinates of the Dutch PC4 areas (GeoNames, CC-BY 4.0), loaded once. */
let pc4: Map<string, { lat: number; lon: number }> | undefined;

const load = () => {
  if (pc4) return pc4;
  const text = readFileSync(new URL('./pc4.csv', import.meta.url), 'utf8');
  pc4 = new Map();
  for (const line of text.split('\n').slice(1)) {
    const [code, lat, lon] = line.split(',');
    if (code && lat && lon) pc4.set(code, { lat: Number(lat), lon: Number(lon) });
  }
  return pc4;
};

export const coordinatesOf = (postcode: string): { lat: number; lon: number } | undefined =>
  load().get(postcode.slice(0, 4));

/** Great-circle distance in km between the PC4 areas of two postcodes; undefined if either is unknown. */
export const distanceKm = (from: string, to: string): number | undefined => {
  const a = coordinatesOf(from);
  const b = coordinatesOf(to);
  if (!a || !b) return undefined;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
