/**
 * GLOTIP's criminal-justice rows: persons brought into formal contact, prosecuted, convicted,
 * and offences, per country (Iso3_code) and year, as the source's total or by sex ("<5" kept as
 * suppressed at source). Breakdowns by age, by form of exploitation or any other are set aside,
 * in words, as is a second figure for the same country, year, indicator and sex.
 */
import type { JusticeIndicator, JusticeSex } from '../../domain/justice';
import { normalizeCountry } from '../../domain/country-names';
import { parseCount, parseYear, sexOf } from './cells';
import type { JusticeRow } from './justice-rows';
import type { ReportBuilder } from './report';
import { t } from '../../i18n';

/** The indicator a GLOTIP Indicator label names, or null (detected victims, or unknown). */
export function justiceIndicator(label: string): JusticeIndicator | null {
  if (/formal contact/i.test(label)) return 'formal_contact';
  if (/prosecut/i.test(label)) return 'prosecuted';
  if (/convict/i.test(label)) return 'convicted';
  if (/offen[cs]e/i.test(label)) return 'offences';
  return null;
}

const isTotal = (text: string) => /^total$/i.test(text.trim());

/**
 * Reads the justice rows of a GLOTIP file one by one: `read` returns the row to keep, or null
 * once the row has been set aside (with its reason in the report).
 */
export function justiceReader(report: ReportBuilder) {
  const seen = new Set<string>();
  return (
    indicator: JusticeIndicator,
    get: (name: string) => string,
    line: number,
  ): JusticeRow | null => {
    const aside = (reason: string) => (report.setAside(reason, line), null);
    if (!isTotal(get('Dimension')) || !isTotal(get('Category'))) {
      return aside(
        /form of exploitation/i.test(get('Dimension'))
          ? t('ingest.justiceByForm')
          : t('ingest.justiceByOther'),
      );
    }
    if (!isTotal(get('Age'))) return aside(t('ingest.justiceByAge'));
    const unit = get('Unit of measurement');
    if (unit !== '' && !/count/i.test(unit)) return aside(t('ingest.justiceNotCount'));
    const year = parseYear(get('Year'));
    if (year === null) return aside(t('ingest.notYear', { column: 'Year' }));
    const country = normalizeCountry(get('Iso3_code'), { alpha2: false });
    if (country.kind !== 'country') {
      report.notUnderstood('Iso3_code', get('Iso3_code'));
      return aside(t('ingest.notCountry', { column: 'Iso3_code' }));
    }
    const persons = parseCount(get('txtVALUE'));
    if (persons === null) {
      report.notUnderstood('txtVALUE', get('txtVALUE'));
      return aside(t('ingest.notCount', { column: 'txtVALUE' }));
    }
    const sex: JusticeSex = isTotal(get('Sex')) ? 'total' : (sexOf(get('Sex')) as JusticeSex);
    const id = `${country.iso3}/${year}/${indicator}/${sex}`;
    if (seen.has(id)) return aside(t('ingest.justiceDuplicate'));
    seen.add(id);
    return { year, country: country.iso3, indicator, sex, persons };
  };
}
