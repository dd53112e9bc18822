import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDemoView } from '../../src/data/demo-view';
import { createNodeConnector } from '../../src/data/node-connector';
import type { DbConnector } from '../../src/data/connector';
import { queryFlowLegs } from '../../src/data/queries/flows';
import { makeDemoCases } from '../../scripts/make-demo-data';
import { SECTORS } from '../../src/domain/sectors';
import type { CaseRecord } from '../../src/domain/types';
import { DEMO_PARQUET, dbWithCases, readCanonicalParquet } from '../support/db';

const key = (c: CaseRecord) =>
  [
    c.year,
    c.origin,
    c.transit.join(';'),
    c.destination,
    c.sectors.join(';'),
    c.sex,
    c.ageGroup,
    c.victims,
  ].join('|');

describe('the bundled demo dataset', () => {
  let db: DbConnector;
  let shipped: CaseRecord[];
  beforeAll(async () => {
    shipped = await readCanonicalParquet(DEMO_PARQUET);
    db = await dbWithCases(shipped);
  });

  it('is exactly what the generator makes with its fixed seed', () => {
    const generated = makeDemoCases();
    expect(shipped.length).toBe(generated.length);
    expect(shipped.map(key).sort()).toEqual(generated.map(key).sort());
  });

  it('has tens of thousands of cases, 2010–2023, with known sectors', () => {
    expect(shipped.length).toBeGreaterThan(20_000);
    const years = shipped.map((c) => c.year);
    expect(Math.min(...years)).toBe(2010);
    expect(Math.max(...years)).toBe(2023);
    expect(
      shipped.every((c) => c.sectors.every((s) => (SECTORS as readonly string[]).includes(s))),
    ).toBe(true);
  });

  it('has the regional patterns it promises', async () => {
    const legs = await queryFlowLegs(db, {
      yearFrom: 2010,
      yearTo: 2023,
      sectors: [],
      place: null,
    });
    const keys = legs.slice(0, 15).map((l) => `${l.from}>${l.to}`);
    expect(keys).toEqual(expect.arrayContaining(['VEN>COL', 'BOL>ARG', 'PRY>ARG', 'COL>ECU']));
    const textiles = await queryFlowLegs(db, {
      yearFrom: 2010,
      yearTo: 2023,
      sectors: ['manufacturing_textiles'],
      place: null,
    });
    expect(textiles[0]).toMatchObject({ from: 'BOL' });
    const before = await queryFlowLegs(db, {
      yearFrom: 2011,
      yearTo: 2012,
      sectors: [],
      place: null,
    });
    const after = await queryFlowLegs(db, {
      yearFrom: 2018,
      yearTo: 2019,
      sectors: [],
      place: null,
    });
    const venCol = (ls: typeof before) =>
      ls.find((l) => l.from === 'VEN' && l.to === 'COL')?.victims ?? 0;
    expect(venCol(after)).toBeGreaterThan(5 * venCol(before));
  });

  it('includes rare routes below the disclosure threshold', async () => {
    const legs = await queryFlowLegs(db, {
      yearFrom: 2010,
      yearTo: 2023,
      sectors: [],
      place: null,
    });
    expect(legs.some((l) => l.victims < 10)).toBe(true);
  });

  it('ships its first view, published, as the engine computes it (npm run demo-view)', async () => {
    const bytes = readFileSync(DEMO_PARQUET);
    const computed = await computeDemoView(
      await createNodeConnector(),
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const shippedView = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../data/demo-view.json'), 'utf8'),
    );
    expect(shippedView).toEqual(JSON.parse(JSON.stringify(computed)));
    expect(computed.published.legs.length).toBeGreaterThan(20);
  });
});
