/** The Rutas format: year, origin, transit, destination, sector, sex, age_group, victims. */
import { normalizeSector } from '../../domain/sectors';
import { interfaceSectorVocabulary } from '../../i18n/sector-text';
import type { Iso3 } from '../../domain/types';
import { ageOf, columns, parseCount, parseYear, place, sexOf } from './cells';
import type { CanonicalRow, Importer } from './cells';
import { t } from '../../i18n';

export const rutas: Importer = {
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
          (t) =>
            normalizeSector(t, interfaceSectorVocabulary()) ??
            (report.notUnderstood(sectorColumn, t), 'unknown' as const),
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
