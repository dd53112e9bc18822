/**
 * The cell key method against an outside attacker: random tables with planted small cells go
 * through the real SQL (duckdb-wasm in Node) and publishView under many filter states — every
 * year range (the differencing that isolates one year), a country selected, sectors, sexes — and
 * a linear-programming attacker (HiGHS) combines every published figure of ~120 states, each as
 * the interval of exact values the public p-table allows, to bound each planted cell.
 *
 * Runs: RUTAS_ATTACK_RUNS, else 3 in CI and 12 locally.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { createNodeConnector } from '../../src/data/node-connector';
import { queryView } from '../../src/data/queries/view';
import { type DisclosurePolicy, resolvePolicy } from '../../src/domain/disclosure';
import { publishView } from '../../src/domain/publish';
import type { Sector } from '../../src/domain/sectors';
import type { CaseRecord, Filter, Sex } from '../../src/domain/types';
import { cubeCells, type Cell, type Constraint, viewConstraints } from '../support/attack-model';
import { caseRow, fillCases } from '../support/db';
import { attackCells } from '../support/lp-attack';

const RUNS = Number(process.env.RUTAS_ATTACK_RUNS ?? (process.env.CI ? 3 : 12));
const PLACES = ['ARG', 'BOL', 'BRA', 'CHL', 'PER'];
const SECTORS: Sector[] = ['mining', 'agriculture', 'domestic_work'];
const YEARS = [2018, 2019, 2020, 2021];
const SEXES: Sex[] = ['female', 'male'];

const background = fc.record({
  stops: fc.shuffledSubarray(PLACES, { minLength: 2, maxLength: 3 }),
  year: fc.constantFrom(...YEARS),
  sector: fc.constantFrom(...SECTORS),
  sex: fc.constantFrom(...SEXES),
  victims: fc.oneof(
    { weight: 5, arbitrary: fc.constant(1) },
    { weight: 3, arbitrary: fc.integer({ min: 2, max: 9 }) },
    { weight: 2, arbitrary: fc.integer({ min: 10, max: 60 }) },
  ),
});

/** A table: background cases, and planted small cells on shapes no background case has. */
const tableArb = fc
  .record({
    rows: fc.array(background, { minLength: 30, maxLength: 90 }),
    planted: fc.uniqueArray(
      fc.record({
        stops: fc.shuffledSubarray(PLACES, { minLength: 2, maxLength: 2 }),
        year: fc.constantFrom(...YEARS),
        sector: fc.constantFrom(...SECTORS),
        sex: fc.constantFrom(...SEXES),
        victims: fc.integer({ min: 1, max: 9 }),
      }),
      { minLength: 2, maxLength: 3, selector: (p) => JSON.stringify([p.stops, p.year, p.sex]) },
    ),
  })
  .map(({ rows, planted }) => {
    const toCase = (r: (typeof rows)[number], ageGroup: CaseRecord['ageGroup']) =>
      caseRow({
        origin: r.stops[0]!,
        transit: r.stops.slice(1, -1),
        destination: r.stops.at(-1)!,
        year: r.year,
        sectors: [r.sector],
        sex: r.sex,
        ageGroup,
        victims: r.victims,
      });
    // Planted cells are minors: no background case is, so each is a cube cell of its own.
    return {
      cases: [...rows.map((r) => toCase(r, 'adult')), ...planted.map((p) => toCase(p, 'minor'))],
      planted: planted.length,
    };
  });

/**
 * The filter states an attacker walks through (about 190, as the outside attack used): every
 * year range, alone and with each country selected, with each sector and with each sex, and the
 * narrowest states around each planted cell.
 */
function filterStates(cells: readonly Cell[], planted: readonly Cell[]): Filter[] {
  const all: Filter = { yearFrom: 2018, yearTo: 2021, sectors: [], place: null };
  const ranges: Pick<Filter, 'yearFrom' | 'yearTo'>[] = [];
  for (let a = 0; a < YEARS.length; a++) {
    for (let b = a; b < YEARS.length; b++) ranges.push({ yearFrom: YEARS[a]!, yearTo: YEARS[b]! });
  }
  const states: Filter[] = [];
  for (const range of ranges) {
    for (const place of [null, ...PLACES]) states.push({ ...all, ...range, place });
    for (const s of SECTORS) states.push({ ...all, ...range, sectors: [s] });
    for (const sex of SEXES) states.push({ ...all, ...range, sexes: [sex] });
  }
  for (const c of planted) {
    states.push({ ...all, sectors: c.sectors, sexes: [c.sex] });
    states.push({ ...all, sectors: c.sectors, place: c.origin, yearFrom: c.year, yearTo: c.year });
    states.push({ ...all, sexes: [c.sex], place: c.destination, yearFrom: c.year, yearTo: c.year });
    states.push({ ...all, sectors: c.sectors, sexes: [c.sex], place: c.origin });
  }
  expect(states.length).toBeGreaterThanOrEqual(100);
  expect(cells.length).toBeGreaterThan(planted.length);
  return states;
}

describe('the cell key method against a linear-programming attacker', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await createNodeConnector();
  });

  /** Publishes every state and returns the attacker's bounds on each planted cell. */
  async function attack(cases: CaseRecord[], plantedCount: number, policy: DisclosurePolicy) {
    await fillCases(db, cases);
    const cells = cubeCells(cases);
    const planted = cells.filter((c) => c.ageGroup === 'minor');
    expect(planted.length).toBe(plantedCount);
    const constraints: Constraint[] = [];
    const states = filterStates(cells, planted);
    for (const filter of states) {
      const { legs, places, summary, charts } = await queryView(db, filter);
      const view = publishView(legs, places, summary, policy, charts);
      constraints.push(...viewConstraints(cells, filter, view, policy));
    }
    // The model is right: the true counts meet every constraint.
    for (const c of constraints) {
      const exact = [...c.coef].reduce((s, [i, a]) => s + a * cells[i]!.victims, 0);
      expect(exact, c.name).toBeGreaterThanOrEqual(c.lo);
      expect(exact, c.name).toBeLessThanOrEqual(c.hi);
    }
    const bounds = await attackCells(
      cells.length,
      constraints,
      planted.map((c) => c.index),
    );
    return { planted, bounds, states: states.length, figures: constraints.length };
  }

  it('pins no planted cell to fewer than 5 values, over 100+ filter states', async () => {
    const policy = resolvePolicy();
    const widths: number[] = [];
    await fc.assert(
      fc.asyncProperty(tableArb, async ({ cases, planted }) => {
        const result = await attack(cases, planted, policy);
        for (const cell of result.planted) {
          const [lo, hi] = result.bounds.get(cell.index)!;
          expect(lo).toBeLessThanOrEqual(cell.victims);
          expect(hi).toBeGreaterThanOrEqual(cell.victims);
          widths.push(hi - lo + 1);
          expect(hi - lo + 1, `planted ${cell.victims}: [${lo}, ${hi}]`).toBeGreaterThanOrEqual(5);
        }
      }),
      { numRuns: RUNS, seed: 20261201, endOnFailure: true },
    );
    widths.sort((a, b) => a - b);
    console.info(
      `cell key attack: ${RUNS} tables, ${widths.length} planted cells; values each could be: ` +
        widths.join(' '),
    );
  }, 600_000);

  it('is an attacker that does pin planted cells when figures are only rounded (no noise)', async () => {
    // The rule before the cell key method: bands of 5 and the per-view audit, no noise.
    const banded: DisclosurePolicy = { k: 10, base: 5, noise: null };
    let pinned = 0;
    let planted = 0;
    const samples = fc.sample(tableArb, { numRuns: Math.max(3, RUNS), seed: 7 });
    for (const table of samples) {
      const result = await attack(table.cases, table.planted, banded);
      for (const cell of result.planted) {
        const [lo, hi] = result.bounds.get(cell.index)!;
        planted++;
        if (hi - lo + 1 < 5) pinned++;
      }
    }
    console.info(`rounding alone: ${pinned} of ${planted} planted cells pinned to < 5 values`);
    expect(pinned).toBeGreaterThan(0);
  }, 600_000);
});
