/**
 * The first sheet of an XLSX workbook as rows of cells, read in one pass over its XML, a slice at
 * a time: no recursion and no call that takes all rows as arguments, so a sheet of a million rows
 * reads like one of ten. (read-excel-file parsed in chunks by recursion whose depth grew as the
 * machine slowed, and overflowed the stack on the 58,800-row GLOTIP download.)
 *
 * Read: shared strings (rich text runs joined, phonetic runs left out), inline strings, numbers,
 * booleans, error values and formula results as cached; a formula with no cached value is empty.
 * Dates are not converted (a date cell reads as its serial number). Row numbers are kept: a row
 * the sheet skips is an empty row here, so line numbers match what a spreadsheet shows.
 */
import { unzipSync } from 'fflate';
import { decodeXml, xmlAttributes } from './xml-text';

/** Sheet XML is decoded and scanned this many bytes at a time. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** A row's XML longer than this is no row of a table (1,024 cells of 64 KiB fit). */
const MAX_ROW_CHARS = 80 * 1024 * 1024;

export interface XlsxOptions {
  /** Called with the share of the sheet read so far (0–1), once per slice. */
  onProgress?: (fraction: number) => void;
  /** Called with the number of cells read so far; may throw to stop reading. */
  onCells?: (cells: number) => void;
}

/** The one part of a zip, inflated, or undefined. */
function part(bytes: Uint8Array, name: string): Uint8Array | undefined {
  return unzipSync(bytes, { filter: (f) => f.name === name })[name];
}

const text = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

/** The path inside the zip of the workbook's first sheet. */
function firstSheetPath(bytes: Uint8Array): string {
  const workbook = part(bytes, 'xl/workbook.xml');
  if (!workbook) throw new Error('no xl/workbook.xml');
  const sheet = /<(?:\w+:)?sheet\s[^>]*>/.exec(text(workbook));
  const id = sheet
    ? Object.entries(xmlAttributes(sheet[0])).find(([k]) => /(^|:)id$/.test(k))?.[1]
    : undefined;
  if (!id) throw new Error('the workbook lists no sheet');
  const rels = part(bytes, 'xl/_rels/workbook.xml.rels');
  const target = rels
    ? [...text(rels).matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)]
        .map((m) => xmlAttributes(m[0]))
        .find((a) => a.Id === id)?.Target
    : undefined;
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` runs, phonetic runs (`<rPh>`) left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
    out += m[1];
  }
  return decodeXml(out);
}

function sharedStrings(bytes: Uint8Array): string[] {
  const xml = part(bytes, 'xl/sharedStrings.xml');
  if (!xml) return [];
  const out: string[] = [];
  const source = text(xml);
  const item = /<(?:\w+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g;
  for (const m of source.matchAll(item)) out.push(m[1] === undefined ? '' : runsText(m[1]));
  return out;
}

/** "BC12" → 54 (0-based column of the letters). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?is>/;
/** The two attributes a cell needs, read without building an object per cell. */
const REF = /(?:^|\s)r\s*=\s*["']([A-Za-z]+)/;
const TYPE = /(?:^|\s)t\s*=\s*["'](\w+)/;
const ROW_NUMBER = /(?:^|\s)r\s*=\s*["'](\d+)/;

function cellValue(type: string, body: string, shared: string[]): unknown {
  if (type === 'inlineStr') {
    const inline = INLINE.exec(body);
    return inline ? runsText(inline[1]!) : null;
  }
  const v = VALUE.exec(body);
  if (!v) return null;
  const raw = v[1]!;
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? null;
    case 'b':
      return raw === '1';
    case 'str':
    case 'e':
    case 'd':
      return decodeXml(raw);
    default: {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : decodeXml(raw);
    }
  }
}

/** The rows of the first sheet, padded to the widest row with data (empty cells null). */
export function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): unknown[][] {
  const path = firstSheetPath(bytes);
  const sheet = part(bytes, path);
  if (!sheet) throw new Error(`no ${path}`);
  const shared = sharedStrings(bytes);
  const rows: unknown[][] = [];
  let width = 0;
  let cells = 0;
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  const readRows = (xml: string) => {
    for (const m of xml.matchAll(ROW)) {
      const rowRef = ROW_NUMBER.exec(m[1]!);
      const number = rowRef ? Number(rowRef[1]) : rows.length + 1;
      while (rows.length < number - 1) rows.push([]);
      const row: unknown[] = [];
      for (const c of (m[2] ?? '').matchAll(CELL)) {
        const ref = REF.exec(c[1]!);
        const col = ref ? columnOf(ref[1]!.toUpperCase()) : row.length;
        const value = cellValue(TYPE.exec(c[1]!)?.[1] ?? 'n', c[2] ?? '', shared);
        while (row.length < col) row.push(null);
        row[col] = value;
        if (value !== null && value !== '') width = Math.max(width, col + 1);
        cells++;
      }
      rows.push(row);
    }
    options.onCells?.(cells);
  };
  for (let at = 0; at < sheet.length; at += SLICE_BYTES) {
    const end = Math.min(sheet.length, at + SLICE_BYTES);
    pending += decoder.decode(sheet.subarray(at, end), { stream: end < sheet.length });
    // Only whole rows are read; the rest waits for the next slice.
    const last = end === sheet.length;
    const cut = last ? pending.length : pending.lastIndexOf('</row>') + 6;
    if (cut > 5) {
      readRows(pending.slice(0, cut));
      pending = pending.slice(cut);
    } else if (pending.length > MAX_ROW_CHARS) {
      throw new Error('a row of the sheet is too large to read');
    }
    options.onProgress?.(end / sheet.length);
  }
  // Empty rows at the bottom and empty columns on the right are no part of the table.
  while (rows.length > 0 && rows.at(-1)!.every((c) => c === null || c === '')) rows.pop();
  for (const row of rows) {
    if (row.length > width) row.length = width;
    while (row.length < width) row.push(null);
  }
  return rows;
}
