/**
 * Reads and converts a dropped or picked file off the main thread: the page stays responsive,
 * and cancelling a load is terminating this worker.
 */
import { canonicalCsv, importFile } from './import-file';
import { LoadError, type LoadReport } from './report';

export type ImportRequest = { name: string; bytes: ArrayBuffer };
export type ImportResponse =
  | { ok: true; csv: string; report: LoadReport }
  | { ok: false; message: string; expected: boolean };

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { name, bytes } = event.data;
  let response: ImportResponse;
  try {
    const { rows, report } = await importFile(name, new Uint8Array(bytes));
    response = { ok: true, csv: canonicalCsv(rows), report };
  } catch (e) {
    response = {
      ok: false,
      message: e instanceof Error ? e.message : String(e),
      expected: e instanceof LoadError,
    };
  }
  self.postMessage(response);
};
