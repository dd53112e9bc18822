/**
 * Large files in the Rutas format, read by the database engine instead of JavaScript: DuckDB
 * reads the file in slices as it goes (never the whole file in memory), and groups identical rows
 * with their count. The grouped rows — thousands, where the file has millions — then go through
 * the same importer as any file (grouped-rows.ts), each weighted by its count, so the figures and
 * the load report are the same as reading the file row by row, except that set-aside rows have no
 * line numbers. They travel as the engine's Arrow bytes, unparsed, to wherever they are converted
 * (in the browser, the import worker).
 */
import { RecordBatchReader } from 'apache-arrow';
import Papa from 'papaparse';
import type { DbConnector } from '../connector';
import { sqlInt, sqlString } from '../sql';
import { convertHere, type GroupedConverter, type GroupedOutcome } from './grouped-rows';
import { findHeader, headerCells } from './importers';
import { checkFileSize, MAX_LINE_BYTES } from './limits';
import { LoadError } from './report';
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** Files from this size on, in the Rutas format and UTF-8, are read by the engine. */
export const ENGINE_READ_BYTES = 16 * 1024 * 1024;

/** The column holding each group's row count (not a name a file would use). */
const COUNT = 'rutas_rows_in_group';

/** The first lines of a file as text, if it is UTF-8 (a BOM dropped). */
async function headText(blob: Blob): Promise<string | null> {
  const bytes = new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer());
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    // The last line may be cut short by the slice.
    return text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  } catch {
    return null;
  }
}

/** How many columns an Arrow IPC stream has (its schema alone is read). */
function columnCount(ipc: Uint8Array): number {
  return RecordBatchReader.from(ipc).open().schema.fields.length;
}

export interface EngineImportOptions {
  maxBytes?: number;
  /** Converts the grouped rows; on this thread by default. */
  convert?: GroupedConverter;
}

/**
 * Reads a Rutas-format CSV through an engine, which `openEngine` gives once the file is known to
 * be one (in the browser, an engine of its own: see wasm-connector startReaderEngine). Returns
 * null when the file is not one (another importer, another encoding): read it the usual way
 * then. A file over the size limit is refused (LoadError) before a byte of it is read, whatever
 * its format.
 */
export async function importThroughEngine(
  openEngine: () => Promise<DbConnector>,
  name: string,
  blob: Blob,
  { maxBytes, convert = convertHere }: EngineImportOptions = {},
): Promise<GroupedOutcome | null> {
  checkFileSize(name, blob.size, maxBytes);
  const head = await headText(blob);
  if (head === null || head.trim() === '') return null;
  const sniffed = Papa.parse<string[]>(head, { skipEmptyLines: 'greedy', delimiter: '' });
  const delimiter = sniffed.meta.delimiter;
  let index: number;
  try {
    const found = findHeader(sniffed.data);
    if (!found.importer.engineReadable) return null;
    index = found.index;
  } catch {
    return null;
  }
  const header = headerCells(sniffed.data[index]!);
  // The engine counts every line before the header, blank ones too; the parser above skips those.
  const lines = head.split(/\r?\n/);
  let nonBlank = -1;
  const headerLine = lines.findIndex((l) => l.trim() !== '' && ++nonBlank === index);
  if (headerLine < 0) return null;

  const db = await openEngine();
  const file = `engine-import-${Date.now()}.csv`;
  await db.registerBlob(file, blob);
  let grouped;
  try {
    grouped = await db.queryPreparedIpc(`
      SELECT *, count(*)::BIGINT AS ${COUNT}
      FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, skip = ${sqlInt(headerLine)},
                    delim = ${sqlString(delimiter)}, quote = '"', null_padding = true,
                    max_line_size = ${sqlInt(MAX_LINE_BYTES)})
      GROUP BY ALL`);
  } catch (e) {
    // The same limit as the JavaScript reader's, in the same words (DuckDB's line number counts
    // from the header, and it says so only below the line it quotes).
    const long = /Maximum line size of \d+ bytes exceeded\. Actual Size:\s*(\d+)/.exec(String(e));
    if (long) {
      throw new LoadError(
        t('ingest.engineLineTooLong', {
          name,
          size: formatNumber(Math.ceil(Number(long[1]) / 1024)),
          max: formatNumber(MAX_LINE_BYTES / 1024),
        }),
      );
    }
    throw new LoadError(
      t('ingest.unreadable', {
        name,
        error: e instanceof Error ? e.message.split('\n')[0] : String(e),
      }),
    );
  } finally {
    await db.dropFile(file);
  }
  if (columnCount(grouped) !== header.length + 1) return null;
  const shown = delimiter === '\t' ? 'tab' : `'${delimiter}'`;
  return convert({
    name,
    head: sniffed.data.slice(0, index + 1),
    grouped,
    format: `CSV (UTF-8, ${shown}), read by the database engine`,
  });
}
