/** The same SQL as the app's, over native DuckDB (@duckdb/node-api): the benchmark's yardstick. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Columns, DbConnector, Row } from '../src/data/connector';
import { storeKeyedTable } from '../src/data/record-keys';
import { viewTablesSql } from '../src/data/schema';

/** queryView's DbConnector over native DuckDB, to time the same SQL outside the browser. */
export function nativeConnector(conn: DuckDBConnection): DbConnector {
  const refuse = () => Promise.reject(new Error('not used by the benchmark'));
  return {
    async query(sql: string): Promise<Row[]> {
      return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
    },
    async queryColumns(sql: string): Promise<Columns> {
      const result = await conn.runAndReadAll(sql);
      const data = result.getColumnsJS();
      return Object.fromEntries(result.columnNames().map((name, i) => [name, data[i] ?? []]));
    },
    async exec(sql: string): Promise<void> {
      await conn.run(sql);
    },
    queryPrepared: refuse,
    queryPreparedIpc: refuse,
    registerFile: refuse,
    dropFile: refuse,
    registerBlob: refuse,
  };
}

/** The canonical `cases` (as a cube) and `legs` of a generic-format CSV, natively. */
export async function nativeCanonical(conn: DuckDBConnection, csv: string): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE raw_rows AS
    SELECT year::SMALLINT AS year, nullif(origin, '') AS origin,
           coalesce(string_split(nullif(transit, ''), ';'), []::VARCHAR[]) AS transit,
           nullif(destination, '') AS destination, string_split(sector, ';') AS sectors,
           sex, age_group, victims::INTEGER AS victims, false AS source_suppressed
    FROM read_csv('${csv}', all_varchar = true)`);
  // Each row with its record key, as the app stores a file (data/record-keys).
  await storeKeyedTable(nativeConnector(conn), 'raw', 'SELECT * FROM raw_rows');
  await conn.run('DROP TABLE raw_rows');
  for (const sql of viewTablesSql('raw')) await conn.run(sql);
}
