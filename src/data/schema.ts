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
import { SECTORS } from '../domain/sectors';
import { SEXES } from '../domain/types';
import { sqlString, sqlStringList } from './sql';
import { CANONICAL_COLUMNS } from './canonical-columns';
import { FILES_DIR } from './offline';
import { keySum, storeKeyedTable } from './record-keys';
import {
  DERIVE_PLACE_TABLES_SQL,
  PLACE_COLUMNS_SQL,
  PLACE_FREE,
  PLACE_KEY,
  withPlaceColumns,
} from './place-tables';

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

/** CASES_COLUMNS with the places inside countries (see place-tables.ts). */
export const CASES_WITH_PLACES_COLUMNS = `${CASES_COLUMNS},${PLACE_COLUMNS_SQL}`;

export { CANONICAL_COLUMNS } from './canonical-columns';

/**
 * SQL that derives the legs table from `cases`. Consecutive repeats of a place are collapsed (as
 * in domain/legs routeToLegs); routes with an unknown end have no legs. Each leg keeps its case's
 * filter columns (sector_mask, route_key: see cubeSelect).
 */
export const DERIVE_LEGS_SQL = `
CREATE OR REPLACE TABLE legs AS
WITH r AS (
  SELECT year, sectors, sector_mask, route_key, place_key, sex, age_group, victims, key_sum,
         source_suppressed, [origin] || coalesce(transit, []) || [destination] AS raw_stops
  FROM cases
  WHERE origin IS NOT NULL AND destination IS NOT NULL
), s AS (
  SELECT *, list_filter(raw_stops, (x, i) -> i = 1 OR x <> raw_stops[i - 1]) AS stops FROM r
)
SELECT year, sectors, sector_mask, route_key, place_key, sex, age_group, victims, key_sum,
       source_suppressed, stops, stops[i] AS src, stops[i + 1] AS dst, (i - 1)::INTEGER AS seq
FROM (SELECT *, unnest(range(1, len(stops))) AS i FROM s)`;

/**
 * SQL that derives `place_roles` from `cases`: one row per case shape and country on its route,
 * with the victims it adds to the country's roles (o: origin, i: destination, t: transit, n:
 * internal, inv: involved) and whether it gives the country any role at all. Country totals are
 * then one filtered GROUP BY over it (data/queries/places.ts), with no list work per query.
 */
export const DERIVE_PLACE_ROLES_SQL = `
CREATE OR REPLACE TABLE place_roles AS
WITH f AS (
  SELECT *, coalesce(origin = destination AND len(list_filter(transit, t -> t <> origin)) = 0, false) AS internal,
         list_distinct(list_filter([origin] || transit || [destination], x -> x IS NOT NULL)) AS places
  FROM cases
), x AS (SELECT * EXCLUDE (places), unnest(places) AS place FROM f)
SELECT year, sector_mask, route_key, place_key, sex, age_group, source_suppressed, place,
       CASE WHEN place = origin AND NOT internal THEN victims ELSE 0 END AS o,
       CASE WHEN place = destination AND NOT internal THEN victims ELSE 0 END AS i,
       CASE WHEN place <> origin AND place <> destination THEN victims ELSE 0 END AS t,
       CASE WHEN internal AND place = origin THEN victims ELSE 0 END AS n,
       victims AS inv,
       CASE WHEN place = origin AND NOT internal THEN key_sum ELSE 0 END AS ko,
       CASE WHEN place = destination AND NOT internal THEN key_sum ELSE 0 END AS ki,
       CASE WHEN place <> origin AND place <> destination THEN key_sum ELSE 0 END AS kt,
       CASE WHEN internal AND place = origin THEN key_sum ELSE 0 END AS kn,
       key_sum AS kinv,
       coalesce(place = origin AND NOT internal, false) OR coalesce(place = destination AND NOT internal, false)
         OR coalesce(place <> origin AND place <> destination, false) OR (internal AND place = origin) AS has_role
FROM x`;

/**
 * SQL that derives the sector tables: `sector_rows` (each case shape once per sector, with its
 * sex as the sector chart groups it) and `leg_sectors` (each leg once per sector), so that the
 * sector chart, the Sankey and the legs' sector mixes need no list work per query.
 */
export const DERIVE_SECTOR_TABLES_SQL = [
  `CREATE OR REPLACE TABLE sector_rows AS
   SELECT year, sector_mask, route_key, place_key, sex, age_group, source_suppressed, origin,
          destination,
          CASE WHEN list_contains(${sqlStringList(SEXES)}, sex) THEN sex ELSE 'unknown' END AS sex_group,
          unnest(sectors) AS sector, victims, key_sum
   FROM cases`,
  `CREATE OR REPLACE TABLE leg_sectors AS
   SELECT year, sector_mask, route_key, place_key, sex, age_group, src, dst,
          unnest(sectors) AS sector, victims, key_sum
   FROM legs`,
];

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
           coalesce(${SOURCE_SUPPRESSED}, false) AS source_suppressed,
           nullif(origin_place, '') AS origin_place,
           CASE WHEN coalesce(replace(transit_places, ${sep}, ''), '') = '' THEN []::VARCHAR[]
                ELSE list_transform(string_split(transit_places, ${sep}), p -> nullif(p, '')) END
             AS transit_places,
           nullif(destination_place, '') AS destination_place
    FROM (SELECT * FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ',', quote = '"')
          UNION ALL BY NAME
          SELECT * FROM (SELECT NULL AS origin_place, NULL AS transit_places, NULL AS destination_place)
          WHERE false)`;
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
 * Stores canonical CSV text as dataset `id` (not yet shown), each row with its record key (see
 * record-keys.ts). A failure leaves every dataset loaded before as it was. A Blob is read by the
 * engine as a file, in pieces: its text is copied neither to the engine's worker nor into the
 * engine's memory, which never gives back what it has grown to.
 */
export function storeDataset(db: DbConnector, id: string, csv: string | Blob): Promise<void> {
  return exclusiveLoad(db, async () => {
    const file = `${FILES_DIR}${datasetTable(id)}.csv`;
    if (typeof csv === 'string') await db.registerFile(file, new TextEncoder().encode(csv));
    else await db.registerBlob(file, csv);
    try {
      await storeKeyedTable(db, datasetTable(id), canonicalCsvSelect(file));
    } finally {
      await db.dropFile(file);
    }
  });
}

/** A sector's bit in `sector_mask`: its place in the vocabulary. */
const SECTOR_BITS = `CASE s ${SECTORS.map((sector, i) => `WHEN ${sqlString(sector)} THEN ${2 ** i}`).join(' ')} ELSE 0 END`;

/**
 * SELECT that pre-aggregates case rows into a cube: one row per distinct (year, route, sectors,
 * sex, age group) with the victims summed. Every view sums victims over some of these columns,
 * so it gives the same figures from far fewer rows (the demo's 41,122 rows make 9,406; a
 * national file of millions of rows, tens of thousands). Two columns make filters cheap:
 * `sector_mask` (a bit per sector, see sectorMask) and `route_key` ("|VEN|COL|ECU|": the places
 * on the route, to find a country with one string search).
 */
export function cubeSelect(table: string): string {
  return `
    SELECT *, list_sum(list_transform(list_distinct(sectors), s -> ${SECTOR_BITS}))::INTEGER AS sector_mask,
           '|' || array_to_string(list_filter([origin] || transit || [destination], x -> x IS NOT NULL), '|') || '|' AS route_key,
           ${PLACE_KEY} AS place_key, NOT ${PLACE_FREE} AS has_places
    FROM (
      SELECT year, origin, transit, destination, sectors, sex, age_group,
             sum(victims)::INTEGER AS victims, ${keySum('record_key')} AS key_sum,
             bool_or(source_suppressed) AS source_suppressed,
             origin_place, coalesce(transit_places, []::VARCHAR[]) AS transit_places, destination_place
      FROM ${withPlaceColumns(`SELECT * FROM ${table}`)}
      GROUP BY year, origin, transit, destination, sectors, sex, age_group,
               origin_place, coalesce(transit_places, []::VARCHAR[]), destination_place)`;
}

/** The bits of `sector_mask` for a set of sectors. */
export function sectorMask(sectors: readonly string[]): number {
  return SECTORS.reduce((mask, s, i) => (sectors.includes(s) ? mask | (2 ** i) : mask), 0);
}

/**
 * The statements that build the tables every view reads (cases, legs, place_roles, sector_rows,
 * leg_sectors, and the place tables of place-tables.ts) from a table of case rows.
 */
export function viewTablesSql(table: string): string[] {
  return [
    `CREATE OR REPLACE TABLE cases AS ${cubeSelect(table)}`,
    DERIVE_LEGS_SQL,
    DERIVE_PLACE_ROLES_SQL,
    ...DERIVE_SECTOR_TABLES_SQL,
    ...DERIVE_PLACE_TABLES_SQL,
  ];
}

/**
 * Makes a stored dataset the one every query reads: `cases` (its cube) and `legs` are replaced
 * in one transaction, so a failure leaves what was shown before as it was.
 */
export function activateDataset(db: DbConnector, id: string): Promise<void> {
  return exclusiveLoad(db, async () => {
    await db.exec('BEGIN TRANSACTION');
    try {
      for (const sql of viewTablesSql(datasetTable(id))) await db.exec(sql);
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
