/**
 * duckdb-wasm in a Web Worker, started once from files bundled with the app (never a CDN).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { RecordBatchReader, Table } from 'apache-arrow';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { t } from '../i18n';
import {
  arrowToColumns,
  arrowToRows,
  arrowToTable,
  EngineFailed,
  QueryCancelled,
  QueryError,
  type Columns,
  type DbConnector,
  type ResultTable,
  type Row,
} from './connector';
import { OFFLINE_SQL, RegisteredFiles } from './offline';
import { ATTACH_COMPRESSED_SQL, USE_COMPRESSED_SQL } from './compressed-database';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/**
 * Errors that leave the wasm instance unusable: a trap (the worker passes on its name,
 * RuntimeError: unreachable, memory access out of bounds…), an abort, a stack overflow. DuckDB's
 * own errors (named Error, "Binder Error: …", "Out of Memory Error: …") leave it working.
 */
function isTrap(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  return e.name === 'RuntimeError' || /Aborted\(|Maximum call stack size exceeded/.test(e.message);
}

/** How long a poll of the SQL panel's query may go unanswered, alone in the queue. */
const POLL_SILENCE_MS = 60_000;

interface Lifeline {
  /** The call's answer, unless the engine dies first; a trap in its error kills the engine. */
  guard<T>(call: () => Promise<T>): Promise<T>;
  /** As guard, and the engine is declared stuck if the call, alone, goes unanswered too long. */
  guardPoll<T>(call: () => Promise<T>): Promise<T>;
  onFailure(listener: (reason: string) => void): () => void;
  /** Stops the engine on purpose: as a death, without telling the failure listeners. */
  close(): void;
}

/**
 * Watches one engine. It dies when its worker reports an error, when a reply is a trap, or when a
 * poll (which does a bounded slice of work) goes unanswered for POLL_SILENCE_MS while no other
 * call is waiting (a view query or a load is one long call, and may rightly take that long).
 * Then every call waiting or made later rejects with EngineFailed, and the worker is stopped.
 */
function lifeline(worker: Worker): Lifeline {
  let reason: string | null = null;
  let pending = 0;
  const listeners = new Set<(reason: string) => void>();
  const failed = () => new EngineFailed(t('engine.lost'), reason ?? '');
  let fail: (e: EngineFailed) => void = () => undefined;
  const dead = new Promise<never>((_, reject) => (fail = reject));
  dead.catch(() => undefined);
  const die = (why: string, tell = true) => {
    if (reason !== null) return;
    reason = why;
    fail(failed());
    // The worker itself, not db.terminate(): that unsets the bindings' worker, and a result
    // stream being read would then poll for chunks without end. Calls to a stopped worker
    // simply never answer, and `dead` answers for them.
    worker.terminate();
    if (tell) for (const listener of listeners) listener(why);
  };
  worker.addEventListener('error', (e) => die(e.message || 'the worker failed'));
  const guard = async <T>(call: () => Promise<T>, silence?: number): Promise<T> => {
    if (reason !== null) throw failed();
    pending++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      timer = setTimeout(
        () => (pending > 1 ? watch() : die(`no answer in ${silence! / 1000} s`)),
        silence,
      );
    };
    if (silence) watch();
    try {
      return await Promise.race([call(), dead]);
    } catch (e) {
      if (isTrap(e)) die(`${(e as Error).name}: ${(e as Error).message.split('\n')[0]!}`);
      throw reason !== null ? failed() : e;
    } finally {
      pending--;
      clearTimeout(timer);
    }
  };
  return {
    guard,
    guardPoll: (call) => guard(call, POLL_SILENCE_MS),
    onFailure(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: () => die('closed', false),
  };
}

/** An engine that can be stopped, and its worker with it. */
export interface ClosableEngine extends DbConnector {
  /** Stops the worker: every call waiting or made later rejects with EngineFailed. */
  close(): void;
}

async function start(): Promise<ClosableEngine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const life = lifeline(worker);
  const { guard } = life;
  const conn = await db.connect();
  const files = new RegisteredFiles();
  const run = async (sql: string) => {
    try {
      return await guard(() => conn.query(files.rewrite(sql)));
    } catch (e) {
      throw new QueryError(e instanceof Error ? e.message : String(e), sql);
    }
  };
  // No network, no file but those registered here, and no SQL can change that (see offline.ts).
  for (const sql of OFFLINE_SQL) await run(sql);
  for (const sql of [ATTACH_COMPRESSED_SQL, USE_COMPRESSED_SQL]) await run(sql);
  // The SQL panel's connection, opened when first used; its queries run one at a time.
  let analyst: Promise<duckdb.AsyncDuckDBConnection> | undefined;
  let analystQueue: Promise<unknown> = Promise.resolve();
  return {
    async query(sql: string): Promise<Row[]> {
      return arrowToRows(await run(sql));
    },
    async queryColumns(sql: string): Promise<Columns> {
      return arrowToColumns(await run(sql));
    },
    async queryPrepared(sql: string): Promise<ResultTable> {
      try {
        const statement = await guard(() => conn.prepare(files.rewrite(sql)));
        try {
          return arrowToTable(await guard(() => statement.query()));
        } finally {
          await guard(() => statement.close()).catch(() => undefined);
        }
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), sql);
      }
    },
    async queryPreparedIpc(sql: string): Promise<Uint8Array> {
      try {
        const id = conn.useUnsafe((_, connId) => connId);
        const statement = await guard(() => db.createPrepared(id, files.rewrite(sql)));
        try {
          return await guard(() => db.runPrepared(id, statement, []));
        } finally {
          await guard(() => db.closePrepared(id, statement)).catch(() => undefined);
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
          analyst ??= guard(async () => {
            const connection = await db.connect();
            await connection.query(USE_COMPRESSED_SQL);
            return connection;
          });
          return cancellable(db, await analyst, files.rewrite(sql), signal, life);
        });
      analystQueue = next;
      return next.catch((e: unknown) => {
        if (e instanceof QueryCancelled) throw new QueryCancelled(sql);
        throw new QueryError(e instanceof Error ? e.message : String(e), sql);
      });
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      await guard(() => db.registerFileBuffer(files.add(name), bytes));
    },
    async dropFile(name: string): Promise<void> {
      await guard(() => db.dropFile(files.drop(name)));
    },
    async registerBlob(name: string, blob: Blob): Promise<void> {
      await guard(() =>
        db.registerFileHandle(
          files.add(name),
          blob,
          duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
          true,
        ),
      );
    },
    onFailure: life.onFailure,
    close: life.close,
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
  { guard, guardPoll }: Lifeline,
): Promise<ResultTable> {
  await guard(async () => (await conn.prepare(sql)).close());
  const id = conn.useUnsafe((_, connId) => connId);
  if (signal.aborted) throw new QueryCancelled(sql);
  let header = await guardPoll(() => db.startPendingQuery(id, sql));
  while (header === null) {
    if (signal.aborted) {
      await guard(() => db.cancelPendingQuery(id));
      throw new QueryCancelled(sql);
    }
    header = await guardPoll(() => db.pollPendingQuery(id));
  }
  const result = header;
  return guard(async () => {
    const reader = await RecordBatchReader.from(
      new duckdb.AsyncResultStreamIterator(db, id, result),
    );
    const batches = [];
    for await (const batch of reader) batches.push(batch);
    return arrowToTable(batches.length > 0 ? new Table(batches) : new Table(reader.schema));
  });
}

let engine: Promise<DbConnector> | undefined;

/** The app's one DuckDB engine, started on first use (React StrictMode may ask twice). */
export function getEngine(): Promise<DbConnector> {
  engine ??= start();
  return engine;
}

/**
 * An engine of its own for one large read (a file the engine reads itself, see
 * ingest/engine-import): the memory that read takes goes with its worker once closed (a wasm
 * heap never shrinks), the app's engine answers the views meanwhile, and closing it stops the
 * read at once.
 */
export function startReaderEngine(): Promise<ClosableEngine> {
  return start();
}

/** A fresh engine in place of one that failed (its worker is stopped already). */
export function restartEngine(): Promise<DbConnector> {
  engine = start();
  return engine;
}
