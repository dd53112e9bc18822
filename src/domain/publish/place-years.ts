/**
 * Country totals per year. Within the year range they add up to the country's totals; each
 * year's involved total is the sum of that year's roles; with a country selected, its involved
 * total in a year is that year's bar.
 */
import { group } from 'd3';
import type { Relation } from '../audit';
import type { Iso3, PlaceYearAggregate } from '../types';
import { type ExactCells, placeId, placeYearId, type ReadCell, yearId } from './cells';
import { PLACE_ROLES, type PlaceRole, type PublishedPlaceYear } from './figures';

export function placeYearCells(placeYears: readonly PlaceYearAggregate[], exact: ExactCells) {
  for (const p of placeYears) {
    for (const role of PLACE_ROLES) {
      exact.set(placeYearId(p.place, p.year, role), {
        value: p[role],
        key: p.keys[role],
        partial: p.partial,
      });
    }
  }
}

export function placeYearRelations(
  placeYears: readonly PlaceYearAggregate[],
  range: { yearFrom: number; yearTo: number; selected?: Iso3 | null },
): Relation[] {
  const relations: Relation[] = [];
  for (const [place, rows] of group(placeYears, (p) => p.place)) {
    const inRange = rows.filter((p) => p.year >= range.yearFrom && p.year <= range.yearTo);
    if (inRange.length > 0) {
      for (const role of PLACE_ROLES) {
        relations.push({
          totals: [placeId(place, role)],
          parts: inRange.map((p) => placeYearId(place, p.year, role)),
        });
      }
    }
    for (const p of rows) {
      const id = (role: PlaceRole) => placeYearId(place, p.year, role);
      relations.push({
        totals: [id('involved')],
        parts: [id('outgoing'), id('incoming'), id('transit'), id('internal')],
      });
      if (place === range.selected) {
        relations.push({ totals: [yearId(p.year)], parts: [id('involved')] });
      }
    }
  }
  return relations;
}

export function readPlaceYears(
  placeYears: readonly PlaceYearAggregate[],
  get: ReadCell,
): PublishedPlaceYear[] {
  return placeYears.map((p) => ({
    place: p.place,
    year: p.year,
    involved: get(placeYearId(p.place, p.year, 'involved')),
    outgoing: get(placeYearId(p.place, p.year, 'outgoing')),
    incoming: get(placeYearId(p.place, p.year, 'incoming')),
    transit: get(placeYearId(p.place, p.year, 'transit')),
    internal: get(placeYearId(p.place, p.year, 'internal')),
  }));
}
