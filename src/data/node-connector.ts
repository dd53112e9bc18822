/**
 * The browser's DuckDB engine (duckdb-wasm, same version) running in Node, for SQL tests and
 * scripts. Never imported by the app.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  createDuckDB,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBBindings,
} from '@duckdb/duckdb-wasm/blocking';
import {
  arrowToColumns,
  arrowToRows,
  arrowToTable,
  QueryError,
  type Columns,
  type DbConnector,
  type ResultTable,
  type Row,
} from './connector';
import { OFFLINE_SQL, RegisteredFiles } from './offline';
import { ATTACH_COMPRESSED_SQL, USE_COMPRESSED_SQL } from './compressed-database';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

export async function createNodeConnector(): Promise<DbConnector & { raw: DuckDBBindings }> {
  const db = await createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  const conn = db.connect();
  const files = new RegisteredFiles();
  // As in the browser: no network, no file but those registered here, locked (see offline.ts).
  // (In this Node build even Parquet is an extension, so SQL tests build their tables with
  // INSERT.)
  for (const sql of OFFLINE_SQL) conn.query(sql);
  // As in the browser: the tables live in a compressed in-memory database.
  for (const sql of [ATTACH_COMPRESSED_SQL, USE_COMPRESSED_SQL]) conn.query(sql);
  const run = (sql: string) => {
    try {
      return conn.query(files.rewrite(sql));
    } catch (e) {
      throw new QueryError(e instanceof Error ? e.message : String(e), sql);
    }
  };
  return {
    raw: db,
    async query(sql: string): Promise<Row[]> {
      return arrowToRows(run(sql));
    },
    async queryColumns(sql: string): Promise<Columns> {
      return arrowToColumns(run(sql));
    },
    async queryPrepared(sql: string): Promise<ResultTable> {
      try {
        const statement = conn.prepare(files.rewrite(sql));
        try {
          return arrowToTable(statement.query());
        } finally {
          statement.close();
        }
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), sql);
      }
    },
    async queryPreparedIpc(sql: string): Promise<Uint8Array> {
      try {
        const id = conn.useUnsafe((_, connId) => connId);
        const statement = db.createPrepared(id, files.rewrite(sql));
        try {
          return db.runPrepared(id, statement, []);
        } finally {
          db.closePrepared(id, statement);
        }
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), sql);
      }
    },
    async exec(sql: string): Promise<void> {
      run(sql);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(files.add(name), bytes);
    },
    async dropFile(name: string): Promise<void> {
      db.dropFile(files.drop(name));
    },
    async registerBlob(name: string, blob: Blob): Promise<void> {
      db.registerFileBuffer(files.add(name), new Uint8Array(await blob.arrayBuffer()));
    },
  };
}
