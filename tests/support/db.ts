import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';
import type { DbConnector } from '../../src/data/connector';
import { createNodeConnector } from '../../src/data/node-connector';
import { storeKeyedTable } from '../../src/data/record-keys';
import { CASES_COLUMNS, viewTablesSql } from '../../src/data/schema';
import type { CaseRecord } from '../../src/domain/types';
import { sqlInt, sqlString, sqlStringList } from '../../src/data/sql';

/**
 * Replaces the tables views read (cases as a cube, legs, place_roles) with the given rows, each
 * with its record key, as a stored file's are.
 */
export async function fillCases(db: DbConnector, cases: CaseRecord[]): Promise<void> {
  await db.exec(`CREATE OR REPLACE TABLE case_rows_raw (${CASES_COLUMNS})`);
  if (cases.length > 0) {
    const values = cases.map(
      (c) =>
        `(${sqlInt(c.year)}, ${c.origin ? sqlString(c.origin) : 'NULL'}, ${sqlStringList(c.transit)}, ` +
        `${c.destination ? sqlString(c.destination) : 'NULL'}, ${sqlStringList(c.sectors)}, ` +
        `${sqlString(c.sex)}, ${sqlString(c.ageGroup)}, ${sqlInt(c.victims)}, ` +
        `${c.sourceSuppressed ? 'true' : 'false'})`,
    );
    await db.exec(`INSERT INTO case_rows_raw VALUES ${values.join(',\n')}`);
  }
  await storeKeyedTable(db, 'case_rows', 'SELECT * FROM case_rows_raw');
  for (const sql of viewTablesSql('case_rows')) await db.exec(sql);
}

/** A fresh in-memory engine (the browser's duckdb-wasm, in Node) with `cases` filled from rows. */
export async function dbWithCases(cases: CaseRecord[]): Promise<DbConnector> {
  const db = await createNodeConnector();
  await fillCases(db, cases);
  return db;
}

/** Path of the bundled demo dataset. */
export const DEMO_PARQUET = path.join(import.meta.dirname, '../../data/demo-cases.parquet');

/**
 * Reads a canonical Parquet file with native DuckDB (the Node build of duckdb-wasm has no Parquet
 * reader offline); the browser e2e tests cover the wasm path.
 */
export async function readCanonicalParquet(file: string): Promise<CaseRecord[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
  const rows = reader.getRowObjectsJS() as Record<string, unknown>[];
  conn.closeSync();
  return rows.map((r) => ({
    year: Number(r.year),
    origin: (r.origin as string | null) ?? null,
    transit: (r.transit as string[]) ?? [],
    destination: (r.destination as string | null) ?? null,
    sectors: r.sectors as CaseRecord['sectors'],
    sex: r.sex as CaseRecord['sex'],
    ageGroup: r.age_group as CaseRecord['ageGroup'],
    victims: Number(r.victims),
  }));
}

/** A case row with defaults, for fixtures. */
export function caseRow(
  partial: Partial<CaseRecord> & Pick<CaseRecord, 'origin' | 'destination'>,
): CaseRecord {
  return {
    year: 2020,
    transit: [],
    sectors: ['unknown'],
    sex: 'female',
    ageGroup: 'adult',
    victims: 1,
    ...partial,
  };
}
