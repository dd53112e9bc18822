/**
 * The canonical tables. `cases` holds one row per case (or per group of identical cases, with
 * `victims` > 1) in the shape of domain/types CaseRecord; `legs` is derived from it at load so
 * that every route is already split into origin→T1→…→destination legs for aggregation.
 */
import type { DbConnector } from './connector';

export const CASES_COLUMNS = `
  year SMALLINT,
  origin VARCHAR,
  transit VARCHAR[],
  destination VARCHAR,
  sectors VARCHAR[],
  sex VARCHAR,
  age_group VARCHAR,
  victims INTEGER`;

/**
 * SQL that derives the legs table from `cases`. Consecutive repeats of a place are collapsed (as
 * in domain/legs routeToLegs); routes with an unknown end have no legs.
 */
export const DERIVE_LEGS_SQL = `
CREATE OR REPLACE TABLE legs AS
WITH r AS (
  SELECT year, sectors, sex, age_group, victims,
         [origin] || coalesce(transit, []) || [destination] AS raw_stops
  FROM cases
  WHERE origin IS NOT NULL AND destination IS NOT NULL
), s AS (
  SELECT *, list_filter(raw_stops, (x, i) -> i = 1 OR x <> raw_stops[i - 1]) AS stops FROM r
)
SELECT year, sectors, sex, age_group, victims,
       stops[i] AS src, stops[i + 1] AS dst, (i - 1)::INTEGER AS seq
FROM (SELECT *, unnest(range(1, len(stops))) AS i FROM s)`;

/** Replaces the canonical tables with the rows of a canonical Parquet file registered as `file`. */
export async function loadCanonicalParquet(db: DbConnector, file: string): Promise<void> {
  await db.exec(`
    CREATE OR REPLACE TABLE cases AS
    SELECT year::SMALLINT AS year, origin, transit, destination, sectors, sex, age_group,
           victims::INTEGER AS victims
    FROM read_parquet('${file.replaceAll("'", "''")}')`);
  await db.exec(DERIVE_LEGS_SQL);
}
