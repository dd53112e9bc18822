import type { Filter } from '../../domain/types';
import { isSector } from '../../domain/sectors';
import { sqlInt, sqlStringList } from '../sql';

/** The WHERE clause for a filter, over a table with `year` and `sectors` columns. */
export function filterWhere(filter: Filter): string {
  const parts = [`year BETWEEN ${sqlInt(filter.yearFrom)} AND ${sqlInt(filter.yearTo)}`];
  const sectors = filter.sectors.filter(isSector);
  if (sectors.length > 0) parts.push(`list_has_any(sectors, ${sqlStringList(sectors)})`);
  return parts.join(' AND ');
}
