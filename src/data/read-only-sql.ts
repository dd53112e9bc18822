/**
 * The analysts' SQL panel: one read-only query over the loaded tables, in DuckDB's dialect.
 *
 * Read-only by construction: the text is placed inside `SELECT * FROM ( … )`, which only a query
 * can fill (CREATE, INSERT, SET, COPY, ATTACH… are syntax errors there; `query('…')` accepts
 * only a SELECT), and it runs as one prepared statement, which the engine refuses for text that
 * holds several. Offline by construction too: the engine's external access is off and its
 * configuration locked (see offline.ts), so no file or address can be read, and its refusals are
 * said here in words.
 */
import { t } from '../i18n';
import { QueryCancelled, QueryError, type DbConnector, type ResultTable } from './connector';

/** Rows shown at most; one more is fetched to know there are more. */
export const SQL_ROW_LIMIT = 1000;

/** How long a query may run before it is stopped. */
export const SQL_TIME_LIMIT_MS = 120_000;

export interface RunOptions {
  /** Stops the query (the Cancel button). */
  signal?: AbortSignal;
  /** Stops it after this long (SQL_TIME_LIMIT_MS unless given). */
  timeLimitMs?: number;
}

export interface ReadOnlyResult extends ResultTable {
  /** More rows than SQL_ROW_LIMIT: only the first are in `rows`. */
  truncated: boolean;
}

/** Where in the analyst's text an error is, 1-based. */
export interface SqlPosition {
  line: number;
  column: number;
}

export class ReadOnlySqlError extends Error {
  constructor(
    message: string,
    readonly position: SqlPosition | null,
    /** What the engine did about it (out of memory, time limit), for the status line too. */
    readonly engineNotice = false,
  ) {
    super(message);
    this.name = 'ReadOnlySqlError';
  }
}

/** The analyst's text without trailing semicolons (one statement may end with one). */
function trimmed(sql: string): string {
  return sql.replace(/[\s;]+$/, '');
}

/** The wrapped statement: the analyst's text starts on line 2, at column 1. */
export function wrapReadOnly(sql: string): string {
  return `SELECT * FROM (\n${trimmed(sql)}\n) AS rutas_sql LIMIT ${SQL_ROW_LIMIT + 1}`;
}

/**
 * The position an engine error points at, in the analyst's text: DuckDB prints the line
 * ("LINE 2: …", perhaps cut short with "...") and a caret under the column.
 */
export function errorPosition(message: string, sql: string): SqlPosition | null {
  const m = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!m) return null;
  const line = Number(m[1]) - 1;
  const lines = trimmed(sql).split('\n');
  const text = lines[line - 1];
  if (line < 1 || text === undefined) return null;
  const shown = m[2]!;
  let column = m[3]!.length - `LINE ${m[1]}: `.length;
  if (shown.startsWith('...')) {
    // The line was cut on the left: find where the shown part starts.
    const rest = shown.slice(3).replace(/\.\.\.$/, '');
    const at = text.indexOf(rest);
    if (at < 0) return { line, column: 1 };
    column = at + column - 3;
  }
  return { line, column: Math.min(Math.max(column, 0), text.length) + 1 };
}

/** Statements the panel refuses, by their first word. */
const NOT_A_QUERY =
  /^\s*(alter|attach|begin|call|checkpoint|commit|copy|create|delete|detach|drop|export|import|insert|install|load|pragma|reset|rollback|set|truncate|update|use|vacuum)\b/i;

/** A name in a Catalog Error that is a file or an address, not a table (`FROM 'https://…'`). */
const FILE_LIKE =
  /(:\/\/|\/|\\|\.(csv|tsv|txt|parquet|json|ndjson|jsonl|arrow|xlsx|gz|zst|db|duckdb)$)/i;

/**
 * The engine's message in words the analyst can act on, without the repeated source excerpt (the
 * panel marks the position).
 */
export function cleanMessage(message: string, sql: string): string {
  const first = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (NOT_A_QUERY.test(sql)) return t('sql.readOnly', { statement: first ?? '' });
  if (/multiple statements/i.test(message)) return t('sql.oneStatement');
  const file = /Cannot access (?:file|directory) "([^"]*)"/.exec(message);
  if (file) return t('sql.offline', { path: file[1]! });
  const table = /^Catalog Error: Table with name (.+?) does not exist/.exec(message);
  if (table && FILE_LIKE.test(table[1]!)) return t('sql.offline', { path: table[1]! });
  if (/extensions? (is|are) disabled|Loading external extensions/i.test(message)) {
    return t('sql.noExtensions');
  }
  const locked =
    /Cannot change configuration option "([^"]*)" - the configuration has been locked/.exec(
      message,
    );
  if (locked) return t('sql.locked', { option: locked[1]! });
  // DuckDB's own limit (not a crash): the engine is still there, with every table as it was.
  if (/^Out of Memory Error/.test(message)) return t('sql.outOfMemory');
  return message.split(/\n\s*\nLINE \d+:/)[0]!.trim();
}

/**
 * Runs one read-only query and returns at most SQL_ROW_LIMIT rows. Where the engine can, the
 * query runs on a connection of its own and stops when `signal` fires or the time limit passes.
 */
export async function runReadOnly(
  db: DbConnector,
  sql: string,
  { signal, timeLimitMs = SQL_TIME_LIMIT_MS }: RunOptions = {},
): Promise<ReadOnlyResult> {
  if (trimmed(sql).trim() === '') throw new ReadOnlySqlError(t('sql.empty'), null);
  const stop = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, timeLimitMs);
  const cancel = () => stop.abort();
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel);
  try {
    const wrapped = wrapReadOnly(sql);
    const { columns, rows } = db.queryCancellable
      ? await db.queryCancellable(wrapped, stop.signal)
      : await db.queryPrepared(wrapped);
    const truncated = rows.length > SQL_ROW_LIMIT;
    return { columns, rows: truncated ? rows.slice(0, SQL_ROW_LIMIT) : rows, truncated };
  } catch (e) {
    if (e instanceof QueryCancelled) {
      throw new ReadOnlySqlError(
        timedOut
          ? t('sql.timedOut', { seconds: Math.round(timeLimitMs / 1000) })
          : t('sql.cancelled'),
        null,
        timedOut,
      );
    }
    const message = e instanceof QueryError || e instanceof Error ? e.message : String(e);
    throw new ReadOnlySqlError(
      cleanMessage(message, sql),
      errorPosition(message, sql),
      /^Out of Memory Error/.test(message),
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
