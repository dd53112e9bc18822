import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import {
  errorPosition,
  ReadOnlySqlError,
  runReadOnly,
  SQL_ROW_LIMIT,
} from '../../src/data/read-only-sql';
import { caseRow, dbWithCases } from '../support/db';

async function failure(db: DbConnector, sql: string): Promise<ReadOnlySqlError> {
  const error = await runReadOnly(db, sql).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadOnlySqlError);
  return error as ReadOnlySqlError;
}

describe('the read-only SQL panel over the real engine', () => {
  let db: DbConnector;
  const rows = async () => (await db.query('SELECT count(*)::INTEGER AS n FROM cases'))[0]!.n;
  beforeAll(async () => {
    db = await dbWithCases([
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 12, year: 2019 }),
      caseRow({ origin: 'PER', destination: 'CHL', victims: 3, year: 2020 }),
    ]);
  });

  it('runs a query and returns its columns in order with its rows', async () => {
    const result = await runReadOnly(
      db,
      '-- victims by origin\nSELECT origin, sum(victims) AS victims\nFROM cases GROUP BY origin ORDER BY origin;',
    );
    expect(result.columns).toEqual(['origin', 'victims']);
    // sum() of integers is a 128-bit integer, which arrives as text.
    expect(result.rows.map(([origin, n]) => [origin, Number(n)])).toEqual([
      ['BOL', 12],
      ['PER', 3],
    ]);
    expect(result.truncated).toBe(false);
    const from = await runReadOnly(db, 'FROM legs SELECT src, dst ORDER BY src');
    expect(from.rows).toEqual([
      ['BOL', 'ARG'],
      ['PER', 'CHL'],
    ]);
  });

  it('stops at the row limit and says so', async () => {
    const result = await runReadOnly(db, 'SELECT * FROM range(5000)');
    expect(result.rows).toHaveLength(SQL_ROW_LIMIT);
    expect(result.truncated).toBe(true);
  });

  it('refuses anything but a query, and leaves the tables as they were', async () => {
    for (const sql of [
      'DROP TABLE cases',
      'DELETE FROM cases',
      "INSERT INTO cases (origin) VALUES ('X')",
      'CREATE TABLE x AS SELECT 1',
      'SET threads = 1',
      "ATTACH ':memory:' AS other",
      "COPY cases TO 'out.csv'",
    ]) {
      const e = await failure(db, sql);
      expect(e.message, sql).toMatch(/^The SQL panel is read-only/);
    }
    // Hidden inside a query, or after one, a statement is still refused.
    expect(
      (await failure(db, 'SELECT 1) AS q; DROP TABLE cases; SELECT * FROM (SELECT 1')).message,
    ).toBe('One query at a time: the text holds more than one statement.');
    expect((await failure(db, "SELECT * FROM query('DROP TABLE cases')")).message).toMatch(
      /single SELECT/,
    );
    expect(await rows()).toBe(2);
  });

  it('marks where an error is in the analyst text', async () => {
    const typo = await failure(db, 'SELECT *\nFORM cases');
    expect(typo.message).toMatch(/^Parser Error: syntax error at or near "cases"/);
    expect(typo.position).toEqual({ line: 2, column: 6 });
    const column = await failure(db, 'SELECT origin,\n  sum(victimz) FROM cases GROUP BY 1');
    expect(column.message).toMatch(/Referenced column "victimz" not found/);
    expect(column.message).not.toMatch(/LINE/);
    expect(column.position).toEqual({ line: 2, column: 7 });
  });

  it('reads positions from lines the engine cut short', () => {
    const sql = `SELECT ${'a, '.repeat(60)}zz FROM t`;
    // "LINE 2: " and 12 characters of the shown text before the caret.
    const message = `Binder Error: x\n\nLINE 2: ...a, a, a, zz FROM t\n${' '.repeat(8 + 12)}^`;
    expect(errorPosition(message, sql)).toEqual({ line: 1, column: sql.indexOf('zz') + 1 });
    expect(errorPosition('Catalog Error: no position', sql)).toBeNull();
  });
});
