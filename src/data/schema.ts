/**
 * The canonical tables. `cases` holds one row per case (or per group of identical cases, with
 * `victims` > 1) in the shape of domain/types CaseRecord; `legs` is derived from it at load so
 * that every route is already split into origin→T1→…→destination legs for aggregation.
 */
import type { DbConnector } from './connector';
import { LIST_SEPARATOR, rowsToCsv } from './ingest/csv-text';
import { readParquetRows } from './ingest/parquet';
import { sqlString } from './sql';

export const CASES_COLUMNS = `
  year SMALLINT,
  origin VARCHAR,
  transit VARCHAR[],
  destination VARCHAR,
  sectors VARCHAR[],
  sex VARCHAR,
  age_group VARCHAR,
  victims INTEGER`;

/** The canonical column names, in order. */
export const CANONICAL_COLUMNS = [
  'year',
  'origin',
  'transit',
  'destination',
  'sectors',
  'sex',
  'age_group',
  'victims',
] as const;

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
SELECT year, sectors, sex, age_group, victims, stops,
       stops[i] AS src, stops[i + 1] AS dst, (i - 1)::INTEGER AS seq
FROM (SELECT *, unnest(range(1, len(stops))) AS i FROM s)`;

/** Replaces the canonical tables with a canonical CSV registered as `file` (lists joined by `;`). */
export async function loadCanonicalCsv(db: DbConnector, file: string): Promise<void> {
  const sep = sqlString(LIST_SEPARATOR);
  await db.exec(`
    CREATE OR REPLACE TABLE cases AS
    SELECT year::SMALLINT AS year, origin,
           coalesce(string_split(transit, ${sep}), []::VARCHAR[]) AS transit,
           destination,
           coalesce(string_split(sectors, ${sep}), ['unknown']) AS sectors,
           sex, age_group, coalesce(victims::INTEGER, 1) AS victims
    FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ',', quote = '"')`);
  await db.exec(DERIVE_LEGS_SQL);
}

/** Replaces the canonical tables with the rows of a canonical Parquet file. */
export async function loadCanonicalParquet(
  db: DbConnector,
  bytes: ArrayBuffer,
  name = 'canonical',
): Promise<void> {
  const rows = await readParquetRows(bytes);
  const csv = rowsToCsv(CANONICAL_COLUMNS, rows);
  const file = `${name}.csv`;
  await db.registerFile(file, new TextEncoder().encode(csv));
  try {
    await loadCanonicalCsv(db, file);
  } finally {
    await db.dropFile(file);
  }
}
