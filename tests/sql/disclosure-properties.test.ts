/**
 * Property tests of disclosure control over the real pipeline: random case tables go through the
 * real SQL (duckdb-wasm in Node) and publishView for a random sequence of filters, and an attacker
 * written here, independent of the product's audit, tries to recover hidden cells from the
 * published figures:
 * - within a view, a country's totals minus its visible legs (and a leg minus its visible sectors,
 *   and a country's involved total minus its visible role totals);
 * - across views, the difference of the same figure under two nested filters.
 * The attacker reads a published figure as the range of exact values the public p-table lets
 * publish it. The many-state linear-programming attack is in cell-key-attack.test.ts.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { createNodeConnector } from '../../src/data/node-connector';
import { queryView } from '../../src/data/queries/view';
import {
  possibleValues,
  resolvePolicy,
  type Disclosed,
  type ResolvedPolicy,
} from '../../src/domain/disclosure';
import {
  PLACE_ROLES,
  publishView,
  type ChartAggregates,
  type PublishedView,
} from '../../src/domain/publish';
import type { Sector } from '../../src/domain/sectors';
import type { CaseRecord, Filter, LegAggregate, PlaceAggregate } from '../../src/domain/types';
import { countriesCsv, flowsCsv } from '../../src/export/csv';
import { caseRow, fillCases } from '../support/db';

const PLACES = ['ARG', 'BOL', 'BRA', 'CHL', 'PER', 'URY'];
const SECTORS: Sector[] = ['mining', 'agriculture', 'domestic_work'];
const YEARS = [2018, 2019, 2020, 2021];

/**
 * Random cases. `edgy` draws counts at the edges of the bands (14 and 19 are the tops of the bands
 * 10 and 15 when k = 10; 8 and 9 the largest hidden counts) and puts whole routes in one row, which is
 * where rounding alone lets totals pin a hidden cell.
 */
const caseArb = (edgy: boolean): fc.Arbitrary<CaseRecord> =>
  fc
    .record({
      stops: fc.shuffledSubarray(PLACES, { minLength: 2, maxLength: 4 }),
      unknownEnd: fc.constantFrom<null | 'origin' | 'destination'>(
        ...([...Array(18).fill(null), 'origin', 'destination'] as const),
      ),
      year: fc.constantFrom(...YEARS),
      sectors: fc.shuffledSubarray(SECTORS, { minLength: 1, maxLength: 2 }),
      victims: edgy
        ? fc.constantFrom(8, 9, 10, 14, 15, 17, 19, 20, 24)
        : fc.oneof(
            { weight: 6, arbitrary: fc.constant(1) },
            { weight: 3, arbitrary: fc.integer({ min: 2, max: 9 }) },
            { weight: 1, arbitrary: fc.integer({ min: 10, max: 40 }) },
          ),
      sourceSuppressed: fc.constantFrom(...Array(19).fill(false), true),
      sex: fc.constantFrom('female', 'male'),
    })
    .map((r) =>
      caseRow({
        origin: r.unknownEnd === 'origin' ? null : r.stops[0]!,
        transit: r.stops.slice(1, -1),
        destination: r.unknownEnd === 'destination' ? null : r.stops.at(-1)!,
        year: r.year,
        sectors: r.sectors,
        victims: r.sourceSuppressed ? 0 : r.victims,
        sourceSuppressed: r.sourceSuppressed,
        sex: r.sex,
      }),
    );

const filterArb: fc.Arbitrary<Filter> = fc
  .record({
    years: fc.tuple(fc.constantFrom(...YEARS), fc.constantFrom(...YEARS)),
    sectors: fc.subarray(SECTORS),
    place: fc.option(fc.constantFrom(...PLACES), { freq: 3 }),
    sexes: fc.subarray(['female', 'male'] as const),
  })
  .map(({ years: [a, b], sectors, place, sexes }) => ({
    yearFrom: Math.min(a, b),
    yearTo: Math.max(a, b),
    sectors,
    place,
    sexes: [...sexes],
  }));

interface ViewRun {
  filter: Filter;
  legs: LegAggregate[];
  places: PlaceAggregate[];
  /** Exact victims matching the filter, and per sector under the filter but its sectors. */
  victims: number;
  sectors: ChartAggregates['sectors'];
  /** Exact victims per year under the filter but its years. */
  years: ChartAggregates['years'];
  /** Exact origin → sector and sector → destination links under the filter but its sectors. */
  sectorRoutes: NonNullable<ChartAggregates['sectorRoutes']>;
  /** Exact per-country totals per year under the filter but its years. */
  placeYears: NonNullable<ChartAggregates['placeYears']>;
  published: PublishedView;
}

/** Every figure of a view by a name that means the same thing in every view. */
function cells(run: ViewRun): Map<string, { exact: number; published: Disclosed }> {
  const out = new Map<string, { exact: number; published: Disclosed }>();
  const legs = new Map(run.legs.map((l) => [`${l.from}>${l.to}`, l]));
  for (const leg of run.published.legs) {
    const exact = legs.get(`${leg.from}>${leg.to}`)!;
    out.set(`leg ${leg.from}>${leg.to}`, { exact: exact.victims, published: leg.victims });
    for (const s of leg.sectors) {
      const e = exact.sectors.find((x) => x.sector === s.sector)!.victims;
      out.set(`sector ${leg.from}>${leg.to} ${s.sector}`, { exact: e, published: s.victims });
    }
  }
  const places = new Map(run.places.map((p) => [p.place, p]));
  for (const p of run.published.places) {
    for (const role of PLACE_ROLES) {
      out.set(`${role} ${p.place}`, { exact: places.get(p.place)![role], published: p[role] });
    }
  }
  out.set('total', { exact: run.victims, published: run.published.victims });
  for (const bar of run.published.sectors) {
    const exact = run.sectors.find((x) => x.sector === bar.sector)!.victims;
    out.set(`bar ${bar.sector}`, { exact, published: bar.victims });
    const bySex = run.sectors.find((x) => x.sector === bar.sector)!.bySex ?? [];
    for (const seg of bar.bySex) {
      const e = bySex.find((x) => x.sex === seg.sex)!.victims;
      out.set(`bar ${bar.sector} ${seg.sex}`, { exact: e, published: seg.victims });
    }
  }
  for (const bar of run.published.years) {
    const exact = run.years.find((x) => x.year === bar.year)!.victims;
    out.set(`year ${bar.year}`, { exact, published: bar.victims });
  }
  for (const link of run.published.sectorRoutes) {
    const exact = run.sectorRoutes.find(
      (x) => x.end === link.end && x.place === link.place && x.sector === link.sector,
    )!.victims;
    out.set(routeName(link), { exact, published: link.victims });
  }
  for (const py of run.published.placeYears) {
    const exact = run.placeYears.find((x) => x.place === py.place && x.year === py.year)!;
    for (const role of PLACE_ROLES) {
      out.set(`${role} ${py.place} in ${py.year}`, { exact: exact[role], published: py[role] });
    }
  }
  return out;
}

/** A link of the origin → sector → destination chart, by a name that holds across views. */
function routeName(l: { end: string; place: string | null; sector: string }): string {
  return `route ${l.end} ${l.place ?? 'unknown'} ${l.sector}`;
}

/** The attacker's reading of a figure: the range of exact values that publish it. */
function attackerRange(
  d: Disclosed,
  knownToExist: boolean,
  policy: ResolvedPolicy,
): [number, number] {
  // The p-table is public: the product's possibleValues is checked against a brute-force
  // inversion of it in tests/unit/ptable.test.ts and disclosure.test.ts.
  return possibleValues(d, policy, knownToExist);
}

interface Term {
  id: string;
  sign: 1 | -1;
  knownToExist: boolean;
}

/**
 * The values a hidden cell can take given a relation Σ sign·cell = 0 and every other figure as
 * published. Returns [lo, hi] clipped to [0, k − 1].
 */
function attack(
  terms: Term[],
  target: string,
  figures: Map<string, { published: Disclosed }>,
  policy: ResolvedPolicy,
): [number, number] {
  const t = terms.find((x) => x.id === target)!;
  let lo = 0;
  let hi = 0;
  for (const x of terms) {
    if (x.id === target) continue;
    const [a, b] = attackerRange(figures.get(x.id)!.published, x.knownToExist, policy);
    // target = −sign_t · Σ sign_x · x
    const s = -t.sign * x.sign;
    lo += s > 0 ? a : -b;
    hi += s > 0 ? b : -a;
  }
  const [ownLo, ownHi] = attackerRange(figures.get(target)!.published, t.knownToExist, policy);
  return [Math.max(lo, ownLo), Math.min(hi, ownHi)];
}

/** The relations an attacker knows from the data model, written from scratch here. */
function relations(run: ViewRun): Term[][] {
  const rel: Term[][] = [];
  const leg = (l: { from: string; to: string }, sign: 1 | -1): Term => ({
    id: `leg ${l.from}>${l.to}`,
    sign,
    knownToExist: true,
  });
  const role = (r: string, p: string, sign: 1 | -1): Term => ({
    id: `${r} ${p}`,
    sign,
    knownToExist: false,
  });
  for (const p of run.published.places) {
    const out = run.published.legs.filter((l) => l.from === p.place).map((l) => leg(l, -1));
    const inn = run.published.legs.filter((l) => l.to === p.place).map((l) => leg(l, -1));
    rel.push([role('outgoing', p.place, 1), role('transit', p.place, 1), ...out]);
    rel.push([role('incoming', p.place, 1), role('transit', p.place, 1), ...inn]);
    rel.push([
      role('involved', p.place, 1),
      ...['outgoing', 'incoming', 'transit', 'internal'].map((r) => role(r, p.place, -1)),
    ]);
  }
  // With no sector filter, the sector chart's bars add up to the total (single-sector cases).
  if (run.filter.sectors.length === 0 && run.published.sectors.length > 0) {
    rel.push([
      { id: 'total', sign: 1, knownToExist: false },
      ...run.published.sectors.map((b): Term => ({
        id: `bar ${b.sector}`,
        sign: -1,
        knownToExist: true,
      })),
    ]);
  }
  // The year histogram's bars within the year range add up to the total.
  const inRange = run.published.years.filter(
    (y) => y.year >= run.filter.yearFrom && y.year <= run.filter.yearTo,
  );
  if (inRange.length > 0) {
    rel.push([
      { id: 'total', sign: 1, knownToExist: false },
      ...inRange.map((y): Term => ({ id: `year ${y.year}`, sign: -1, knownToExist: true })),
    ]);
  }
  // Each sector's bar is the sum of its victims by sex.
  for (const bar of run.published.sectors) {
    if (bar.bySex.length === 0) continue;
    rel.push([
      { id: `bar ${bar.sector}`, sign: 1, knownToExist: true },
      ...bar.bySex.map((x): Term => ({
        id: `bar ${bar.sector} ${x.sex}`,
        sign: -1,
        knownToExist: true,
      })),
    ]);
  }
  // Each sector's bar is the sum of its links from origins, and of its links to destinations;
  // with no sector filter a country's links add up to its role totals (single-sector cases).
  for (const end of ['origin', 'destination'] as const) {
    const links = run.published.sectorRoutes.filter((l) => l.end === end);
    const link = (l: (typeof links)[number]): Term => ({
      id: routeName(l),
      sign: -1,
      knownToExist: true,
    });
    for (const bar of run.published.sectors) {
      rel.push([
        { id: `bar ${bar.sector}`, sign: 1, knownToExist: true },
        ...links.filter((l) => l.sector === bar.sector).map(link),
      ]);
    }
    if (run.filter.sectors.length > 0) continue;
    for (const p of run.published.places) {
      const mine = links.filter((l) => l.place === p.place);
      if (mine.length === 0) continue;
      rel.push([
        role(end === 'origin' ? 'outgoing' : 'incoming', p.place, 1),
        role('internal', p.place, 1),
        ...mine.map(link),
      ]);
    }
  }
  // A country's totals per year within the range add up to its totals; a year's involved total
  // is the sum of its roles; with a country selected its involved total in a year is the year's bar.
  for (const p of run.published.places) {
    const inRange = run.published.placeYears.filter(
      (y) => y.place === p.place && y.year >= run.filter.yearFrom && y.year <= run.filter.yearTo,
    );
    if (inRange.length === 0) continue;
    for (const r of PLACE_ROLES) {
      rel.push([
        role(r, p.place, 1),
        ...inRange.map((y): Term => ({
          id: `${r} ${p.place} in ${y.year}`,
          sign: -1,
          knownToExist: false,
        })),
      ]);
    }
  }
  for (const y of run.published.placeYears) {
    const t = (r: string, sign: 1 | -1): Term => ({
      id: `${r} ${y.place} in ${y.year}`,
      sign,
      knownToExist: false,
    });
    rel.push([
      t('involved', 1),
      ...['outgoing', 'incoming', 'transit', 'internal'].map((r) => t(r, -1)),
    ]);
    if (y.place === run.filter.place) {
      rel.push([{ id: `year ${y.year}`, sign: 1, knownToExist: true }, t('involved', -1)]);
    }
  }
  for (const l of run.published.legs) {
    if (l.sectors.length === 0) continue;
    rel.push([
      leg(l, 1),
      ...l.sectors.map((s): Term => ({
        id: `sector ${l.from}>${l.to} ${s.sector}`,
        sign: -1,
        knownToExist: true,
      })),
    ]);
  }
  return rel;
}

/** Whether every case matching `inner` also matches `outer`. */
function nested(inner: Filter, outer: Filter): boolean {
  const within = <T>(i: readonly T[] = [], o: readonly T[] = []) =>
    o.length === 0 || (i.length > 0 && i.every((x) => o.includes(x)));
  return (
    inner.yearFrom >= outer.yearFrom &&
    inner.yearTo <= outer.yearTo &&
    within(inner.sectors, outer.sectors) &&
    within(inner.sexes, outer.sexes) &&
    (outer.place === null || outer.place === inner.place)
  );
}

/** The filter a figure is computed under: each chart ignores the filter it sets. */
function filterOf(id: string, filter: Filter): Filter {
  if (id.startsWith('bar ') || id.startsWith('route ')) return { ...filter, sectors: [] };
  if (id.startsWith('year ') || / in \d+$/.test(id))
    return { ...filter, yearFrom: -32768, yearTo: 32767 };
  return filter;
}

function ctx(filter: Filter, policy: ResolvedPolicy) {
  return { datasetLabel: 'random', filter, policy };
}

describe('disclosure control over random data and random filter sequences', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await createNodeConnector();
  });

  async function runViews(
    cases: CaseRecord[],
    filters: Filter[],
    policy: ResolvedPolicy,
  ): Promise<ViewRun[]> {
    await fillCases(db, cases);
    const runs: ViewRun[] = [];
    for (const filter of filters) {
      const { legs, places, summary, charts } = await queryView(db, filter);
      const published = publishView(legs, places, summary, policy, charts);
      const { sectors, years, sectorRoutes = [], placeYears = [] } = charts;
      runs.push({
        filter,
        legs,
        places,
        victims: summary.victims,
        sectors,
        years,
        sectorRoutes,
        placeYears,
        published,
      });
    }
    return runs;
  }

  // Thresholds: the default, CTDC's 11, and others whose band width is not 5.
  const policyArb = fc.constantFrom(10, 11, 12, 15, 25).map((k) => resolvePolicy({ urlK: k }));
  const viewsArb = fc.oneof(
    fc.tuple(
      fc.array(caseArb(false), { minLength: 5, maxLength: 150 }),
      fc.array(filterArb, { minLength: 2, maxLength: 5 }),
    ),
    fc.tuple(
      fc.array(caseArb(true), { minLength: 2, maxLength: 12 }),
      fc.array(filterArb, { minLength: 1, maxLength: 3 }),
    ),
  );
  const dataArb = fc.tuple(viewsArb, policyArb);

  it('never publishes a count below k, on screen or in the CSV exports', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async ([[cases, filters], policy]) => {
        for (const run of await runViews(cases, filters, policy)) {
          for (const { published } of cells(run).values()) {
            if (published.kind !== 'shown') continue;
            expect(published.value).toBeGreaterThanOrEqual(policy.k);
            expect((published.value - policy.k) % policy.base).toBe(0);
          }
          for (const text of [
            flowsCsv(run.published, ctx(run.filter, policy)),
            countriesCsv(run.published, ctx(run.filter, policy)),
          ]) {
            const data = text.split('\n').filter((l) => l && !l.startsWith('#'));
            for (const line of data.slice(1)) {
              for (const n of line.match(/(?<![<A-Z])\b\d+\b/g) ?? []) {
                expect(Number(n)).toBeGreaterThanOrEqual(policy.k);
              }
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  /** Checks every relation of every view for a hidden cell pinned at its true value. */
  function expectNoPinnedCell(runs: ViewRun[], policy: ResolvedPolicy): void {
    for (const run of runs) {
      const figures = cells(run);
      for (const terms of relations(run)) {
        for (const t of terms) {
          const cell = figures.get(t.id)!;
          if (cell.published.kind !== 'suppressed' || cell.exact === 0) continue;
          const [lo, hi] = attack(terms, t.id, figures, policy);
          if (lo === hi) {
            const where = `${t.id} = ${cell.exact} pinned under ${JSON.stringify(run.filter)}`;
            expect(lo, where).not.toBe(cell.exact);
          }
        }
      }
    }
  }

  it('never lets a country total minus legs at the tops of their bands pin a hidden leg', async () => {
    // Four legs of 14, 19 or 24 (tops of bands 10, 15, 20) and a hidden leg out of one country:
    // with a hidden 9 the origin total lands on a band's bottom and, published, would pin it.
    const policy = resolvePolicy();
    const starArb = fc.record({
      tops: fc.array(fc.constantFrom(14, 19, 24), { minLength: 4, maxLength: 4 }),
      hidden: fc.constantFrom(9, 9, 9, 8, 5, 1),
    });
    await fc.assert(
      fc.asyncProperty(starArb, async ({ tops, hidden }) => {
        const to = ['ARG', 'BRA', 'PER', 'URY', 'CHL'];
        const cases = [...tops, hidden].map((victims, i) =>
          caseRow({ origin: 'BOL', destination: to[i]!, victims, year: 2018 }),
        );
        const all: Filter = { yearFrom: 2018, yearTo: 2018, sectors: [], place: null };
        expectNoPinnedCell(await runViews(cases, [all], policy), policy);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('never lets the total minus sector bars at the tops of their bands pin a hidden sector', async () => {
    // The same edge as above, on the sector chart: four sectors of 14, 19 or 24 and a hidden one.
    const policy = resolvePolicy();
    const starArb = fc.record({
      tops: fc.array(fc.constantFrom(14, 19, 24), { minLength: 4, maxLength: 4 }),
      hidden: fc.constantFrom(9, 9, 9, 8, 5, 1),
    });
    const sectors: Sector[] = ['agriculture', 'mining', 'domestic_work', 'construction', 'begging'];
    await fc.assert(
      fc.asyncProperty(starArb, async ({ tops, hidden }) => {
        const cases = [...tops, hidden].map((victims, i) =>
          caseRow({
            origin: 'BOL',
            destination: 'ARG',
            victims,
            year: 2018,
            sectors: [sectors[i]!],
          }),
        );
        const all: Filter = { yearFrom: 2018, yearTo: 2018, sectors: [], place: null };
        expectNoPinnedCell(await runViews(cases, [all], policy), policy);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('never lets a sector bar minus origin links at the tops of their bands pin a hidden link', async () => {
    // The same edge on the origin → sector → destination chart: five routes in one sector, each
    // from its own origin to its own destination, four at band tops and one hidden.
    const policy = resolvePolicy();
    const starArb = fc.record({
      tops: fc.array(fc.constantFrom(14, 19, 24), { minLength: 4, maxLength: 4 }),
      hidden: fc.constantFrom(9, 9, 9, 8, 5, 1),
    });
    const routes = [
      ['BOL', 'ARG'],
      ['PER', 'CHL'],
      ['PRY', 'BRA'],
      ['COL', 'ECU'],
      ['VEN', 'URY'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(starArb, async ({ tops, hidden }) => {
        const cases = [...tops, hidden].map((victims, i) =>
          caseRow({
            origin: routes[i]![0],
            destination: routes[i]![1],
            victims,
            year: 2018,
            sectors: ['mining'],
          }),
        );
        const all: Filter = { yearFrom: 2018, yearTo: 2018, sectors: [], place: null };
        expectNoPinnedCell(await runViews(cases, [all], policy), policy);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("never lets a country's total minus its years at the tops of their bands pin a hidden year", async () => {
    // One route in five years, four at band tops and one hidden, beside a large route in every
    // year (so the year histogram's bars are all shown and say nothing of the hidden year).
    const policy = resolvePolicy();
    const starArb = fc.record({
      tops: fc.array(fc.constantFrom(14, 19, 24), { minLength: 4, maxLength: 4 }),
      hidden: fc.constantFrom(9, 9, 9, 8, 5, 1),
      at: fc.constantFrom(0, 1, 2, 3, 4),
    });
    await fc.assert(
      fc.asyncProperty(starArb, async ({ tops, hidden, at }) => {
        const counts: number[] = [...tops];
        counts.splice(at, 0, hidden);
        const cases = [2017, 2018, 2019, 2020, 2021].flatMap((year, i) => [
          caseRow({ origin: 'BOL', destination: 'ARG', victims: counts[i]!, year }),
          caseRow({ origin: 'PER', destination: 'CHL', victims: 100, year }),
        ]);
        const all: Filter = { yearFrom: 2017, yearTo: 2021, sectors: [], place: null };
        expectNoPinnedCell(await runViews(cases, [all], policy), policy);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("never lets a hidden cell be derived exactly from a view's totals and visible parts", async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async ([[cases, filters], policy]) => {
        expectNoPinnedCell(await runViews(cases, filters, policy), policy);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('never lets a hidden cell be derived exactly as the difference of two filtered figures', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async ([[cases, filters], policy]) => {
        const runs = await runViews(cases, filters, policy);
        const all = runs.map(cells);
        for (let i = 0; i < runs.length; i++) {
          for (let j = 0; j < runs.length; j++) {
            if (i === j) continue;
            for (const [id, outer] of all[i]!) {
              const inner = all[j]!.get(id);
              if (!inner) continue;
              if (!nested(filterOf(id, runs[j]!.filter), filterOf(id, runs[i]!.filter))) continue;
              const hidden = outer.exact - inner.exact;
              if (hidden < 1 || hidden >= policy.k) continue;
              const [a, b] = attackerRange(outer.published, false, policy);
              const [c, d] = attackerRange(inner.published, false, policy);
              const lo = Math.max(a - d, 0);
              const hi = b - c;
              expect(lo === hi && lo === hidden, `${id}: ${outer.exact} − ${inner.exact}`).toBe(
                false,
              );
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
