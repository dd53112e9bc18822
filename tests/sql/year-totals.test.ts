import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { queryYearTotals, yearTotalsSql } from '../../src/data/queries/years';
import { addKeys, KEY_RANGE } from '../../src/domain/disclosure';
import type { Filter } from '../../src/domain/types';
import { caseRow, dbWithCases } from '../support/db';

const ALL: Filter = { yearFrom: 2000, yearTo: 2030, sectors: [], place: null };

describe('yearTotalsSql on a fixture table', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await dbWithCases([
      caseRow({ origin: 'BOL', destination: 'ARG', sectors: ['mining'], victims: 5, year: 2012 }),
      caseRow({ origin: 'VEN', transit: ['COL'], destination: 'PER', victims: 3, year: 2016 }),
      caseRow({ origin: 'PER', destination: 'CHL', sectors: ['mining'], victims: 4, year: 2016 }),
      caseRow({
        origin: 'PRY',
        destination: 'ARG',
        victims: 0,
        year: 2020,
        sourceSuppressed: true,
      }),
      caseRow({ origin: 'PRY', destination: 'BRA', sex: 'male', victims: 7, year: 2020 }),
    ]);
  });

  const counts = async (filter: Filter) =>
    (await queryYearTotals(db, filter)).map(({ year, victims, partial }) => ({
      year,
      victims,
      partial,
    }));

  it('sums victims per year, in year order, a source-suppressed count marking its year', async () => {
    expect(await counts(ALL)).toEqual([
      { year: 2012, victims: 5, partial: false },
      { year: 2016, victims: 7, partial: false },
      { year: 2020, victims: 7, partial: true },
    ]);
  });

  it('keeps every year whatever the filter’s range, but applies its other filters', async () => {
    expect(await counts({ ...ALL, yearFrom: 2016, yearTo: 2016 })).toEqual(await counts(ALL));
    expect(await counts({ ...ALL, sectors: ['mining'] })).toEqual([
      { year: 2012, victims: 5, partial: false },
      { year: 2016, victims: 4, partial: false },
    ]);
    expect(await counts({ ...ALL, place: 'COL' })).toEqual([
      { year: 2016, victims: 3, partial: false },
    ]);
    expect(await counts({ ...ALL, sexes: ['male'] })).toEqual([
      { year: 2020, victims: 7, partial: false },
    ]);
  });

  it('gives each year the sum of its records’ keys, as the cases of that year add up', async () => {
    const all = await queryYearTotals(db, ALL);
    const mining = await queryYearTotals(db, { ...ALL, sectors: ['mining'] });
    const route = await queryYearTotals(db, { ...ALL, place: 'COL' });
    for (const { key } of all)
      expect(key >= 0 && key < KEY_RANGE && Number.isInteger(key)).toBe(true);
    const y2016 = all.find((y) => y.year === 2016)!;
    expect(y2016.key).toBe(addKeys(mining.find((y) => y.year === 2016)!.key, route[0]!.key));
  });

  it('is one read-only statement over cases', () => {
    const sql = yearTotalsSql({ ...ALL, place: "x'; DROP TABLE cases; --" });
    expect(sql.trim()).toMatch(/^SELECT /);
    expect(sql).toContain("'|x''; DROP TABLE cases; --|'");
  });
});
