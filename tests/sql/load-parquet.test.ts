import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/data/node-connector';
import { datasetTable, loadCanonicalParquet } from '../../src/data/schema';
import { rowsToCsv } from '../../src/data/ingest/csv-text';
import { DEMO_PARQUET, readCanonicalParquet } from '../support/db';

describe('loading canonical Parquet the way the browser does', () => {
  it('loads the demo file through hyparquet and CSV into the wasm engine, losing nothing, and cubes it', async () => {
    const db = await createNodeConnector();
    const bytes = readFileSync(DEMO_PARQUET);
    await loadCanonicalParquet(
      db,
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const expected = await readCanonicalParquet(DEMO_PARQUET);
    // The stored dataset holds every row as read.
    const [r] = await db.query(`SELECT count(*)::BIGINT AS n, sum(victims)::BIGINT AS v,
      sum(len(transit))::BIGINT AS t, count(*) FILTER (WHERE origin IS NULL)::BIGINT AS no_origin,
      sum(len(sectors))::BIGINT AS s FROM ${datasetTable('canonical')}`);
    expect(r).toEqual({
      n: expected.length,
      v: expected.reduce((a, c) => a + c.victims, 0),
      t: expected.reduce((a, c) => a + c.transit.length, 0),
      no_origin: expected.filter((c) => c.origin === null).length,
      s: expected.reduce((a, c) => a + c.sectors.length, 0),
    });
    // The cube the views read has one row per distinct case shape, with the same victims.
    const shapes = new Map<string, number>();
    for (const c of expected) {
      const key = JSON.stringify([
        c.year,
        c.origin,
        c.transit,
        c.destination,
        c.sectors,
        c.sex,
        c.ageGroup,
      ]);
      shapes.set(key, (shapes.get(key) ?? 0) + c.victims);
    }
    const [cube] = await db.query(`SELECT count(*)::BIGINT AS n, sum(victims)::BIGINT AS v,
      sum(victims * len(transit))::BIGINT AS vt FROM cases`);
    expect(cube).toEqual({
      n: shapes.size,
      v: r!.v,
      vt: expected.reduce((a, c) => a + c.victims * c.transit.length, 0),
    });
    expect(shapes.size).toBeLessThan(expected.length / 3);
    const [legs] = await db.query('SELECT count(*)::BIGINT AS n FROM legs');
    expect(legs!.n).toBeGreaterThan(shapes.size * 0.5);
  });
});

describe('rowsToCsv', () => {
  it('quotes what needs quoting and joins lists', () => {
    expect(
      rowsToCsv(
        ['a', 'b'],
        [
          { a: 'x,"y"', b: ['P', 'Q'] },
          { a: null, b: 3 },
        ],
      ),
    ).toBe('a,b\n"x,""y""",P;Q\n,3\n');
  });
});
