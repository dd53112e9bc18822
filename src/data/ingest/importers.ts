/**
 * Importers, detected from a file's header: each turns rows of cells into canonical case rows
 * (schema.ts) and says in the load report what it set aside and did not understand.
 *
 * - Rutas format: year, origin, transit, destination, sector, sex, age_group, victims.
 * - CTDC (IOM): the 2020 k-anonymized global dataset (ISO alpha-2, -99/Unknown missing, 00 unknown
 *   country, 0/1 columns per form and sector) and the synthetic dataset (ISO alpha-3, empty missing).
 * - UNODC GLOTIP: detected victims by citizenship / country of repatriation become origin →
 *   destination flows ("<5" kept as suppressed at source).
 */
import { normalizeCountry, type NormalizeOptions } from '../../domain/country-names';
import { normalizeSector, type Sector } from '../../domain/sectors';
import type { Iso3 } from '../../domain/types';
import { mappable, previewText } from './limits';
import { LoadError, type ReportBuilder } from './report';
import { t } from '../../i18n';

export interface CanonicalRow {
  year: number;
  origin: Iso3 | null;
  transit: Iso3[];
  destination: Iso3 | null;
  sectors: Sector[];
  sex: string;
  age_group: string;
  /** A count, or text such as "<5" for a count suppressed at source. */
  victims: number | string;
}

export interface Importer {
  id: string;
  label: string;
  /** Whether a row of cells (lower-cased, trimmed) is this importer's header. */
  detect(header: string[]): boolean;
  /** Canonical rows from the data rows; `firstLine` is the file line of rows[0]. */
  convert(
    header: string[],
    rows: unknown[][],
    firstLine: number,
    report: ReportBuilder,
  ): CanonicalRow[];
}

/** A cell as text; lists (Parquet, JSON, Arrow) are joined with `;` like the Rutas format. */
const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(';');
  return String(v).trim();
};

/** A column accessor by (lower-cased) name; undefined cells read as ''. */
function columns(header: string[]) {
  const index = new Map(header.map((h, i) => [h, i]));
  return (row: unknown[], name: string): string => {
    const i = index.get(name.toLowerCase());
    return i === undefined ? '' : cellText(row[i]);
  };
}

/** A whole-number year in a plausible range, or null. */
function parseYear(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
}

/**
 * A count: "12", "1,757" or "1.757" (thousands separators), or "<5" (suppressed at source).
 * Null when it is not a count.
 */
export function parseCount(text: string): number | string | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^<\s*\d+$/.test(t)) return t.replace(/\s/g, '');
  if (/^\d{1,3}([,.]\d{3})+$/.test(t)) return Number(t.replace(/[,.]/g, ''));
  const n = Number(t);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** A place cell: a code, or null with the value reported when it is not understood. */
function place(
  text: string,
  column: string,
  report: ReportBuilder,
  options: NormalizeOptions & { own?: Iso3 | null } = {},
): Iso3 | null | 'total' {
  const m = normalizeCountry(text, options);
  if (m.kind === 'country') return m.iso3;
  if (m.kind === 'aggregate') {
    if (m.aggregate === 'total') return 'total';
    if (m.aggregate === 'own-nationals') return options.own ?? null;
    return null;
  }
  report.notUnderstood(column, text);
  return null;
}

const sexOf = (text: string): string => {
  const t = text.toLowerCase();
  if (/^(f|female|woman|women|girl|mujer|femenino|feminino|mulher)$/.test(t)) return 'female';
  if (/^(m|male|man|men|boy|hombre|masculino|homem)$/.test(t)) return 'male';
  if (/^(trans|transgender|nonconforming|other|otro|outro)$/.test(t)) return 'other';
  return 'unknown';
};

const ageOf = (text: string): string => {
  const t = text.toLowerCase();
  if (/^(minor|child|children|menor|nino|crianca|0 to 17 years)$/.test(t)) return 'minor';
  if (/^(adult|adulto|18 years or over)$/.test(t)) return 'adult';
  // CTDC bands: "0--8", "9--17" are minors, "18--20" … "48+" adults.
  const band = /^(\d+)\s*(--|-|–)\s*(\d+)$/.exec(t) ?? /^(\d+)\+$/.exec(t);
  if (band) return Number(band[3] ?? band[1]) <= 17 ? 'minor' : 'adult';
  return 'unknown';
};

const rutas: Importer = {
  id: 'rutas',
  get label() {
    return t('ingest.rutasFormat');
  },
  detect: (h) => ['year', 'origin', 'destination'].every((c) => h.includes(c)),
  convert(header, rows, firstLine, report) {
    const get = columns(header);
    const sectorColumn = header.includes('sector') ? 'sector' : 'sectors';
    const out: CanonicalRow[] = [];
    rows.forEach((row, i) => {
      const line = firstLine + i;
      const year = parseYear(get(row, 'year'));
      if (year === null) return report.setAside(t('ingest.notYear', { column: 'year' }), line);
      const victimsText = get(row, 'victims');
      const victims = victimsText === '' ? 1 : parseCount(victimsText);
      if (victims === null)
        return report.setAside(t('ingest.notCount', { column: 'victims' }), line);
      const origin = place(get(row, 'origin'), 'origin', report);
      const destination = place(get(row, 'destination'), 'destination', report);
      if (origin === 'total' || destination === 'total')
        return report.setAside(t('ingest.aTotal'), line);
      const transit = get(row, 'transit')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t) => place(t, 'transit', report))
        .filter((t): t is Iso3 => t !== null && t !== 'total');
      const sectors = get(row, sectorColumn)
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean)
        .map(
          (t) => normalizeSector(t) ?? (report.notUnderstood(sectorColumn, t), 'unknown' as const),
        );
      out.push({
        year,
        origin,
        transit,
        destination,
        sectors: sectors.length > 0 ? [...new Set(sectors)] : ['unknown'],
        sex: sexOf(get(row, 'sex')),
        age_group: ageOf(get(row, 'age_group')),
        victims,
      });
    });
    return out;
  },
};

/** CTDC 0/1 columns → sectors. Transportation is not only marine, so it counts as "other". */
const CTDC_SECTORS: [string, Sector][] = [
  ['isSexualExploit', 'sexual_exploitation'],
  ['typeOfLabourAgriculture', 'agriculture'],
  ['typeOfLabourAquafarming', 'fishing_marine'],
  ['typeOfLabourBegging', 'begging'],
  ['typeOfLabourConstruction', 'construction'],
  ['typeOfLabourDomesticWork', 'domestic_work'],
  ['typeOfLabourHospitality', 'hospitality'],
  ['typeOfLabourIllicitActivities', 'forced_criminality'],
  ['typeOfLabourManufacturing', 'manufacturing_textiles'],
  ['typeOfLabourMiningOrDrilling', 'mining'],
  ['typeOfLabourPeddling', 'other'],
  ['typeOfLabourTransportation', 'other'],
  ['typeOfLabourOther', 'other'],
  ['isOtherExploit', 'other'],
];

/** CTDC's own k-anonymity threshold. */
const CTDC_K = 11;

const ctdc: Importer = {
  id: 'ctdc',
  label: 'CTDC (IOM)',
  detect: (h) =>
    h.includes('yearofregistration') &&
    (h.includes('citizenship') || h.includes('countryofexploitation')),
  convert(header, rows, firstLine, report) {
    const get = columns(header);
    // The 2020 release writes countries as alpha-2, the synthetic one as alpha-3.
    const sample = rows
      .slice(0, 200)
      .map((r) => get(r, 'citizenship'))
      .filter((c) => /^[A-Za-z]{2,3}$/.test(c));
    const alpha2 =
      sample.filter((c) => c.length === 2).length >= sample.filter((c) => c.length === 3).length;
    report.report.notes.push(t('ingest.ctdcAlpha', { n: alpha2 ? 2 : 3 }));
    // CTDC publishes its data k-anonymized with k = 11: show it with no smaller threshold.
    report.report.disclosureFloor = Math.max(report.report.disclosureFloor ?? 0, CTDC_K);
    const flags = CTDC_SECTORS.filter(([c]) => header.includes(c.toLowerCase()));
    const out: CanonicalRow[] = [];
    rows.forEach((row, i) => {
      const line = firstLine + i;
      const year = parseYear(get(row, 'yearOfRegistration'));
      if (year === null)
        return report.setAside(t('ingest.notYear', { column: 'yearOfRegistration' }), line);
      const norm = (column: string) => {
        const text = get(row, column);
        if (/^(unknown|-99|00)?$/i.test(text)) return null;
        const p = place(text, column, report, { alpha2 });
        return p === 'total' ? null : p;
      };
      const sectors = flags.filter(([c]) => get(row, c) === '1').map(([, s]) => s);
      const age = get(row, 'ageBroad');
      const majority = get(row, 'majorityStatus').toLowerCase();
      out.push({
        year,
        origin: norm('citizenship'),
        transit: [],
        destination: norm('CountryOfExploitation'),
        sectors: sectors.length > 0 ? [...new Set(sectors)] : ['unknown'],
        sex: sexOf(get(row, 'gender')),
        age_group: ageOf(age) !== 'unknown' ? ageOf(age) : ageOf(majority),
        victims: 1,
      });
    });
    return out;
  },
};

/**
 * GLOTIP: per country and year, the flows by citizenship (Category = the victims' citizenship,
 * Iso3_code = the country that detected them), or, where that breakdown is missing, by country of
 * repatriation (read the same way), or else the country's total as victims of unknown origin.
 * So each country-year is counted once.
 */
const glotip: Importer = {
  id: 'glotip',
  label: 'UNODC GLOTIP',
  detect: (h) =>
    ['iso3_code', 'indicator', 'dimension', 'category', 'txtvalue'].every((c) => h.includes(c)),
  convert(header, rows, firstLine, report) {
    const get = columns(header);
    const key = (row: unknown[]) => `${get(row, 'Iso3_code')}/${get(row, 'Year')}`;
    const isTotals = (row: unknown[]) => get(row, 'Sex') === 'Total' && get(row, 'Age') === 'Total';
    const detected = (row: unknown[]) =>
      /detected trafficking victims/i.test(get(row, 'Indicator'));
    // Each country-year's total (to flag impossible values) and the breakdowns it has.
    const totals = new Map<string, number>();
    const breakdowns = new Map<string, Set<'citizenship' | 'repatriation'>>();
    for (const row of rows) {
      if (!detected(row) || !isTotals(row)) continue;
      const dimension = get(row, 'Dimension');
      if (dimension === 'Total') {
        const v = parseCount(get(row, 'txtVALUE'));
        if (typeof v === 'number') totals.set(key(row), v);
      } else if (/citizenship|repatriation/i.test(dimension)) {
        const set = breakdowns.get(key(row)) ?? new Set();
        set.add(/citizenship/i.test(dimension) ? 'citizenship' : 'repatriation');
        breakdowns.set(key(row), set);
      }
    }
    const out: CanonicalRow[] = [];
    rows.forEach((row, i) => {
      const line = firstLine + i;
      if (!detected(row)) return report.setAside(t('ingest.otherIndicator'), line);
      const dimension = get(row, 'Dimension');
      const kind = /citizenship/i.test(dimension)
        ? 'citizenship'
        : /repatriation/i.test(dimension)
          ? 'repatriation'
          : dimension === 'Total'
            ? 'total'
            : null;
      if (kind === null) return report.setAside(t('ingest.byForm'), line);
      if (!isTotals(row)) return report.setAside(t('ingest.bySexAge'), line);
      const has = breakdowns.get(key(row));
      if (kind === 'total' && has) {
        return report.setAside(t('ingest.countryTotal'), line);
      }
      if (kind === 'repatriation' && has?.has('citizenship')) {
        return report.setAside(t('ingest.byRepatriation'), line);
      }
      if (kind === 'total' && get(row, 'Category') !== 'Total') {
        return report.setAside(t('ingest.totalOfBreakdown'), line);
      }
      const year = parseYear(get(row, 'Year'));
      if (year === null) return report.setAside(t('ingest.notYear', { column: 'Year' }), line);
      const detectedIn = normalizeCountry(get(row, 'Iso3_code'), { alpha2: false });
      if (detectedIn.kind !== 'country') {
        report.notUnderstood('Iso3_code', get(row, 'Iso3_code'));
        return report.setAside(t('ingest.notCountry', { column: 'Iso3_code' }), line);
      }
      const victims = parseCount(get(row, 'txtVALUE'));
      if (victims === null) {
        report.notUnderstood('txtVALUE', get(row, 'txtVALUE'));
        return report.setAside(t('ingest.notCount', { column: 'txtVALUE' }), line);
      }
      const total = totals.get(key(row));
      if (
        kind !== 'total' &&
        typeof victims === 'number' &&
        total !== undefined &&
        victims > total
      ) {
        return report.setAside(t('ingest.impossible'), line);
      }
      let origin: Iso3 | null = null;
      if (kind !== 'total') {
        const p = place(get(row, 'Category'), 'Category', report, {
          alpha2: false,
          own: detectedIn.iso3,
        });
        if (p === 'total') return report.setAside(t('ingest.totalOfBreakdown'), line);
        origin = p;
      }
      out.push({
        year,
        origin,
        transit: [],
        destination: detectedIn.iso3,
        sectors: ['unknown'],
        sex: 'unknown',
        age_group: 'unknown',
        victims,
      });
    });
    return out;
  },
};

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

/** The canonical fields a column-mapping dialog can fill, in the order it shows them. */
export const MAPPABLE_FIELDS = [
  'year',
  'origin',
  'transit',
  'destination',
  'sector',
  'sex',
  'age_group',
  'victims',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Canonical field → the file's column (as headerCells writes it) that holds it. */
export type ColumnMapping = Partial<Record<MappableField, string>>;

/** No importer knows the header: the analyst may map the columns by hand. */
export class NeedsMapping extends LoadError {
  constructor(
    message: string,
    /** The file's header, as written. */
    readonly header: string[],
    /** A few data rows under it. */
    readonly preview: string[][],
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
  throw new NeedsMapping(
    message,
    header,
    rows.slice(index + 1, index + 6).map((r) => r.map(shown)),
  );
}
