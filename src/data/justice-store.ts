/**
 * Each dataset's criminal-justice figures (ingest/justice-rows.ts) as a table of its own,
 * `justice_<id>`: one row per country, year, indicator and sex, with `persons` (0 with
 * `source_suppressed` for GLOTIP's "<5") and `key_sum`, the row's record key, made by the same
 * storeKeyedTable as the cases' (record-keys.ts), so that every justice figure is published with
 * a cell key like every other. The shown dataset's table is the `justice` view; a dataset
 * without figures shows an empty one.
 */
import type { DbConnector } from './connector';
import { JUSTICE_COLUMNS } from './ingest/justice-rows';
import { FILES_DIR } from './offline';
import { storeKeyedTable } from './record-keys';
import { exclusiveLoad } from './schema';
import { sqlString } from './sql';

/** The table that keeps a dataset's justice figures. */
export function justiceTable(id: string): string {
  return `justice_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

const SUPPRESSED = `regexp_matches(trim(persons), '^<\\s*[0-9]+$')`;

/**
 * The justice CSV as case-shaped rows, the shape storeKeyedTable hashes: the country where the
 * figures were counted as `destination`, the indicator as the one sector, persons as victims.
 */
function caseShapedSelect(file: string): string {
  return `
    SELECT year::SMALLINT AS year, NULL::VARCHAR AS origin, []::VARCHAR[] AS transit,
           country AS destination, [indicator] AS sectors, sex, 'total' AS age_group,
           CASE WHEN ${SUPPRESSED} THEN 0 ELSE persons::INTEGER END AS victims,
           ${SUPPRESSED} AS source_suppressed
    FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ',', quote = '"',
                  columns = {${JUSTICE_COLUMNS.map((c) => `'${c}': 'VARCHAR'`).join(', ')}})`;
}

/** Stores a dataset's justice CSV as `justice_<id>` (not yet shown). */
export function storeJustice(db: DbConnector, id: string, csv: string): Promise<void> {
  return exclusiveLoad(db, async () => {
    const table = justiceTable(id);
    const file = `${FILES_DIR}${table}.csv`;
    const keyed = `${table}_keyed`;
    await db.registerFile(file, new TextEncoder().encode(csv));
    try {
      await storeKeyedTable(db, keyed, caseShapedSelect(file));
      await db.exec(`CREATE OR REPLACE TABLE ${table} AS
        SELECT year, destination AS country, sectors[1] AS indicator, sex, victims AS persons,
               source_suppressed, record_key AS key_sum
        FROM ${keyed}`);
    } finally {
      await db.exec(`DROP TABLE IF EXISTS ${keyed}`);
      await db.dropFile(file);
    }
  });
}

const EMPTY = `SELECT NULL::SMALLINT AS year, NULL::VARCHAR AS country, NULL::VARCHAR AS indicator,
  NULL::VARCHAR AS sex, NULL::INTEGER AS persons, NULL::BOOLEAN AS source_suppressed,
  NULL::BIGINT AS key_sum WHERE false`;

/** Whether a dataset has justice figures stored. */
export async function hasJustice(db: DbConnector, id: string): Promise<boolean> {
  const rows = await db.query(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ${sqlString(justiceTable(id))}`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Makes dataset `id`'s justice figures the `justice` view (empty if it has none). */
export function activateJustice(db: DbConnector, id: string): Promise<void> {
  return exclusiveLoad(db, async () => {
    const source = (await hasJustice(db, id)) ? `SELECT * FROM ${justiceTable(id)}` : EMPTY;
    await db.exec(`CREATE OR REPLACE VIEW justice AS ${source}`);
  });
}

/** Forgets a dataset's justice figures (nothing if it had none). */
export function removeJustice(db: DbConnector, id: string): Promise<void> {
  return exclusiveLoad(db, () => db.exec(`DROP TABLE IF EXISTS ${justiceTable(id)}`));
}
