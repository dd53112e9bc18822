/**
 * Turns exact aggregates from SQL into what the map may draw: every count goes through the
 * disclosure policy here, and exact figures go no further.
 */
import { disclose, type Disclosed, type DisclosurePolicy } from '../domain/disclosure';
import { SECTOR_LABELS, type Sector } from '../domain/sectors';
import type { Iso3, LegAggregate, PlaceAggregate } from '../domain/types';

export interface MapLocation {
  id: Iso3;
  lon: number;
  lat: number;
}

export interface MapFlow {
  from: Iso3;
  to: Iso3;
  /** Published (rounded) victims; also the line's magnitude. */
  victims: number;
  /** Sectors on this leg, largest first, with published counts. */
  sectors: { sector: Sector; label: string; victims: Disclosed }[];
}

export interface MapPlace {
  place: Iso3;
  position: [number, number];
  involved: Disclosed;
  outgoing: Disclosed;
  incoming: Disclosed;
  transit: Disclosed;
  internal: Disclosed;
}

export interface MapData {
  locations: MapLocation[];
  flows: MapFlow[];
  places: MapPlace[];
  /** Legs with victims below the threshold: not drawn, counted in the legend. */
  hiddenLegs: number;
  /** Legs whose endpoints have no place on the basemap (e.g. a code it lacks). */
  unmappedLegs: number;
}

/** Nothing to draw (before the first data arrives). */
export const EMPTY_MAP_DATA: MapData = {
  locations: [],
  flows: [],
  places: [],
  hiddenLegs: 0,
  unmappedLegs: 0,
};

/** Applies the disclosure policy to legs and place totals and keeps what can be placed. */
export function toMapData(
  legs: LegAggregate[],
  places: PlaceAggregate[],
  anchors: ReadonlyMap<Iso3, [number, number]>,
  policy: DisclosurePolicy,
): MapData {
  const flows: MapFlow[] = [];
  let hiddenLegs = 0;
  let unmappedLegs = 0;
  const used = new Set<Iso3>();
  for (const leg of legs) {
    const shown = disclose(leg.victims, policy);
    if (shown.kind === 'suppressed') {
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
      victims: shown.value,
      sectors: leg.sectors.map((s) => ({
        sector: s.sector,
        label: SECTOR_LABELS[s.sector],
        victims: disclose(s.victims, policy),
      })),
    });
  }
  const mapPlaces: MapPlace[] = [];
  for (const p of places) {
    const position = anchors.get(p.place);
    if (!position) continue;
    mapPlaces.push({
      place: p.place,
      position,
      involved: disclose(p.involved, policy),
      outgoing: disclose(p.outgoing, policy),
      incoming: disclose(p.incoming, policy),
      transit: disclose(p.transit, policy),
      internal: disclose(p.internal, policy),
    });
  }
  const locations = [...used].map((id) => {
    const [lon, lat] = anchors.get(id)!;
    return { id, lon, lat };
  });
  return { locations, flows, places: mapPlaces, hiddenLegs, unmappedLegs };
}
