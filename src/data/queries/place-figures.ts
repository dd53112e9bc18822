/**
 * The figures of places inside countries under a filter: legs between places (an end known only
 * by its country is that country) with their sector mixes and the countries of their ends, and
 * each place's totals by role. Exact: published by domain/publish/place-figures with the rest of
 * the view. A dataset with no place gives none.
 */
import type { Filter, PlaceAggregate, PlaceLegAggregate } from '../../domain/types';
import type { DbConnector } from '../connector';
import { filterWhere } from './filter';
import { flowLegsSql, toLegAggregate } from './flows';
import { roleTotalsSql, toPlaceAggregate } from './places';

/** Victims per leg between places under a filter, with each leg's sector mix. */
export function placeLegsSql(filter: Filter): string {
  return flowLegsSql(filter, {
    legs: 'place_legs',
    sectors: 'place_leg_sectors',
    columns: ['src_country', 'dst_country'],
  });
}

export async function queryPlaceLegs(
  db: DbConnector,
  filter: Filter,
): Promise<PlaceLegAggregate[]> {
  return (await db.query(placeLegsSql(filter))).map(toPlaceLegAggregate);
}

/** A leg between places as the engine returns it (see placeLegsSql). */
export function toPlaceLegAggregate(r: Record<string, unknown>): PlaceLegAggregate {
  return {
    ...toLegAggregate(r),
    fromCountry: String(r.src_country),
    toCountry: String(r.dst_country),
  };
}

/** Each place's totals by role under a filter (`place` is a place id). */
export function placePointTotalsSql(filter: Filter): string {
  return roleTotalsSql(filterWhere(filter), false, 'place_point_roles');
}

export async function queryPlacePointTotals(
  db: DbConnector,
  filter: Filter,
): Promise<PlaceAggregate[]> {
  return (await db.query(placePointTotalsSql(filter))).map(toPlaceAggregate);
}
