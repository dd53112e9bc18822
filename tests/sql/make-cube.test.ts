import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/ingest/import-file';
import { makeCube } from '../../scripts/make-cube';
import { victimsByShape } from '../support/shapes';

const dir = mkdtempSync(path.join(tmpdir(), 'rutas-cube-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cube: a large file pre-aggregated natively for the app', () => {
  it('writes far fewer rows that the app imports to the same figures', async () => {
    const lines = ['year,origin,transit,destination,sector,sex,age_group,victims'];
    for (let i = 0; i < 3000; i++) {
      lines.push(
        [
          2018 + (i % 3),
          ['BOL', 'PER', 'VEN'][i % 3],
          i % 4 === 0 ? 'COL;ECU' : '',
          'ARG',
          ['mining', 'agriculture'][i % 2],
          ['female', 'male'][i % 5 === 0 ? 1 : 0],
          'adult',
          1 + (i % 2),
        ].join(','),
      );
    }
    lines.push('2019,PRY,,ARG,mining,female,minor,<5', '2019,PRY,,ARG,mining,female,minor,<5');
    const csv = path.join(dir, 'cases.csv');
    const cube = path.join(dir, 'cube.parquet');
    writeFileSync(csv, lines.join('\n'));
    const { rowsIn, rowsOut } = await makeCube(csv, cube);
    expect(rowsIn).toBe(3002);
    expect(rowsOut).toBeLessThan(100);
    const original = await importFile('cases.csv', new Uint8Array(readFileSync(csv)));
    const cubed = await importFile('cube.parquet', new Uint8Array(readFileSync(cube)));
    expect(cubed.report.importer).toBe(original.report.importer);
    expect(victimsByShape(cubed.rows)).toEqual(victimsByShape(original.rows));
  });
});
