/**
 * UNODC GLOTIP: detected victims by citizenship / country of repatriation become origin →
 * destination flows ("<5" kept as suppressed at source); the criminal-justice figures beside
 * them become justice rows (glotip-justice.ts).
 */
import { normalizeCountry } from '../../domain/country-names';
import type { Iso3 } from '../../domain/types';
import { columns, parseCount, parseYear, place } from './cells';
import type { CanonicalRow, Importer } from './cells';
import { justiceIndicator, justiceReader } from './glotip-justice';
import type { JusticeConverter, JusticeRow } from './justice-rows';
import { t } from '../../i18n';

/**
 * GLOTIP: per country and year, the flows by citizenship (Category = the victims' citizenship,
 * Iso3_code = the country that detected them), or, where that breakdown is missing, by country of
 * repatriation (read the same way), or else the country's total as victims of unknown origin.
 * So each country-year is counted once.
 */
export const glotip: Importer & JusticeConverter = {
  id: 'glotip',
  rowsDependOnEachOther: true,
  label: 'UNODC GLOTIP',
  detect: (h) =>
    ['iso3_code', 'indicator', 'dimension', 'category', 'txtvalue'].every((c) => h.includes(c)),
  convert(header, rows, firstLine, report) {
    return this.convertWithJustice(header, rows, firstLine, report).rows;
  },
  convertWithJustice(header, rows, firstLine, report) {
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
    const justice: JusticeRow[] = [];
    const readJustice = justiceReader(report);
    rows.forEach((row, i) => {
      const line = firstLine + i;
      if (!detected(row)) {
        const indicator = justiceIndicator(get(row, 'Indicator'));
        if (!indicator) return report.setAside(t('ingest.unknownIndicator'), line);
        const kept = readJustice(indicator, (name) => get(row, name), line);
        if (kept) justice.push(kept);
        return;
      }
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
    return { rows: out, justice };
  },
};
