import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadError, loadRutasCsv, readRutasHeader } from '../../src/data/ingest/rutas-csv';
import { queryFlowLegs } from '../../src/data/queries/flows';
import { queryExtent, queryFilterSummary } from '../../src/data/queries/summary';
import type { Filter } from '../../src/domain/types';
import { caseRow, dbWithCases } from '../support/db';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const text = (s: string) => new TextEncoder().encode(s);
const ALL: Filter = { yearFrom: 1900, yearTo: 2100, sectors: [], place: null };

describe('the Rutas CSV format', () => {
  it('loads a file: routes, aggregated counts and sectors', async () => {
    const db = await dbWithCases([]);
    const report = await loadRutasCsv(db, fixture('planted-small-cells.csv'), 'planted.csv');
    expect(report).toEqual({ rowsRead: 12, rowsUsed: 12, setAside: {}, disclosureFloor: null });
    const legs = await queryFlowLegs(db, ALL);
    expect(legs.find((l) => l.from === 'PRY' && l.to === 'BOL')?.victims).toBe(12);
    expect(legs.find((l) => l.from === 'URY' && l.to === 'SUR')).toMatchObject({
      victims: 1,
      sectors: [{ sector: 'mining', victims: 1 }],
    });
    expect(await queryExtent(db)).toEqual({ rows: 12, yearMin: 2019, yearMax: 2020 });
  });

  it('reads ";" delimiters, a BOM, a declared floor, "<5" counts and sets bad rows aside', async () => {
    const db = await dbWithCases([]);
    const csv =
      '\uFEFF# rutas:disclosure_floor=11\n' +
      'Year;Origin;Destination;Sectors;Victims\n' +
      '2019;per;ARG;Mining;12\n' +
      '2019;PER;ARG;mining;<5\n' +
      'twenty;PER;ARG;mining;3\n' +
      '2020;BOL;ARG;;-4\n';
    const report = await loadRutasCsv(db, text(csv), 'semi.csv');
    expect(report).toEqual({
      rowsRead: 4,
      rowsUsed: 2,
      setAside: {
        'victims is not a count (first on line 6)': 1,
        'year is not a whole number (first on line 5)': 1,
      },
      disclosureFloor: 11,
    });
    expect(await queryFilterSummary(db, ALL)).toEqual({ victims: 12, unplaced: 0, partial: true });
    const [leg] = await queryFlowLegs(db, ALL);
    expect(leg).toMatchObject({ from: 'PER', to: 'ARG', victims: 12, partial: true });
  });

  it('names what is wrong and keeps what was loaded before', async () => {
    const db = await dbWithCases([caseRow({ origin: 'BOL', destination: 'ARG', victims: 30 })]);
    const attempts: [string, Uint8Array, RegExp][] = [
      ['header-only.csv', fixture('header-only.csv'), /header but no rows/],
      ['garbage.csv', fixture('garbage.csv'), /lacks the columns? year, origin, destination/],
      ['empty.csv', text(''), /empty/],
      [
        'no-year.csv',
        text('origin,destination\nBOL,ARG\n'),
        /Line 1: the header lacks the column year/,
      ],
    ];
    for (const [name, bytes, message] of attempts) {
      const error = await loadRutasCsv(db, bytes, name).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(LoadError);
      expect((error as Error).message, name).toMatch(message);
      expect(await queryFilterSummary(db, ALL), name).toEqual({
        victims: 30,
        unplaced: 0,
        partial: false,
      });
    }
  });

  it('picks the delimiter from the header', () => {
    expect(readRutasHeader('year\torigin\tdestination\n').delimiter).toBe('\t');
    expect(readRutasHeader('year|origin|destination\n').delimiter).toBe('|');
  });
});
