/** Runs import.worker.ts on one file; the returned cancel() stops it at once. */
import { NeedsMapping, type ColumnMapping } from './importers';
import type { ImportRequest, ImportResponse } from './import.worker';
import { LoadError, type LoadReport } from './report';
import { language, t } from '../../i18n';

export class LoadCancelled extends Error {}

/** A file converted: its canonical CSV, its justice figures' CSV where it has any, its report. */
export interface Converted {
  csv: string;
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
  const request: ImportRequest = { name, bytes, mapping, lang: language() };
  worker.postMessage(request, [bytes]);
  return { result, cancel };
}
