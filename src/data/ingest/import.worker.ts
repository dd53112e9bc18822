/**
 * Reads and converts a dropped or picked file off the main thread, or a large file's rows as the
 * engine grouped them (grouped-rows.ts): the page stays responsive, the conversion's memory goes
 * with the worker, and cancelling a load is terminating this worker.
 */
import { convertGrouped, type GroupedRead } from './grouped-rows';
import { canonicalCsv, importTable } from './import-file';
import { NeedsMapping, type ColumnGuess, type ColumnMapping } from './importers';
import { justiceCsv } from './justice-rows';
import { readTable } from './read-table';
import { LoadError, type LoadReport } from './report';
import { setLanguage, type Language } from '../../i18n';

/** `lang`: the language of the messages and the report (the page's). */
export type ImportRequest = { lang: Language } & (
  { name: string; bytes: ArrayBuffer; mapping?: ColumnMapping } | { grouped: GroupedRead }
);
export type ImportResponse =
  /** How much of the file has been read (0–1); more messages follow. */
  | { progress: number }
  /** `justiceCsv`: the file's criminal-justice figures (justice-rows.ts), where it has any. */
  | { ok: true; csv: Blob; justiceCsv?: string; report: LoadReport }
  | {
      ok: false;
      message: string;
      /** A LoadError: a problem with the file, not with Rutas. */
      expected: boolean;
      /** Set when the columns could be mapped by hand. */
      mapping?: { header: string[]; preview: string[][]; guess?: ColumnGuess };
    };

/**
 * The canonical CSV as a Blob: the page receives a handle, not a copy of the text, and keeps it so
 * (to store the dataset again in an engine that dies) with the text outside its own memory.
 */
const csvBlob = (csv: string | Blob) => new Blob([csv], { type: 'text/csv' });

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  await setLanguage(request.lang);
  let response: ImportResponse;
  try {
    if ('grouped' in request) {
      const { csv, report } = convertGrouped(request.grouped);
      response = { ok: true, csv: csvBlob(csv), report };
    } else {
      // Read then convert, as importFile does, saying how far the reading has got.
      const { name, bytes, mapping } = request;
      const onProgress = (progress: number) => self.postMessage({ progress });
      const table = await readTable(name, new Uint8Array(bytes), { onProgress });
      const { rows, justice, report } = importTable(name, table, { mapping });
      response = {
        ok: true,
        csv: csvBlob(canonicalCsv(rows)),
        justiceCsv: justice.length > 0 ? justiceCsv(justice) : undefined,
        report,
      };
    }
  } catch (e) {
    response = {
      ok: false,
      message: e instanceof Error ? e.message : String(e),
      expected: e instanceof LoadError,
      mapping:
        e instanceof NeedsMapping
          ? { header: e.header, preview: e.preview, guess: e.guess }
          : undefined,
    };
  }
  self.postMessage(response);
};
