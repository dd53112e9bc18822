/**
 * The Rutas format: year, origin, transit, destination, sector, sex, age_group, victims. A place
 * may be a country or a place inside one (domain/place-names), and optional columns say more:
 * `origin_place` / `destination_place` (a place inside the country column's country, as a code
 * or a name) and `origin_lat` / `origin_lon` / `destination_lat` / `destination_lon` (a point for
 * a place the gazetteer lacks).
 */
import { normalizeSector } from '../../domain/sectors';
import { interfaceSectorVocabulary } from '../../i18n/sector-text';
import { ageOf, columns, parseCount, parseYear, placeCell, sexOf } from './cells';
import type { CanonicalRow, Importer, PlaceCell } from './cells';
import type { ReportBuilder } from './report';
import { t } from '../../i18n';

/** The columns beside each end (named once: they are read on every row). */
const END_COLUMNS = {
  origin: { place: 'origin_place', lat: 'origin_lat', lon: 'origin_lon' },
  destination: { place: 'destination_place', lat: 'destination_lat', lon: 'destination_lon' },
} as const;

/** An end of the route: its column, with the place column and point beside it if any. */
function end(
  get: (row: unknown[], name: string) => string,
  row: unknown[],
  column: 'origin' | 'destination',
  report: ReportBuilder,
): PlaceCell {
  const names = END_COLUMNS[column];
  const text = get(row, column);
  const inside = get(row, names.place);
  const point = { lat: get(row, names.lat), lon: get(row, names.lon) };
  // A place column holds a code ("BO-L") or a name inside the country column's country.
  const written =
    inside === '' ? text : /^[A-Za-z]{2}-/.test(inside) ? inside : `${inside}, ${text}`;
  const cell = placeCell(written, column, report, point);
  return cell.country === null && inside !== '' ? placeCell(text, column, report, point) : cell;
}

export const rutas: Importer = {
  id: 'rutas',
  engineReadable: true,
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
      const origin = end(get, row, 'origin', report);
      const destination = end(get, row, 'destination', report);
      if (origin.country === 'total' || destination.country === 'total')
        return report.setAside(t('ingest.aTotal'), line);
      const transit = get(row, 'transit')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean)
        .map((t) => placeCell(t, 'transit', report))
        .filter((t) => t.country !== null && t.country !== 'total');
      const sectors = get(row, sectorColumn)
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean)
        .map(
          (t) =>
            normalizeSector(t, interfaceSectorVocabulary()) ??
            (report.notUnderstood(sectorColumn, t), 'unknown' as const),
        );
      out.push({
        year,
        origin: origin.country,
        transit: transit.map((c) => c.country as string),
        destination: destination.country,
        sectors: sectors.length > 0 ? [...new Set(sectors)] : ['unknown'],
        sex: sexOf(get(row, 'sex')),
        age_group: ageOf(get(row, 'age_group')),
        victims,
        origin_place: origin.place,
        transit_places: transit.map((c) => c.place ?? ''),
        destination_place: destination.place,
      });
    });
    return out;
  },
};
