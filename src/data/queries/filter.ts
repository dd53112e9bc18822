import { AGE_GROUPS, SEXES, type Filter } from '../../domain/types';
import { isSector } from '../../domain/sectors';
import { sqlInt, sqlString, sqlStringList } from '../sql';

/** The places of a route, as a list expression, for each table that holds routes. */
const ROUTE_EXPR = {
  cases: '([origin] || coalesce(transit, []) || [destination])',
  legs: 'stops',
} as const;

/** The WHERE clause for a filter over `cases` or `legs` (both have year and sectors). */
export function filterWhere(filter: Filter, table: keyof typeof ROUTE_EXPR = 'cases'): string {
  const parts = [`year BETWEEN ${sqlInt(filter.yearFrom)} AND ${sqlInt(filter.yearTo)}`];
  const sectors = filter.sectors.filter(isSector);
  if (sectors.length > 0) parts.push(`list_has_any(sectors, ${sqlStringList(sectors)})`);
  if (filter.place) parts.push(`list_contains(${ROUTE_EXPR[table]}, ${sqlString(filter.place)})`);
  const sexes = (filter.sexes ?? []).filter((s) => (SEXES as readonly string[]).includes(s));
  if (sexes.length > 0) parts.push(`sex IN (${sexes.map(sqlString).join(', ')})`);
  const ages = (filter.ageGroups ?? []).filter((a) => (AGE_GROUPS as readonly string[]).includes(a));
  if (ages.length > 0) parts.push(`age_group IN (${ages.map(sqlString).join(', ')})`);
  return parts.join(' AND ');
}

/** The filter over every year (for the charts that show all years and set the range). */
export function everyYear(filter: Filter): Filter {
  return { ...filter, yearFrom: -32768, yearTo: 32767 };
}
