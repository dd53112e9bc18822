import { AGE_GROUPS, SEXES, type Filter } from '../../domain/types';
import { isKnownPlace } from '../../domain/gazetteer';
import { isSector } from '../../domain/sectors';
import { sectorMask } from '../schema';
import { sqlInt, sqlString } from '../sql';

/**
 * What a filter asks of each row of the tables views read (cases, legs, place_roles and the place
 * tables: each has year, sector_mask, route_key, place_key, sex and age_group; see data/schema.ts
 * and data/place-tables.ts): rendered as SQL by filterWhere, and tested row by row by the view
 * index (data/view-index), so both read one definition.
 */
export interface FilterTerms {
  yearFrom: number;
  yearTo: number;
  /** Rows whose sector_mask shares a bit with this one; null: every sector. */
  sectorMask: number | null;
  /** Rows whose `column` contains `needle` ("|BOL|"); null: every route. */
  place: { column: 'route_key' | 'place_key'; needle: string } | null;
  /** Rows of these sexes, of these age groups; null: all. */
  sexes: string[] | null;
  ageGroups: string[] | null;
}

export function filterTerms(filter: Filter): FilterTerms {
  const sectors = filter.sectors.filter(isSector);
  const sexes = (filter.sexes ?? []).filter((s) => (SEXES as readonly string[]).includes(s));
  const ages = (filter.ageGroups ?? []).filter((a) =>
    (AGE_GROUPS as readonly string[]).includes(a),
  );
  return {
    yearFrom: filter.yearFrom,
    yearTo: filter.yearTo,
    sectorMask: sectors.length > 0 ? sectorMask(sectors) : null,
    // A place inside a country is found on the routes' places, a country on their countries.
    place: filter.place
      ? {
          column: isKnownPlace(filter.place) ? 'place_key' : 'route_key',
          needle: `|${filter.place}|`,
        }
      : null,
    sexes: sexes.length > 0 ? sexes : null,
    ageGroups: ages.length > 0 ? ages : null,
  };
}

/** The WHERE clause for a filter over the tables views read (see FilterTerms). */
export function filterWhere(filter: Filter): string {
  const terms = filterTerms(filter);
  const parts = [`year BETWEEN ${sqlInt(terms.yearFrom)} AND ${sqlInt(terms.yearTo)}`];
  if (terms.sectorMask !== null) parts.push(`(sector_mask & ${sqlInt(terms.sectorMask)}) <> 0`);
  if (terms.place) {
    parts.push(`contains(${terms.place.column}, ${sqlString(terms.place.needle)})`);
  }
  if (terms.sexes) parts.push(`sex IN (${terms.sexes.map(sqlString).join(', ')})`);
  if (terms.ageGroups) parts.push(`age_group IN (${terms.ageGroups.map(sqlString).join(', ')})`);
  return parts.join(' AND ');
}

/** The filter over every year (for the charts that show all years and set the range). */
export function everyYear(filter: Filter): Filter {
  return { ...filter, yearFrom: -32768, yearTo: 32767 };
}
