/**
 * One file in, canonical rows and a load report out: reads the format, finds the header and its
 * importer, converts. Pure JavaScript with no DOM, so it runs in a worker (import.worker.ts) and
 * in Node tests alike. Loading the result into DuckDB is schema.ts's job.
 */
import { CANONICAL_COLUMNS } from '../schema';
import { rowsToCsv } from './csv-text';
import { findHeader, headerCells, type CanonicalRow, type ColumnMapping } from './importers';
import { yieldsJustice, type JusticeRow } from './justice-rows';
import { readTable, type RawTable } from './read-table';
import { LoadError, ReportBuilder, rowCount, type LoadReport } from './report';
import { t } from '../../i18n';

export interface ImportOutcome {
  rows: CanonicalRow[];
  /** Criminal-justice figures beside the cases (GLOTIP's); empty for other importers. */
  justice: JusticeRow[];
  report: LoadReport;
}

const FLOOR = /^#\s*rutas:disclosure_floor\s*=\s*(\d+)\s*$/;
/** The first line of a protected release (data/release.ts RELEASE_MARK). */
const RELEASE = /^#\s*rutas:release\s*=\s*protected\s*$/;

const isEmpty = (row: unknown[]) =>
  row.every((c) => c === null || c === undefined || String(c).trim() === '');

export interface ImportOptions {
  /** Columns mapped by hand, for a file no importer recognises. */
  mapping?: ColumnMapping;
  maxBytes?: number;
  /** The most cells the file may hold (limits.ts MAX_CELLS by default). */
  maxCells?: number;
}

export async function importFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const { maxBytes, maxCells } = options;
  return importTable(name, await readTable(name, bytes, { maxBytes, maxCells }), options);
}

/** Converts a table read from a file (see importFile) into canonical rows and a report. */
export function importTable(
  name: string,
  table: RawTable,
  options: ImportOptions = {},
): ImportOutcome {
  const { importer, index } = findHeader(table.rows, options.mapping);
  const builder = new ReportBuilder(name, table.format);
  const report = builder.report;
  report.importer = importer.label;

  for (const row of table.rows.slice(0, index)) {
    const m = FLOOR.exec(String(row[0] ?? '').trim());
    if (m) report.disclosureFloor = Number(m[1]);
    if (RELEASE.test(String(row[0] ?? '').trim())) report.protectedRelease = true;
  }
  if (report.protectedRelease) report.notes.push(t('ingest.protectedRelease'));
  if (report.disclosureFloor !== null) {
    report.notes.push(t('ingest.floor', { k: report.disclosureFloor }));
  }

  const header = headerCells(table.rows[index]!);
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') return;
    if (seen.has(h)) {
      throw new LoadError(
        t('ingest.duplicateColumn', { line: index + 1, column: h, a: seen.get(h)! + 1, b: i + 1 }),
      );
    }
    seen.set(h, i);
  });

  // Data rows keep their file line (1-based) for the report; blank lines are skipped.
  const data: { row: unknown[]; line: number; weight: number }[] = [];
  let short = 0;
  table.rows.slice(index + 1).forEach((row, i) => {
    const weight = table.weights?.[index + 1 + i] ?? 1;
    const line = table.weights ? 0 : index + 2 + i;
    if (isEmpty(row)) return;
    report.rowsRead += weight;
    builder.weight = weight;
    if (row.length > header.length && !isEmpty(row.slice(header.length))) {
      return builder.setAside(t('ingest.moreCells'), line);
    }
    if (row.length < header.length) short += weight;
    data.push({ row, line, weight });
  });
  builder.weight = 1;
  if (short > 0) report.notes.push(t('ingest.shortRows', { count: short, rows: rowCount(short) }));
  if (report.rowsRead === 0) throw new LoadError(t('ingest.headerOnly', { name }));

  const rows: CanonicalRow[] = [];
  const justice: JusticeRow[] = [];
  if (table.weights && importer.rowsDependOnEachOther) {
    // Such files (GLOTIP) are a few thousand rows: they are never read as grouped rows.
    throw new LoadError(t('ingest.glotipTooLarge', { name }));
  }
  if (table.weights) {
    // Grouped rows: each converted on its own, counted (and its victims multiplied) by its weight.
    for (const d of data) {
      builder.weight = d.weight;
      for (const row of importer.convert(header, [d.row], 0, builder)) {
        rows.push(
          typeof row.victims === 'number' ? { ...row, victims: row.victims * d.weight } : row,
        );
        report.rowsUsed += d.weight;
      }
    }
    builder.weight = 1;
  } else {
    // Convert in runs of consecutive lines so set-aside rows keep their line numbers.
    let start = 0;
    for (let i = 1; i <= data.length; i++) {
      if (i === data.length || data[i]!.line !== data[i - 1]!.line + 1) {
        const run = data.slice(start, i);
        const args = [header, run.map((d) => d.row), run[0]!.line, builder] as const;
        const converted = yieldsJustice(importer)
          ? importer.convertWithJustice(...args)
          : { rows: importer.convert(...args), justice: [] };
        // One by one: spreading hundreds of thousands of rows into push() overflows the stack.
        for (const row of converted.rows) rows.push(row);
        for (const row of converted.justice) justice.push(row);
        start = i;
      }
    }
    report.rowsUsed = rows.length + justice.length;
    if (justice.length > 0) {
      const count = justice.length;
      report.notes.push(t('ingest.justiceUsed', { count, rows: rowCount(count) }));
    }
  }
  if (rows.length === 0) {
    const reasons = Object.entries(report.setAside)
      .map(([why, { rows: n, firstLine }]) =>
        t('ingest.reason', {
          why,
          count: n,
          rows: rowCount(n),
          where: firstLine > 0 ? t('ingest.firstOn', { line: firstLine }) : '',
        }),
      )
      .join('; ');
    throw new LoadError(t('ingest.noneUsed', { name, reasons }));
  }
  if (rows.every((r) => r.origin === null && r.destination === null)) {
    const values = Object.entries(report.notUnderstood)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([v, n]) => `${v} (${n} rows)`)
      .join(', ');
    throw new LoadError(t('ingest.noCountry', { name, values: values ? `: ${values}` : '' }));
  }
  return { rows, justice, report };
}

/** Canonical rows as the CSV that schema.ts loads. */
export function canonicalCsv(rows: CanonicalRow[]): string {
  return rowsToCsv(CANONICAL_COLUMNS, rows as unknown as Record<string, unknown>[]);
}
