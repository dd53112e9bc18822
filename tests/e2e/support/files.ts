/**
 * Files made for browser tests, written to a temporary folder: a CTDC 2020-format file of the real
 * size (schema from tests/fixtures/ctdc, invented rows) and a large Rutas-format file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SHARED_DATA as SHARED } from '../../support/shared';
import { random } from '../../support/random';

const dir = mkdtempSync(path.join(tmpdir(), 'rutas-files-'));

/**
 * `rows` rows in the CTDC 2020 k-anonymized layout (its real 63-column header, alpha-2 countries,
 * -99 missing, 0/1 flags). Returns the file's path.
 */
export function ctdc2020File(rows: number, seed = 7): string {
  const header = readFileSync(`${SHARED}/ctdc/ctdc-2020-header-excerpt.csv`, 'utf8').split(
    /\r?\n/,
  )[0]!;
  const columns = header.split(',');
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const places = [
    'VE',
    'CO',
    'EC',
    'PE',
    'BO',
    'PY',
    'AR',
    'BR',
    'CL',
    'UY',
    'GY',
    'SR',
    'US',
    'ES',
    '00',
  ];
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const cell: Record<string, string> = {
      yearOfRegistration: String(2002 + Math.floor(rand() * 18)),
      Datasource: pick(['Case Management', 'Hotline']),
      gender: pick(['Female', 'Male', 'Unknown']),
      ageBroad: pick(['0--8', '9--17', '18--20', '21--23', '30--38', '48+', '-99']),
      citizenship: pick(places),
      CountryOfExploitation: pick(places),
    };
    lines.push(
      columns
        .map(
          (c) =>
            cell[c] ?? (c.endsWith('Concatenated') ? '-99' : pick(['0', '0', '0', '1', '-99'])),
        )
        .join(','),
    );
  }
  const file = path.join(dir, `ctdc-2020-${rows}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** A large Rutas-format file, for a load slow enough to cancel. */
export function largeRutasFile(rows: number, seed = 11): string {
  const rand = random(seed);
  const places = ['VEN', 'COL', 'ECU', 'PER', 'BOL', 'PRY', 'ARG', 'BRA', 'CHL'];
  const lines = ['year,origin,transit,destination,sector,sex,age_group,victims'];
  for (let i = 0; i < rows; i++) {
    const p = () => places[Math.floor(rand() * places.length)]!;
    lines.push(`${2010 + Math.floor(rand() * 12)},${p()},,${p()},mining,female,adult,1`);
  }
  const file = path.join(dir, `large-${rows}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/**
 * `rows` rows in the Rutas format over many routes, sectors, sexes and ages, so that most rows
 * are distinct: a file whose views' tables take a while to build.
 */
export function manyRoutesFile(rows: number, seed = 13): string {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const places = ['VEN', 'COL', 'ECU', 'PER', 'BOL', 'PRY', 'ARG', 'BRA', 'CHL', 'URY', 'GUY'];
  const sectors = ['mining', 'agriculture', 'domestic_work', 'sexual_exploitation', 'textiles'];
  const lines = ['year,origin,transit,destination,sector,sex,age_group,victims'];
  for (let i = 0; i < rows; i++) {
    const transit = rand() < 0.5 ? '' : pick(places);
    const row = [2010 + Math.floor(rand() * 14), pick(places), transit, pick(places)];
    row.push(pick(sectors), pick(['female', 'male', 'unknown']), pick(['adult', 'minor']));
    lines.push(`${row.join(',')},${1 + Math.floor(rand() * 3)}`);
  }
  const file = path.join(dir, `many-routes-${rows}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
