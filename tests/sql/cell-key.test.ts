/**
 * The cell key method end to end, through the real SQL: the same records give the same figure
 * in every view, under every filter that selects them, and in every load of the same cases; and
 * what the noise costs in accuracy on the demo data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { createNodeConnector } from '../../src/data/node-connector';
import { queryView } from '../../src/data/queries/view';
import { storeDataset } from '../../src/data/schema';
import { type Disclosed, resolvePolicy } from '../../src/domain/disclosure';
import { publishView, type PublishedView } from '../../src/domain/publish';
import type { Filter } from '../../src/domain/types';
import { countriesCsv, flowsCsv } from '../../src/export/csv';
import { caseRow, DEMO_PARQUET, fillCases, readCanonicalParquet } from '../support/db';

const policy = resolvePolicy();
const ALL: Filter = { yearFrom: 2018, yearTo: 2021, sectors: [], place: null };

async function published(db: DbConnector, filter: Filter): Promise<PublishedView> {
  const { legs, places, summary, charts } = await queryView(db, filter);
  return publishView(legs, places, summary, policy, charts);
}

describe('the same records give the same figure', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await createNodeConnector();
    // Every mining case goes BOL → ARG, directly, in rows of several sizes; agriculture elsewhere.
    await fillCases(db, [
      ...[5, 9, 12, 3, 8].map((victims, i) =>
        caseRow({
          origin: 'BOL',
          destination: 'ARG',
          victims,
          year: 2018 + (i % 4),
          sectors: ['mining'],
        }),
      ),
      caseRow({ origin: 'PER', destination: 'CHL', victims: 25, sectors: ['agriculture'] }),
      caseRow({ origin: 'PER', destination: 'CHL', victims: 14, sectors: ['agriculture'] }),
    ]);
  });

  it('in every view of one state: the leg, the countries, the sector bar and the Sankey', async () => {
    const view = await published(db, { ...ALL, place: 'ARG' });
    const figures: Disclosed[] = [
      view.victims,
      view.legs.find((l) => l.from === 'BOL' && l.to === 'ARG')!.victims,
      view.places.find((p) => p.place === 'BOL')!.outgoing,
      view.places.find((p) => p.place === 'ARG')!.incoming,
      view.places.find((p) => p.place === 'ARG')!.involved,
      view.sectors.find((s) => s.sector === 'mining')!.victims,
      view.sectorRoutes.find((r) => r.end === 'destination' && r.place === 'ARG')!.victims,
      view.sectorRoutes.find((r) => r.end === 'origin' && r.place === 'BOL')!.victims,
    ];
    expect(figures[0]).toMatchObject({ kind: 'shown' });
    for (const f of figures) expect(f).toEqual(figures[0]);
  });

  it('under filters that select the same records, and in the CSV exports', async () => {
    const wide = await published(db, { ...ALL, yearFrom: 2000, yearTo: 2030 });
    const narrow = await published(db, ALL);
    expect(wide.legs).toEqual(narrow.legs);
    expect(wide.places).toEqual(narrow.places);
    expect(wide.victims).toEqual(narrow.victims);
    const ctx = { datasetLabel: 'test', filter: ALL, policy };
    const body = (text: string) => text.split('\n').filter((l) => !l.startsWith('#'));
    expect(body(flowsCsv(wide, ctx))).toEqual(body(flowsCsv(narrow, ctx)));
    expect(body(countriesCsv(wide, ctx))).toEqual(body(countriesCsv(narrow, ctx)));
  });

  it('in every load of the same cases, in any row order', async () => {
    const header = 'year,origin,transit,destination,sectors,sex,age_group,victims';
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${2018 + (i % 4)},BOL,,ARG,mining,female,adult,${1 + (i % 7)}`,
    );
    const a = await createNodeConnector();
    const b = await createNodeConnector();
    await storeDataset(a, 'x', [header, ...rows].join('\n'));
    await storeDataset(b, 'x', [header, ...rows.reverse()].join('\n'));
    const keys = async (d: DbConnector) =>
      (
        await d.query(
          'SELECT year, victims, list(record_key ORDER BY record_key) AS k FROM dataset_x GROUP BY ALL ORDER BY ALL',
        )
      ).map((r) => JSON.stringify(r));
    expect(await keys(a)).toEqual(await keys(b));
    // Different cases get different keys: the seed depends on every row.
    const c = await createNodeConnector();
    await storeDataset(c, 'x', [header, ...rows, '2019,PER,,CHL,mining,male,adult,1'].join('\n'));
    expect(await keys(c)).not.toEqual(await keys(a));
    // Stored from a Blob, as the import worker hands the text over: the same table, the same keys.
    const d = await createNodeConnector();
    await storeDataset(d, 'x', new Blob([[header, ...rows].join('\n')], { type: 'text/csv' }));
    expect(await keys(d)).toEqual(await keys(a));
  });
});

describe('what the noise costs, on the demo data', () => {
  it('keeps counts of k or more, and totals, within ±D, most within a victim or two', async () => {
    const db = await createNodeConnector();
    await fillCases(db, await readCanonicalParquet(DEMO_PARQUET));
    const demo: Filter = { yearFrom: 2010, yearTo: 2023, sectors: [], place: null };
    const filters: Filter[] = [demo, { ...demo, place: 'BOL' }, { ...demo, sectors: ['mining'] }];
    for (let y = 2010; y <= 2023; y += 3) filters.push({ ...demo, yearFrom: y, yearTo: y });
    const cells: number[] = [];
    const totals: number[] = [];
    for (const filter of filters) {
      const { legs, places, summary, charts } = await queryView(db, filter);
      const view = publishView(legs, places, summary, policy, charts);
      // The measure: counts of k or more (a smaller count may read up to k + D).
      const error = (d: Disclosed, exact: number) =>
        d.kind === 'shown' && exact >= policy.k ? d.value - exact : null;
      for (const leg of view.legs) {
        const exact = legs.find((l) => l.from === leg.from && l.to === leg.to)!;
        const e = error(leg.victims, exact.victims);
        if (e !== null) cells.push(Math.abs(e));
      }
      for (const p of view.places) {
        const exact = places.find((x) => x.place === p.place)!;
        const e = error(p.involved, exact.involved);
        if (e !== null) totals.push(Math.abs(e));
      }
      const e = error(view.victims, summary.victims);
      if (e !== null) totals.push(Math.abs(e));
    }
    const quantile = (xs: number[], q: number) =>
      [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
    const d = policy.noise!.maxNoise;
    console.info(
      `cell key utility (D = ${d}): ${cells.length} legs, |error| median ${quantile(cells, 0.5)}, ` +
        `p95 ${quantile(cells, 0.95)}; ${totals.length} totals, median ${quantile(totals, 0.5)}, ` +
        `p95 ${quantile(totals, 0.95)}`,
    );
    expect(cells.length).toBeGreaterThan(50);
    expect(quantile(cells, 0.5)).toBeLessThanOrEqual(2);
    expect(quantile(cells, 0.95)).toBeLessThanOrEqual(d);
    expect(quantile(totals, 0.95)).toBeLessThanOrEqual(d);
    expect(Math.max(...totals)).toBeLessThanOrEqual(d);
  }, 120_000);
});
