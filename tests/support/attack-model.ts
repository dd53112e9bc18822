/**
 * What an outside attacker knows of Rutas's data model, written from scratch here (not from the
 * product's SQL): for every figure a view publishes, which cube cells it adds up and how many
 * times each. With the published figure's interval of possible exact values (the p-table is
 * public), each figure is one linear constraint on the unknown cell counts.
 */
import { possibleValues, type DisclosurePolicy } from '../../src/domain/disclosure';
import type { PublishedView } from '../../src/domain/publish';
import type { CaseRecord, Filter } from '../../src/domain/types';

/** One cube cell: a distinct case shape, with its exact count (the attacker's unknown). */
export interface Cell extends CaseRecord {
  index: number;
}

/** Σ coef · x_cell within [lo, hi]. */
export interface Constraint {
  coef: Map<number, number>;
  lo: number;
  hi: number;
  /** The figure it comes from, for messages. */
  name: string;
}

/** Distinct case shapes with their victims summed, as the cube holds them. */
export function cubeCells(rows: CaseRecord[]): Cell[] {
  const byShape = new Map<string, Cell>();
  for (const r of rows) {
    const id = JSON.stringify([
      r.year,
      r.origin,
      r.transit,
      r.destination,
      r.sectors,
      r.sex,
      r.ageGroup,
    ]);
    const cell = byShape.get(id);
    if (cell) cell.victims += r.victims;
    else byShape.set(id, { ...r, transit: [...r.transit], index: byShape.size });
  }
  return [...byShape.values()];
}

function stops(c: CaseRecord): string[] {
  if (c.origin === null || c.destination === null) return [];
  const raw = [c.origin, ...c.transit, c.destination];
  return raw.filter((x, i) => i === 0 || x !== raw[i - 1]);
}

function legCount(c: CaseRecord, from: string, to: string): number {
  const s = stops(c);
  let n = 0;
  for (let i = 0; i + 1 < s.length; i++) if (s[i] === from && s[i + 1] === to) n++;
  return n;
}

const isInternal = (c: CaseRecord) =>
  c.origin !== null && c.origin === c.destination && c.transit.every((t) => t === c.origin);

const placesOf = (c: CaseRecord) =>
  new Set([c.origin, ...c.transit, c.destination].filter((x): x is string => x !== null));

type Role = 'outgoing' | 'incoming' | 'transit' | 'internal' | 'involved';

function hasRole(c: CaseRecord, place: string, role: Role): boolean {
  if (!placesOf(c).has(place)) return false;
  const internal = isInternal(c);
  switch (role) {
    case 'outgoing':
      return place === c.origin && !internal;
    case 'incoming':
      return place === c.destination && !internal;
    case 'transit':
      return (
        c.origin !== null && c.destination !== null && place !== c.origin && place !== c.destination
      );
    case 'internal':
      return internal && place === c.origin;
    case 'involved':
      return true;
  }
}

function matches(c: CaseRecord, f: Filter): boolean {
  if (c.year < f.yearFrom || c.year > f.yearTo) return false;
  if (f.sectors.length > 0 && !c.sectors.some((s) => f.sectors.includes(s))) return false;
  if (f.place && !placesOf(c).has(f.place)) return false;
  if (f.sexes && f.sexes.length > 0 && !f.sexes.includes(c.sex)) return false;
  if (f.ageGroups && f.ageGroups.length > 0 && !f.ageGroups.includes(c.ageGroup)) return false;
  return true;
}

const noSectors = (f: Filter): Filter => ({ ...f, sectors: [] });
const everyYear = (f: Filter): Filter => ({ ...f, yearFrom: -32768, yearTo: 32767 });

/** The constraints one published view puts on the cells. */
export function viewConstraints(
  cells: readonly Cell[],
  filter: Filter,
  view: PublishedView,
  policy: DisclosurePolicy,
): Constraint[] {
  const out: Constraint[] = [];
  const add = (
    name: string,
    figure: Parameters<typeof possibleValues>[0],
    weight: (c: Cell) => number,
    exists = false,
  ) => {
    const [lo, hi] = possibleValues(figure, policy, exists);
    const coef = new Map<number, number>();
    for (const c of cells) {
      const w = weight(c);
      if (w !== 0) coef.set(c.index, w);
    }
    out.push({ coef, lo, hi, name });
  };
  const inView = (c: Cell) => matches(c, filter);
  add('total', view.victims, (c) => (inView(c) ? 1 : 0));
  add('unplaced', view.unplaced, (c) =>
    inView(c) && (c.origin === null || c.destination === null) ? 1 : 0,
  );
  for (const leg of view.legs) {
    const n = (c: Cell) => (inView(c) ? legCount(c, leg.from, leg.to) : 0);
    add(`leg ${leg.from}>${leg.to}`, leg.victims, n, true);
    for (const s of leg.sectors) {
      const inSector = (c: Cell) => (c.sectors.includes(s.sector) ? n(c) : 0);
      add(`leg ${leg.from}>${leg.to} ${s.sector}`, s.victims, inSector, true);
    }
  }
  for (const p of view.places) {
    for (const role of ['outgoing', 'incoming', 'transit', 'internal', 'involved'] as const) {
      const w = (c: Cell) => (inView(c) && hasRole(c, p.place, role) ? 1 : 0);
      add(`${role} ${p.place}`, p[role], w);
    }
  }
  const barFilter = noSectors(filter);
  for (const bar of view.sectors) {
    const inBar = (c: Cell) => matches(c, barFilter) && c.sectors.includes(bar.sector);
    add(`bar ${bar.sector}`, bar.victims, (c) => (inBar(c) ? 1 : 0));
    for (const x of bar.bySex) {
      add(
        `bar ${bar.sector} ${x.sex}`,
        x.victims,
        (c) => (inBar(c) && c.sex === x.sex ? 1 : 0),
        true,
      );
    }
  }
  for (const link of view.sectorRoutes) {
    const end = (c: Cell) => (link.end === 'origin' ? c.origin : c.destination);
    const w = (c: Cell) =>
      matches(c, barFilter) && c.sectors.includes(link.sector) && end(c) === link.place ? 1 : 0;
    add(`route ${link.end} ${link.place} ${link.sector}`, link.victims, w, true);
  }
  const yearFilter = everyYear(filter);
  for (const y of view.years) {
    add(`year ${y.year}`, y.victims, (c) => (matches(c, yearFilter) && c.year === y.year ? 1 : 0));
  }
  for (const py of view.placeYears) {
    for (const role of ['outgoing', 'incoming', 'transit', 'internal', 'involved'] as const) {
      const w = (c: Cell) =>
        matches(c, yearFilter) && c.year === py.year && hasRole(c, py.place, role) ? 1 : 0;
      add(`${role} ${py.place} in ${py.year}`, py[role], w);
    }
  }
  return out.filter((c) => c.coef.size > 0 || c.lo > 0);
}
