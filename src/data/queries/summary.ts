import type { Filter, ViewSummary } from '../../domain/types';
import { KEY_RANGE } from '../../domain/disclosure';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { filterWhere } from './filter';

export interface DatasetExtent {
  rows: number;
  yearMin: number;
  yearMax: number;
}

/** Row count and year range of a table of cases (a stored dataset, or `cases`). */
export async function queryExtent(db: DbConnector, table = 'cases'): Promise<DatasetExtent> {
  const [r] = await db.query(
    `SELECT count(*)::BIGINT AS n, min(year)::INTEGER AS lo, max(year)::INTEGER AS hi FROM ${table}`,
  );
  return { rows: Number(r?.n ?? 0), yearMin: Number(r?.lo ?? 0), yearMax: Number(r?.hi ?? 0) };
}

export function filterSummarySql(filter: Filter): string {
  return `
SELECT coalesce(sum(victims), 0)::BIGINT AS victims, ${keySum('key_sum')} AS key,
       coalesce(sum(victims) FILTER (WHERE origin IS NULL OR destination IS NULL), 0)::BIGINT AS unplaced,
       (coalesce(sum(key_sum) FILTER (WHERE origin IS NULL OR destination IS NULL), 0) % ${KEY_RANGE})::BIGINT AS unplaced_key,
       coalesce(bool_or(source_suppressed), false) AS partial
FROM cases WHERE ${filterWhere(filter)}`;
}

/** The summary as the engine returns it (see filterSummarySql). */
export function toViewSummary(r: Record<string, unknown> | undefined): ViewSummary {
  return {
    victims: Number(r?.victims ?? 0),
    key: Number(r?.key ?? 0),
    unplaced: Number(r?.unplaced ?? 0),
    unplacedKey: Number(r?.unplaced_key ?? 0),
    partial: r?.partial === true,
  };
}

export async function queryFilterSummary(db: DbConnector, filter: Filter): Promise<ViewSummary> {
  return toViewSummary((await db.query(filterSummarySql(filter)))[0]);
}
