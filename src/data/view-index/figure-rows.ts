/**
 * The rows each of a view's figures' SQL returns (data/queries: flows, places, summary, sectors,
 * years, sector-routes), worked out from the view index's tables instead: the same groups, sums,
 * cell keys (Σ key modulo KEY_RANGE), HAVING and ORDER BY, so that the functions reading the
 * engine's rows read these to the same aggregates. Texts order as the engine orders them (code
 * unit by code unit, NULL last), which is its byte order for the ASCII ids and names compared.
 */
import { KEY_RANGE } from '../../domain/disclosure';
import type { Row } from '../connector';
import type { FilterTerms } from '../queries/filter';
import type { Grouping, IndexTable } from './index-table';
import { matchingRows } from './matching-rows';

/** Every year, as data/queries/filter everyYear. */
export function everyYearTerms(terms: FilterTerms): FilterTerms {
  return { ...terms, yearFrom: -32768, yearTo: 32767 };
}

/** The engine's order of texts: NULL last. */
export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The sums and flags of the groups of some rows, in arrays indexed by group (and year, for groups
 * by year): the rows' group codes were worked out when the index was built. Cell keys are summed
 * as numbers and taken modulo KEY_RANGE when read: each row's key is below 2^32 and a group holds
 * at most MAX_INDEXED_CASES rows' worth, so the sums stay exact, however they are added up.
 */
class Groups {
  private constructor(
    private readonly table: IndexTable,
    private readonly grouping: Grouping,
    /** How many years each group is split into (1: not by year). */
    private readonly span: number,
    private readonly sums: Record<string, Float64Array>,
    private readonly anys: Record<string, Uint8Array>,
    /** The group (and year) indices seen, in the order first seen. */
    readonly found: number[],
  ) {}

  static of(
    table: IndexTable,
    by: string,
    rows: Int32Array,
    summed: readonly string[],
    flagged: readonly string[],
    byYear = false,
  ): Groups {
    const grouping = table.groupings[by]!;
    const span = byYear ? table.yearMax - table.yearMin + 1 : 1;
    const size = grouping.texts.length * span;
    const seen = new Uint8Array(size);
    const codes = grouping.codes;
    const year = table.year;
    const yearMin = table.yearMin;
    const columns = summed.map((name) => table.numbers[name]!);
    const sums = summed.map(() => new Float64Array(size));
    const flags = flagged.map((name) => table.flags[name]!);
    const anys = flagged.map(() => new Uint8Array(size));
    const found: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const g = byYear ? codes[r]! * span + (year[r]! - yearMin) : codes[r]!;
      if (seen[g] === 0) {
        seen[g] = 1;
        found.push(g);
      }
      for (let m = 0; m < columns.length; m++) sums[m]![g]! += columns[m]![r]!;
      for (let f = 0; f < flags.length; f++) anys[f]![g]! |= flags[f]![r]!;
    }
    return new Groups(table, grouping, span, named(summed, sums), named(flagged, anys), found);
  }

  /** Of groups by year: the same sums over the years from–to, by group alone. */
  inYears(from: number, to: number): Groups {
    const size = this.grouping.texts.length;
    const summed = Object.keys(this.sums);
    const flagged = Object.keys(this.anys);
    const byYear = summed.map((name) => this.sums[name]!);
    const flagsByYear = flagged.map((name) => this.anys[name]!);
    const sums = summed.map(() => new Float64Array(size));
    const anys = flagged.map(() => new Uint8Array(size));
    const seen = new Uint8Array(size);
    const found: number[] = [];
    const { span } = this;
    const yearMin = this.table.yearMin;
    for (const g of this.found) {
      const year = yearMin + (g % span);
      if (year < from || year > to) continue;
      const c = (g - (g % span)) / span;
      if (seen[c] === 0) {
        seen[c] = 1;
        found.push(c);
      }
      for (let m = 0; m < sums.length; m++) sums[m]![c]! += byYear[m]![g]!;
      for (let f = 0; f < anys.length; f++) anys[f]![c]! |= flagsByYear[f]![g]!;
    }
    return new Groups(
      this.table,
      this.grouping,
      1,
      named(summed, sums),
      named(flagged, anys),
      found,
    );
  }

  /** The memory its arrays take. */
  get bytes(): number {
    const cells = this.grouping.texts.length * this.span;
    return groupBytes(cells, Object.keys(this.sums).length, Object.keys(this.anys).length);
  }

  sum(name: string, g: number): number {
    return this.sums[name]![g]!;
  }

  key(name: string, g: number): number {
    return this.sums[name]![g]! % KEY_RANGE;
  }

  any(name: string, g: number): boolean {
    return this.anys[name]![g] === 1;
  }

  /** The texts of group g, in the grouping's order. */
  texts(g: number): (string | null)[] {
    return this.grouping.texts[Math.floor(g / this.span)]!;
  }

  year(g: number): number {
    return this.table.yearMin + (g % this.span);
  }
}

/** The memory of groups' arrays: a number per cell and sum, a byte per cell and flag. */
function groupBytes(cells: number, summed: number, flagged: number): number {
  return cells * (8 * summed + flagged);
}

function named<T>(names: readonly string[], values: T[]): Record<string, T> {
  return Object.fromEntries(names.map((name, i) => [name, values[i]!]));
}

/** The most memory the groups by year kept for reuse may take, per table and one of them. */
const KEPT_BYTES = 4 * 1024 * 1024;
const KEPT_ONE_BYTES = 1024 * 1024;
/** Per table (going with it): groups by year by what they were worked out for, and their bytes. */
const kept = new WeakMap<IndexTable, { groups: Map<string, Groups>; bytes: number }>();

/**
 * The groups by year of the rows that meet every term but the years, kept for reuse (least
 * recently used dropped first): a change of years, or Play, only adds up the years of groups
 * worked out already, and two figures grouping one table alike (a place's totals, and by year)
 * share one pass. Null where they would take too much memory to keep.
 */
function keptGroupsByYear(
  table: IndexTable,
  by: string,
  terms: FilterTerms,
  summed: readonly string[],
  flagged: readonly string[],
): Groups | null {
  const span = table.yearMax - table.yearMin + 1;
  const cells = table.groupings[by]!.texts.length * span;
  if (groupBytes(cells, summed.length, flagged.length) > KEPT_ONE_BYTES) return null;
  let mine = kept.get(table);
  if (!mine) kept.set(table, (mine = { groups: new Map(), bytes: 0 }));
  const every = everyYearTerms(terms);
  const id = `${by}|${summed.join()}|${flagged.join()}|${JSON.stringify(every)}`;
  let groups = mine.groups.get(id);
  if (groups) {
    mine.groups.delete(id);
  } else {
    groups = Groups.of(table, by, matchingRows(table, every), summed, flagged, true);
    mine.bytes += groups.bytes;
    for (const [oldest, old] of mine.groups) {
      if (mine.bytes <= KEPT_BYTES) break;
      mine.groups.delete(oldest);
      mine.bytes -= old.bytes;
    }
  }
  mine.groups.set(id, groups);
  return groups;
}

/** The groups by year of the rows that meet every term but the years, kept ones where they may be. */
function groupsByYear(
  table: IndexTable,
  by: string,
  terms: FilterTerms,
  summed: readonly string[],
  flagged: readonly string[],
): Groups {
  return (
    keptGroupsByYear(table, by, terms, summed, flagged) ??
    Groups.of(table, by, matchingRows(table, everyYearTerms(terms)), summed, flagged, true)
  );
}

/** The groups of the rows that meet every term, by way of the groups by year where kept. */
function groupsOf(
  table: IndexTable,
  by: string,
  terms: FilterTerms,
  summed: readonly string[],
  flagged: readonly string[],
): Groups {
  return (
    keptGroupsByYear(table, by, terms, summed, flagged)?.inYears(terms.yearFrom, terms.yearTo) ??
    Groups.of(table, by, matchingRows(table, terms), summed, flagged)
  );
}

const FIGURE = ['victims', 'key_sum'] as const;

/** As data/queries/flows flowLegsSql: legs with their sector mixes, largest first. */
export function legRows(
  legs: IndexTable,
  sectors: IndexTable,
  terms: FilterTerms,
  extra: readonly string[] = [],
): Row[] {
  const by = ['src', 'dst', ...extra].join(',');
  const t = groupsOf(legs, by, terms, FIGURE, ['suppressed']);
  const s = groupsOf(sectors, 'src,dst,sector', terms, FIGURE, []);
  // The sector mixes by leg (a NULL end joins nothing; a NULL sector is left out of the lists).
  const mixes = new Map<string, { sector: string; v: number; k: number }[]>();
  for (const g of s.found) {
    const [from, to, sector] = s.texts(g);
    if (from === null || to === null || sector === null) continue;
    const id = `${from}\u0000${to}`;
    const list = mixes.get(id) ?? [];
    list.push({ sector: sector!, v: s.sum('victims', g), k: s.key('key_sum', g) });
    mixes.set(id, list);
  }
  const rows: Row[] = [];
  for (const g of t.found) {
    const [from, to, ...more] = t.texts(g);
    const mix = from === null || to === null ? [] : [...(mixes.get(`${from}\u0000${to}`) ?? [])];
    mix.sort((a, b) => b.v - a.v || compareText(a.sector, b.sector));
    const row: Row = { src: from!, dst: to! };
    extra.forEach((c, i) => (row[c] = more[i]!));
    Object.assign(row, {
      victims: t.sum('victims', g),
      key: t.key('key_sum', g),
      partial: t.any('suppressed', g),
      sector_names: mix.map((m) => m.sector),
      sector_victims: mix.map((m) => m.v),
      sector_keys: mix.map((m) => m.k),
    });
    rows.push(row);
  }
  return rows.sort(
    (a, b) =>
      (b.victims as number) - (a.victims as number) ||
      compareText(a.src as string | null, b.src as string | null) ||
      compareText(a.dst as string | null, b.dst as string | null),
  );
}

const ROLES = ['o', 'i', 't', 'n', 'inv'] as const;
const ROLE_NAMES = ['outgoing', 'incoming', 'transit', 'internal', 'involved'] as const;
export const ROLE_NUMBERS = [...ROLES, ...ROLES.map((r) => `k${r}`)];

/** As data/queries/places roleTotalsSql: each place's totals by role (per year too). */
export function roleRows(roles: IndexTable, terms: FilterTerms, byYear: boolean): Row[] {
  const flagged = ['suppressed', 'has_role'];
  const groups = byYear
    ? groupsByYear(roles, 'place', terms, ROLE_NUMBERS, flagged)
    : groupsOf(roles, 'place', terms, ROLE_NUMBERS, flagged);
  const rows: Row[] = [];
  for (const g of groups.found) {
    if (!groups.any('has_role', g)) continue;
    const row: Row = byYear ? { year: groups.year(g) } : {};
    row.place = groups.texts(g)[0]!;
    ROLES.forEach((r, i) => (row[ROLE_NAMES[i]!] = groups.sum(r, g)));
    row.partial = groups.any('suppressed', g);
    ROLES.forEach((r, i) => (row[`k_${ROLE_NAMES[i]!}`] = groups.key(`k${r}`, g)));
    rows.push(row);
  }
  const byPlace = (a: Row, b: Row) =>
    compareText(a.place as string | null, b.place as string | null);
  return rows.sort(
    byYear
      ? (a, b) => byPlace(a, b) || (a.year as number) - (b.year as number)
      : (a, b) => (b.involved as number) - (a.involved as number) || byPlace(a, b),
  );
}

/**
 * As data/queries/summary filterSummarySql: the filter's totals, one row (the cases grouped by
 * their `unplaced` flag: 1 for a case with an end unknown).
 */
export function summaryRows(cases: IndexTable, terms: FilterTerms): Row[] {
  const groups = groupsOf(cases, 'unplaced', terms, FIGURE, ['suppressed']);
  let v = 0;
  let k = 0;
  let uv = 0;
  let uk = 0;
  let partial = false;
  for (const g of groups.found) {
    v += groups.sum('victims', g);
    k += groups.sum('key_sum', g);
    if (groups.texts(g)[0] === '1') {
      uv += groups.sum('victims', g);
      uk += groups.sum('key_sum', g);
    }
    partial ||= groups.any('suppressed', g);
  }
  return [
    {
      victims: v,
      key: k % KEY_RANGE,
      unplaced: uv,
      unplaced_key: uk % KEY_RANGE,
      partial,
    },
  ];
}

/** As data/queries/years yearTotalsSql: each year's total under every filter but the years. */
export function yearRows(cases: IndexTable, terms: FilterTerms): Row[] {
  const groups = groupsByYear(cases, '', terms, FIGURE, ['suppressed']);
  return groups.found
    .map((g) => ({
      year: groups.year(g),
      victims: groups.sum('victims', g),
      key: groups.key('key_sum', g),
      partial: groups.any('suppressed', g),
    }))
    .sort((a, b) => a.year - b.year);
}

/** As data/queries/sectors sectorTotalsSql: per sector and sex, under every filter but sectors. */
export function sectorRows(table: IndexTable, terms: FilterTerms): Row[] {
  const groups = groupsOf(table, 'sector,sex_group', { ...terms, sectorMask: null }, FIGURE, [
    'suppressed',
  ]);
  return groups.found
    .map((g) => {
      const [sector, sex] = groups.texts(g);
      return {
        sector: sector!,
        sex: sex!,
        victims: groups.sum('victims', g),
        key: groups.key('key_sum', g),
        partial: groups.any('suppressed', g),
      };
    })
    .sort((a, b) => compareText(a.sector, b.sector) || compareText(a.sex, b.sex));
}

/** As data/queries/sector-routes sectorRoutesSql: origin → sector and sector → destination. */
export function sectorRouteRows(table: IndexTable, terms: FilterTerms): Row[] {
  const anySector = { ...terms, sectorMask: null };
  const rows: { end: string; place: string | null; sector: string | null; [k: string]: unknown }[] =
    [];
  for (const end of ['origin', 'destination'] as const) {
    const groups = groupsOf(table, `${end},sector`, anySector, FIGURE, ['suppressed']);
    for (const g of groups.found) {
      const [place, sector] = groups.texts(g);
      rows.push({
        end,
        place: place!,
        sector: sector!,
        victims: groups.sum('victims', g),
        key: groups.key('key_sum', g),
        partial: groups.any('suppressed', g),
      });
    }
  }
  rows.sort(
    (a, b) =>
      compareText(b.end, a.end) || compareText(a.place, b.place) || compareText(a.sector, b.sector),
  );
  return rows as Row[];
}
