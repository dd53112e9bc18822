/**
 * Country totals by role. A country's legs out add up to its origin and transit totals, its legs
 * in to its destination and transit totals, and its involved total is the sum of its roles.
 */
import type { Relation } from '../audit';
import type { LegAggregate, PlaceAggregate } from '../types';
import { type ExactCells, legId, placeId, type ReadCell } from './cells';
import { byPublished, PLACE_ROLES, type PlaceRole, type PublishedPlace } from './figures';

export function placeCells(places: readonly PlaceAggregate[], exact: ExactCells) {
  for (const p of places) {
    for (const role of PLACE_ROLES) {
      exact.set(placeId(p.place, role), { value: p[role], key: p.keys[role], partial: p.partial });
    }
  }
}

/** The relations between countries' totals and the legs that touch them. */
export function placeRelations(
  legs: readonly LegAggregate[],
  places: readonly PlaceAggregate[],
): Relation[] {
  const relations: Relation[] = [];
  for (const p of places) {
    const id = (role: PlaceRole) => placeId(p.place, role);
    relations.push({
      totals: [id('outgoing'), id('transit')],
      parts: legs.filter((l) => l.from === p.place).map((l) => legId(l.from, l.to)),
    });
    relations.push({
      totals: [id('incoming'), id('transit')],
      parts: legs.filter((l) => l.to === p.place).map((l) => legId(l.from, l.to)),
    });
    relations.push({
      totals: [id('involved')],
      parts: [id('outgoing'), id('incoming'), id('transit'), id('internal')],
    });
  }
  return relations;
}

export function readPlaces(places: readonly PlaceAggregate[], get: ReadCell): PublishedPlace[] {
  return places
    .map((p) => ({
      place: p.place,
      involved: get(placeId(p.place, 'involved')),
      outgoing: get(placeId(p.place, 'outgoing')),
      incoming: get(placeId(p.place, 'incoming')),
      transit: get(placeId(p.place, 'transit')),
      internal: get(placeId(p.place, 'internal')),
    }))
    .sort((a, b) => byPublished(a.involved, b.involved) || a.place.localeCompare(b.place));
}
