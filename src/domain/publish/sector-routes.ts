/**
 * The origin → sector → destination links. Each sector's bar is the sum of its links from
 * origins, and of its links to destinations; with no sector filter (single-sector cases), a
 * country's links into sectors add up to its outgoing and internal totals, and its links from
 * sectors to its incoming and internal totals.
 */
import type { Relation } from '../audit';
import type { PlaceAggregate, SectorAggregate, SectorRouteAggregate } from '../types';
import { type ExactCells, placeId, type ReadCell, routeId, sectorId } from './cells';
import type { PublishedSectorRoute } from './figures';

/** Every link comes from at least one case; the audit assumes a viewer knows it is not empty. */
export function sectorRouteCells(routes: readonly SectorRouteAggregate[], exact: ExactCells) {
  for (const r of routes) {
    exact.set(routeId(r), { value: r.victims, key: r.key, partial: r.partial, exists: true });
  }
}

/** `places` empty when a sector filter is set (the links then don't add up to country roles). */
export function sectorRouteRelations(
  routes: readonly SectorRouteAggregate[],
  sectors: readonly SectorAggregate[],
  places: readonly PlaceAggregate[],
): Relation[] {
  const relations: Relation[] = [];
  for (const end of ['origin', 'destination'] as const) {
    const atEnd = routes.filter((r) => r.end === end);
    for (const s of sectors) {
      relations.push({
        totals: [sectorId(s.sector)],
        parts: atEnd.filter((r) => r.sector === s.sector).map(routeId),
      });
    }
    const role = end === 'origin' ? 'outgoing' : 'incoming';
    for (const p of places) {
      const parts = atEnd.filter((r) => r.place === p.place).map(routeId);
      if (parts.length > 0) {
        relations.push({ totals: [placeId(p.place, role), placeId(p.place, 'internal')], parts });
      }
    }
  }
  return relations;
}

export function readSectorRoutes(
  routes: readonly SectorRouteAggregate[],
  get: ReadCell,
): PublishedSectorRoute[] {
  return routes.map((r) => ({
    end: r.end,
    place: r.place,
    sector: r.sector,
    victims: get(routeId(r)),
  }));
}
