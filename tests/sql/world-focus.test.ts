/**
 * The focus on South America: which datasets span the world (queries/world-span), and the legs a
 * focused view shows, grouped by world region or not (state/focus over queries/region-legs).
 */
import { describe, expect, it } from 'vitest';
import { queryView } from '../../src/data/queries/view';
import { querySpansWorld } from '../../src/data/queries/world-span';
import { focusAggregates } from '../../src/state/focus';
import { caseRow, dbWithCases, DEMO_PARQUET, readCanonicalParquet } from '../support/db';

const FILTER = { yearFrom: 2020, yearTo: 2020, sectors: [], place: null };

describe('South America in focus', () => {
  it('calls a dataset world-wide only when some route touches South America nowhere', async () => {
    const regional = await dbWithCases([
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 20 }),
      // Through Mexico to the United States: its last leg is outside, the route is not.
      caseRow({ origin: 'BRA', transit: ['MEX'], destination: 'USA', victims: 15 }),
      caseRow({ origin: null, destination: 'PER', victims: 4 }),
      caseRow({ origin: null, destination: 'ESP', victims: 6 }),
    ]);
    expect(await querySpansWorld(regional)).toBe(false);
    const world = await dbWithCases([
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 20 }),
      caseRow({ origin: 'NGA', destination: 'ITA', victims: 30 }),
    ]);
    expect(await querySpansWorld(world)).toBe(true);
  });

  it('does not call the demo world-wide', async () => {
    const demo = await dbWithCases(await readCanonicalParquet(DEMO_PARQUET));
    // Its routes of unknown origin that end in Spain or Mexico may have started in the region.
    expect(await querySpansWorld(demo)).toBe(false);
  }, 120_000);

  it('keeps the legs that touch the region, and groups the rest by world region', async () => {
    const db = await dbWithCases([
      caseRow({ origin: 'BRA', destination: 'ESP', victims: 20 }),
      caseRow({ origin: 'BRA', destination: 'PRT', victims: 15 }),
      caseRow({ origin: 'VEN', destination: 'COL', victims: 30 }),
      caseRow({ origin: 'NGA', destination: 'ITA', victims: 50 }),
    ]);
    const all = await queryView(db, FILTER);
    const legs = (a: { legs: { from: string; to: string; victims: number }[] }) =>
      a.legs.map((l) => `${l.from}>${l.to}:${l.victims}`).sort();
    expect(legs(all)).toContain('NGA>ITA:50');
    const region = await focusAggregates(db, FILTER, all, { region: true, regions: false });
    expect(legs(region)).toEqual(['BRA>ESP:20', 'BRA>PRT:15', 'VEN>COL:30']);
    expect(region.places.map((p) => p.place).sort()).toEqual(['BRA', 'COL', 'VEN']);
    const grouped = await focusAggregates(db, FILTER, all, { region: true, regions: true });
    expect(legs(grouped)).toEqual(['BRA>R:europe:35', 'VEN>COL:30']);
    // The grouped leg's key is the sum of its records' keys: the two legs' keys, added.
    const key = (a: typeof all, from: string, to: string) =>
      a.legs.find((l) => l.from === from && l.to === to)!.key;
    expect(key(grouped, 'BRA', 'R:europe')).toBe(
      (key(region, 'BRA', 'ESP') + key(region, 'BRA', 'PRT')) % 2 ** 32,
    );
    const world = await focusAggregates(db, FILTER, all, { region: false, regions: true });
    expect(world).toBe(all);
  });
});
