/**
 * What the map draws from a published view (domain/publish): places it can anchor, legs it can
 * draw, and a count of what it cannot. Only published figures arrive here.
 */
import type { Disclosed } from '../domain/disclosure';
import { isKnownPlace, placePosition } from '../domain/gazetteer';
import type { PublishedLeg, PublishedPlace, PublishedView } from '../domain/publish';
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
  /**
   * What the map draws closer in, where places inside countries separate (map/place-zoom): legs
   * between places and the places' circles. Absent for a country-level dataset.
   */
  placeLevel?: PlaceLevel;
}

/** The map's drawing of places inside countries (an end known only by its country is it). */
export interface PlaceLevel {
  locations: MapLocation[];
  flows: MapFlow[];
  places: MapPlace[];
  hiddenLegs: number;
}

/** Nothing to draw (before the first data arrives). */
export const EMPTY_MAP_DATA: MapData = {
  locations: [],
  flows: [],
  places: [],
  hiddenLegs: 0,
  unmappedLegs: 0,
};

/** Legs that can be drawn from published ones, and how many are hidden or have no point. */
function drawable(legs: readonly PublishedLeg[], position: (id: string) => unknown) {
  const flows: MapFlow[] = [];
  let hiddenLegs = 0;
  let unmappedLegs = 0;
  const used = new Set<Iso3>();
  for (const leg of legs) {
    if (leg.victims.kind !== 'shown') {
      hiddenLegs++;
      continue;
    }
    if (!position(leg.from) || !position(leg.to)) {
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
  return { flows, hiddenLegs, unmappedLegs, used };
}

/** Circles for published totals, where they have a point. */
function circles(
  totals: readonly PublishedPlace[],
  at: (id: string) => [number, number] | undefined,
): MapPlace[] {
  return totals.flatMap((p) => {
    const position = at(p.place);
    return position ? [{ ...p, position }] : [];
  });
}

const locationsOf = (used: Set<Iso3>, at: (id: string) => [number, number] | undefined) =>
  [...used].map((id) => {
    const [lon, lat] = at(id)!;
    return { id, lon, lat };
  });

/**
 * Keeps what can be placed on the basemap from a published view: its country legs and circles,
 * and (placeLevel) its legs between places, drawn where the gazetteer puts each place (an end
 * known only by its country at the country's point) with their circles.
 */
export function toMapData(
  view: PublishedView,
  anchors: ReadonlyMap<Iso3, [number, number]>,
): MapData {
  const country = (id: string) => anchors.get(id);
  // The view's legs list its place legs too (for the Table): they are drawn closer in only.
  const countryLegs = view.legs.filter((l) => !isKnownPlace(l.from) && !isKnownPlace(l.to));
  const { flows, hiddenLegs, unmappedLegs, used } = drawable(countryLegs, country);
  const data: MapData = {
    locations: locationsOf(used, country),
    flows,
    places: circles(view.places, country),
    hiddenLegs,
    unmappedLegs,
  };
  if (!view.placeLegs?.length && !view.placePoints?.length) return data;
  const at = (id: string) => placePosition(id) ?? anchors.get(id);
  const inside = drawable(view.placeLegs ?? [], at);
  data.placeLevel = {
    locations: locationsOf(inside.used, at),
    flows: inside.flows,
    // A place whose total is hidden gets no circle nor label: its name would say it has cases.
    places: circles(
      (view.placePoints ?? []).filter((p) => p.involved.kind === 'shown'),
      at,
    ),
    hiddenLegs: inside.hiddenLegs,
  };
  return data;
}
