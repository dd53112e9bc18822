import type { Filter, YearAggregate } from '../../domain/types';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { everyYear, filterWhere } from './filter';

/**
 * Victims per year under every filter but the years (the histogram that sets the year range
 * shows what the other filters leave, across all years).
 */
export function yearTotalsSql(filter: Filter): string {
  return `
SELECT year::INTEGER AS year, sum(victims)::BIGINT AS victims, ${keySum('key_sum')} AS key,
       bool_or(source_suppressed) AS partial
FROM cases WHERE ${filterWhere(everyYear(filter))}
GROUP BY year ORDER BY year`;
}

/** A year's total as the engine returns it (see yearTotalsSql). */
export function toYearAggregate(r: Record<string, unknown>): YearAggregate {
  return {
    year: Number(r.year),
    victims: Number(r.victims),
    key: Number(r.key),
    partial: r.partial === true,
  };
}

export async function queryYearTotals(db: DbConnector, filter: Filter): Promise<YearAggregate[]> {
  return (await db.query(yearTotalsSql(filter))).map(toYearAggregate);
}
