/**
 * A large file's rows as the engine grouped them (engine-import.ts), converted by the same
 * importer as any file: each grouped row weighted by its count. Pure JavaScript with no DOM, so it
 * runs in the import worker (where the memory it takes goes with the worker) and in Node tests.
 */
import { tableFromIPC } from 'apache-arrow';
import { arrowToTable } from '../connector';
import { canonicalCsv, importTable } from './import-file';
import type { LoadReport } from './report';
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** One engine read, to be converted. */
export interface GroupedRead {
  name: string;
  /** The file's lines up to and including its header, as cells. */
  head: string[][];
  /**
   * The engine's result as Arrow IPC stream bytes: the header's columns then each group's row
   * count, one row per group.
   */
  grouped: Uint8Array;
  /** The format as the load report names it. */
  format: string;
}

export interface GroupedOutcome {
  /** The canonical CSV: text here, a Blob from the import worker (import.worker.ts). */
  csv: string | Blob;
  report: LoadReport;
}

export function convertGrouped(read: GroupedRead): GroupedOutcome {
  const grouped = arrowToTable(tableFromIPC(read.grouped));
  const rows: unknown[][] = [...read.head];
  const weights: number[] = rows.map(() => 1);
  for (const row of grouped.rows) {
    weights.push(Number(row.at(-1)));
    rows.push(row.slice(0, -1));
  }
  const { rows: canonical, report } = importTable(read.name, {
    format: read.format,
    rows,
    weights,
  });
  report.notes.push(t('ingest.engineRead', { groups: formatNumber(grouped.rows.length) }));
  return { csv: canonicalCsv(canonical), report };
}

/** Runs a conversion (in the browser: convertGroupedInWorker, import-client.ts). */
export type GroupedConverter = (read: GroupedRead) => Promise<GroupedOutcome>;

/** Converts here, on the caller's thread. */
export const convertHere: GroupedConverter = async (read) => convertGrouped(read);
