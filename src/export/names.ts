import type { Filter } from '../domain/types';

/**
 * A descriptive file name (no extension) for an export of a view: the base, the years, and the
 * sectors, sexes, age groups and country filtered on, e.g. "rutas-flows-2015-2023-mining-BOL".
 */
export function exportName(base: string, filter: Filter): string {
  const parts = [base, `${filter.yearFrom}-${filter.yearTo}`];
  for (const list of [filter.sectors, filter.sexes ?? [], filter.ageGroups ?? []]) {
    if (list.length > 0) parts.push([...list].sort().join('+'));
  }
  if (filter.place) parts.push(filter.place);
  return parts.join('-').replace(/[^A-Za-z0-9+_-]/g, '_');
}
