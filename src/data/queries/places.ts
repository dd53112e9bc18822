import type { Filter, PlaceAggregate } from '../../domain/types';
import type { DbConnector } from '../connector';
import { filterWhere } from './filter';

/** Per-country totals: outgoing, incoming, transit, internal and involved victims. */
export function placeTotalsSql(filter: Filter): string {
  return `
WITH f AS (
  SELECT origin, destination, coalesce(transit, []) AS transit, victims, source_suppressed,
         coalesce(origin = destination AND len(list_filter(coalesce(transit, []), t -> t <> origin)) = 0, false) AS internal
  FROM cases WHERE ${filterWhere(filter)}
), roles AS (
  SELECT origin AS place, victims AS o, 0 AS i, 0 AS t, 0 AS n FROM f WHERE origin IS NOT NULL AND NOT internal
  UNION ALL SELECT destination, 0, victims, 0, 0 FROM f WHERE destination IS NOT NULL AND NOT internal
  UNION ALL SELECT unnest(list_distinct(list_filter(transit, x -> x <> origin AND x <> destination))), 0, 0, victims, 0 FROM f
  UNION ALL SELECT origin, 0, 0, 0, victims FROM f WHERE internal
), involved AS (
  SELECT unnest(list_distinct(list_filter([origin] || transit || [destination], x -> x IS NOT NULL))) AS place,
         victims, source_suppressed
  FROM f
), inv AS (
  SELECT place, sum(victims)::BIGINT AS involved, bool_or(source_suppressed) AS partial
  FROM involved GROUP BY place
)
SELECT r.place, sum(o)::BIGINT AS outgoing, sum(i)::BIGINT AS incoming, sum(t)::BIGINT AS transit,
       sum(n)::BIGINT AS internal, any_value(inv.involved) AS involved,
       any_value(inv.partial) AS partial
FROM roles r JOIN inv USING (place)
WHERE r.place IS NOT NULL
GROUP BY r.place
ORDER BY involved DESC, r.place`;
}

export async function queryPlaceTotals(db: DbConnector, filter: Filter): Promise<PlaceAggregate[]> {
  const rows = await db.query(placeTotalsSql(filter));
  return rows.map((r) => ({
    place: String(r.place),
    outgoing: Number(r.outgoing),
    incoming: Number(r.incoming),
    transit: Number(r.transit),
    internal: Number(r.internal),
    involved: Number(r.involved),
    partial: r.partial === true,
  }));
}
