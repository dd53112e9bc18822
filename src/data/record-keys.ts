/**
 * Record keys for the cell key method (domain/disclosure, domain/ptable). Every stored row — a
 * case, or a group of identical cases — gets a key, an integer in [0, KEY_RANGE): a hash of the
 * dataset's seed, the row's content and its place among rows identical to it. The seed is the
 * sum of every row's hash: it depends on the whole dataset and not on the order of its rows, so
 * the same cases always get the same keys (a file saved again in another order too), and no one
 * who does not hold every row can work them out.
 *
 * Each cube row carries the sum of its records' keys modulo KEY_RANGE (`key_sum`), and so does
 * every derived table: any aggregate's cell key is then one more SUM, the same on every path to
 * the same set of records (the map, a chart, a CSV, another filter that selects the same rows).
 */
import { KEY_RANGE } from '../domain/disclosure';
import { COUNTRY_LEVEL_COLUMNS, PLACE_COLUMNS } from './canonical-columns';
import type { DbConnector } from './connector';
import { PLACE_FREE, withPlaceColumns } from './place-tables';

/** Seeds are below 2^48, exact as JavaScript numbers. */
const SEED_RANGE = 2 ** 48;

/** Columns that make a stored row what it is, at country level. */
const COUNTRY_COLUMNS = [...COUNTRY_LEVEL_COLUMNS, 'source_suppressed'].join(', ');
/** Every column that makes a stored row what it is, its places inside countries too. */
const ROW_COLUMNS = [COUNTRY_COLUMNS, ...PLACE_COLUMNS].join(', ');

/**
 * A row's hash, between `before` and `after` arguments. Places join the hash where a row has
 * any: a place-level file and its country-level twin then get different keys (so different
 * noise), which is fine, since each is published on its own; a row with no place hashes as it
 * did before places existed, so country-level datasets keep their keys and published figures.
 */
const rowHash = (before = '', after = '') =>
  `CASE WHEN ${PLACE_FREE} THEN hash(${before}${COUNTRY_COLUMNS}${after})
        ELSE hash(${before}${ROW_COLUMNS}${after}) END`;

/**
 * Stores the canonical rows of `inner` as `table`, each with its `record_key`. Three steps in
 * the engine: the rows, their seed, the keyed table; the staging table is dropped whatever happens.
 */
export async function storeKeyedTable(
  db: DbConnector,
  table: string,
  inner: string,
): Promise<void> {
  const staging = `${table}_unkeyed`;
  await db.exec(`CREATE OR REPLACE TABLE ${staging} AS
    SELECT * REPLACE (coalesce(transit_places, []::VARCHAR[]) AS transit_places)
    FROM ${withPlaceColumns(inner)}`);
  try {
    const [row] = await db.query(
      `SELECT (coalesce(sum(${rowHash()} % ${KEY_RANGE}), 0) % ${SEED_RANGE})::BIGINT AS seed FROM ${staging}`,
    );
    const seed = Number(row?.seed ?? 0);
    await db.exec(`
      CREATE OR REPLACE TABLE ${table} AS
      SELECT *, (${rowHash(`${seed}::UBIGINT, `, `, row_number() OVER (PARTITION BY ${ROW_COLUMNS})`)}
                 % ${KEY_RANGE})::BIGINT AS record_key
      FROM ${staging}`);
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${staging}`);
  }
}

/** SQL for the cell key of the rows summed: Σ `column` modulo KEY_RANGE, as BIGINT. */
export function keySum(column: string): string {
  return `(coalesce(sum(${column}), 0) % ${KEY_RANGE})::BIGINT`;
}
