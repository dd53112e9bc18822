/**
 * CSV exports of a published view: the same figures the Table shows, never exact counts. Each
 * file opens with comment lines naming the dataset, the filters and the disclosure rule in force
 * (with a warning when the analyst lowered the threshold).
 */
import { countryName } from '../i18n/country-text';
import { type Disclosed, type ResolvedPolicy } from '../domain/disclosure';
import { formatDisclosed, policyNote } from '../i18n/disclosure-text';
import { PLACE_ROLES, type PublishedView } from '../domain/publish';
import { readsAsFormula, spreadsheetSafe, spreadsheetSafeLine } from '../domain/spreadsheet-safe';
import { t } from '../i18n';
import { ageLabel, sectorLabel, sexLabel } from '../i18n/labels';
import { formatYears } from '../i18n/format';
import type { Filter } from '../domain/types';
import { sectorMixText } from './sector-summary';

export interface ExportContext {
  datasetLabel: string;
  filter: Filter;
  policy: ResolvedPolicy;
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break, and kept from reading as a
 * formula (a `'` in front, and quoted, as OWASP advises).
 */
export function csvCell(text: string): string {
  const formula = readsAsFormula(text);
  const safe = spreadsheetSafe(text);
  return formula || /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A published count as a CSV cell: the number itself, or its text ("< 10", "≥ 20", "withheld"). */
function countCell(d: Disclosed): string {
  return d.kind === 'shown' && !d.lowerBound ? String(d.value) : formatDisclosed(d);
}

function filterText(filter: Filter): string {
  const list = <T>(values: readonly T[] | undefined, label: (v: T) => string) =>
    values && values.length > 0 ? values.map(label).join('; ') : t('csv.all');
  const text = t('csv.filters', {
    years: formatYears(filter.yearFrom, filter.yearTo),
    sectors: list(filter.sectors, sectorLabel),
    sexes: list(filter.sexes, sexLabel),
    ages: list(filter.ageGroups, ageLabel),
  });
  return filter.place ? `${text}${t('csv.place', { country: countryName(filter.place) })}` : text;
}

/** The comment lines every export starts with. */
export function exportPreamble(ctx: ExportContext): string[] {
  const lines = [
    `# ${t('csv.export', { dataset: ctx.datasetLabel })}`,
    `# ${t('csv.filtersLine', { filters: filterText(ctx.filter) })}`,
    `# ${t('csv.disclosure', { note: policyNote(ctx.policy) })}`,
  ];
  if (ctx.policy.lowered) {
    lines.push(`# ${t('csv.warning', { k: ctx.policy.k, floor: ctx.policy.floor })}`);
  }
  // Comment lines are left unquoted: readers that know comments (pandas, DuckDB, R) skip them.
  // A spreadsheet splits them at commas, though: no piece may read as a formula.
  return lines.map((l) => spreadsheetSafeLine(l.replace(/[\r\n]+/g, ' ')));
}

function csv(preamble: string[], header: string[], rows: string[][]): string {
  return (
    [...preamble, header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n'
  );
}

/** One row per leg: from, to, victims, and the sector mix (those shown, then the rest said). */
export function flowsCsv(view: PublishedView, ctx: ExportContext): string {
  return csv(
    exportPreamble(ctx),
    ['from', 'from_name', 'to', 'to_name', 'victims', 'sectors'],
    view.legs.map((leg) => [
      leg.from,
      countryName(leg.from),
      leg.to,
      countryName(leg.to),
      countCell(leg.victims),
      sectorMixText(leg.sectors),
    ]),
  );
}

/** One row per country: its totals by role. */
export function countriesCsv(view: PublishedView, ctx: ExportContext): string {
  return csv(
    exportPreamble(ctx),
    ['country', 'name', ...PLACE_ROLES],
    view.places.map((p) => [
      p.place,
      countryName(p.place),
      ...PLACE_ROLES.map((r) => countCell(p[r])),
    ]),
  );
}
