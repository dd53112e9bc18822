import type { Filter, SectorAggregate, Sex } from '../../domain/types';
import { isSector, type Sector } from '../../domain/sectors';
import type { DbConnector } from '../connector';
import { addKeys } from '../../domain/disclosure';
import { keySum } from '../record-keys';
import { filterWhere } from './filter';

/**
 * Victims per sector, and per sector and sex, under every filter but the sector filter itself
 * (the cross-filter convention: the chart that sets a filter shows what the other filters leave).
 * A case in several sectors counts in each (sector_rows, see data/schema.ts). A sex outside the
 * vocabulary counts as unknown, so every row has one: a sector's total is the sum of its parts
 * (added up here, which is cheaper than a second grouping in the engine).
 */
export function sectorTotalsSql(filter: Filter): string {
  return `
SELECT sector, sex_group AS sex, sum(victims)::BIGINT AS victims, ${keySum('key_sum')} AS key,
       bool_or(source_suppressed) AS partial
FROM sector_rows WHERE ${filterWhere({ ...filter, sectors: [] })}
GROUP BY sector, sex_group
ORDER BY sector, sex`;
}

/** The sectors' totals from the rows the engine returns (see sectorTotalsSql). */
export function toSectorTotals(rows: Record<string, unknown>[]): SectorAggregate[] {
  const out = new Map<Sector, SectorAggregate>();
  for (const r of rows) {
    const sector = String(r.sector);
    if (!isSector(sector)) continue;
    const part = {
      sex: String(r.sex) as Sex,
      victims: Number(r.victims),
      key: Number(r.key),
      partial: r.partial === true,
    };
    const total = out.get(sector) ?? { sector, victims: 0, key: 0, partial: false, bySex: [] };
    total.victims += part.victims;
    total.key = addKeys(total.key, part.key);
    total.partial ||= part.partial;
    total.bySex!.push(part);
    out.set(sector, total);
  }
  return [...out.values()];
}

export async function querySectorTotals(
  db: DbConnector,
  filter: Filter,
): Promise<SectorAggregate[]> {
  return toSectorTotals(await db.query(sectorTotalsSql(filter)));
}
