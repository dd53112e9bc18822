/**
 * Parquet is read in JavaScript (hyparquet): duckdb-wasm's Parquet reader is an extension that it
 * would fetch from a remote repository, and the page makes no requests off its origin.
 */
import { parquetMetadata, parquetRead, parquetReadObjects, parquetSchema } from 'hyparquet';

export type ParquetRow = Record<string, unknown>;

/** All rows of a Parquet file as plain objects (lists as arrays, BigInt as-is). */
export async function readParquetRows(bytes: ArrayBuffer): Promise<ParquetRow[]> {
  return parquetReadObjects({ file: bytes });
}

/** From this many rows on, a Parquet file is read in slices with identical rows grouped. */
export const GROUP_PARQUET_ROWS = 500_000;
const SLICE_ROWS = 250_000;

/** BigInt as text, so that a row can be a Map key. */
const keyOf = (row: unknown[]) =>
  JSON.stringify(row, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/**
 * A Parquet file as rows of cells, header first. A large one (millions of rows) is read a slice
 * at a time with identical rows grouped, each kept once with how many rows it stands for
 * (`weights`, header included): never millions of row objects in memory at once.
 */
export async function readParquetTable(
  bytes: ArrayBuffer,
  {
    groupFrom = GROUP_PARQUET_ROWS,
    sliceRows = SLICE_ROWS,
    tooMany = (() => null) as (cells: number) => Error | null,
  } = {},
): Promise<{ rows: unknown[][]; weights?: number[] }> {
  const metadata = parquetMetadata(bytes);
  const total = Number(metadata.num_rows);
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  // `tooMany(cells)`: the error for a table of that many cells, if it is too many to hold.
  const check = (rows: number) => {
    const error = tooMany(rows * columns.length);
    if (error) throw error;
  };
  check(Math.min(total, groupFrom, sliceRows));
  if (total < groupFrom) {
    check(total);
    const objects = await parquetReadObjects({ file: bytes, metadata });
    return { rows: [columns, ...objects.map((o) => columns.map((c) => o[c]))] };
  }
  const groups = new Map<string, { row: unknown[]; n: number }>();
  for (let start = 0; start < total; start += sliceRows) {
    await parquetRead({
      file: bytes,
      metadata,
      rowStart: start,
      rowEnd: Math.min(total, start + sliceRows),
      rowFormat: 'array',
      onComplete: (rows: unknown[][]) => {
        for (const row of rows) {
          const key = keyOf(row);
          const group = groups.get(key);
          if (group) group.n++;
          else groups.set(key, { row, n: 1 });
        }
        // Identical rows were meant to be few: so many distinct ones cannot be held either.
        check(groups.size);
      },
    });
  }
  const rows: unknown[][] = [columns];
  const weights = [1];
  for (const { row, n } of groups.values()) {
    rows.push(row);
    weights.push(n);
  }
  return { rows, weights };
}
