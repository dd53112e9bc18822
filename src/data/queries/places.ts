import type { Filter, PlaceAggregate, PlaceYearAggregate } from '../../domain/types';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { everyYear, filterWhere } from './filter';

/**
 * Per-country totals (outgoing, incoming, transit, internal and involved victims) over the cases
 * matching `where`, per year too when `byYear`: one GROUP BY over place_roles (data/schema.ts), or
 * over place_point_roles for places inside countries (data/place-tables.ts).
 */
export function roleTotalsSql(where: string, byYear: boolean, table = 'place_roles'): string {
  const year = byYear ? 'year, ' : '';
  return `
SELECT ${byYear ? 'year::INTEGER AS year, ' : ''}place, sum(o)::BIGINT AS outgoing,
       sum(i)::BIGINT AS incoming, sum(t)::BIGINT AS transit, sum(n)::BIGINT AS internal,
       sum(inv)::BIGINT AS involved, bool_or(source_suppressed) AS partial,
       ${keySum('ko')} AS k_outgoing, ${keySum('ki')} AS k_incoming, ${keySum('kt')} AS k_transit,
       ${keySum('kn')} AS k_internal, ${keySum('kinv')} AS k_involved
FROM ${table}
WHERE ${where}
GROUP BY ${year}place
HAVING bool_or(has_role)
ORDER BY ${byYear ? 'place, year' : 'involved DESC, place'}`;
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

export function toPlaceAggregate(r: Record<string, unknown>): PlaceAggregate {
  return {
    place: String(r.place),
    outgoing: Number(r.outgoing),
    incoming: Number(r.incoming),
    transit: Number(r.transit),
    internal: Number(r.internal),
    involved: Number(r.involved),
    keys: {
      outgoing: Number(r.k_outgoing),
      incoming: Number(r.k_incoming),
      transit: Number(r.k_transit),
      internal: Number(r.k_internal),
      involved: Number(r.k_involved),
    },
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
  return (await db.query(placeYearTotalsSql(filter))).map(toPlaceYearAggregate);
}

/** A country's totals in one year as the engine returns them (see placeYearTotalsSql). */
export function toPlaceYearAggregate(r: Record<string, unknown>): PlaceYearAggregate {
  return { ...toPlaceAggregate(r), year: Number(r.year) };
}
