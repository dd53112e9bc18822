/**
 * Whether a dataset spans the world: some of its legs have neither end in South America (a map
 * of it drawn whole would cross the region with other continents' flows).
 */
import { SOUTH_AMERICA } from '../../domain/countries';
import type { DbConnector } from '../connector';
import { sqlStringList } from '../sql';

export function worldSpanSql(): string {
  const inRegion = (c: string) => `list_contains(${sqlStringList(SOUTH_AMERICA)}, ${c})`;
  return `SELECT count(*) > 0 AS world FROM (
    SELECT 1 FROM legs WHERE NOT (${inRegion('src')} OR ${inRegion('dst')}) LIMIT 1)`;
}

export async function querySpansWorld(db: DbConnector): Promise<boolean> {
  const [row] = await db.query(worldSpanSql());
  return row?.world === true;
}
