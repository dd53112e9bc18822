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
 * at most MAX_INDEXED_CASES rows' worth, so the sums stay exact.
 */
class Groups {
  private readonly grouping: Grouping;
  private readonly span: number;
  private readonly seen: Uint8Array;
  private readonly sums: Record<string, Float64Array> = {};
  private readonly anys: Record<string, Uint8Array> = {};
  /** The group and year indices seen, in the order first seen. */
  readonly found: number[] = [];

  constructor(
    private readonly table: IndexTable,
    by: string,
    rows: Int32Array,
    summed: readonly string[],
    flagged: readonly string[],
    byYear = false,
  ) {
    this.grouping = table.groupings[by]!;
    this.span = byYear ? table.yearMax - table.yearMin + 1 : 1;
    const size = this.grouping.texts.length * this.span;
    this.seen = new Uint8Array(size);
    const codes = this.grouping.codes;
    const year = table.year;
    const yearMin = table.yearMin;
    const span = this.span;
    const columns = summed.map((name) => table.numbers[name]!);
    const sums = summed.map(() => new Float64Array(size));
    const flags = flagged.map((name) => table.flags[name]!);
    const anys = flagged.map(() => new Uint8Array(size));
    const seen = this.seen;
    const found = this.found;
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
    summed.forEach((name, m) => (this.sums[name] = sums[m]!));
    flagged.forEach((name, f) => (this.anys[name] = anys[f]!));
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

const FIGURE = ['victims', 'key_sum'] as const;

/** As data/queries/flows flowLegsSql: legs with their sector mixes, largest first. */
export function legRows(
  legs: IndexTable,
  sectors: IndexTable,
  terms: FilterTerms,
  extra: readonly string[] = [],
): Row[] {
  const by = ['src', 'dst', ...extra].join(',');
  const t = new Groups(legs, by, matchingRows(legs, terms), FIGURE, ['suppressed']);
  const s = new Groups(sectors, 'src,dst,sector', matchingRows(sectors, terms), FIGURE, []);
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
  const groups = new Groups(
    roles,
    'place',
    matchingRows(roles, terms),
    ROLE_NUMBERS,
    ['suppressed', 'has_role'],
    byYear,
  );
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

/** As data/queries/summary filterSummarySql: the filter's totals, one row. */
export function summaryRows(cases: IndexTable, terms: FilterTerms): Row[] {
  const rows = matchingRows(cases, terms);
  const victims = cases.numbers.victims!;
  const keys = cases.numbers.key_sum!;
  const unplaced = cases.flags.unplaced!;
  const suppressed = cases.flags.suppressed!;
  let v = 0;
  let k = 0;
  let uv = 0;
  let uk = 0;
  let partial = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    v += victims[r]!;
    k += keys[r]!;
    if (unplaced[r]) {
      uv += victims[r]!;
      uk += keys[r]!;
    }
    partial |= suppressed[r]!;
  }
  return [
    {
      victims: v,
      key: k % KEY_RANGE,
      unplaced: uv,
      unplaced_key: uk % KEY_RANGE,
      partial: partial === 1,
    },
  ];
}

/** As data/queries/years yearTotalsSql: each year's total under every filter but the years. */
export function yearRows(cases: IndexTable, terms: FilterTerms): Row[] {
  const rows = matchingRows(cases, everyYearTerms(terms));
  const groups = new Groups(cases, '', rows, FIGURE, ['suppressed'], true);
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
  const rows = matchingRows(table, { ...terms, sectorMask: null });
  const groups = new Groups(table, 'sector,sex_group', rows, FIGURE, ['suppressed']);
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
  const matching = matchingRows(table, { ...terms, sectorMask: null });
  const rows: { end: string; place: string | null; sector: string | null; [k: string]: unknown }[] =
    [];
  for (const end of ['origin', 'destination'] as const) {
    const groups = new Groups(table, `${end},sector`, matching, FIGURE, ['suppressed']);
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
