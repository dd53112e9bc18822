/**
 * The canonical tables. `cases` holds one row per case (or per group of identical cases, with
 * `victims` > 1) in the shape of domain/types CaseRecord (the shown dataset's cube, see
 * cubeSelect); `legs` is derived from it at load so
 * that every route is already split into origin→T1→…→destination legs for aggregation.
 * A count suppressed at source ("<5") is stored as `victims` 0 with `source_suppressed` true,
 * so sums never treat it as a number and aggregates can say they are lower bounds.
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
  victims INTEGER,
  source_suppressed BOOLEAN`;

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
  SELECT year, sectors, sex, age_group, victims, source_suppressed,
         [origin] || coalesce(transit, []) || [destination] AS raw_stops
  FROM cases
  WHERE origin IS NOT NULL AND destination IS NOT NULL
), s AS (
  SELECT *, list_filter(raw_stops, (x, i) -> i = 1 OR x <> raw_stops[i - 1]) AS stops FROM r
)
SELECT year, sectors, sex, age_group, victims, source_suppressed, stops,
       stops[i] AS src, stops[i + 1] AS dst, (i - 1)::INTEGER AS seq
FROM (SELECT *, unnest(range(1, len(stops))) AS i FROM s)`;

/** A victims text that stands for a count suppressed at source, e.g. "<5" or "< 3". */
const SOURCE_SUPPRESSED = `regexp_matches(trim(victims), '^<\\s*[0-9]+$')`;

/**
 * SELECT turning a canonical CSV registered as `file` (lists joined by `;`, every column read as
 * text) into `cases` rows.
 */
function canonicalCsvSelect(file: string): string {
  const sep = sqlString(LIST_SEPARATOR);
  return `
    SELECT year::SMALLINT AS year, origin,
           coalesce(string_split(transit, ${sep}), []::VARCHAR[]) AS transit,
           destination,
           coalesce(string_split(sectors, ${sep}), ['unknown']) AS sectors,
           sex, age_group,
           CASE WHEN ${SOURCE_SUPPRESSED} THEN 0 ELSE coalesce(victims::INTEGER, 1) END AS victims,
           coalesce(${SOURCE_SUPPRESSED}, false) AS source_suppressed
    FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ',', quote = '"')`;
}

const loads = new WeakMap<DbConnector, Promise<unknown>>();

/**
 * Runs one load at a time on an engine: loads share staging tables and a transaction, and a
 * second file may be picked while the first is still loading.
 */
export function exclusiveLoad<T>(db: DbConnector, load: () => Promise<T>): Promise<T> {
  const previous = loads.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(load);
  loads.set(db, next);
  return next;
}

/** The table that keeps a loaded dataset, so the analyst can switch back to it. */
export function datasetTable(id: string): string {
  return `dataset_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/**
 * Stores canonical CSV text as dataset `id` (not yet shown). A failure leaves every dataset
 * loaded before as it was.
 */
export function storeDataset(db: DbConnector, id: string, csv: string): Promise<void> {
  return exclusiveLoad(db, async () => {
    const file = `${datasetTable(id)}.csv`;
    await db.registerFile(file, new TextEncoder().encode(csv));
    try {
      await db.exec(`CREATE OR REPLACE TABLE ${datasetTable(id)} AS ${canonicalCsvSelect(file)}`);
    } finally {
      await db.dropFile(file);
    }
  });
}

/**
 * SELECT that pre-aggregates case rows into a cube: one row per distinct (year, route, sectors,
 * sex, age group) with the victims summed. Every view sums victims over some of these columns,
 * so it gives the same figures from far fewer rows (the demo's 41,122 rows make 9,406; a
 * national file of millions of rows, tens of thousands).
 */
export function cubeSelect(table: string): string {
  return `
    SELECT year, origin, transit, destination, sectors, sex, age_group,
           sum(victims)::INTEGER AS victims, bool_or(source_suppressed) AS source_suppressed
    FROM ${table}
    GROUP BY year, origin, transit, destination, sectors, sex, age_group`;
}

/**
 * Makes a stored dataset the one every query reads: `cases` (its cube) and `legs` are replaced
 * in one transaction, so a failure leaves what was shown before as it was.
 */
export function activateDataset(db: DbConnector, id: string): Promise<void> {
  return exclusiveLoad(db, async () => {
    await db.exec('BEGIN TRANSACTION');
    try {
      await db.exec(`CREATE OR REPLACE TABLE cases AS ${cubeSelect(datasetTable(id))}`);
      await db.exec(DERIVE_LEGS_SQL);
      await db.exec('COMMIT');
    } catch (e) {
      await db.exec('ROLLBACK');
      throw e;
    }
  });
}

/** Forgets a stored dataset. */
export function removeDataset(db: DbConnector, id: string): Promise<void> {
  return exclusiveLoad(db, () => db.exec(`DROP TABLE IF EXISTS ${datasetTable(id)}`));
}

/** Canonical CSV text from the rows of a canonical Parquet file. */
export async function canonicalParquetToCsv(bytes: ArrayBuffer): Promise<string> {
  return rowsToCsv(CANONICAL_COLUMNS, await readParquetRows(bytes));
}

/** Stores a canonical Parquet file as dataset `id` and shows it. */
export async function loadCanonicalParquet(
  db: DbConnector,
  bytes: ArrayBuffer,
  id = 'canonical',
): Promise<void> {
  await storeDataset(db, id, await canonicalParquetToCsv(bytes));
  await activateDataset(db, id);
}
