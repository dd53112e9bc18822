import type { Filter, SectorAggregate } from '../../domain/types';
import { isSector, type Sector } from '../../domain/sectors';
import type { DbConnector } from '../connector';
import { filterWhere } from './filter';

/**
 * Victims per sector under every filter but the sector filter itself (the cross-filter
 * convention: the chart that sets a filter shows what the other filters leave). A case in several
 * sectors counts in each.
 */
export function sectorTotalsSql(filter: Filter): string {
  return `
SELECT sector, sum(victims)::BIGINT AS victims, bool_or(source_suppressed) AS partial
FROM (SELECT unnest(sectors) AS sector, victims, source_suppressed
      FROM cases WHERE ${filterWhere({ ...filter, sectors: [] })})
GROUP BY sector
ORDER BY sector`;
}

export async function querySectorTotals(db: DbConnector, filter: Filter): Promise<SectorAggregate[]> {
  const rows = await db.query(sectorTotalsSql(filter));
  return rows.flatMap((r) =>
    isSector(String(r.sector))
      ? [{ sector: String(r.sector) as Sector, victims: Number(r.victims), partial: r.partial === true }]
      : [],
  );
}
