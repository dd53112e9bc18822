/**
 * A protected release (data/release.ts): built from microdata with planted small cells, it holds
 * no record, no key and no count below k; loaded back, Rutas reads it as a release and shows its
 * figures as they are.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/ingest/import-file';
import { createNodeConnector } from '../../src/data/node-connector';
import { queryFilterSummary } from '../../src/data/queries/summary';
import { buildRelease, RELEASE_GRANULARITIES } from '../../src/data/release';
import { activateDataset, storeDataset } from '../../src/data/schema';
import { resolvePolicy } from '../../src/domain/disclosure';
import { caseRow, fillCases } from '../support/db';

const PLANTED = [1, 3, 7];

function cases() {
  const background = ['ARG', 'BRA', 'CHL', 'PER'].flatMap((to, i) =>
    [2019, 2020].map((year) =>
      caseRow({ origin: 'BOL', destination: to, year, victims: 12 + 9 * i, sectors: ['mining'] }),
    ),
  );
  const planted = PLANTED.map((victims, i) =>
    caseRow({ origin: 'URY', destination: ['SUR', 'GUY', 'ECU'][i]!, victims, year: 2021 }),
  );
  return [...background, ...planted];
}

describe('a protected release', () => {
  for (const granularity of Object.keys(
    RELEASE_GRANULARITIES,
  ) as (keyof typeof RELEASE_GRANULARITIES)[]) {
    it(`holds no key, no record and no count below k (${granularity})`, async () => {
      const db = await createNodeConnector();
      await fillCases(db, cases());
      const policy = resolvePolicy();
      const { csv, manifest } = await buildRelease(
        db,
        granularity,
        policy,
        'test.csv',
        '2026-12-01',
      );
      const lines = csv.trim().split('\n');
      const header = lines.find((l) => !l.startsWith('#'))!;
      expect(header).toBe('year,origin,transit,destination,sectors,sex,age_group,victims');
      const counts = lines
        .filter((l) => !l.startsWith('#'))
        .slice(1)
        .map((l) => Number(l.split(',').at(-1)));
      expect(counts.length).toBe(manifest.cells);
      for (const n of counts) expect(n).toBeGreaterThanOrEqual(policy.k);
      // Eight columns a row, as the header says: no key rides along.
      for (const l of lines.filter((x) => !x.startsWith('#'))) expect(l.split(',').length).toBe(8);
      expect(manifest).toMatchObject({ k: 10, maxNoise: policy.noise!.maxNoise, granularity });
      expect(lines[0]).toBe('# rutas:release=protected');
    });
  }

  it('loads back as a release: marked, shown as it is, the threshold on top', async () => {
    const db = await createNodeConnector();
    await fillCases(db, cases());
    const { csv } = await buildRelease(db, 'routes', resolvePolicy(), 'test.csv');
    const { rows, report } = await importFile('release.csv', new TextEncoder().encode(csv));
    expect(report.protectedRelease).toBe(true);
    expect(report.disclosureFloor).toBe(10);
    const policy = resolvePolicy({ datasetFloor: 10, release: true });
    expect(policy.noise).toBeNull();
    expect(policy.k).toBe(10);
    const released = csv
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .slice(1)
      .reduce((sum, l) => sum + Number(l.split(',').at(-1)), 0);
    expect(rows.reduce((sum, r) => sum + Number(r.victims), 0)).toBe(released);
    const again = await createNodeConnector();
    const { canonicalCsv } = await import('../../src/data/ingest/import-file');
    await storeDataset(again, 'release', canonicalCsv(rows));
    await activateDataset(again, 'release');
    const summary = await queryFilterSummary(again, {
      yearFrom: 2000,
      yearTo: 2030,
      sectors: [],
      place: null,
    });
    expect(summary.victims).toBe(released);
  });
});
