import type { Filter, PlaceAggregate, PlaceYearAggregate } from '../../domain/types';
import type { DbConnector } from '../connector';
import { everyYear, filterWhere } from './filter';

/**
 * Per-country totals (outgoing, incoming, transit, internal and involved victims) over the cases
 * matching `where`, per year too when `byYear`.
 */
function roleTotalsSql(where: string, byYear: boolean): string {
  const year = byYear ? 'year, ' : '';
  return `
WITH f AS (
  SELECT year, origin, destination, coalesce(transit, []) AS transit, victims, source_suppressed,
         coalesce(origin = destination AND len(list_filter(coalesce(transit, []), t -> t <> origin)) = 0, false) AS internal
  FROM cases WHERE ${where}
), roles AS (
  SELECT year, origin AS place, victims AS o, 0 AS i, 0 AS t, 0 AS n FROM f WHERE origin IS NOT NULL AND NOT internal
  UNION ALL SELECT year, destination, 0, victims, 0, 0 FROM f WHERE destination IS NOT NULL AND NOT internal
  UNION ALL SELECT year, unnest(list_distinct(list_filter(transit, x -> x <> origin AND x <> destination))), 0, 0, victims, 0 FROM f
  UNION ALL SELECT year, origin, 0, 0, 0, victims FROM f WHERE internal
), involved AS (
  SELECT year, unnest(list_distinct(list_filter([origin] || transit || [destination], x -> x IS NOT NULL))) AS place,
         victims, source_suppressed
  FROM f
), inv AS (
  SELECT ${year}place, sum(victims)::BIGINT AS involved, bool_or(source_suppressed) AS partial
  FROM involved GROUP BY ${year}place
)
SELECT ${byYear ? 'r.year::INTEGER AS year, ' : ''}r.place, sum(o)::BIGINT AS outgoing,
       sum(i)::BIGINT AS incoming, sum(t)::BIGINT AS transit, sum(n)::BIGINT AS internal,
       any_value(inv.involved) AS involved, any_value(inv.partial) AS partial
FROM roles r JOIN inv USING (${year}place)
WHERE r.place IS NOT NULL
GROUP BY ${year}r.place
ORDER BY ${byYear ? 'r.place, r.year' : 'involved DESC, r.place'}`;
}

/** Per-country totals under a filter. */
export function placeTotalsSql(filter: Filter): string {
  return roleTotalsSql(filterWhere(filter), false);
}

/**
 * Per-country totals per year under every filter but the years (the country trends show every
 * year, like the year histogram).
 */
export function placeYearTotalsSql(filter: Filter): string {
  return roleTotalsSql(filterWhere(everyYear(filter)), true);
}

function toPlaceAggregate(r: Record<string, unknown>): PlaceAggregate {
  return {
    place: String(r.place),
    outgoing: Number(r.outgoing),
    incoming: Number(r.incoming),
    transit: Number(r.transit),
    internal: Number(r.internal),
    involved: Number(r.involved),
    partial: r.partial === true,
  };
}

export async function queryPlaceTotals(db: DbConnector, filter: Filter): Promise<PlaceAggregate[]> {
  return (await db.query(placeTotalsSql(filter))).map(toPlaceAggregate);
}

export async function queryPlaceYearTotals(
  db: DbConnector,
  filter: Filter,
): Promise<PlaceYearAggregate[]> {
  const rows = await db.query(placeYearTotalsSql(filter));
  return rows.map((r) => ({ ...toPlaceAggregate(r), year: Number(r.year) }));
}
