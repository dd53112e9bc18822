/**
 * Rates per 100,000 people (the UNODC SDG 16.2.2 convention), from published counts only: a
 * rate never says more than the count it comes from. Over a range of years the rate is the
 * average yearly one: victims in the range ÷ the sum of the yearly populations × 100,000.
 */
import type { Disclosed } from './disclosure';
import type { Iso3 } from './types';

export interface PopulationTable {
  source: string;
  firstYear: number;
  /** Population by country, one value per year from firstYear (null where unknown). */
  values: Record<Iso3, (number | null)[]>;
}

/** The sum of a country's yearly populations over a range; null if a year is unknown. */
export function populationOver(
  table: PopulationTable,
  iso3: Iso3,
  yearFrom: number,
  yearTo: number,
): number | null {
  const series = table.values[iso3];
  if (!series) return null;
  let sum = 0;
  for (let year = yearFrom; year <= yearTo; year++) {
    const v = series[year - table.firstYear];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

export type Rate =
  | { kind: 'rate'; value: number; lowerBound?: true }
  | { kind: 'not-shown'; reason: 'suppressed'; k: number }
  | { kind: 'not-shown'; reason: 'withheld' | 'no-population' };

/** Victims per 100,000 people per year, from a published count and the population over its years. */
export function ratePer100k(count: Disclosed, population: number | null): Rate {
  if (count.kind === 'suppressed') return { kind: 'not-shown', reason: 'suppressed', k: count.k };
  if (count.kind === 'withheld') return { kind: 'not-shown', reason: 'withheld' };
  if (!population) return { kind: 'not-shown', reason: 'no-population' };
  const value = (count.value / population) * 100_000;
  return count.lowerBound ? { kind: 'rate', value, lowerBound: true } : { kind: 'rate', value };
}
