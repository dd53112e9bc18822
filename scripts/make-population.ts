/**
 * Writes data/population.json, the population table the app ships for per-100,000 rates, from the
 * World Bank total population file in ../shared/data/reference (WDI via the Open Knowledge
 * "datasets/population" package, PDDL 1.0). Keeps ISO 3166-1 countries (drops aggregates such as
 * WLD or LCN) and the years 2000 onwards. Usage: npm run population-data [-- path/to/population.csv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import Papa from 'papaparse';

const FIRST_YEAR = 2000;
const root = path.resolve(import.meta.dirname, '..');
const source = process.argv[2] ?? path.resolve(root, '../shared/data/reference/population.csv');

const rows = Papa.parse<Record<string, string>>(readFileSync(source, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const lastYear = Math.max(...rows.map((r) => Number(r.Year)));
const values: Record<string, (number | null)[]> = {};
for (const r of rows) {
  const code = r['Country Code']!;
  const year = Number(r.Year);
  if (!countries.isValid(code) || year < FIRST_YEAR) continue;
  values[code] ??= Array<number | null>(lastYear - FIRST_YEAR + 1).fill(null);
  values[code][year - FIRST_YEAR] = Math.round(Number(r.Value));
}
const out = {
  source:
    'World Bank, World Development Indicators: total population (SP.POP.TOTL), via the Open ' +
    'Knowledge "datasets/population" package, PDDL 1.0.',
  firstYear: FIRST_YEAR,
  values: Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b))),
};
writeFileSync(path.join(root, 'data/population.json'), JSON.stringify(out) + '\n');
console.log(
  `data/population.json: ${Object.keys(values).length} countries, ${FIRST_YEAR}–${lastYear}`,
);
