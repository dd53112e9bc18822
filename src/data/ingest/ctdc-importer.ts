/**
 * CTDC (IOM): the 2020 k-anonymized global dataset (ISO alpha-2, -99/Unknown missing, 00 unknown
 * country, 0/1 columns per form and sector) and the synthetic dataset (ISO alpha-3, empty missing).
 */
import type { Sector } from '../../domain/sectors';
import { ageOf, columns, parseYear, place, sexOf } from './cells';
import type { CanonicalRow, Importer } from './cells';
import { t } from '../../i18n';

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

export const ctdc: Importer = {
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
