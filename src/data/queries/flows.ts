import type { Filter, LegAggregate } from '../../domain/types';
import { isSector } from '../../domain/sectors';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { filterWhere } from './filter';

/** Victims per leg under a filter, with the sector mix of each leg (largest first). */
export function flowLegsSql(filter: Filter): string {
  return `
WITH l AS (SELECT src, dst, victims, key_sum, source_suppressed FROM legs WHERE ${filterWhere(filter)}),
t AS (
  SELECT src, dst, sum(victims)::BIGINT AS victims, ${keySum('key_sum')} AS key,
         bool_or(source_suppressed) AS partial
  FROM l GROUP BY src, dst
),
s AS (
  SELECT src, dst, sector, sum(victims)::BIGINT AS v, ${keySum('key_sum')} AS k
  FROM leg_sectors WHERE ${filterWhere(filter)}
  GROUP BY src, dst, sector
)
SELECT t.src, t.dst, t.victims, t.key, t.partial,
       coalesce(list(s.sector ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_names,
       coalesce(list(s.v ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_victims,
       coalesce(list(s.k ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_keys
FROM t LEFT JOIN s ON t.src = s.src AND t.dst = s.dst
GROUP BY t.src, t.dst, t.victims, t.key, t.partial
ORDER BY t.victims DESC, t.src, t.dst`;
}

export async function queryFlowLegs(db: DbConnector, filter: Filter): Promise<LegAggregate[]> {
  const rows = await db.query(flowLegsSql(filter));
  return rows.map((r) => {
    const names = (r.sector_names as string[]) ?? [];
    const counts = (r.sector_victims as number[]) ?? [];
    const keys = (r.sector_keys as number[]) ?? [];
    return {
      from: String(r.src),
      to: String(r.dst),
      victims: Number(r.victims),
      key: Number(r.key),
      partial: r.partial === true,
      sectors: names.flatMap((sector, i) =>
        isSector(sector)
          ? [{ sector, victims: Number(counts[i] ?? 0), key: Number(keys[i] ?? 0) }]
          : [],
      ),
    };
  });
}
