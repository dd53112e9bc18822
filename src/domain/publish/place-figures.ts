/**
 * Places inside countries: legs between places (an end known only by its country is that
 * country) with their sector mixes, and each place's totals by role. Places make smaller cells,
 * so each is a cell of its own (perturbed from its own records' key, hidden below k like any
 * other), and the audit knows what a viewer knows about them:
 * - a place leg's victims are the sum of its sector mix;
 * - a country's leg is the sum of the place legs between its places and the other country's
 *   (so a hidden place leg cannot be worked out from its country's figure and its siblings);
 * - a place's legs out add up to its origin and transit totals, its legs in to its destination
 *   and transit totals, and its involved total is the sum of its roles (as for countries).
 */
import type { Disclosed, DisclosurePolicy } from '../disclosure';
import type { Relation } from '../audit';
import type { LegAggregate, PlaceAggregate, PlaceLegAggregate } from '../types';
import { type ExactCells, legId, type ReadCell } from './cells';
import { readLegs, type LegCellIds } from './legs';
import {
  byPublished,
  PLACE_ROLES,
  type PlaceRole,
  type PublishedLeg,
  type PublishedPlace,
  type PublishedPlaceLeg,
} from './figures';

export type { PublishedPlaceLeg };

const placeLegId = (from: string, to: string) => `place-${legId(from, to)}`;
const placeLegSectorId = (from: string, to: string, sector: string) =>
  `${placeLegId(from, to)}:${sector}`;
const PLACE_LEG_IDS: LegCellIds = { leg: placeLegId, sector: placeLegSectorId };
const placePointId = (place: string, role: PlaceRole) => `place-point:${place}:${role}`;

export function placeFigureCells(
  legs: readonly PlaceLegAggregate[],
  points: readonly PlaceAggregate[],
  policy: DisclosurePolicy,
  exact: ExactCells,
) {
  for (const leg of legs) {
    const { partial } = leg;
    const id = placeLegId(leg.from, leg.to);
    exact.set(id, { value: leg.victims, key: leg.key, partial, exists: true });
    if (leg.victims < policy.k) continue;
    for (const s of leg.sectors) {
      exact.set(placeLegSectorId(leg.from, leg.to, s.sector), {
        value: s.victims,
        key: s.key,
        partial,
        exists: true,
      });
    }
  }
  for (const p of points) {
    for (const role of PLACE_ROLES) {
      exact.set(placePointId(p.place, role), {
        value: p[role],
        key: p.keys[role],
        partial: p.partial,
      });
    }
  }
}

export function placeFigureRelations(
  legs: readonly PlaceLegAggregate[],
  points: readonly PlaceAggregate[],
  countryLegs: readonly LegAggregate[],
): Relation[] {
  if (legs.length === 0) return [];
  const relations: Relation[] = legs
    .filter((leg) => leg.sectors.length > 0)
    .map((leg) => ({
      totals: [placeLegId(leg.from, leg.to)],
      parts: leg.sectors.map((s) => placeLegSectorId(leg.from, leg.to, s.sector)),
    }));
  for (const c of countryLegs) {
    const parts = legs.filter((l) => l.fromCountry === c.from && l.toCountry === c.to);
    if (parts.length > 0) {
      relations.push({
        totals: [legId(c.from, c.to)],
        parts: parts.map((l) => placeLegId(l.from, l.to)),
      });
    }
  }
  for (const p of points) {
    const id = (role: PlaceRole) => placePointId(p.place, role);
    const out = legs.filter((l) => l.from === p.place).map((l) => placeLegId(l.from, l.to));
    const into = legs.filter((l) => l.to === p.place).map((l) => placeLegId(l.from, l.to));
    relations.push({ totals: [id('outgoing'), id('transit')], parts: out });
    relations.push({ totals: [id('incoming'), id('transit')], parts: into });
    relations.push({
      totals: [id('involved')],
      parts: [id('outgoing'), id('incoming'), id('transit'), id('internal')],
    });
  }
  return relations;
}

export interface PublishedPlaceFigures {
  placeLegs: PublishedPlaceLeg[];
  placePoints: PublishedPlace[];
}

export function readPlaceFigures(
  legs: readonly PlaceLegAggregate[],
  points: readonly PlaceAggregate[],
  policy: DisclosurePolicy,
  get: ReadCell,
): PublishedPlaceFigures {
  // Each place leg with the countries of its ends, which its published figure does not change.
  const ends = new Map(legs.map((leg) => [placeLegId(leg.from, leg.to), leg]));
  const placeLegs = readLegs(legs, policy, get, PLACE_LEG_IDS).map(({ from, to, ...figures }) => {
    const { fromCountry, toCountry } = ends.get(placeLegId(from, to))!;
    return { from, to, fromCountry, toCountry, ...figures };
  });
  const role = (p: PlaceAggregate, r: PlaceRole): Disclosed => get(placePointId(p.place, r));
  const placePoints = points
    .map((p) => ({
      place: p.place,
      involved: role(p, 'involved'),
      outgoing: role(p, 'outgoing'),
      incoming: role(p, 'incoming'),
      transit: role(p, 'transit'),
      internal: role(p, 'internal'),
    }))
    .sort((a, b) => byPublished(a.involved, b.involved) || a.place.localeCompare(b.place));
  return { placeLegs, placePoints };
}

/**
 * The view's legs with the place legs that have a place at an end after the country legs, so the
 * Table and the CSV list (and name) them too; a place leg between two countries' unknown places
 * is part of its country leg and is not listed twice.
 */
export function withPlaceLegs(
  countryLegs: PublishedLeg[],
  placeLegs: readonly PublishedPlaceLeg[],
): PublishedLeg[] {
  const placed = placeLegs.filter((l) => l.from !== l.fromCountry || l.to !== l.toCountry);
  return [
    ...countryLegs,
    ...placed.map(({ from, to, victims, sectors }) => ({ from, to, victims, sectors })),
  ];
}
