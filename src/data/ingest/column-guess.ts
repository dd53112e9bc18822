/**
 * Guesses, for a file no importer knows, which column is which: from the column's name (in
 * English, Spanish and Portuguese) and confirmed by its values (a column of years, of country
 * names, of counts…). A name whose values do not agree is not guessed, and said so.
 */
import { normalizeCountry } from '../../domain/country-names';
import { normalizeName } from '../../domain/country-index';
import { normalizeSector } from '../../domain/sectors';
import { interfaceSectorVocabulary } from '../../i18n/sector-text';
import { ageOf, cellText, parseCount, parseYear, sexOf } from './cells';

/** The canonical fields a column-mapping dialog can fill, in the order it shows them. */
export const MAPPABLE_FIELDS = [
  'year',
  'origin',
  'transit',
  'destination',
  'sector',
  'sex',
  'age_group',
  'victims',
  'origin_place',
  'destination_place',
  'origin_lat',
  'origin_lon',
  'destination_lat',
  'destination_lon',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Canonical field → the file's column (as headerCells writes it) that holds it. */
export type ColumnMapping = Partial<Record<MappableField, string>>;

/** Each guess, and each name that looked like a field but whose values did not agree. */
export interface ColumnGuess {
  mapping: ColumnMapping;
  /** Field → column, guessed from the name and confirmed by the values. */
  recognised: { field: MappableField; column: string }[];
  /** Columns named like a field whose values are not what that field holds. */
  doubtful: { field: MappableField; column: string }[];
  /** Columns left unguessed. */
  unrecognised: string[];
}

/** A place inside a country, by the words for one (before origin/destination, which match too). */
const INSIDE =
  '(departamento|provincia|province|estado|state|region|regiao|ciudad|cidade|city|municipio|localidad|lugar|local|place|distrito)';
const LAT = '(lat|latitud|latitude)';
const LON = '(lon|lng|long|longitud|longitude)';
const ORIGIN = '(origin|origen|origem)';
const DESTINATION = '(destin\\w*|explotacion|exploracao|exploitation)';
const both = (a: string, b: string) => new RegExp(`\\b${a}\\b.*\\b${b}|\\b${b}\\b.*\\b${a}`);

/** Column names (through normalizeName), field by field, in the order they are tried. */
const NAMES: [MappableField, RegExp][] = [
  ['year', /^(year|yr|ano|anio|anno|annee|periodo|period|gestion|ejercicio)\b|\b(year|ano|anio)$/],
  ['origin_lat', both(LAT, ORIGIN)],
  ['origin_lon', both(LON, ORIGIN)],
  ['destination_lat', both(LAT, DESTINATION)],
  ['destination_lon', both(LON, DESTINATION)],
  ['origin_place', both(INSIDE, ORIGIN)],
  ['destination_place', both(INSIDE, DESTINATION)],
  ['transit', /transit/],
  [
    'destination',
    /destin|pais (de )?(explotacion|exploracao)|country of exploitation|exploitation country|pais (de )?(deteccion|deteccao|rescate)|detected in|countryofexploitation/,
  ],
  [
    'origin',
    /origin|origen|origem|nacionalidad|nacionalidade|nationality|citizenship|ciudadania|cidadania|procedencia|pais de nacimiento|country of birth/,
  ],
  [
    'sector',
    /sector|setor|finalidad|finalidade|explotacion|exploracao|exploitation|purpose|modalidad|tipo de trata|forma/,
  ],
  ['sex', /^(sex|sexo|sexe|gender|genero)\b|\b(sex|sexo|genero|gender)$/],
  [
    'age_group',
    /^(age|edad|idade)\b|grupo etario|faixa etaria|age group|\b(edad|idade|age)$|minor|menor/,
  ],
  [
    'victims',
    /victim|vitima|casos|cases|cantidad|quantidade|count|numero|number|personas|pessoas|total|valor|value|frecuencia/,
  ],
];

/** Whether at least `share` of the non-empty cells pass `test`. */
function mostly(cells: string[], test: (c: string) => boolean, share: number): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length > 0 && filled.filter(test).length >= share * filled.length;
}

const isPlace = (c: string) => normalizeCountry(c, { alpha2: false }).kind !== 'not-understood';

/** A number within ±`max` (a latitude or a longitude). */
const coordinate = (max: number) => (c: string) => {
  const n = Number(c.replace(',', '.'));
  return c !== '' && Number.isFinite(n) && Math.abs(n) <= max;
};
/** Names, not numbers: what a column of places inside countries holds. */
const isName = (c: string) => /\p{L}/u.test(c);

/** Whether a column's values are what `field` holds. */
const VALUES: Record<MappableField, (cells: string[]) => boolean> = {
  year: (cells) => mostly(cells, (c) => parseYear(c) !== null, 0.9),
  origin: (cells) => mostly(cells, isPlace, 0.6),
  destination: (cells) => mostly(cells, isPlace, 0.6),
  transit: (cells) => mostly(cells, (c) => c.split(';').every((p) => isPlace(p.trim())), 0.6),
  sector: (cells) =>
    mostly(cells, (c) => normalizeSector(c, interfaceSectorVocabulary()) !== null, 0.5),
  sex: (cells) => mostly(cells, (c) => sexOf(c) !== 'unknown', 0.6),
  age_group: (cells) => mostly(cells, (c) => ageOf(c) !== 'unknown', 0.6),
  victims: (cells) => mostly(cells, (c) => parseCount(c) !== null, 0.9),
  origin_place: (cells) => mostly(cells, isName, 0.9),
  destination_place: (cells) => mostly(cells, isName, 0.9),
  origin_lat: (cells) => mostly(cells, coordinate(90), 0.9),
  origin_lon: (cells) => mostly(cells, coordinate(180), 0.9),
  destination_lat: (cells) => mostly(cells, coordinate(90), 0.9),
  destination_lon: (cells) => mostly(cells, coordinate(180), 0.9),
};

/** The guess for a header (as headerCells writes it) and the rows under it (a sample will do). */
export function guessColumns(header: string[], rows: unknown[][]): ColumnGuess {
  const sample = rows.slice(0, 200);
  const guess: ColumnGuess = { mapping: {}, recognised: [], doubtful: [], unrecognised: [] };
  const taken = new Set<string>();
  header.forEach((column, i) => {
    if (column === '' || taken.has(column)) return;
    const name = normalizeName(column); // "pais_origen" → "pais origen"
    for (const [field, pattern] of NAMES) {
      if (guess.mapping[field] || !pattern.test(name)) continue;
      const cells = sample.map((r) => cellText(r[i]));
      if (VALUES[field](cells)) {
        guess.mapping[field] = column;
        guess.recognised.push({ field, column });
        taken.add(column);
      } else guess.doubtful.push({ field, column });
      return;
    }
  });
  guess.unrecognised = header.filter((h) => h !== '' && !taken.has(h));
  return guess;
}
