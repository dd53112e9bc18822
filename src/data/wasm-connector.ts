/**
 * duckdb-wasm in a Web Worker, started once from files bundled with the app (never a CDN).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { RecordBatchReader, Table } from 'apache-arrow';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import {
  arrowToRows,
  arrowToTable,
  QueryCancelled,
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
  // The SQL panel's connection, opened when first used; its queries run one at a time.
  let analyst: Promise<duckdb.AsyncDuckDBConnection> | undefined;
  let analystQueue: Promise<unknown> = Promise.resolve();
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
    queryCancellable(sql: string, signal: AbortSignal): Promise<ResultTable> {
      const next = analystQueue
        .catch(() => undefined)
        .then(async () => {
          analyst ??= db.connect();
          return cancellable(db, await analyst, files.rewrite(sql), signal);
        });
      analystQueue = next;
      return next.catch((e: unknown) => {
        if (e instanceof QueryCancelled) throw new QueryCancelled(sql);
        throw new QueryError(e instanceof Error ? e.message : String(e), sql);
      });
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

/**
 * One statement run as a pending query, polled: each poll works for a while in the worker and
 * returns, so that other connections' queries (the views') are answered in between, and the
 * signal is looked at between polls. A single statement is made sure of first (preparing text
 * that holds several fails), as queryPrepared does.
 */
async function cancellable(
  db: duckdb.AsyncDuckDB,
  conn: duckdb.AsyncDuckDBConnection,
  sql: string,
  signal: AbortSignal,
): Promise<ResultTable> {
  await (await conn.prepare(sql)).close();
  const id = conn.useUnsafe((_, connId) => connId);
  if (signal.aborted) throw new QueryCancelled(sql);
  let header = await db.startPendingQuery(id, sql);
  while (header === null) {
    if (signal.aborted) {
      await db.cancelPendingQuery(id);
      throw new QueryCancelled(sql);
    }
    header = await db.pollPendingQuery(id);
  }
  const reader = await RecordBatchReader.from(new duckdb.AsyncResultStreamIterator(db, id, header));
  const batches = [];
  for await (const batch of reader) batches.push(batch);
  return arrowToTable(batches.length > 0 ? new Table(batches) : new Table(reader.schema));
}

let engine: Promise<DbConnector> | undefined;

/** The app's one DuckDB engine, started on first use (React StrictMode may ask twice). */
export function getEngine(): Promise<DbConnector> {
  engine ??= start();
  return engine;
}
