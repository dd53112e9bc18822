/**
 * Legs around South America on a fixture table with world-wide routes: only the legs with an end
 * in South America, and with places outside grouped into their UN M49 region, summed exactly with
 * their cell keys summed too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { queryFlowLegs } from '../../src/data/queries/flows';
import { queryRegionLegs } from '../../src/data/queries/region-legs';
import type { Filter } from '../../src/domain/types';
import { regionMembers, worldRegionOf } from '../../src/domain/world-regions';
import { caseRow, dbWithCases } from '../support/db';

const ALL: Filter = { yearFrom: 2000, yearTo: 2030, sectors: [], place: null };
const legs = (rows: { from: string; to: string; victims: number }[]) =>
  rows.map((r) => `${r.from}→${r.to}:${r.victims}`).sort();

describe('world regions', () => {
  it('puts countries outside South America in their UN M49 region', () => {
    expect(
      ['ESP', 'NGA', 'CHN', 'USA', 'MEX', 'DOM', 'AUS', 'BOL', 'GUF'].map(worldRegionOf),
    ).toEqual([
      'europe',
      'africa',
      'asia',
      'north-america',
      'central-america',
      'caribbean',
      'oceania',
      null,
      null,
    ]);
    expect(regionMembers().length).toBeGreaterThan(200);
  });
});

describe('legs around South America', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await dbWithCases([
      caseRow({ origin: 'BOL', destination: 'ESP', sectors: ['sexual_exploitation'], victims: 30 }),
      caseRow({ origin: 'PER', destination: 'ITA', sectors: ['domestic_work'], victims: 20 }),
      caseRow({
        origin: 'NGA',
        transit: ['BRA'],
        destination: 'ESP',
        sectors: ['other'],
        victims: 12,
      }),
      caseRow({ origin: 'NGA', destination: 'ITA', sectors: ['sexual_exploitation'], victims: 50 }),
      caseRow({ origin: 'VEN', destination: 'COL', sectors: ['agriculture'], victims: 40 }),
    ]);
  });

  it('keeps only the legs with an end in South America', async () => {
    expect(legs(await queryRegionLegs(db, ALL, { group: false }))).toEqual([
      'BOL→ESP:30',
      'BRA→ESP:12',
      'NGA→BRA:12',
      'PER→ITA:20',
      'VEN→COL:40',
    ]);
    // Without the focus, Nigeria → Italy is drawn across the view too.
    expect(legs(await queryFlowLegs(db, ALL))).toContain('NGA→ITA:50');
  });

  it('groups the places outside into regions, summing victims and cell keys', async () => {
    const grouped = await queryRegionLegs(db, ALL, { group: true });
    expect(legs(grouped)).toEqual([
      'BOL→R:europe:30',
      'BRA→R:europe:12',
      'PER→R:europe:20',
      'R:africa→BRA:12',
      'VEN→COL:40',
    ]);
    const single = await queryRegionLegs(db, ALL, { group: false });
    const key = (rows: typeof single, from: string, to: string) =>
      rows.find((r) => r.from === from && r.to === to)!.key;
    expect(key(grouped, 'BOL', 'R:europe')).toBe(key(single, 'BOL', 'ESP'));
    expect(grouped.find((r) => r.from === 'PER')!.sectors).toEqual([
      { sector: 'domestic_work', victims: 20, key: key(single, 'PER', 'ITA') },
    ]);
  });
});
