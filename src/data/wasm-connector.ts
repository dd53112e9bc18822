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
  const run = async (sql: string) => {
    try {
      return await conn.query(sql);
    } catch (e) {
      throw new QueryError(e instanceof Error ? e.message : String(e), sql);
    }
  };
  // Installing an extension means a request to a remote repository: never.
  await run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  return {
    async query(sql: string): Promise<Row[]> {
      return arrowToRows(await run(sql));
    },
    async queryPrepared(sql: string): Promise<ResultTable> {
      try {
        const statement = await conn.prepare(sql);
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
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string): Promise<void> {
      await db.dropFile(name);
    },
    async registerBlob(name: string, blob: Blob): Promise<void> {
      await db.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
  };
}

let engine: Promise<DbConnector> | undefined;

/** The app's one DuckDB engine, started on first use (React StrictMode may ask twice). */
export function getEngine(): Promise<DbConnector> {
  engine ??= start();
  return engine;
}
