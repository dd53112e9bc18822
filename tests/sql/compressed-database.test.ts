/**
 * Every table lives in a compressed in-memory database (data/compressed-database.ts): the tables
 * views read hold a fraction of the memory the engine's default, uncompressed one gives them,
 * the SQL panel's connection reads the same tables, and the figures are those of the rows.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/data/node-connector';
import { canonicalParquetToCsv } from '../../src/data/schema';
import { runReadOnly } from '../../src/data/read-only-sql';
import { showTables, storeTables } from '../../src/state/dataset-tables';
import { DEMO_PARQUET } from '../support/db';

type Db = Awaited<ReturnType<typeof createNodeConnector>>;

/** Bytes the engine holds for in-memory tables. */
async function tableBytes(db: Db): Promise<number> {
  const [row] = await db.query(
    "SELECT coalesce(sum(memory_usage_bytes), 0)::BIGINT AS n FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'",
  );
  return Number(row!.n);
}

describe('the compressed in-memory database', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createNodeConnector();
    const csv = await canonicalParquetToCsv(readFileSync(DEMO_PARQUET).buffer as ArrayBuffer);
    await storeTables(db, 'demo', { csv });
    await showTables(db, 'demo');
  });

  it('holds every table, and is where unqualified names lead', async () => {
    const [current] = await db.query('SELECT current_database() AS name');
    expect(current!.name).toBe('rutas');
    const places = await db.query(
      'SELECT DISTINCT database_name AS name FROM duckdb_tables() ORDER BY name',
    );
    expect(places).toEqual([{ name: 'rutas' }]);
  });

  it('keeps the tables compressed: a tenth of what the uncompressed database takes for them', async () => {
    const kinds = await db.query(
      "SELECT DISTINCT compression AS kind FROM pragma_storage_info('cases') ORDER BY kind",
    );
    expect(kinds.map((k) => k.kind)).not.toEqual(['Uncompressed']);
    const compressed = await tableBytes(db);
    expect(compressed).toBeGreaterThan(0);
    // The same tables copied into the engine's default database, which is not compressed.
    const tables = ['cases', 'legs', 'place_roles', 'sector_rows', 'leg_sectors', 'dataset_demo'];
    for (const table of tables) {
      await db.exec(`CREATE TABLE memory.main.${table} AS SELECT * FROM ${table}`);
    }
    const both = await tableBytes(db);
    for (const table of tables) await db.exec(`DROP TABLE memory.main.${table}`);
    expect(both - compressed).toBeGreaterThan(10 * compressed);
  });

  it('gives the SQL panel the same tables, with the same figures', async () => {
    const [stored] = await db.query('SELECT sum(victims)::INTEGER AS n FROM dataset_demo');
    const [cube] = await db.query('SELECT sum(victims)::INTEGER AS n FROM cases');
    expect(cube!.n).toBe(stored!.n);
    const panel = await runReadOnly(db, 'SELECT sum(victims)::INTEGER AS n FROM cases');
    expect(panel.rows).toEqual([[stored!.n]]);
  });
});
