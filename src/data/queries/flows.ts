import type { Filter, LegAggregate } from '../../domain/types';
import { isSector } from '../../domain/sectors';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { filterWhere } from './filter';

/** The tables legs are read from: between countries, or between places (data/place-tables). */
export interface LegTables {
  legs: string;
  sectors: string;
  /** Columns each leg keeps besides its ends (one value per leg). */
  columns?: string[];
}

const COUNTRY_LEGS: LegTables = { legs: 'legs', sectors: 'leg_sectors' };

/** Victims per leg under a filter, with the sector mix of each leg (largest first). */
export function flowLegsSql(filter: Filter, tables: LegTables = COUNTRY_LEGS): string {
  const more = (tables.columns ?? []).map((c) => `, ${c}`).join('');
  const moreT = (tables.columns ?? []).map((c) => `, t.${c}`).join('');
  return `
WITH l AS (SELECT src, dst${more}, victims, key_sum, source_suppressed FROM ${tables.legs} WHERE ${filterWhere(filter)}),
t AS (
  SELECT src, dst${more}, sum(victims)::BIGINT AS victims, ${keySum('key_sum')} AS key,
         bool_or(source_suppressed) AS partial
  FROM l GROUP BY src, dst${more}
),
s AS (
  SELECT src, dst, sector, sum(victims)::BIGINT AS v, ${keySum('key_sum')} AS k
  FROM ${tables.sectors} WHERE ${filterWhere(filter)}
  GROUP BY src, dst, sector
)
SELECT t.src, t.dst${moreT}, t.victims, t.key, t.partial,
       coalesce(list(s.sector ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_names,
       coalesce(list(s.v ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_victims,
       coalesce(list(s.k ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_keys
FROM t LEFT JOIN s ON t.src = s.src AND t.dst = s.dst
GROUP BY t.src, t.dst${moreT}, t.victims, t.key, t.partial
ORDER BY t.victims DESC, t.src, t.dst`;
}

/** A leg as the engine returns it (see flowLegsSql). */
export function toLegAggregate(r: Record<string, unknown>): LegAggregate {
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
}

export async function queryFlowLegs(db: DbConnector, filter: Filter): Promise<LegAggregate[]> {
  return (await db.query(flowLegsSql(filter))).map(toLegAggregate);
}
