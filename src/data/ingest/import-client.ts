/** Runs import.worker.ts on one file; the returned cancel() stops it at once. */
import type { GroupedRead } from './grouped-rows';
import { NeedsMapping, type ColumnMapping } from './importers';
import type { ImportRequest, ImportResponse } from './import.worker';
import { LoadError, type LoadReport } from './report';
import { language, t } from '../../i18n';

export class LoadCancelled extends Error {}

/** A file converted: its canonical CSV, its justice figures' CSV where it has any, its report. */
export interface Converted {
  /**
   * A Blob from the import worker: its text is kept by the browser, outside the page's memory,
   * until it is dropped (text where it was converted on the caller's thread).
   */
  csv: string | Blob;
  justiceCsv?: string;
  report: LoadReport;
}

export interface ImportJob {
  result: Promise<Converted>;
  cancel: () => void;
}

export function importInWorker(
  name: string,
  bytes: ArrayBuffer,
  mapping?: ColumnMapping,
  /** Called with the share of the file read (0–1) as the worker reads it. */
  onProgress?: (fraction: number) => void,
): ImportJob {
  return startImportWorker(name, { name, bytes, mapping, lang: language() }, [bytes], onProgress);
}

/** Converts a large file's grouped rows (engine-import.ts); their bytes move to the worker. */
export function convertGroupedInWorker(read: GroupedRead): ImportJob {
  return startImportWorker(read.name, { grouped: read, lang: language() }, [read.grouped.buffer]);
}

function startImportWorker(
  name: string,
  request: ImportRequest,
  transfer: Transferable[],
  onProgress?: (fraction: number) => void,
): ImportJob {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<Converted>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new LoadCancelled(t('load.cancelled', { name })));
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const r = event.data;
      if ('progress' in r) return onProgress?.(r.progress);
      worker.terminate();
      if (r.ok) resolve({ csv: r.csv, justiceCsv: r.justiceCsv, report: r.report });
      else if (r.mapping) {
        const { header, preview, guess } = r.mapping;
        reject(new NeedsMapping(r.message, header, preview, guess));
      } else reject(r.expected ? new LoadError(r.message) : new Error(r.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(t('ingest.readerStopped', { error: event.message })));
    };
  });
  worker.postMessage(request, transfer);
  return { result, cancel };
}
