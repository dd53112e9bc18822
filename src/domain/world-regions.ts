/**
 * World regions for places outside South America (UN M49): so that a world-wide dataset can be
 * drawn around the region, each region one node ("South Americans detected in Europe" one arrow).
 * The Americas are split as M49 splits them (Northern America, Central America with Mexico, the
 * Caribbean); the other continents are one region each. Membership from world-countries (which
 * follows M49 but puts Mexico in North America: corrected here).
 */
import labels from '../../data/country-labels.json';
import { isSouthAmerica } from './countries';
import type { Iso3 } from './types';

export type WorldRegion =
  'north-america' | 'central-america' | 'caribbean' | 'europe' | 'africa' | 'asia' | 'oceania';

export interface RegionInfo {
  id: WorldRegion;
  /** UN M49 code. */
  m49: string;
  /** Where its node is drawn: [longitude, latitude], near the part of it nearest South America. */
  at: [number, number];
}

export const WORLD_REGIONS: readonly RegionInfo[] = [
  { id: 'north-america', m49: '021', at: [-98, 39] },
  { id: 'central-america', m49: '013', at: [-90, 16] },
  { id: 'caribbean', m49: '029', at: [-72, 19] },
  { id: 'europe', m49: '150', at: [-3, 44] },
  { id: 'africa', m49: '002', at: [5, 8] },
  { id: 'asia', m49: '142', at: [90, 30] },
  { id: 'oceania', m49: '009', at: [140, -25] },
];

/** The prefix of a region's node id, where a country's code would be (`R:europe`). */
export const REGION_PREFIX = 'R:';

/** A region's node id (`R:europe`), not a country's code. */
export const isRegionNode = (id: string) => id.startsWith(REGION_PREFIX);

const AMERICAS: Record<string, WorldRegion> = {
  'North America': 'north-america',
  'Central America': 'central-america',
  Caribbean: 'caribbean',
};
const CONTINENTS: Record<string, WorldRegion> = {
  Europe: 'europe',
  Africa: 'africa',
  Asia: 'asia',
  Oceania: 'oceania',
};
/** Where M49 and world-countries differ. */
const M49_OVERRIDES: Record<Iso3, WorldRegion> = { MEX: 'central-america' };

type Entry = { region: string; subregion: string };
const table = labels.countries as Record<string, Entry>;

/** The world region of a country outside South America; null in South America or unknown. */
export function worldRegionOf(iso3: Iso3): WorldRegion | null {
  if (isSouthAmerica(iso3)) return null;
  const override = M49_OVERRIDES[iso3];
  if (override) return override;
  const e = table[iso3];
  if (!e) return null;
  return e.region === 'Americas' ? (AMERICAS[e.subregion] ?? null) : (CONTINENTS[e.region] ?? null);
}

/** Every country outside South America with its region, for a SQL lookup table. */
export function regionMembers(): [Iso3, WorldRegion][] {
  return Object.keys(table).flatMap((iso3) => {
    const r = worldRegionOf(iso3);
    return r ? [[iso3, r] as [Iso3, WorldRegion]] : [];
  });
}
