/**
 * A table of the view index (see view-index.ts) in typed columns: the filter columns every table
 * views read has (year, sector_mask, route_key, place_key, sex, age_group), the figures' numbers
 * as Float64Array (exact for integers below 2^53) and flags, texts by dictionary code, and for
 * each way a figure groups the table, each row's group (its combination of texts) as a code.
 */
import type { DbConnector } from '../connector';

/** A text column: a code per row, and the text of each code (null for NULL). */
export interface TextColumn {
  codes: Int32Array;
  values: (string | null)[];
}

/** The groups of a table by some of its texts: each row's group, and each group's texts. */
export interface Grouping {
  codes: Int32Array;
  texts: (string | null)[][];
}

export interface IndexTable {
  rows: number;
  /** NULL is NO_YEAR, outside every year range. */
  year: Int32Array;
  /** The range of the years (NO_YEAR aside), for groups by year. */
  yearMin: number;
  yearMax: number;
  /** NULL is 0, which shares no bit with any sector filter. */
  sectorMask: Int32Array;
  routeKey: TextColumn;
  placeKey: TextColumn;
  sex: TextColumn;
  ageGroup: TextColumn;
  numbers: Record<string, Float64Array>;
  /** TRUE is 1; FALSE and NULL are 0. */
  flags: Record<string, Uint8Array>;
  /** By the texts' names joined with ',' ('src,dst'). */
  groupings: Record<string, Grouping>;
}

export const NO_YEAR = -(2 ** 31);

/** The filter columns, as each index table's SELECT lists them first (none NULL as numbers). */
export const FILTER_COLUMNS = `coalesce(year::INTEGER, ${NO_YEAR}) AS year,
  coalesce(sector_mask, 0)::INTEGER AS sector_mask, route_key, place_key, sex, age_group`;

export interface TableSpec {
  numbers?: readonly string[];
  flags?: readonly string[];
  /** Each grouping a figure needs, as the names of its texts. */
  groupings: readonly (readonly string[])[];
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function textColumn(values: ArrayLike<unknown>): TextColumn {
  const codes = new Int32Array(values.length);
  const texts: (string | null)[] = [];
  const seen = new Map<string | null, number>();
  for (let r = 0; r < values.length; r++) {
    const value = text(values[r]);
    let code = seen.get(value);
    if (code === undefined) {
      code = texts.length;
      seen.set(value, code);
      texts.push(value);
    }
    codes[r] = code;
  }
  return { codes, values: texts };
}

/** Each row's combination of the given texts as a code, and each code's texts. */
function grouping(columns: TextColumn[], rows: number): Grouping {
  const codes = new Int32Array(rows);
  const texts: (string | null)[][] = [];
  // A combination as one number: the columns' codes in mixed radix (their dictionaries' sizes).
  const radix = columns.map((c) => Math.max(c.values.length, 1));
  if (radix.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER) {
    throw new Error('The view index cannot number this grouping.');
  }
  const seen = new Map<number, number>();
  for (let r = 0; r < rows; r++) {
    let id = 0;
    for (let c = 0; c < columns.length; c++) id = id * radix[c]! + columns[c]!.codes[r]!;
    let code = seen.get(id);
    if (code === undefined) {
      code = texts.length;
      seen.set(id, code);
      texts.push(columns.map((c) => c.values[c.codes[r]!]!));
    }
    codes[r] = code;
  }
  return { codes, texts };
}

/** Reads one SELECT (FILTER_COLUMNS first, then the spec's columns) into an index table. */
export async function readIndexTable(
  db: DbConnector,
  sql: string,
  spec: TableSpec,
): Promise<IndexTable> {
  const columns = await db.queryColumns(sql);
  const column = (name: string) => {
    const values = columns[name];
    if (!values) throw new Error(`The view index's query has no column ${name}.`);
    return values;
  };
  const rows = column('year').length;
  const year = Int32Array.from(column('year'), Number);
  let yearMin = Infinity;
  let yearMax = -Infinity;
  for (const y of year) {
    if (y === NO_YEAR) continue;
    yearMin = Math.min(yearMin, y);
    yearMax = Math.max(yearMax, y);
  }
  const texts = new Map<string, TextColumn>();
  const textOf = (name: string) => {
    if (!texts.has(name)) texts.set(name, textColumn(column(name)));
    return texts.get(name)!;
  };
  const table: IndexTable = {
    rows,
    year,
    yearMin: rows > 0 && yearMin !== Infinity ? yearMin : 0,
    yearMax: rows > 0 && yearMax !== -Infinity ? yearMax : 0,
    sectorMask: Int32Array.from(column('sector_mask'), Number),
    routeKey: textOf('route_key'),
    placeKey: textOf('place_key'),
    sex: textOf('sex'),
    ageGroup: textOf('age_group'),
    numbers: {},
    flags: {},
    groupings: {},
  };
  // Plain loops: a typed array's from() with a mapping function goes value by value through
  // the iterator protocol.
  for (const name of spec.numbers ?? []) {
    const values = column(name);
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) out[r] = Number(values[r] ?? 0);
    table.numbers[name] = out;
  }
  for (const name of spec.flags ?? []) {
    const values = column(name);
    const out = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) out[r] = Number(values[r]) === 1 ? 1 : 0;
    table.flags[name] = out;
  }
  for (const names of spec.groupings) {
    table.groupings[names.join(',')] = grouping(names.map(textOf), rows);
  }
  return table;
}
