/**
 * Flow legs around South America for a world-wide dataset: only the legs with an end in South
 * America, and, grouped, every place outside it as its world region (domain/world-regions: UN
 * M49), so that "South Americans detected in Europe" is one leg. Aggregated exactly, with each
 * leg's cell key the sum of its records' keys, like every figure (flows.ts); published through
 * the disclosure module by whoever shows them.
 */
import { SOUTH_AMERICA } from '../../domain/countries';
import type { Filter, LegAggregate } from '../../domain/types';
import { REGION_PREFIX, regionMembers } from '../../domain/world-regions';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { sqlString, sqlStringList } from '../sql';
import { filterWhere } from './filter';
import { toLegAggregate } from './flows';

export interface RegionLegsOptions {
  /** Places outside South America as their world region (`R:europe`), or as themselves. */
  group: boolean;
}

/** The country → region lookup, as a VALUES list. */
function regionValues(): string {
  return regionMembers()
    .map(([iso3, region]) => `(${sqlString(iso3)}, ${sqlString(`${REGION_PREFIX}${region}`)})`)
    .join(', ');
}

/** The legs with an end in South America under a filter, places outside grouped or not. */
export function regionLegsSql(filter: Filter, { group }: RegionLegsOptions): string {
  const inRegion = (c: string) => `list_contains(${sqlStringList(SOUTH_AMERICA)}, ${c})`;
  const base = (table: string, columns: string) => `
    SELECT ${group ? 'coalesce(a.region, src)' : 'src'} AS src,
           ${group ? 'coalesce(b.region, dst)' : 'dst'} AS dst, ${columns}
    FROM ${table}
    ${group ? 'LEFT JOIN rg a ON a.iso3 = src LEFT JOIN rg b ON b.iso3 = dst' : ''}
    WHERE (${filterWhere(filter)}) AND (${inRegion('src')} OR ${inRegion('dst')})`;
  return `
WITH rg(iso3, region) AS (VALUES ${regionValues()}),
l AS (${base('legs', 'victims, key_sum, source_suppressed')}),
t AS (
  SELECT src, dst, sum(victims)::BIGINT AS victims, ${keySum('key_sum')} AS key,
         bool_or(source_suppressed) AS partial
  FROM l GROUP BY src, dst
),
ls AS (${base('leg_sectors', 'sector, victims, key_sum')}),
s AS (
  SELECT src, dst, sector, sum(victims)::BIGINT AS v, ${keySum('key_sum')} AS k
  FROM ls GROUP BY src, dst, sector
)
SELECT t.src, t.dst, t.victims, t.key, t.partial,
       coalesce(list(s.sector ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_names,
       coalesce(list(s.v ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_victims,
       coalesce(list(s.k ORDER BY s.v DESC, s.sector) FILTER (WHERE s.sector IS NOT NULL), []) AS sector_keys
FROM t LEFT JOIN s ON t.src = s.src AND t.dst = s.dst
GROUP BY t.src, t.dst, t.victims, t.key, t.partial
ORDER BY t.victims DESC, t.src, t.dst`;
}

export async function queryRegionLegs(
  db: DbConnector,
  filter: Filter,
  options: RegionLegsOptions,
): Promise<LegAggregate[]> {
  return (await db.query(regionLegsSql(filter, options))).map(toLegAggregate);
}
