/**
 * Parquet is read in JavaScript (hyparquet): duckdb-wasm's Parquet reader is an extension that it
 * would fetch from a remote repository, and the page makes no requests off its origin.
 */
import { parquetReadObjects } from 'hyparquet';

export type ParquetRow = Record<string, unknown>;

/** All rows of a Parquet file as plain objects (lists as arrays, BigInt as-is). */
export async function readParquetRows(bytes: ArrayBuffer): Promise<ParquetRow[]> {
  return parquetReadObjects({ file: bytes });
}
