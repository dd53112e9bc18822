/**
 * Criminal-justice figures as an importer yields them beside its case rows (GLOTIP's persons
 * prosecuted, convicted, brought into formal contact, and offences), and their CSV text for the
 * engine (data/justice-store.ts). Importers without such figures yield none.
 */
import type { JusticeIndicator, JusticeSex } from '../../domain/justice';
import type { Iso3 } from '../../domain/types';
import type { CanonicalRow, Importer } from './cells';
import { rowsToCsv } from './csv-text';
import type { ReportBuilder } from './report';

export interface JusticeRow {
  year: number;
  /** The country whose police, prosecutors or courts counted them. */
  country: Iso3;
  indicator: JusticeIndicator;
  sex: JusticeSex;
  /** A count, or text such as "<5" for a count suppressed at source. */
  persons: number | string;
}

/** The columns of the justice CSV, in order. */
export const JUSTICE_COLUMNS = ['year', 'country', 'indicator', 'sex', 'persons'] as const;

/** An importer whose files may hold justice figures: it converts both in one pass. */
export interface JusticeConverter {
  convertWithJustice(
    header: string[],
    rows: unknown[][],
    firstLine: number,
    report: ReportBuilder,
  ): { rows: CanonicalRow[]; justice: JusticeRow[] };
}

export function yieldsJustice(importer: Importer): importer is Importer & JusticeConverter {
  return typeof (importer as Partial<JusticeConverter>).convertWithJustice === 'function';
}

/** Justice rows as the CSV that data/justice-store.ts loads. */
export function justiceCsv(rows: readonly JusticeRow[]): string {
  return rowsToCsv(JUSTICE_COLUMNS, rows as unknown as Record<string, unknown>[]);
}
