/**
 * Limits on what a file may hold, checked before the work they bound: the file's size before a
 * byte is read, the longest line before delimited text is decoded, the nesting of JSON before it
 * is parsed, the longest cell before a table goes on. Past any of them the browser would run out
 * of memory (or of stack) instead of giving a message; each gets a message naming the limit.
 */
import { LoadError } from './report';
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** The largest file the browser is asked to take (browser memory, not DuckDB, is the limit). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** The longest line of delimited text or NDJSON (a row of a real table is a few hundred bytes). */
export const MAX_LINE_BYTES = 1024 * 1024;

/** The longest cell, in characters, of any table read (a header or a value). */
export const MAX_CELL_CHARS = 64 * 1024;

/** The most cells a row may have (CTDC's 63 columns are the most a known source has). */
export const MAX_COLUMNS = 1024;

/**
 * The most cells (rows × columns) a file read in JavaScript may hold: each costs tens of bytes once
 * parsed, so this keeps a file within a tab's memory (a real CTDC file is a few million). Large
 * Rutas-format CSV files are read by the engine instead, without this limit.
 */
export const MAX_CELLS = 25_000_000;

/** The error for a file past `max` cells. */
export function tooManyCells(name: string, max: number): LoadError {
  return new LoadError(t('ingest.tooManyCells', { name, max: formatNumber(max) }));
}

/** The deepest JSON nesting read: a list of records is 2 deep, a list in a record 3. */
export const MAX_JSON_DEPTH = 64;

const mib = (bytes: number) => formatNumber(Math.max(0, Math.round(bytes / 2 ** 20)));

/**
 * Refuses a file larger than `max` bytes, from its size alone. File sizes are plain numbers in
 * JavaScript (exact up to 8 PiB), so files over 2 or 4 GiB compare like any other.
 */
export function checkFileSize(name: string, size: number, max = MAX_FILE_BYTES): void {
  if (size > max) {
    throw new LoadError(t('ingest.tooLarge', { name, size: mib(size), max: mib(max) }));
  }
}

/**
 * A picked or dropped file's bytes, or a LoadError if it is over the limit: checked before it is
 * read, because the browser cannot read a file of several GiB into one buffer and says only that
 * the file "could not be read".
 */
export async function fileBytes(file: Blob & { name: string }): Promise<ArrayBuffer> {
  checkFileSize(file.name, file.size);
  return file.arrayBuffer();
}

/**
 * Refuses text with a line longer than `max` bytes (one enormous column, or no line breaks at
 * all), counted on the bytes before they are decoded. Lines end at `\n`, `\r\n` or `\r`.
 */
export function checkLineLength(name: string, bytes: Uint8Array, max = MAX_LINE_BYTES): void {
  const n = bytes.length;
  if (n <= max) return;
  let line = 1;
  let start = 0;
  while (start < n) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = n;
    if (end - start > max) {
      // Perhaps lines end in a lone \r: check the pieces between them.
      let from = start;
      for (;;) {
        const cr = bytes.indexOf(0x0d, from);
        const stop = cr < 0 || cr >= end ? end : cr;
        if (stop - from > max) {
          throw new LoadError(
            t('ingest.lineTooLong', {
              name,
              line: formatNumber(line),
              size: formatNumber(Math.ceil((stop - from) / 1024)),
              max: formatNumber(max / 1024),
            }),
          );
        }
        if (stop === end) break;
        from = cr + 1;
        line++;
      }
    }
    start = end + 1;
    line++;
  }
}

/**
 * Refuses JSON nested deeper than `max`, or with more than `maxCells` values (counted by their
 * separators, `:` and `,`, two a cell), scanning the text (strings skipped) before parsing it.
 */
export function checkJsonDepth(
  name: string,
  text: string,
  max = MAX_JSON_DEPTH,
  maxCells = MAX_CELLS,
): void {
  let depth = 0;
  let separators = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        throw new LoadError(t('ingest.jsonTooDeep', { name, line: formatNumber(line), max }));
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) line++;
    else if ((c === 0x3a || c === 0x2c) && ++separators > 2 * maxCells) {
      throw tooManyCells(name, maxCells);
    }
  }
}

/**
 * Refuses a table with a cell longer than `max` characters (e.g. an unclosed quote that swallowed
 * the rest of the file), or a row of more than MAX_COLUMNS cells (no dialog could offer them for
 * mapping), naming its row and column. Rows are numbered from 1 as read.
 */
export function checkCells(name: string, rows: unknown[][], max = MAX_CELL_CHARS): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length > MAX_COLUMNS) {
      throw new LoadError(
        t('ingest.tooManyColumns', {
          name,
          row: formatNumber(r + 1),
          columns: formatNumber(row.length),
          max: formatNumber(MAX_COLUMNS),
        }),
      );
    }
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length > max) {
        throw new LoadError(
          t('ingest.cellTooLong', {
            name,
            row: formatNumber(r + 1),
            column: c + 1,
            size: formatNumber(Math.ceil(v.length / 1024)),
            max: formatNumber(max / 1024),
          }),
        );
      }
    }
  }
}

/** The most characters a preview (in the mapping dialog, or a message) shows of a cell. */
export const PREVIEW_CHARS = 200;

/** A cell as a preview shows it: cut short past PREVIEW_CHARS. */
export function previewText(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** The most text a header offered for mapping may hold, all columns together. */
export const MAX_MAPPING_HEADER_CHARS = 64 * 1024;

/**
 * Whether a header can be offered for mapping: each column is in each of the dialog's lists, so a
 * header of more text than this is no header a dialog could show.
 */
export function mappable(header: string[]): boolean {
  return header.reduce((n, h) => n + h.length, 0) <= MAX_MAPPING_HEADER_CHARS;
}
