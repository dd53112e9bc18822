/**
 * GLOTIP's "by citizenship" labels as real files write them, through the importer: every variant
 * of tests/fixtures/country-labels.csv becomes a flow from its country, misspellings are reported
 * with the country they were read as, labels that are no country are reported as what they are,
 * and only the near-misses are "not understood".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/ingest/import-file';
import { reportLines } from '../../src/data/ingest/report';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const table = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(FIXTURES, name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

describe('GLOTIP citizenship labels', () => {
  it('resolves every variant, reports what is no country, and leaves only near-misses unread', async () => {
    const labels = table('country-labels.csv');
    const misses = table('country-label-misses.csv').filter(
      (m) => !['total', 'own-nationals'].includes(m.expected!),
    );
    const detecting = ['ARG', 'BOL', 'BRA', 'CHL', 'COL', 'ECU', 'PER', 'PRY', 'URY', 'VEN'];
    const head = 'Iso3_code,Country,Indicator,Dimension,Category,Sex,Age,Year,txtVALUE\n';
    const all = [...labels.map((l) => l.label!), ...misses.map((m) => m.label!)];
    const csv =
      head +
      all
        .map((label, i) => {
          const iso3 = detecting[i % detecting.length];
          const year = 2003 + (i % 20);
          return `${iso3},x,Detected trafficking victims,by citizenship,${quote(label)},Total,Total,${year},${(i % 40) + 1}`;
        })
        .join('\n');
    const { rows, report } = await importFile('glotip-labels.csv', new TextEncoder().encode(csv));
    expect(report.rowsRead).toBe(all.length);
    expect(rows.length).toBe(all.length);
    expect(rows.slice(0, labels.length).map((r) => r.origin)).toEqual(labels.map((l) => l.iso3));

    const unread = misses.filter((m) => m.expected === 'not-understood');
    expect(Object.keys(report.notUnderstood).sort()).toEqual(
      unread.map((m) => `Category "${m.label}"`).sort(),
    );
    const classified = misses.filter((m) => m.expected !== 'not-understood');
    expect(
      Object.fromEntries(Object.entries(report.notACountry).map(([k, v]) => [k, v.what])),
    ).toEqual(Object.fromEntries(classified.map((m) => [`Category "${m.label}"`, m.expected])));
    expect(report.readAs['Category "chiness"']).toEqual({ iso3: 'CHN', rows: 1 });

    const lines = reportLines(report);
    expect(lines).toContain(
      'Not a country, Category "West Africa" (a region; the place is left unknown): 1 row',
    );
    expect(lines).toContain(
      'Read as China (CHN) (the nearest spelling), Category "chiness": 1 row',
    );
  });
});
