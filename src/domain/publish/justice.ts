/**
 * The justice view's figures, published like every other (disclosure.ts auditRelations), by a
 * function of their own: each country's count of each indicator over the years in force, by sex
 * where given, each year's count, and the victims detected there. A viewer knows that the years
 * add up to the range and that the sexes add up to the total (the source's own total row, which
 * they do not always match: the audit then finds no single value and withholds nothing). Ratios
 * and rates come from published counts only: a hidden count gives none.
 */
import { auditRelations, type AuditCell, type Relation } from '../audit';
import type { Disclosed, DisclosurePolicy } from '../disclosure';
import {
  JUSTICE_INDICATORS,
  type JusticeFigures,
  type JusticeIndicator,
  type JusticeSex,
} from '../justice';
import { populationOver, ratePer100k, type PopulationTable, type Rate } from '../rates';
import { ratioPer100, type Ratio } from '../ratio';
import type { Iso3 } from '../types';
import { byPublished } from './figures';

export interface PublishedJusticeFigure {
  /** The source's total; null where it gives only a breakdown. */
  total: Disclosed | null;
  bySex: { sex: Exclude<JusticeSex, 'total'>; persons: Disclosed }[];
}

export interface PublishedJusticeCountry {
  country: Iso3;
  /** Only the indicators the file has for this country. */
  figures: Partial<Record<JusticeIndicator, PublishedJusticeFigure>>;
  /** Victims detected there over the years in force; null where none. */
  victims: Disclosed | null;
  /** Per 100 victims detected in the years that have the figure. */
  per100Victims: Partial<Record<JusticeIndicator, Ratio>>;
  /** Per 100,000 people per year, over the years that have the figure. */
  per100k: Partial<Record<JusticeIndicator, Rate>>;
}

export interface PublishedJusticeYear {
  country: Iso3;
  year: number;
  figures: Partial<Record<JusticeIndicator, Disclosed>>;
}

export interface PublishedJustice {
  /** Largest published convictions first, then by country code. */
  countries: PublishedJusticeCountry[];
  years: PublishedJusticeYear[];
}

/** The indicators a ratio per 100 detected victims is given for. */
export const PER_VICTIM_INDICATORS: readonly JusticeIndicator[] = ['prosecuted', 'convicted'];

const totalId = (c: string, i: string, sex: string) => `justice:${c}:${i}:${sex}`;
const yearId = (c: string, i: string, year: number) => `justice-year:${c}:${i}:${year}`;
const victimsId = (c: string, i: string | null) => `justice-victims:${c}:${i ?? 'all'}`;

/** Items by `country:indicator`, so that each country's figures are found at once. */
function byCell<T extends { country: string; indicator: string }>(items: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = `${item.country}:${item.indicator}`;
    const group = groups.get(id);
    if (group) group.push(item);
    else groups.set(id, [item]);
  }
  return (country: string, indicator: string) => groups.get(`${country}:${indicator}`) ?? [];
}

/** The cells of the figures and the relations a viewer knows between them. */
function cellsOf(f: JusticeFigures, totalsOf: CellGroups<'totals'>, yearsOf: CellGroups<'years'>) {
  const exact = new Map<string, AuditCell>();
  for (const a of f.totals) exact.set(totalId(a.country, a.indicator, a.sex), toCell(a));
  for (const y of f.years) exact.set(yearId(y.country, y.indicator, y.year), toCell(y));
  for (const v of f.victims) {
    exact.set(victimsId(v.country, v.indicator), {
      value: v.victims,
      key: v.key,
      partial: v.partial,
    });
  }
  const relations: Relation[] = [];
  for (const c of new Set(f.totals.map((a) => a.country))) {
    for (const i of JUSTICE_INDICATORS) {
      const total = totalId(c, i, 'total');
      if (!exact.has(total)) continue;
      const sexes = totalsOf(c, i).filter((a) => a.sex !== 'total');
      if (sexes.length > 0) {
        relations.push({ totals: [total], parts: sexes.map((a) => totalId(c, i, a.sex)) });
      }
      const years = yearsOf(c, i);
      if (years.length > 0) {
        relations.push({ totals: [total], parts: years.map((y) => yearId(c, i, y.year)) });
      }
    }
  }
  return { exact, relations };
}

type CellGroups<K extends 'totals' | 'years'> = (
  country: string,
  indicator: string,
) => JusticeFigures[K];

const toCell = (a: { persons: number; key: number; partial: boolean }): AuditCell => ({
  value: a.persons,
  key: a.key,
  partial: a.partial,
});

/** The sum of a country's populations over the given years; null if one is unknown. */
function populationIn(table: PopulationTable, country: Iso3, years: number[]): number | null {
  let sum = 0;
  for (const year of years) {
    const v = populationOver(table, country, year, year);
    if (v === null) return null;
    sum += v;
  }
  return years.length > 0 ? sum : null;
}

/** Publishes the justice figures under `policy`; `population` for the rates per 100,000. */
export function publishJustice(
  f: JusticeFigures,
  policy: DisclosurePolicy,
  population: PopulationTable,
): PublishedJustice {
  const totalsOf = byCell(f.totals);
  const yearsOf = byCell(f.years);
  const { exact, relations } = cellsOf(f, totalsOf, yearsOf);
  const published = auditRelations(exact, relations, policy);
  const get = (id: string) => published.get(id) ?? null;
  const countries = [...new Set(f.totals.map((a) => a.country))].map((country) => {
    const figures: PublishedJusticeCountry['figures'] = {};
    const per100Victims: PublishedJusticeCountry['per100Victims'] = {};
    const per100k: PublishedJusticeCountry['per100k'] = {};
    for (const i of JUSTICE_INDICATORS) {
      const own = totalsOf(country, i);
      if (own.length === 0) continue;
      const total = get(totalId(country, i, 'total'));
      const bySex = own
        .filter((a) => a.sex !== 'total')
        .map((a) => ({
          sex: a.sex as Exclude<JusticeSex, 'total'>,
          persons: get(totalId(country, i, a.sex))!,
        }));
      figures[i] = { total, bySex };
      if (!total) continue;
      // Per year over the years that have the figure, which the total row lists.
      const years = own.find((a) => a.sex === 'total')?.years ?? [];
      per100k[i] = ratePer100k(total, populationIn(population, country, years));
      if (PER_VICTIM_INDICATORS.includes(i)) {
        per100Victims[i] = ratioPer100(total, get(victimsId(country, i)));
      }
    }
    return { country, figures, victims: get(victimsId(country, null)), per100Victims, per100k };
  });
  const none: Disclosed = { kind: 'suppressed', k: policy.k };
  countries.sort(
    (a, b) =>
      byPublished(a.figures.convicted?.total ?? none, b.figures.convicted?.total ?? none) ||
      a.country.localeCompare(b.country),
  );
  const byYear = new Map<string, PublishedJusticeYear>();
  for (const y of f.years) {
    const id = `${y.country}:${y.year}`;
    const entry = byYear.get(id) ?? { country: y.country, year: y.year, figures: {} };
    entry.figures[y.indicator] = get(yearId(y.country, y.indicator, y.year))!;
    byYear.set(id, entry);
  }
  const years = [...byYear.values()].sort(
    (a, b) => a.country.localeCompare(b.country) || a.year - b.year,
  );
  return { countries, years };
}
