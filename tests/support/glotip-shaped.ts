/**
 * A file shaped like the complete UNODC GLOTIP database (58,769 rows, 199 countries, 2003–2022, the
 * download's columns, indicators and breakdowns), with invented values. Its "by citizenship"
 * labels are drawn from tests/fixtures: the real-world variants of country-labels.csv, and the
 * non-countries and near-misses of country-label-misses.csv, each as likely as any other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import Papa from 'papaparse';

export const GLOTIP_ROWS = 58_769;
export const GLOTIP_HEADER = [
  'Iso3_code',
  'Country',
  'Region',
  'Subregion',
  'Indicator',
  'Dimension',
  'Category',
  'Sex',
  'Age',
  'Year',
  'Unit of measurement',
  'txtVALUE',
  'Source',
];

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const labels = (file: string, column: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(FIXTURES, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => r[column]!);

/** The citizenship labels the file draws from: variants, then non-countries and near-misses. */
export const CITIZENSHIP_LABELS = [
  ...labels('country-labels.csv', 'label'),
  ...labels('country-label-misses.csv', 'label'),
];

/** The rows of the file (header first), deterministic. */
export function glotipShapedRows(): string[][] {
  const iso3 = Object.keys(countries.getAlpha3Codes()).sort().slice(0, 199);
  const indicators = [
    'Persons prosecuted',
    'Persons convicted',
    'Persons brought into formal contact',
    'Offences of trafficking in persons',
  ];
  const rows: string[][] = [GLOTIP_HEADER];
  let n = 0;
  const value = () => {
    n++;
    return n % 11 === 0 ? '<5' : n % 97 === 0 ? '1,757' : String((n * 7919) % 400);
  };
  const push = (
    c: string,
    ind: string,
    dim: string,
    cat: string,
    sex: string,
    age: string,
    y: number,
  ) =>
    rows.push([
      c,
      c,
      'Region',
      'Subregion',
      ind,
      dim,
      cat,
      sex,
      age,
      String(y),
      'Counts',
      value(),
      'GLOTIP',
    ]);
  let label = 0;
  for (let year = 2003; year <= 2022 && rows.length <= GLOTIP_ROWS; year++) {
    for (const c of iso3) {
      const v = 'Detected trafficking victims';
      push(c, v, 'Total', 'Total', 'Total', 'Total', year);
      for (const sex of ['Female', 'Male']) push(c, v, 'Total', 'Total', sex, 'Total', year);
      for (const form of ['Sexual exploitation', 'Forced labour'])
        push(c, v, 'by form of exploitation', form, 'Total', 'Total', year);
      for (let k = 0; k < 6; k++) {
        push(
          c,
          v,
          'by citizenship',
          CITIZENSHIP_LABELS[label++ % CITIZENSHIP_LABELS.length]!,
          'Total',
          'Total',
          year,
        );
      }
      for (const ind of indicators) push(c, ind, 'Total', 'Total', 'Total', 'Total', year);
      if (rows.length > GLOTIP_ROWS) break;
    }
  }
  return rows.slice(0, GLOTIP_ROWS + 1);
}

/** The rows as the CSV the download converts to. */
export const glotipShapedCsv = (rows: string[][]) => Papa.unparse(rows);
