import { DataType, type Table } from 'apache-arrow';
import { plainColumn, type Cell } from './arrow-cells';

export type { Cell };
export type Row = Record<string, Cell>;

/**
 * A result by column: each column's values in one array, numbers in a typed array where the
 * engine's column is numeric (a NULL number reads as 0 there: coalesce what may be NULL).
 */
export type Columns = Record<string, ArrayLike<unknown>>;

/** A result with its columns in order (names may repeat) and rows as arrays. */
export interface ResultTable {
  columns: string[];
  rows: Cell[][];
}

/**
 * One interface over DuckDB: duckdb-wasm in a worker in the browser, the same wasm engine in
 * Node for tests and scripts. Queries and loaders only ever see this.
 */
export interface DbConnector {
  /** Runs SQL and returns plain rows (BigInt → number, lists → arrays). */
  query(sql: string): Promise<Row[]>;
  /**
   * Runs exactly one statement as a prepared statement (text holding several is refused by the
   * engine) and returns its columns in order with its rows.
   */
  queryPrepared(sql: string): Promise<ResultTable>;
  /**
   * As queryPrepared, with the result as the engine gives it: Arrow IPC stream bytes, unparsed
   * (to hand on to a worker that reads them).
   */
  queryPreparedIpc(sql: string): Promise<Uint8Array>;
  /** Runs SQL and returns its result column by column (no object per row: for large reads). */
  queryColumns(sql: string): Promise<Columns>;
  /** Runs SQL for its effect. */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by SQL under `name` (e.g. in `read_parquet('name')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Makes a file readable by SQL under `name` without copying it into memory first (in the
   * browser the engine reads the File in slices as it needs them).
   */
  registerBlob(name: string, blob: Blob): Promise<void>;
  /**
   * Runs exactly one statement, as queryPrepared does, on a connection of its own (the SQL
   * panel's), in steps, so that the views' queries are answered between them; `signal` stops it
   * (the promise then rejects with QueryCancelled). Where absent, queryPrepared is used.
   */
  queryCancellable?(sql: string, signal: AbortSignal): Promise<ResultTable>;
  /**
   * Calls `listener` once if the engine dies (its worker fails, a wasm trap) or stops answering;
   * every call then rejects with EngineFailed. Returns a function that removes the listener.
   */
  onFailure?(listener: (reason: string) => void): () => void;
}

/** A call to an engine that has died: it will not answer again. */
export class EngineFailed extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'EngineFailed';
  }
}

/** A query stopped through its signal. */
export class QueryCancelled extends Error {
  constructor(readonly sql: string) {
    super('The query was cancelled.');
    this.name = 'QueryCancelled';
  }
}

/** A failed query, carrying its SQL for the details view. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly sql: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

/** Converts an Arrow result table to plain rows. */
export function arrowToRows(table: Table): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => plainColumn(table.getChildAt(i), table.numRows));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r]!;
    rows[r] = row;
  }
  return rows;
}

/**
 * Converts an Arrow result table to its columns: typed arrays where Arrow's are, text as plain
 * strings (arrow-cells: an ASCII batch decoded once, not a string at a time).
 */
export function arrowToColumns(table: Table): Columns {
  const columns: Columns = {};
  table.schema.fields.forEach((field, i) => {
    const vector = table.getChildAt(i);
    columns[field.name] = DataType.isUtf8(field.type)
      ? plainColumn(vector, table.numRows)
      : (vector?.toArray() ?? []);
  });
  return columns;
}

/** Converts an Arrow result table to columns and row arrays. */
export function arrowToTable(table: Table): ResultTable {
  const columns = table.schema.fields.map((f) => f.name);
  const cells = columns.map((_, i) => plainColumn(table.getChildAt(i), table.numRows));
  const rows: Cell[][] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) rows[r] = cells.map((c) => c[r]!);
  return { columns, rows };
}
