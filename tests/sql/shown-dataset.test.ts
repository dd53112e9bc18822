/**
 * A dataset's views are answered only while its tables are the ones shown (src/data/
 * shown-dataset.ts): a query for the dataset shown before, sent once another starts to be
 * shown, is refused rather than answered from the other's tables (which would publish them under
 * the first dataset's disclosure policy).
 */
import { describe, expect, it } from 'vitest';
import { canonicalCsv } from '../../src/data/ingest/import-file';
import type { CanonicalRow } from '../../src/data/ingest/importers';
import { createNodeConnector } from '../../src/data/node-connector';
import { queryFilterSummary } from '../../src/data/queries/summary';
import { datasetConnector, DatasetReplaced } from '../../src/data/shown-dataset';
import type { Filter } from '../../src/domain/types';
import { showTables, storeTables } from '../../src/state/dataset-tables';

const ALL: Filter = { yearFrom: 2000, yearTo: 2030, sectors: [], place: null };

/** Canonical CSV of `n` cases from Bolivia to Argentina, of one victim each. */
function cases(n: number): string {
  const row: CanonicalRow = {
    year: 2020,
    origin: 'BOL',
    transit: [],
    destination: 'ARG',
    sectors: ['mining'],
    sex: 'female',
    age_group: 'adult',
    victims: 1,
  };
  return canonicalCsv(Array.from({ length: n }, () => ({ ...row })));
}

describe('the dataset an engine shows', () => {
  it("refuses a dataset's queries once another starts to be shown, and answers the new one", async () => {
    const db = await createNodeConnector();
    await storeTables(db, 'a', { csv: cases(30) });
    await storeTables(db, 'b', { csv: cases(70) });
    await showTables(db, 'a');
    const a = datasetConnector(db, 'a');
    const b = datasetConnector(db, 'b');
    expect(datasetConnector(db, 'a')).toBe(a);
    expect((await queryFilterSummary(a, ALL)).victims).toBe(30);
    await expect(queryFilterSummary(b, ALL)).rejects.toBeInstanceOf(DatasetReplaced);

    const showing = showTables(db, 'b');
    // From the moment b starts to be shown, a's queries are refused, before the engine sees them.
    await expect(queryFilterSummary(a, ALL)).rejects.toBeInstanceOf(DatasetReplaced);
    await expect(queryFilterSummary(b, ALL)).rejects.toBeInstanceOf(DatasetReplaced);
    await showing;
    expect((await queryFilterSummary(b, ALL)).victims).toBe(70);
    await expect(queryFilterSummary(a, ALL)).rejects.toBeInstanceOf(DatasetReplaced);
  });

  it('answers the dataset shown before again when another cannot be shown', async () => {
    const db = await createNodeConnector();
    await storeTables(db, 'a', { csv: cases(30) });
    await showTables(db, 'a');
    // Never stored: its tables cannot be made, and a's stay.
    await expect(showTables(db, 'missing')).rejects.toThrow();
    expect((await queryFilterSummary(datasetConnector(db, 'a'), ALL)).victims).toBe(30);
  });
});
