/**
 * The load report: what a load read, used, set aside (by reason, with the first line) and did not
 * understand (by column and value). Nothing is dropped without a line here.
 */
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { countryName } from '../../i18n/country-text';
import type { NotCountry } from '../../domain/country-names';
import type { Iso3 } from '../../domain/types';
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
  /**
   * `column "value"` → what it is and its rows, for place labels that are no country (a region,
   * "Other", "Unknown", a code…): the place is left unknown, never guessed.
   */
  notACountry: Record<string, { what: NotCountry; rows: number }>;
  /** `column "value"` → the country (or place) a misspelling was read as, and its rows. */
  readAs: Record<string, { iso3: Iso3; rows: number }>;
  /**
   * `column "value"` → rows naming a place inside a country that the gazetteer lacks (and no
   * point): the row is used, at its country.
   */
  placesNotFound?: Record<string, number>;
  /** Anything else the analyst should know (encoding guessed, declared floor, …). */
  notes: string[];
  /** A disclosure floor the file declares, if any. */
  disclosureFloor: number | null;
  /** The file is a protected release (its counts already perturbed): shown as they are. */
  protectedRelease: boolean;
}

export class LoadError extends Error {}

const valueKey = (column: string, value: unknown) => `${column} "${String(value).slice(0, 60)}"`;

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
      notACountry: {},
      readAs: {},
      notes: [],
      disclosureFloor: null,
      protectedRelease: false,
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
    const key = valueKey(column, value);
    this.report.notUnderstood[key] = (this.report.notUnderstood[key] ?? 0) + this.weight;
  }

  /** A place label that is no country, with what it is. */
  notACountry(column: string, value: unknown, what: NotCountry): void {
    const entry = (this.report.notACountry[valueKey(column, value)] ??= { what, rows: 0 });
    entry.rows += this.weight;
  }

  /** A place inside a country that the gazetteer lacks: the row is kept at its country. */
  placeNotFound(column: string, value: unknown): void {
    const found = (this.report.placesNotFound ??= {});
    const key = valueKey(column, value);
    found[key] = (found[key] ?? 0) + this.weight;
  }

  /** A misspelt country name, read as the country it is nearest to. */
  readAs(column: string, value: unknown, iso3: Iso3): void {
    const entry = (this.report.readAs[valueKey(column, value)] ??= { iso3, rows: 0 });
    entry.rows += this.weight;
  }
}

/**
 * A number of rows as the report prints it: exactly. These are rows of a file the analyst holds,
 * not figures published from it; counts of victims go through the disclosure module instead.
 */
export function rowCount(n: number): string {
  return formatNumber(n);
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
    lines.push(t('report.setAside', { reason, count: rows, rows: rowCount(rows), where }));
  }
  const unknown = Object.entries(r.notUnderstood).sort((a, b) => b[1] - a[1]);
  for (const [value, rows] of unknown) {
    lines.push(t('report.notUnderstood', { value, count: rows, rows: rowCount(rows) }));
  }
  const byRows = <T extends { rows: number }>(o: Record<string, T> = {}) =>
    Object.entries(o).sort((a, b) => b[1].rows - a[1].rows);
  for (const [value, { what, rows }] of byRows(r.notACountry)) {
    const kind = t(`report.what.${what}`);
    lines.push(t('report.notACountry', { value, what: kind, count: rows, rows: rowCount(rows) }));
  }
  for (const [value, { iso3, rows }] of byRows(r.readAs)) {
    const country = `${countryName(iso3)} (${iso3})`;
    lines.push(t('report.readAsCountry', { value, country, count: rows, rows: rowCount(rows) }));
  }
  const notFound = Object.entries(r.placesNotFound ?? {}).sort((a, b) => b[1] - a[1]);
  for (const [value, rows] of notFound) {
    lines.push(t('report.placeNotFound', { value, count: rows, rows: rowCount(rows) }));
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
