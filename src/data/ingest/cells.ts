/**
 * What every importer shares: the canonical row it makes, the importer interface, and the reading
 * of cells — text, years, counts, places (reported when not understood), sex and age.
 */
import { normalizeCountry, type NormalizeOptions } from '../../domain/country-names';
import { pointId, type PlaceId } from '../../domain/gazetteer';
import { resolvePlace } from '../../domain/place-names';
import type { Sector } from '../../domain/sectors';
import type { Iso3 } from '../../domain/types';
import type { ReportBuilder } from './report';

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
  /** Places inside the countries, where the file says (domain/gazetteer ids; '' in transit). */
  origin_place?: PlaceId | null;
  transit_places?: PlaceId[];
  destination_place?: PlaceId | null;
}

export interface Importer {
  id: string;
  label: string;
  /**
   * Its rows depend on each other (GLOTIP: a country-year's breakdowns and its total), so grouped
   * rows cannot be converted one group at a time.
   */
  rowsDependOnEachOther?: boolean;
  /** Its files are plain rows in canonical columns, which the engine can read itself in slices. */
  engineReadable?: boolean;
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
export const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(';');
  return String(v).trim();
};

/** A column accessor by (lower-cased) name; undefined cells read as ''. */
export function columns(header: string[]) {
  const index = new Map(header.map((h, i) => [h, i]));
  // Importers ask for the same few names on every row: each is looked up once.
  const byName = new Map<string, number>();
  return (row: unknown[], name: string): string => {
    let i = byName.get(name);
    if (i === undefined) byName.set(name, (i = index.get(name.toLowerCase()) ?? -1));
    return i < 0 ? '' : cellText(row[i]);
  };
}

/** A whole-number year in a plausible range, or null. */
export function parseYear(text: string): number | null {
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
export function place(
  text: string,
  column: string,
  report: ReportBuilder,
  options: NormalizeOptions & { own?: Iso3 | null } = {},
): Iso3 | null | 'total' {
  const m = normalizeCountry(text, options);
  if (m.kind === 'country') {
    if (m.fuzzy) report.readAs(column, text, m.iso3);
    return m.iso3;
  }
  if (m.kind === 'aggregate') {
    if (m.aggregate === 'total') return 'total';
    if (m.aggregate === 'own-nationals') return options.own ?? null;
    if (text.trim() !== '') report.notACountry(column, text, m.aggregate);
    return null;
  }
  report.notUnderstood(column, text);
  return null;
}

/** A place cell read for a place inside a country too: its country, and the place if known. */
export interface PlaceCell {
  country: Iso3 | null | 'total';
  place: PlaceId | null;
}

/**
 * A place cell that may name a place inside a country (an ISO 3166-2 code, "Place, Country",
 * "Place (ISO2)"; see domain/place-names), else a country as `place` reads it. `point`: the
 * coordinates the file gives for it, used when the gazetteer lacks the place. A place the
 * gazetteer lacks, with no point, is reported; its country is kept.
 */
export function placeCell(
  text: string,
  column: string,
  report: ReportBuilder,
  point?: { lat: string; lon: string },
): PlaceCell {
  const m = resolvePlace(text);
  const at = (country: Iso3) =>
    point && point.lat !== '' && point.lon !== ''
      ? pointId(Number(point.lat), Number(point.lon), country)
      : null;
  if (m.kind === 'place') {
    if (m.fuzzy) report.readAs(column, text, m.place);
    return { country: m.iso3, place: m.place };
  }
  if (m.kind === 'unresolved') {
    const found = m.iso3 ? at(m.iso3) : null;
    if (!m.iso3) report.notUnderstood(column, text);
    else if (!found) report.placeNotFound(column, text);
    return { country: m.iso3, place: found };
  }
  const country = place(text, column, report);
  return { country, place: country && country !== 'total' ? at(country) : null };
}

export const sexOf = (text: string): string => {
  const t = text.toLowerCase();
  if (/^(f|female|woman|women|girl|mujer|femenino|feminino|mulher)$/.test(t)) return 'female';
  if (/^(m|male|man|men|boy|hombre|masculino|homem)$/.test(t)) return 'male';
  if (/^(trans|transgender|nonconforming|other|otro|outro)$/.test(t)) return 'other';
  return 'unknown';
};

export const ageOf = (text: string): string => {
  const t = text.toLowerCase();
  if (/^(minor|child|children|menor|nino|crianca|0 to 17 years)$/.test(t)) return 'minor';
  if (/^(adult|adulto|18 years or over)$/.test(t)) return 'adult';
  // CTDC bands: "0--8", "9--17" are minors, "18--20" … "48+" adults.
  const band = /^(\d+)\s*(--|-|–)\s*(\d+)$/.exec(t) ?? /^(\d+)\+$/.exec(t);
  if (band) return Number(band[3] ?? band[1]) <= 17 ? 'minor' : 'adult';
  return 'unknown';
};
