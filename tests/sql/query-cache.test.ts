import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { cachedConnector } from '../../src/data/query-cache';
import { queryView } from '../../src/data/queries/view';
import type { Filter } from '../../src/domain/types';
import { caseRow, dbWithCases } from '../support/db';

describe('the view query cache', () => {
  let db: DbConnector;
  const asked: string[] = [];
  beforeAll(async () => {
    const real = await dbWithCases([
      caseRow({ origin: 'BOL', destination: 'ARG', victims: 12, year: 2019, sectors: ['mining'] }),
      caseRow({ origin: 'PER', destination: 'CHL', victims: 3, year: 2020 }),
    ]);
    // Counts what reaches the engine.
    db = { ...real, query: (sql) => (asked.push(sql), real.query(sql)) };
  });

  it('answers a filter state seen before, and the charts that ignore a change, from memory', async () => {
    const cached = cachedConnector(db);
    const all: Filter = { yearFrom: 2019, yearTo: 2020, sectors: [], place: null };
    const first = await queryView(cached, all);
    const perView = asked.length;
    expect(perView).toBeGreaterThanOrEqual(7);
    // A sector toggled: the sector chart and the origin → sector → destination links ignore it.
    const mining = await queryView(cached, { ...all, sectors: ['mining'] });
    expect(asked.length - perView).toBe(perView - 2);
    expect(mining.charts.sectors).toEqual(first.charts.sectors);
    // Toggled back: nothing reaches the engine, and the figures are the same.
    const before = asked.length;
    expect(await queryView(cached, all)).toEqual(first);
    expect(asked.length).toBe(before);
  });

  it('forgets the least recently used result past its capacity, and never a failure', async () => {
    const cached = cachedConnector(db, 2);
    const start = asked.length;
    await cached.query('SELECT 1');
    await cached.query('SELECT 2');
    await cached.query('SELECT 1');
    await cached.query('SELECT 3'); // evicts SELECT 2
    await cached.query('SELECT 1');
    expect(asked.slice(start)).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
    await cached.query('SELECT 2');
    expect(asked.length - start).toBe(4);
    await expect(cached.query('SELECT nope')).rejects.toThrow();
    await expect(cached.query('SELECT nope')).rejects.toThrow();
    expect(asked.filter((q) => q === 'SELECT nope')).toHaveLength(2);
  });
});
