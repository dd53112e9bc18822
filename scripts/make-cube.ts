/**
 * Turns a very large file in the Rutas format (CSV or Parquet, any size native DuckDB can read)
 * into the compact cube the app loads quickly: one row per distinct (year, origin, transit,
 * destination, sector, sex, age group) with the victims summed, as Parquet in the same format.
 * The figures every view shows are sums over these columns, so they are unchanged.
 *
 *   npm run cube -- cases.csv cases-cube.parquet
 *
 * The same SQL runs unchanged on a larger DuckDB (more memory and cores, or MotherDuck), or on
 * any engine with GROUP BY, when one machine is not enough (see the README, "Scale").
 */
import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The cube of a Rutas-format file; counts suppressed at source ("<5") stay apart, as text. */
export function cubeSql(input: string): string {
  const reader = input.toLowerCase().endsWith('.parquet')
    ? `read_parquet(${quote(input)})`
    : `read_csv(${quote(input)}, all_varchar = true)`;
  return `
    SELECT year, origin, transit, destination, sector, sex, age_group,
           coalesce(suppressed, sum(victims)::VARCHAR) AS victims
    FROM (
      SELECT year::VARCHAR AS year, origin::VARCHAR AS origin,
             coalesce(transit::VARCHAR, '') AS transit, destination::VARCHAR AS destination,
             sector::VARCHAR AS sector, coalesce(sex::VARCHAR, '') AS sex,
             coalesce(age_group::VARCHAR, '') AS age_group,
             CASE WHEN trim(victims::VARCHAR) LIKE '<%' THEN trim(victims::VARCHAR) END AS suppressed,
             CASE WHEN trim(victims::VARCHAR) LIKE '<%' THEN NULL
                  ELSE coalesce(try_cast(victims AS BIGINT), 1) END AS victims
      FROM ${reader})
    GROUP BY year, origin, transit, destination, sector, sex, age_group, suppressed
    ORDER BY year, origin, destination, sector`;
}

/** Writes the cube of `input` to `output` (Parquet); returns rows read and rows written. */
export async function makeCube(
  input: string,
  output: string,
): Promise<{ rowsIn: number; rowsOut: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`CREATE TABLE cube AS ${cubeSql(input)}`);
    await conn.run(`COPY cube TO ${quote(output)} (FORMAT parquet, COMPRESSION snappy)`);
    const reader = input.toLowerCase().endsWith('.parquet') ? 'read_parquet' : 'read_csv';
    const rowsIn = await conn.runAndReadAll(`SELECT count(*) FROM ${reader}(${quote(input)})`);
    const rowsOut = await conn.runAndReadAll('SELECT count(*) FROM cube');
    return {
      rowsIn: Number(rowsIn.getRows()[0]![0]),
      rowsOut: Number(rowsOut.getRows()[0]![0]),
    };
  } finally {
    conn.closeSync();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('Usage: npm run cube -- <cases.csv|cases.parquet> <cube.parquet>');
    process.exit(2);
  }
  const t = performance.now();
  const { rowsIn, rowsOut } = await makeCube(input, output);
  console.log(
    `${rowsIn.toLocaleString('en')} rows → ${rowsOut.toLocaleString('en')} in ${output} ` +
      `(${Math.round(performance.now() - t)} ms)`,
  );
}
