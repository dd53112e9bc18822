/**
 * duckdb-wasm in a Web Worker, started once from files bundled with the app (never a CDN).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import {
  arrowToRows,
  arrowToTable,
  QueryError,
  type DbConnector,
  type ResultTable,
  type Row,
} from './connector';
import { OFFLINE_SQL, RegisteredFiles } from './offline';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

async function start(): Promise<DbConnector> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  const files = new RegisteredFiles();
  const run = async (sql: string) => {
    try {
      return await conn.query(files.rewrite(sql));
    } catch (e) {
      throw new QueryError(e instanceof Error ? e.message : String(e), sql);
    }
  };
  // No network, no file but those registered here, and no SQL can change that (see offline.ts).
  for (const sql of OFFLINE_SQL) await run(sql);
  return {
    async query(sql: string): Promise<Row[]> {
      return arrowToRows(await run(sql));
    },
    async queryPrepared(sql: string): Promise<ResultTable> {
      try {
        const statement = await conn.prepare(files.rewrite(sql));
        try {
          return arrowToTable(await statement.query());
        } finally {
          await statement.close();
        }
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), sql);
      }
    },
    async exec(sql: string): Promise<void> {
      await run(sql);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      await db.registerFileBuffer(files.add(name), bytes);
    },
    async dropFile(name: string): Promise<void> {
      await db.dropFile(files.drop(name));
    },
    async registerBlob(name: string, blob: Blob): Promise<void> {
      await db.registerFileHandle(
        files.add(name),
        blob,
        duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
        true,
      );
    },
  };
}

let engine: Promise<DbConnector> | undefined;

/** The app's one DuckDB engine, started on first use (React StrictMode may ask twice). */
export function getEngine(): Promise<DbConnector> {
  engine ??= start();
  return engine;
}
