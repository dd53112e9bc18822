/**
 * The view index (src/data/view-index) gives exactly the aggregates the engine's SQL gives, for
 * any filter: over the bundled demo (41,122 cases) under many filter states drawn at random,
 * over a place-level file (places inside countries selected, and a place's own legs), and over
 * cases with counts suppressed at source, unknown ends, internal routes and several sectors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { canonicalCsv, importFile } from '../../src/data/ingest/import-file';
import { queryView, viewAggregates } from '../../src/data/queries/view';
import { activateDataset, storeDataset } from '../../src/data/schema';
import {
  buildViewIndex,
  indexedView,
  indexViewRows,
  viewIndex,
  type ViewIndex,
} from '../../src/data/view-index/view-index';
import { SECTORS, type Sector } from '../../src/domain/sectors';
import { AGE_GROUPS, SEXES, type Filter } from '../../src/domain/types';
import { caseRow, DEMO_PARQUET, dbWithCases, readCanonicalParquet } from '../support/db';
import { random } from '../support/random';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

/** Filter states as a user makes them: years, some sectors, a place, sexes and age groups. */
function filters(seed: number, count: number, places: string[], years: [number, number]) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], most: number) => [
    ...new Set(Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(list))),
  ];
  const out: Filter[] = [];
  for (let i = 0; i < count; i++) {
    const a = years[0] + Math.floor(next() * (years[1] - years[0] + 1));
    const b = years[0] + Math.floor(next() * (years[1] - years[0] + 1));
    out.push({
      yearFrom: Math.min(a, b),
      yearTo: Math.max(a, b),
      sectors: some(SECTORS, 3) as Sector[],
      place: next() < 0.5 ? pick(places) : null,
      ...(next() < 0.3 ? { sexes: some(SEXES, 2) } : {}),
      ...(next() < 0.3 ? { ageGroups: some(AGE_GROUPS, 2) } : {}),
    });
  }
  return out;
}

async function expectSameAsEngine(db: DbConnector, index: ViewIndex, filter: Filter) {
  const fromIndex = viewAggregates(indexViewRows(index, filter), filter);
  expect(fromIndex, JSON.stringify(filter)).toEqual(await queryView(db, filter));
}

describe('the view index over the demo', () => {
  let db: DbConnector;
  let index: ViewIndex;
  beforeAll(async () => {
    db = await dbWithCases(await readCanonicalParquet(DEMO_PARQUET));
    index = (await buildViewIndex(db))!;
  });

  it('holds every row of the tables views read, grouped', () => {
    expect(index.cases.rows).toBeGreaterThan(1000);
    expect(index.legs.rows).toBeGreaterThan(1000);
    expect(index.placeLegs.rows).toBe(0);
  });

  it('gives the engine’s aggregates under 40 filter states drawn at random', async () => {
    const countries = ['ARG', 'BRA', 'PER', 'COL', 'VEN', 'BOL', 'ESP', 'CHL', 'XXX'];
    const states = filters(7, 40, countries, [2008, 2025]);
    // The drawing reaches every kind of term.
    expect(states.some((f) => f.place && f.sectors.length > 1 && f.sexes)).toBe(true);
    for (const filter of states) await expectSameAsEngine(db, index, filter);
    // Not empty views: the figures compared carry victims.
    const whole = viewAggregates(indexViewRows(index, states[0]!), states[0]!);
    expect(whole.charts.years.length).toBeGreaterThan(5);
  });

  it('gives the engine’s aggregates as the years play, one filter held', async () => {
    // A change of years adds up the groups by year worked out for the filter held.
    for (const held of [
      { sectors: [] as Sector[], place: null },
      { sectors: ['sexual_exploitation', 'mining'] as Sector[], place: 'PER' },
    ]) {
      for (let year = 2012; year <= 2024; year += 3) {
        await expectSameAsEngine(db, index, { ...held, yearFrom: year, yearTo: year });
        await expectSameAsEngine(db, index, { ...held, yearFrom: 2008, yearTo: year });
      }
    }
  });

  it('is not built for a dataset above its size limit, and the views ask the engine then', async () => {
    await expect(buildViewIndex(db, 10)).resolves.toBeNull();
  });
});

describe('the view index over places inside countries', () => {
  it('gives the engine’s aggregates, places selected too', async () => {
    const db = await dbWithCases([]);
    const file = readFileSync(`${FIXTURES}/places.csv`);
    const { rows } = await importFile('places.csv', new Uint8Array(file));
    await storeDataset(db, 'places', canonicalCsv(rows));
    await activateDataset(db, 'places');
    const index = (await buildViewIndex(db))!;
    expect(index.placeLegs.rows).toBeGreaterThan(0);
    const places = ['BO-L', 'BO-C', 'AR-C', 'BR-SP', 'PE-LMA', 'CO-NSA.cucuta', 'BOL', 'ARG'];
    for (const filter of filters(11, 30, places, [2019, 2023])) {
      await expectSameAsEngine(db, index, filter);
    }
    const bolivia = { yearFrom: 1900, yearTo: 2100, sectors: [], place: 'BO-L' };
    const view = viewAggregates(indexViewRows(index, bolivia), bolivia);
    expect(view.charts.placeLegs!.length).toBeGreaterThan(0);
  });
});

describe('the view index over years too far apart to keep its groups by year', () => {
  it('gives the engine’s aggregates', async () => {
    // 32,000 years: a place's groups by year would take megabytes, and are worked out directly.
    const db = await dbWithCases([
      caseRow({ origin: 'VEN', transit: ['COL'], destination: 'PER', victims: 3, year: 1 }),
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 7, year: 32_000 }),
      caseRow({ origin: 'BOL', destination: 'CHL', sectors: ['mining'], victims: 2, year: 2019 }),
    ]);
    const index = (await buildViewIndex(db))!;
    expect(index.roles.yearMax - index.roles.yearMin).toBe(31_999);
    for (const filter of filters(5, 20, ['BOL', 'PER', 'ARG'], [0, 32_001])) {
      await expectSameAsEngine(db, index, filter);
    }
  });
});

describe('the view index over awkward cases', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await dbWithCases([
      caseRow({ origin: 'VEN', transit: ['COL', 'ECU'], destination: 'PER', victims: 3 }),
      caseRow({ origin: 'VEN', destination: 'COL', sectors: ['domestic_work', 'agriculture'] }),
      caseRow({ origin: 'PER', destination: 'PER', sectors: ['mining'], victims: 4, year: 2019 }),
      caseRow({ origin: null, destination: 'ARG', victims: 2 }),
      caseRow({ origin: 'BOL', destination: null, victims: 6, sex: 'male' }),
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 0, sourceSuppressed: true }),
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 7, ageGroup: 'minor', year: 2018 }),
      caseRow({ origin: 'ARG', transit: ['ARG'], destination: 'ARG', victims: 1 }),
    ]);
  });

  it('gives the engine’s aggregates under each filter state', async () => {
    const index = (await buildViewIndex(db))!;
    const states = filters(3, 40, ['ARG', 'BOL', 'PER', 'COL', 'VEN'], [2017, 2021]);
    for (const filter of states) await expectSameAsEngine(db, index, filter);
  });

  it('answers from the index once built, and from the engine before', async () => {
    const filter: Filter = { yearFrom: 2000, yearTo: 2030, sectors: [], place: null };
    const first = await indexedView(db, filter);
    expect(first).toEqual(await queryView(db, filter));
    await viewIndex(db);
    // Without its tables the engine could no longer answer: the index does.
    await db.exec('ALTER TABLE legs RENAME TO legs_gone');
    try {
      await expect(queryView(db, filter)).rejects.toThrow();
      await expect(indexedView(db, filter)).resolves.toEqual(first);
    } finally {
      await db.exec('ALTER TABLE legs_gone RENAME TO legs');
    }
  });
});
