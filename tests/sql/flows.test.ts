import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { queryFlowLegs } from '../../src/data/queries/flows';
import { queryPlaceTotals, queryPlaceYearTotals } from '../../src/data/queries/places';
import { querySectorRoutes } from '../../src/data/queries/sector-routes';
import { querySectorTotals } from '../../src/data/queries/sectors';
import { queryExtent, queryFilterSummary } from '../../src/data/queries/summary';
import type { Filter, Sex } from '../../src/domain/types';
import { caseRow, dbWithCases } from '../support/db';
import { withoutKeys } from '../support/keys';

const ALL: Filter = { yearFrom: 2000, yearTo: 2030, sectors: [], place: null };

describe('flow and place queries on a fixture table', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await dbWithCases([
      caseRow({
        origin: 'VEN',
        transit: ['COL', 'ECU'],
        destination: 'PER',
        sectors: ['sexual_exploitation'],
        victims: 3,
      }),
      caseRow({
        origin: 'VEN',
        destination: 'COL',
        sectors: ['domestic_work', 'agriculture'],
        year: 2016,
      }),
      caseRow({
        origin: 'BOL',
        destination: 'ARG',
        sectors: ['manufacturing_textiles'],
        victims: 5,
        year: 2012,
      }),
      caseRow({ origin: 'PER', destination: 'PER', sectors: ['mining'], victims: 4 }),
      caseRow({ origin: null, destination: 'ARG', sectors: ['unknown'], victims: 2 }),
    ]);
  });

  it('splits routes into legs and sums them across routes', async () => {
    const legs = await queryFlowLegs(db, ALL);
    const byKey = Object.fromEntries(legs.map((l) => [`${l.from}>${l.to}`, l.victims]));
    expect(byKey).toEqual({ 'VEN>COL': 4, 'COL>ECU': 3, 'ECU>PER': 3, 'BOL>ARG': 5 });
  });

  it('counts a multi-sector case in each of its sectors', async () => {
    const legs = await queryFlowLegs(db, ALL);
    const venCol = legs.find((l) => l.from === 'VEN' && l.to === 'COL');
    expect(withoutKeys(venCol?.sectors)).toEqual([
      { sector: 'sexual_exploitation', victims: 3 },
      { sector: 'agriculture', victims: 1 },
      { sector: 'domestic_work', victims: 1 },
    ]);
  });

  it('filters by year range and sector', async () => {
    const byYear = await queryFlowLegs(db, { ...ALL, yearFrom: 2010, yearTo: 2013 });
    expect(byYear.map((l) => `${l.from}>${l.to}`)).toEqual(['BOL>ARG']);
    const bySector = await queryFlowLegs(db, { ...ALL, sectors: ['agriculture'] });
    expect(bySector.map((l) => [l.from, l.to, l.victims])).toEqual([['VEN', 'COL', 1]]);
  });

  it('totals places by role, with internal trafficking apart', async () => {
    const totals = Object.fromEntries((await queryPlaceTotals(db, ALL)).map((p) => [p.place, p]));
    expect(totals.VEN).toMatchObject({
      outgoing: 4,
      incoming: 0,
      transit: 0,
      internal: 0,
      involved: 4,
    });
    expect(totals.COL).toMatchObject({ incoming: 1, transit: 3, involved: 4 });
    expect(totals.PER).toMatchObject({ incoming: 3, internal: 4, involved: 7 });
    expect(totals.ARG).toMatchObject({ incoming: 7, involved: 7 });
  });

  it('totals places per year over every year, whatever the year range', async () => {
    const narrow = { ...ALL, yearFrom: 2012, yearTo: 2012 };
    const rows = await queryPlaceYearTotals(db, narrow);
    const ven = rows.filter((r) => r.place === 'VEN').map((r) => [r.year, r.outgoing]);
    expect(ven).toEqual([
      [2016, 1],
      [2020, 3],
    ]);
    expect(rows.find((r) => r.place === 'ARG' && r.year === 2012)).toMatchObject({
      incoming: 5,
      involved: 5,
    });
    // Summed over the years, they are the totals.
    const totals = await queryPlaceTotals(db, ALL);
    for (const t of totals) {
      const mine = rows.filter((r) => r.place === t.place);
      for (const role of ['outgoing', 'incoming', 'transit', 'internal', 'involved'] as const) {
        expect(
          mine.reduce((n, r) => n + r[role], 0),
          `${t.place} ${role}`,
        ).toBe(t[role]);
      }
    }
  });

  it('links origins to sectors and sectors to destinations, a case in each of its sectors', async () => {
    const links = (await querySectorRoutes(db, { ...ALL, sectors: ['mining'] })).map(
      (l) => `${l.end} ${l.place ?? '?'} ${l.sector} ${l.victims}`,
    );
    // The sector filter is ignored (the chart sets it); VEN→COL counts in both of its sectors.
    expect(links).toEqual([
      'origin BOL manufacturing_textiles 5',
      'origin PER mining 4',
      'origin VEN agriculture 1',
      'origin VEN domestic_work 1',
      'origin VEN sexual_exploitation 3',
      'origin ? unknown 2',
      'destination ARG manufacturing_textiles 5',
      'destination ARG unknown 2',
      'destination COL agriculture 1',
      'destination COL domestic_work 1',
      'destination PER mining 4',
      'destination PER sexual_exploitation 3',
    ]);
  });

  it('summarises the filter, counting victims whose route cannot be drawn', async () => {
    expect(withoutKeys(await queryFilterSummary(db, ALL))).toEqual({
      victims: 15,
      unplaced: 2,
      partial: false,
    });
    expect(await queryExtent(db)).toEqual({ rows: 5, yearMin: 2012, yearMax: 2020 });
  });

  it('rejects SQL injection through the filter', async () => {
    await expect(
      queryFlowLegs(db, { ...ALL, sectors: ["mining'); DROP TABLE cases; --" as never] }),
    ).resolves.toHaveLength(4);
    await expect(queryFlowLegs(db, { ...ALL, yearFrom: 1.5 })).rejects.toThrow(/integer/);
  });
});

describe('selecting a country', () => {
  it('keeps whole routes that start, pass through or end there', async () => {
    const db = await dbWithCases([
      caseRow({ origin: 'VEN', transit: ['COL', 'ECU'], destination: 'PER', victims: 3 }),
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 5 }),
      caseRow({ origin: 'ECU', destination: 'ECU', victims: 2 }),
    ]);
    const filter: Filter = { ...ALL, place: 'ECU' };
    const legs = await queryFlowLegs(db, filter);
    expect(legs.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['COL>ECU', 'ECU>PER', 'VEN>COL']);
    const places = (await queryPlaceTotals(db, filter)).map((p) => p.place).sort();
    expect(places).toEqual(['COL', 'ECU', 'PER', 'VEN']);
    expect((await queryFilterSummary(db, filter)).victims).toBe(5);
  });
});

describe('demographic filters', () => {
  it('keeps only the sexes and age groups asked for (none asked: all)', async () => {
    const db = await dbWithCases([
      caseRow({ origin: 'VEN', destination: 'COL', victims: 5, sex: 'female', ageGroup: 'minor' }),
      caseRow({ origin: 'VEN', destination: 'COL', victims: 7, sex: 'male', ageGroup: 'adult' }),
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 11, sex: 'female', ageGroup: 'adult' }),
    ]);
    const victims = async (f: Partial<Filter>) =>
      (await queryFilterSummary(db, { ...ALL, ...f })).victims;
    expect(await victims({})).toBe(23);
    expect(await victims({ sexes: [], ageGroups: [] })).toBe(23);
    expect(await victims({ sexes: ['female'] })).toBe(16);
    expect(await victims({ ageGroups: ['adult'] })).toBe(18);
    expect(await victims({ sexes: ['female'], ageGroups: ['minor'] })).toBe(5);
    expect(await victims({ sexes: ['male', 'female'], ageGroups: ['minor', 'adult'] })).toBe(23);
    const legs = await queryFlowLegs(db, { ...ALL, sexes: ['male'] });
    expect(legs.map((l) => [l.from, l.to, l.victims])).toEqual([['VEN', 'COL', 7]]);
  });

  it('splits each sector by sex, a sex outside the vocabulary as not recorded', async () => {
    const db = await dbWithCases([
      caseRow({
        origin: 'VEN',
        destination: 'COL',
        victims: 5,
        sex: 'female',
        sectors: ['mining'],
      }),
      caseRow({ origin: 'VEN', destination: 'COL', victims: 7, sex: 'male', sectors: ['mining'] }),
      caseRow({
        origin: 'BOL',
        destination: 'ARG',
        victims: 2,
        sex: 'x' as Sex,
        sectors: ['mining'],
      }),
      caseRow({
        origin: 'BOL',
        destination: 'ARG',
        victims: 3,
        sex: 'female',
        sectors: ['begging'],
      }),
    ]);
    const sectors = await querySectorTotals(db, { ...ALL, sectors: ['begging'] });
    expect(withoutKeys(sectors)).toEqual([
      {
        sector: 'begging',
        victims: 3,
        partial: false,
        bySex: [{ sex: 'female', victims: 3, partial: false }],
      },
      {
        sector: 'mining',
        victims: 14,
        partial: false,
        bySex: [
          { sex: 'female', victims: 5, partial: false },
          { sex: 'male', victims: 7, partial: false },
          { sex: 'unknown', victims: 2, partial: false },
        ],
      },
    ]);
  });
});
