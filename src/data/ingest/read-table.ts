/**
 * Reads a file's bytes into rows of cells, whatever its format: delimited text (any common
 * delimiter, UTF-8 with or without BOM, or Windows-1252/Latin-1), XLSX (xlsx-reader.ts), JSON or NDJSON, Parquet and
 * Arrow IPC. Everything is parsed in JavaScript (DuckDB's readers for these are extensions it would
 * fetch from the network). Header detection is left to the importers.
 */
import { tableFromIPC } from 'apache-arrow';
import Papa from 'papaparse';
import { readParquetTable } from './parquet';
import {
  checkCells,
  checkFileSize,
  checkJsonDepth,
  checkLineLength,
  MAX_CELLS,
  tooManyCells,
} from './limits';
import { LoadError } from './report';
import { readXlsx } from './xlsx-reader';
import { checkZipExpansion } from './zip-limits';
import { t } from '../../i18n';

export interface RawTable {
  /** In words, for the load report. */
  format: string;
  /** Every row of the file, from the first line (comment and title rows included). */
  rows: unknown[][];
  /**
   * How many file rows each row stands for, when identical rows were grouped (a large file read by
   * the engine); their line numbers are then unknown. Absent: each row is one line.
   */
  weights?: number[];
}

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ARROW_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // XLSX is a zip

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Text of a file: UTF-16 when it opens with a UTF-16 byte-order mark (Excel's "Unicode text"),
 * UTF-8 (BOM dropped) when it is valid UTF-8, else Windows-1252.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  for (const [b0, b1, label] of [
    [0xff, 0xfe, 'UTF-16LE'],
    [0xfe, 0xff, 'UTF-16BE'],
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      return { text: new TextDecoder(label.toLowerCase()).decode(bytes), encoding: label };
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** Bytes that are not text: many control characters other than tab and line breaks. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c <= 8 || (c >= 14 && c <= 31) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function objectsToRows(objects: Record<string, unknown>[]): unknown[][] {
  const columns = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  return [columns, ...objects.map((o) => columns.map((c) => o[c]))];
}

function readDelimited(
  bytes: Uint8Array,
  name: string,
  maxCells: number,
  progress: (fraction: number) => void,
): RawTable {
  checkLineLength(name, bytes);
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) {
    throw new LoadError(t('ingest.binary', { name }));
  }
  // Row by row, counting cells: parsing stops at the limit instead of filling the memory.
  const rows: string[][] = [];
  let cells = 0;
  let found = ',';
  let tooMany = false;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimiter: '',
    step: (result, parser) => {
      found = result.meta.delimiter;
      cells += result.data.length;
      progress(result.meta.cursor / text.length);
      if (cells > maxCells) {
        tooMany = true;
        parser.abort();
      } else rows.push(result.data);
    },
  });
  if (tooMany) throw tooManyCells(name, maxCells);
  const delimiter = found === '\t' ? 'tab' : `'${found}'`;
  return { format: `CSV (${encoding}, ${delimiter})`, rows };
}

function readJson(bytes: Uint8Array, name: string, maxCells: number): RawTable {
  const trimmed = decodeText(bytes).text.trim();
  // One record a line: no line may be enormous. Either way, no nesting deeper than records hold.
  if (!trimmed.startsWith('[')) checkLineLength(name, bytes);
  checkJsonDepth(name, trimmed, undefined, maxCells);
  try {
    if (trimmed.startsWith('[')) {
      const data = JSON.parse(trimmed) as unknown;
      if (!Array.isArray(data) || data.some((o) => typeof o !== 'object' || o === null)) {
        throw new LoadError(t('ingest.jsonNotList', { name }));
      }
      return { format: 'JSON', rows: objectsToRows(data as Record<string, unknown>[]) };
    }
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
    const records = lines.map((line, i) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new LoadError(t('ingest.jsonLine', { name, line: i + 1 }));
      }
    });
    return { format: 'NDJSON', rows: objectsToRows(records) };
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(t('ingest.jsonInvalid', { name, error: (e as Error).message }));
  }
}

/**
 * Rows of a file, detected by its first bytes (then its name), within the limits of limits.ts:
 * each is checked before the work it bounds, and no cell may be enormous.
 */
export async function readTable(
  name: string,
  bytes: Uint8Array,
  {
    maxBytes,
    maxCells = MAX_CELLS,
    onProgress,
  }: {
    maxBytes?: number;
    maxCells?: number;
    /** Called with the share of the file read (0–1), at most once a percent. */
    onProgress?: (fraction: number) => void;
  } = {},
): Promise<RawTable> {
  if (bytes.length === 0) throw new LoadError(t('ingest.empty', { name }));
  checkFileSize(name, bytes.length, maxBytes);
  let percent = -1;
  const progress = (fraction: number) => {
    const p = Math.floor(fraction * 100);
    if (p > percent) onProgress?.((percent = p) / 100);
  };
  const table = await readFormat(name, bytes, maxCells, progress);
  checkCells(name, table.rows);
  return table;
}

/** The readers want the file's own buffer: a copy only when `bytes` is a view into a larger one. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** A reader's own error as a LoadError naming the file (a LoadError passes as it is). */
const asLoadError = (e: unknown, message: (error: string) => string) =>
  e instanceof LoadError ? e : new LoadError(message((e as Error).message));

async function readFormat(
  name: string,
  bytes: Uint8Array,
  maxCells: number,
  progress: (fraction: number) => void,
): Promise<RawTable> {
  if (startsWith(bytes, PARQUET_MAGIC)) {
    const { rows, weights } = await readParquetTable(ownBuffer(bytes), {
      tooMany: (cells) => (cells > maxCells ? tooManyCells(name, maxCells) : null),
    }).catch((e: unknown) => {
      throw asLoadError(e, (error) => t('ingest.parquet', { name, error }));
    });
    return weights
      ? { format: 'Parquet, identical rows grouped', rows, weights }
      : { format: 'Parquet', rows };
  }
  if (startsWith(bytes, ARROW_MAGIC) || /\.(arrow|feather|arrows)$/i.test(name)) {
    try {
      const table = tableFromIPC(bytes);
      if (table.numRows * table.numCols > maxCells) throw tooManyCells(name, maxCells);
      const plain = (v: unknown) =>
        v !== null && typeof v === 'object' && 'toArray' in v
          ? Array.from((v as { toArray(): ArrayLike<unknown> }).toArray())
          : v;
      const records = table
        .toArray()
        .map((r) =>
          Object.fromEntries(Object.entries(r.toJSON() as object).map(([k, v]) => [k, plain(v)])),
        );
      return { format: 'Arrow IPC', rows: objectsToRows(records) };
    } catch (e) {
      throw asLoadError(e, (error) => t('ingest.arrow', { name, error }));
    }
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    checkZipExpansion(name, bytes);
    try {
      const onCells = (cells: number) => {
        if (cells > maxCells) throw tooManyCells(name, maxCells);
      };
      return { format: 'XLSX', rows: readXlsx(bytes, { onCells, onProgress: progress }) };
    } catch (e) {
      throw asLoadError(e, (error) => t('ingest.zip', { name, error }));
    }
  }
  if (/\.xlsx?$/i.test(name)) throw new LoadError(t('ingest.notXlsx', { name }));
  const { text } = decodeText(bytes.subarray(0, 64));
  if (/^\s*[[{]/.test(text) || /\.(nd)?jsonl?$/i.test(name)) return readJson(bytes, name, maxCells);
  return readDelimited(bytes, name, maxCells, progress);
}
