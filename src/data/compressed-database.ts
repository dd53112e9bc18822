/**
 * The database every table lives in: in memory, as DuckDB's own default one is, but compressed.
 * DuckDB compresses an in-memory database only when it is attached with COMPRESS (each table is
 * compressed as its transaction commits), and the engine's wasm heap never gives back what it
 * takes: a 1M-row file's tables hold 11 MB instead of 140, and the heap ends at 177 MB instead
 * of 255 (the same engine in Node). Queries read it as fast.
 *
 * Attached on the engine's first connection (after the offline lock: attaching memory reaches no
 * file) and made the default of every connection before its first query, so all SQL, the SQL
 * panel's too, names its tables without a database.
 */
export const ATTACH_COMPRESSED_SQL = "ATTACH ':memory:' AS rutas (COMPRESS)";

/** Run on every connection, before any other query on it. */
export const USE_COMPRESSED_SQL = 'USE rutas';
