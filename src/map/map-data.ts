/**
 * What the map draws from a published view (domain/publish): places it can anchor, legs it can
 * draw, and a count of what it cannot. Only published figures arrive here.
 */
import type { Disclosed } from '../domain/disclosure';
import type { PublishedPlace, PublishedView } from '../domain/publish';
import type { Sector } from '../domain/sectors';
import type { Iso3 } from '../domain/types';

export interface MapLocation {
  id: Iso3;
  lon: number;
  lat: number;
}

export interface MapFlow {
  from: Iso3;
  to: Iso3;
  /** Published victims; the value is also the line's magnitude unless `magnitude` is set. */
  victims: Extract<Disclosed, { kind: 'shown' }>;
  /** What width and colour show when not victims (a rate per 100,000: map/per-capita). */
  magnitude?: number;
  /** Sectors on this leg, largest first, with published counts. */
  sectors: { sector: Sector; victims: Disclosed }[];
}

export type MapPlace = PublishedPlace & { position: [number, number] };

export interface MapData {
  locations: MapLocation[];
  flows: MapFlow[];
  places: MapPlace[];
  /** Legs hidden (below the threshold) or withheld: not drawn, counted in the legend. */
  hiddenLegs: number;
  /** Legs whose endpoints have no place on the basemap (e.g. a code it lacks). */
  unmappedLegs: number;
  /** Per capita: legs not drawn because their country has no population figure. */
  legsWithoutRate?: number;
}

/** Nothing to draw (before the first data arrives). */
export const EMPTY_MAP_DATA: MapData = {
  locations: [],
  flows: [],
  places: [],
  hiddenLegs: 0,
  unmappedLegs: 0,
};

/** Keeps what can be placed on the basemap from a published view. */
export function toMapData(
  view: PublishedView,
  anchors: ReadonlyMap<Iso3, [number, number]>,
): MapData {
  const flows: MapFlow[] = [];
  let hiddenLegs = 0;
  let unmappedLegs = 0;
  const used = new Set<Iso3>();
  for (const leg of view.legs) {
    if (leg.victims.kind !== 'shown') {
      hiddenLegs++;
      continue;
    }
    if (!anchors.has(leg.from) || !anchors.has(leg.to)) {
      unmappedLegs++;
      continue;
    }
    used.add(leg.from).add(leg.to);
    flows.push({
      from: leg.from,
      to: leg.to,
      victims: leg.victims,
      sectors: leg.sectors,
    });
  }
  const places: MapPlace[] = [];
  for (const p of view.places) {
    const position = anchors.get(p.place);
    if (position) places.push({ ...p, position });
  }
  const locations = [...used].map((id) => {
    const [lon, lat] = anchors.get(id)!;
    return { id, lon, lat };
  });
  return { locations, flows, places, hiddenLegs, unmappedLegs };
}
