import type { Filter, SectorAggregate, Sex } from '../../domain/types';
import { isSector, type Sector } from '../../domain/sectors';
import type { DbConnector } from '../connector';
import { filterWhere } from './filter';

/**
 * Victims per sector, and per sector and sex, under every filter but the sector filter itself
 * (the cross-filter convention: the chart that sets a filter shows what the other filters leave).
 * A case in several sectors counts in each (sector_rows, see data/schema.ts). Rows with `sex`
 * NULL are the sector's totals; a sex outside the vocabulary counts as unknown.
 */
export function sectorTotalsSql(filter: Filter): string {
  return `
SELECT sector, CASE WHEN grouping(sex_group) = 1 THEN NULL ELSE sex_group END AS sex,
       sum(victims)::BIGINT AS victims, bool_or(source_suppressed) AS partial
FROM sector_rows WHERE ${filterWhere({ ...filter, sectors: [] })}
GROUP BY GROUPING SETS ((sector), (sector, sex_group))
ORDER BY sector, sex NULLS FIRST`;
}

export async function querySectorTotals(db: DbConnector, filter: Filter): Promise<SectorAggregate[]> {
  const out = new Map<Sector, SectorAggregate>();
  for (const r of await db.query(sectorTotalsSql(filter))) {
    const sector = String(r.sector);
    if (!isSector(sector)) continue;
    const victims = Number(r.victims);
    const partial = r.partial === true;
    if (r.sex === null) out.set(sector, { sector, victims, partial, bySex: [] });
    else out.get(sector)?.bySex!.push({ sex: String(r.sex) as Sex, victims, partial });
  }
  return [...out.values()];
}
