/** readTable says how far it has read a file, for the progress bar: rising, once a percent, to 1. */
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/data/ingest/read-table';

const rising = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('readTable progress', () => {
  it('reports the share of a CSV and of an XLSX read', async () => {
    const lines = ['year,origin,destination,victims'];
    for (let i = 0; i < 5000; i++) lines.push(`2020,Perú,Argentina,${i}`);
    const csv: number[] = [];
    await readTable('a.csv', new TextEncoder().encode(lines.join('\n')), {
      onProgress: (f) => csv.push(f),
    });
    expect(csv.length).toBeGreaterThan(50);
    expect(csv.length).toBeLessThanOrEqual(101);
    expect(rising(csv)).toBe(true);
    expect(csv.at(-1)).toBeGreaterThan(0.98);

    const sheet = lines.map((l) => l.split(',').map((value) => ({ value })));
    const bytes = new Uint8Array(await writeXlsxFile(sheet).toBuffer());
    const xlsx: number[] = [];
    await readTable('a.xlsx', bytes, { onProgress: (f) => xlsx.push(f) });
    expect(xlsx.at(-1)).toBe(1);
    expect(rising(xlsx)).toBe(true);
  });
});
