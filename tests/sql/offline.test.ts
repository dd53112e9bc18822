/**
 * The engine is offline by construction: external access is off and the configuration locked
 * right after it starts, so SQL can neither reach a file or an address nor switch that back on —
 * on the connection the views use and on any other. Files registered from JavaScript (how every
 * load reaches the engine) are still read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/data/node-connector';
import { FILES_DIR } from '../../src/data/offline';
import { cleanMessage, ReadOnlySqlError, runReadOnly } from '../../src/data/read-only-sql';
import { datasetTable, storeDataset } from '../../src/data/schema';
import { fillCases, caseRow } from '../support/db';
import { ATTACKS, OFF } from '../support/sql-attacks';

type Db = Awaited<ReturnType<typeof createNodeConnector>>;

async function refusal(run: () => Promise<unknown>): Promise<string> {
  const outcome = await run().then(
    () => 'ran',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  expect(outcome).not.toBe('ran');
  return outcome;
}

describe('the engine reaches nothing outside the page', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createNodeConnector();
    await fillCases(db, [caseRow({ origin: 'BOL', destination: 'ARG', victims: 12 })]);
  });

  it('starts with external access off, extensions off and its configuration locked', async () => {
    const [settings] = await db.query(`SELECT
      current_setting('enable_external_access') AS external,
      current_setting('lock_configuration') AS locked,
      current_setting('autoinstall_known_extensions') AS autoinstall,
      current_setting('autoload_known_extensions') AS autoload,
      current_setting('allowed_directories') AS dirs`);
    expect(settings).toEqual({
      external: false,
      locked: true,
      autoinstall: false,
      autoload: false,
      dirs: [FILES_DIR],
    });
  });

  it('still reads the files registered from JavaScript, as every load does', async () => {
    await storeDataset(
      db,
      'probe',
      'year,origin,transit,destination,sectors,sex,age_group,victims\n' +
        '2020,PER,,CHL,mining,female,adult,1\n2021,PER,BOL,CHL,mining,male,minor,2\n',
    );
    const [row] = await db.query(`SELECT count(*)::INTEGER AS n FROM ${datasetTable('probe')}`);
    expect(row).toEqual({ n: 2 });
    await db.registerBlob('engine-read.csv', new Blob(['a,b\n1,2\n']));
    expect(await db.query("SELECT a, b FROM read_csv('engine-read.csv')")).toEqual([
      { a: 1, b: 2 },
    ]);
    await db.dropFile('engine-read.csv');
    // Once dropped, the name reads nothing.
    await expect(db.query("SELECT * FROM read_csv('engine-read.csv')")).rejects.toThrow(
      /Permission Error: Cannot access file "engine-read.csv"/,
    );
  });

  it('refuses files, addresses, writes, attachments and extensions in any SQL', async () => {
    for (const [sql, engine] of [
      [`SELECT * FROM read_csv('http://${OFF}/z.csv')`, /^Permission Error: Cannot access file/],
      [`SELECT * FROM read_text('https://${OFF}/z.txt')`, /^Permission Error: Cannot access file/],
      ["SELECT * FROM read_csv('/etc/passwd')", /^Permission Error: Cannot access file/],
      [`SELECT * FROM read_csv('${FILES_DIR}../etc/passwd')`, /^Permission Error/],
      [`COPY cases TO 'https://${OFF}/out.csv'`, /^Permission Error: Cannot access file/],
      ["COPY cases TO 'out.csv'", /^Permission Error: Cannot access file/],
      [`ATTACH 'https://${OFF}/x.duckdb' AS x`, /^Permission Error: Cannot access file/],
      ['LOAD httpfs', /^Permission Error: Loading external extensions is disabled/],
      ['LOAD parquet', /^Permission Error: Loading external extensions is disabled/],
    ] as const) {
      expect(await refusal(() => db.exec(sql)), sql).toMatch(engine);
    }
  });

  it('refuses every change of configuration, on this connection and on a new one', async () => {
    const other = db.raw.connect();
    for (const sql of [
      'SET enable_external_access = true',
      'SET lock_configuration = false',
      'RESET lock_configuration',
      "SET allowed_directories = ['/']",
      "SET allowed_paths = ['/etc/passwd']",
      'SET autoload_known_extensions = true',
      'SET autoinstall_known_extensions = true',
      'SET allow_community_extensions = true',
      'SET GLOBAL enable_external_access = true',
      'SET SESSION enable_external_access = true',
    ]) {
      const locked = /Cannot change configuration option "\w+" - the configuration has been locked/;
      expect(await refusal(() => db.exec(sql)), sql).toMatch(locked);
      expect(await refusal(async () => other.query(sql)), `${sql} (second connection)`).toMatch(
        locked,
      );
    }
    expect(await refusal(async () => other.query(`FROM read_csv('http://${OFF}/z.csv')`))).toMatch(
      /^Permission Error/,
    );
    other.close();
    const [after] = await db.query(
      "SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked",
    );
    expect(after).toEqual({ external: false, locked: true });
  });

  it('says why in the SQL panel, in words', async () => {
    for (const attack of ATTACKS) {
      const error = await runReadOnly(db, attack.sql).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, attack.sql).toBeInstanceOf(ReadOnlySqlError);
      expect((error as Error).message, attack.sql).toMatch(attack.message);
    }
    // The engine's own words for what the panel refuses before the engine sees it, as the panel
    // would say them.
    const locked = await refusal(() => db.exec('SET enable_external_access = true'));
    expect(cleanMessage(locked, 'SELECT 1')).toBe(
      'The engine’s settings cannot be changed (“enable_external_access”): they are locked so ' +
        'that it stays offline.',
    );
    const load = await refusal(() => db.exec('LOAD httpfs'));
    expect(cleanMessage(load, 'SELECT 1')).toMatch(/^DuckDB extensions cannot be installed/);
  });
});
