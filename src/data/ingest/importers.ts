/**
 * Importers, detected from a file's header: each turns rows of cells into canonical case rows
 * (schema.ts) and says in the load report what it set aside and did not understand. One file
 * each: rutas-importer.ts, ctdc-importer.ts, glotip-importer.ts; what they share is cells.ts.
 * Here: which importer a header is, and the mapping of a header no importer knows.
 */
import { cellText, type Importer } from './cells';
import { guessColumns, type ColumnGuess, type ColumnMapping } from './column-guess';
import { ctdc } from './ctdc-importer';
import { glotip } from './glotip-importer';
import { mappable, previewText } from './limits';
import { LoadError } from './report';
import { rutas } from './rutas-importer';
import { t } from '../../i18n';

export { parseCount, type CanonicalRow, type Importer } from './cells';
export {
  MAPPABLE_FIELDS,
  type ColumnGuess,
  type ColumnMapping,
  type MappableField,
} from './column-guess';

export const IMPORTERS: readonly Importer[] = [glotip, ctdc, rutas];

/** Lower-cased, trimmed header cells (BOM dropped). */
export function headerCells(row: unknown[]): string[] {
  return row.map((c) =>
    cellText(c)
      .replace(/^\uFEFF/, '')
      .replace(/^"|"$/g, '')
      .toLowerCase(),
  );
}

/** No importer knows the header: the analyst may map the columns by hand. */
export class NeedsMapping extends LoadError {
  constructor(
    message: string,
    /** The file's header, as written. */
    readonly header: string[],
    /** A few data rows under it. */
    readonly preview: string[][],
    /** Which column is which, as far as the names and values tell. */
    readonly guess?: ColumnGuess,
  ) {
    super(message);
  }
}

/** A header row to offer for mapping: the fullest row in the first 30. */
function guessHeader(rows: unknown[][]): number {
  let best = 0;
  const filled = (r: unknown[]) => r.filter((c) => cellText(c) !== '').length;
  for (let i = 1; i < Math.min(rows.length, 30); i++)
    if (filled(rows[i]!) > filled(rows[best]!)) best = i;
  return best;
}

/** The Rutas importer reading a file whose columns the analyst mapped by hand. */
function mappedImporter(mapping: ColumnMapping): Importer {
  const canonicalName = new Map(Object.entries(mapping).map(([field, column]) => [column, field]));
  const rename = (header: string[]) => header.map((h) => canonicalName.get(h) ?? `unmapped:${h}`);
  return {
    id: 'mapped',
    get label() {
      return t('ingest.mapped');
    },
    detect: () => true,
    convert: (header, rows, firstLine, report) =>
      rutas.convert(rename(header), rows, firstLine, report),
  };
}

/**
 * The header row and its importer: the first row within the first 30 that an importer
 * recognises, or, with a mapping, the fullest row read by that mapping.
 */
export function findHeader(
  rows: unknown[][],
  mapping?: ColumnMapping,
): { importer: Importer; index: number } {
  if (mapping) {
    const missing = (['year', 'origin', 'destination'] as const).filter((f) => !mapping[f]);
    if (missing.length > 0)
      throw new LoadError(t('ingest.mappingMissing', { fields: missing.join(', ') }));
    return { importer: mappedImporter(mapping), index: guessHeader(rows) };
  }
  for (let index = 0; index < Math.min(rows.length, 30); index++) {
    const header = headerCells(rows[index]!);
    const importer = IMPORTERS.find((imp) => imp.detect(header));
    if (importer) return { importer, index };
  }
  const first = rows.find((r) => r.some((c) => cellText(c) !== ''));
  if (!first) throw new LoadError(t('ingest.noRows'));
  const index = guessHeader(rows);
  const shown = (c: unknown) => previewText(cellText(c));
  const message = t('ingest.noHeader', {
    first: `${first.slice(0, 8).map(shown).join(', ')}${first.length > 8 ? ', …' : ''}`,
  });
  const header = headerCells(rows[index]!);
  if (!mappable(header)) throw new LoadError(message);
  const columns = rows[index]!.filter((c) => cellText(c) !== '').map(shown);
  throw new NeedsMapping(
    t('ingest.mapColumns', {
      line: index + 1,
      header: `${columns.slice(0, 12).join(', ')}${columns.length > 12 ? ', …' : ''}`,
    }),
    header,
    rows.slice(index + 1, index + 6).map((r) => r.map(shown)),
    guessColumns(header, rows.slice(index + 1, index + 201)),
  );
}
