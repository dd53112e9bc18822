/**
 * The justice view as CSV: the published figures the view shows (never exact counts), one line
 * per country, indicator and sex over the years in force, with the ratio per 100 detected
 * victims and the rate per 100,000 beside each total, after the comment lines every export opens
 * with.
 */
import type { PublishedJustice } from '../domain/publish/justice';
import { JUSTICE_INDICATORS } from '../domain/justice';
import { formatDisclosed } from '../i18n/disclosure-text';
import { countryName } from '../i18n/country-text';
import type { Rate } from '../domain/rates';
import type { Ratio } from '../domain/ratio';
import type { Disclosed } from '../domain/disclosure';
import { csvCell, exportPreamble, type ExportContext } from './csv';

const count = (d: Disclosed) =>
  d.kind === 'shown' && !d.lowerBound ? String(d.value) : formatDisclosed(d);

/** A ratio or rate as a plain number (two decimals), "≥ …" for a lower bound, empty if none. */
const ratioCell = (r: Ratio | Rate | undefined) =>
  r && r.kind !== 'not-shown' ? `${r.lowerBound ? '≥ ' : ''}${r.value.toFixed(2)}` : '';

export function justiceCsv(p: PublishedJustice, ctx: ExportContext): string {
  const lines = [
    ...exportPreamble(ctx),
    'country,iso3,indicator,sex,persons,per_100_victims,per_100k',
  ];
  for (const c of p.countries) {
    for (const i of JUSTICE_INDICATORS) {
      const f = c.figures[i];
      if (!f) continue;
      const name = countryName(c.country);
      if (f.total) {
        const ratio = ratioCell(c.per100Victims[i]);
        const rate = ratioCell(c.per100k[i]);
        lines.push(
          [name, c.country, i, 'total', count(f.total), ratio, rate].map(csvCell).join(','),
        );
      }
      for (const s of f.bySex) {
        lines.push([name, c.country, i, s.sex, count(s.persons), '', ''].map(csvCell).join(','));
      }
    }
  }
  return lines.join('\n') + '\n';
}
