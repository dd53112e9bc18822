/**
 * Large datasets for the benchmark, in the generic Rutas format (CSV and Parquet), written by
 * native DuckDB. Each row is a demo case (realistic routes and sector mixes) drawn at random,
 * given a year in 2000–2023, a sex, an age group and 1–3 victims from a hash of its number:
 * deterministic, and with far more distinct case shapes than the demo (about 150,000).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import path from 'node:path';
import { makeDemoCases } from './make-demo-data';

export interface BenchFiles {
  rows: number;
  csv: string;
  parquet: string;
}

const sql = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Fills a `demo` table with the demo cases, numbered 0… as `n`. */
async function loadDemoTemplate(conn: DuckDBConnection): Promise<number> {
  const cases = makeDemoCases();
  await conn.run(`CREATE OR REPLACE TABLE demo (n INTEGER, origin VARCHAR, transit VARCHAR,
    destination VARCHAR, sector VARCHAR)`);
  const appender = await conn.createAppender('demo');
  cases.forEach((c, n) => {
    appender.appendInteger(n);
    if (c.origin === null) appender.appendNull();
    else appender.appendVarchar(c.origin);
    appender.appendVarchar(c.transit.join(';'));
    if (c.destination === null) appender.appendNull();
    else appender.appendVarchar(c.destination);
    appender.appendVarchar(c.sectors.join(';'));
    appender.endRow();
  });
  appender.closeSync();
  return cases.length;
}

/** Writes `rows` rows as CSV and Parquet under `dir` (reusing files already there). */
export async function writeBenchData(
  conn: DuckDBConnection,
  rows: number,
  dir: string,
): Promise<BenchFiles> {
  const base = path.join(dir, `rutas-${rows}`);
  const files = { rows, csv: `${base}.csv`, parquet: `${base}.parquet` };
  const template = await loadDemoTemplate(conn);
  await conn.run(`CREATE OR REPLACE TABLE bench AS
    SELECT (2000 + h % 24)::INTEGER AS year, d.origin, d.transit, d.destination, d.sector,
           ['female', 'female', 'male', 'unknown'][(1 + (h // 24) % 4)::INTEGER] AS sex,
           ['adult', 'adult', 'minor', 'unknown'][(1 + (h // 96) % 4)::INTEGER] AS age_group,
           (1 + (h // 384) % 3)::INTEGER AS victims
    FROM (SELECT i, hash(i) AS h FROM range(${rows}) t(i)) r
    JOIN demo d ON d.n = (hash(r.i + 1) % ${template})::INTEGER
    ORDER BY r.i`);
  await conn.run(`COPY bench TO ${sql(files.csv)} (HEADER, DELIMITER ',')`);
  await conn.run(`COPY bench TO ${sql(files.parquet)} (FORMAT parquet, COMPRESSION snappy)`);
  await conn.run('DROP TABLE bench');
  return files;
}
