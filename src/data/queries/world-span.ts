/**
 * Whether a dataset spans the world: some of its routes touch South America nowhere (a map of it
 * drawn whole would cross the region with other continents' flows). A route from the region
 * through Mexico to the United States does not make a dataset world-wide, nor does a route of
 * unknown origin that ends outside the region (it may well have started in it).
 */
import { SOUTH_AMERICA } from '../../domain/countries';
import type { DbConnector } from '../connector';
import { sqlStringList } from '../sql';

export function worldSpanSql(): string {
  const stops = `list_filter([origin] || coalesce(transit, []) || [destination], x -> x IS NOT NULL)`;
  return `SELECT count(*) > 0 AS world FROM (
    SELECT 1 FROM cases
    WHERE origin IS NOT NULL AND destination IS NOT NULL
      AND NOT list_has_any(${stops}, ${sqlStringList(SOUTH_AMERICA)})
    LIMIT 1)`;
}

export async function querySpansWorld(db: DbConnector): Promise<boolean> {
  const [row] = await db.query(worldSpanSql());
  return row?.world === true;
}
