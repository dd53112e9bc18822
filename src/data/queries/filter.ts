import { AGE_GROUPS, SEXES, type Filter } from '../../domain/types';
import { isKnownPlace } from '../../domain/gazetteer';
import { isSector } from '../../domain/sectors';
import { sectorMask } from '../schema';
import { sqlInt, sqlString } from '../sql';

/**
 * The WHERE clause for a filter over the tables views read (cases, legs, place_roles and the place
 * tables: each has year, sector_mask, route_key, place_key, sex and age_group; see data/schema.ts
 * and data/place-tables.ts).
 */
export function filterWhere(filter: Filter): string {
  const parts = [`year BETWEEN ${sqlInt(filter.yearFrom)} AND ${sqlInt(filter.yearTo)}`];
  const sectors = filter.sectors.filter(isSector);
  if (sectors.length > 0) parts.push(`(sector_mask & ${sqlInt(sectorMask(sectors))}) <> 0`);
  if (filter.place) {
    // A place inside a country is found on the routes' places, a country on their countries.
    const column = isKnownPlace(filter.place) ? 'place_key' : 'route_key';
    parts.push(`contains(${column}, ${sqlString(`|${filter.place}|`)})`);
  }
  const sexes = (filter.sexes ?? []).filter((s) => (SEXES as readonly string[]).includes(s));
  if (sexes.length > 0) parts.push(`sex IN (${sexes.map(sqlString).join(', ')})`);
  const ages = (filter.ageGroups ?? []).filter((a) =>
    (AGE_GROUPS as readonly string[]).includes(a),
  );
  if (ages.length > 0) parts.push(`age_group IN (${ages.map(sqlString).join(', ')})`);
  return parts.join(' AND ');
}

/** The filter over every year (for the charts that show all years and set the range). */
export function everyYear(filter: Filter): Filter {
  return { ...filter, yearFrom: -32768, yearTo: 32767 };
}
