/**
 * The load report: what a load read, used, set aside (by reason, with the first line) and did not
 * understand (by column and value). Nothing is dropped without a line here.
 */
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { DEFAULT_FLOOR } from '../../domain/disclosure';
import { spreadsheetSafe, spreadsheetSafeLine } from '../../domain/spreadsheet-safe';

export interface LoadReport {
  file: string;
  /** e.g. "CSV (UTF-8, ',')", "XLSX", "Parquet". */
  format: string;
  /** The importer that read the file, e.g. "UNODC GLOTIP". */
  importer: string;
  rowsRead: number;
  rowsUsed: number;
  /** Reason → rows and the first line (1-based, in the file) it applies to. */
  setAside: Record<string, { rows: number; firstLine: number }>;
  /** `column "value"` → rows in which the value was not understood (the row is still used). */
  notUnderstood: Record<string, number>;
  /** Anything else the analyst should know (encoding guessed, declared floor, …). */
  notes: string[];
  /** A disclosure floor the file declares, if any. */
  disclosureFloor: number | null;
}

export class LoadError extends Error {}

export class ReportBuilder {
  readonly report: LoadReport;

  constructor(file: string, format: string) {
    this.report = {
      file,
      format,
      importer: '',
      rowsRead: 0,
      rowsUsed: 0,
      setAside: {},
      notUnderstood: {},
      notes: [],
      disclosureFloor: null,
    };
  }

  /** How many file rows the row being converted stands for (see RawTable.weights). */
  weight = 1;

  /** A row set aside; `line` 0 when its line is not known. */
  setAside(reason: string, line: number): void {
    const entry = (this.report.setAside[reason] ??= { rows: 0, firstLine: line });
    entry.rows += this.weight;
  }

  notUnderstood(column: string, value: unknown): void {
    const key = `${column} "${String(value).slice(0, 60)}"`;
    this.report.notUnderstood[key] = (this.report.notUnderstood[key] ?? 0) + this.weight;
  }
}

/**
 * A number of rows as the report prints it. A row is often one case, so a small number of rows
 * is a small count of victims: below the threshold it reads "< k" like every count on screen.
 */
export function rowCount(n: number, k = DEFAULT_FLOOR): string {
  return n > 0 && n < k ? `< ${formatNumber(k)}` : formatNumber(n);
}

/** The report as lines of text, for the UI and the download. */
export function reportLines(r: LoadReport): string[] {
  const lines = [
    t('report.file', { file: r.file }),
    t('report.readAs', { format: r.format, importer: r.importer }),
    t('report.rowsRead', { rows: rowCount(r.rowsRead) }),
    t('report.rowsUsed', { rows: rowCount(r.rowsUsed) }),
  ];
  for (const [reason, { rows, firstLine }] of Object.entries(r.setAside)) {
    const where = firstLine > 0 ? t('report.firstOn', { line: firstLine }) : '';
    lines.push(t('report.setAside', { reason, rows: rowCount(rows), where }));
  }
  const unknown = Object.entries(r.notUnderstood).sort((a, b) => b[1] - a[1]);
  for (const [value, rows] of unknown) {
    lines.push(t('report.notUnderstood', { value, rows: rowCount(rows) }));
  }
  return [...lines, ...r.notes];
}

/**
 * The report as the text file it is downloaded as: its lines, none of which a spreadsheet opening
 * the file would read as a formula (a file name or a value from the file could begin like one).
 */
export function reportText(r: LoadReport): string {
  return (
    reportLines(r)
      .map((l) => spreadsheetSafe(spreadsheetSafeLine(l)))
      .join('\n') + '\n'
  );
}
