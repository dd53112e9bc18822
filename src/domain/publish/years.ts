/** The year histogram: the bars within the year range add up to the view's total. */
import type { Relation } from '../audit';
import type { YearAggregate } from '../types';
import { type ExactCells, type ReadCell, SUMMARY_ID, yearId } from './cells';

export function yearCells(years: readonly YearAggregate[], exact: ExactCells) {
  for (const y of years) {
    exact.set(yearId(y.year), { value: y.victims, key: y.key, partial: y.partial });
  }
}

export function yearRelations(
  years: readonly YearAggregate[],
  yearFrom: number,
  yearTo: number,
): Relation[] {
  const inRange = years.filter((y) => y.year >= yearFrom && y.year <= yearTo);
  if (inRange.length === 0) return [];
  return [{ totals: [SUMMARY_ID], parts: inRange.map((y) => yearId(y.year)) }];
}

export function readYears(years: readonly YearAggregate[], get: ReadCell) {
  return years.map((y) => ({ year: y.year, victims: get(yearId(y.year)) }));
}
