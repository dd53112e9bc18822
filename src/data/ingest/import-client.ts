/** Runs import.worker.ts on one file; the returned cancel() stops it at once. */
import type { ImportResponse } from './import.worker';
import { LoadError, type LoadReport } from './report';

export class LoadCancelled extends Error {}

export interface ImportJob {
  result: Promise<{ csv: string; report: LoadReport }>;
  cancel: () => void;
}

export function importInWorker(name: string, bytes: ArrayBuffer): ImportJob {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<{ csv: string; report: LoadReport }>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new LoadCancelled(`Loading ${name} was cancelled.`));
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      worker.terminate();
      const r = event.data;
      if (r.ok) resolve({ csv: r.csv, report: r.report });
      else reject(r.expected ? new LoadError(r.message) : new Error(r.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The file reader stopped: ${event.message}`));
    };
  });
  worker.postMessage({ name, bytes }, [bytes]);
  return { result, cancel };
}
