import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/data/node-connector';
import { importThroughEngine } from '../../src/data/ingest/engine-import';
import { importFile, importTable } from '../../src/data/ingest/import-file';
import { readParquetTable } from '../../src/data/ingest/parquet';
import { victimsByShape as byShape } from '../support/shapes';
import type { LoadReport } from '../../src/data/ingest/report';

/** The report without what only reading line by line can know (the lines, the format). */
function counts(r: LoadReport) {
  return {
    importer: r.importer,
    rowsRead: r.rowsRead,
    rowsUsed: r.rowsUsed,
    setAside: Object.fromEntries(Object.entries(r.setAside).map(([k, v]) => [k, v.rows])),
    notUnderstood: r.notUnderstood,
    disclosureFloor: r.disclosureFloor,
  };
}

describe('a large Rutas-format file read by the engine', () => {
  const lines = [
    '# rutas:disclosure_floor=11',
    '',
    'year;origin;transit;destination;sector;sex;age_group;victims',
  ];
  const dirt = [
    '2019;Bolivia;;Argentina;minería;mujer;adulto;2',
    '2019;Venezuela;Colombia|Ecuador;Perú;explotación sexual;F;menor;1',
    '20x9;PER;;CHL;mining;female;adult;1',
    '2020;Atlantis;;CHL;mining;female;adult;3',
    '2021;PRY;;ARG;domestic work;male;adult;<5',
    '2021;VEN;COL;ECU;sexual_exploitation;female;adult;-4',
  ];
  for (let i = 0; i < 4000; i++) lines.push(dirt[i % dirt.length]!);
  lines.push('');
  const text = lines.join('\n');

  it('gives the figures and report of reading it row by row', async () => {
    const db = await createNodeConnector();
    const engine = await importThroughEngine(async () => db, 'large.csv', new Blob([text]));
    expect(engine).not.toBeNull();
    const js = await importFile('large.csv', new TextEncoder().encode(text));
    expect(engine!.report.format).toBe("CSV (UTF-8, ';'), read by the database engine");
    expect(counts(engine!.report)).toEqual(counts(js.report));
    expect(engine!.report.rowsRead).toBe(4000);
    expect(counts(engine!.report).setAside).toEqual({
      'year is not a year': 667,
      'victims is not a count': 666,
    });
    expect(engine!.report.notUnderstood['origin "Atlantis"']).toBe(667);
    expect(engine!.report.disclosureFloor).toBe(11);
    const { csv } = engine!;
    // Converted on this thread: text (the import worker's is a Blob).
    if (typeof csv !== 'string') throw new Error('expected the canonical CSV as text');
    const rowsBack = csv.trim().split('\n').length - 1;
    expect(rowsBack).toBeLessThan(10);
    // The same case shapes and victims, from a handful of grouped rows.
    const engineRows = (await import('papaparse')).default.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const total = (rows: readonly { victims?: unknown }[]) =>
      rows.reduce((n, r) => n + (/^\d+$/.test(String(r.victims)) ? Number(r.victims) : 0), 0);
    expect(total(engineRows)).toBe(total(js.rows));
    expect(Object.keys(byShape(js.rows)).length).toBe(rowsBack);
  });

  it('leaves other files to the usual reader, without opening an engine for them', async () => {
    const db = await createNodeConnector();
    let opened = 0;
    const open = async () => (opened++, db);
    const glotip =
      'Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,VALUE,Source\n';
    expect(await importThroughEngine(open, 'g.csv', new Blob([glotip]))).toBeNull();
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('year,origin,destination,victims\n2019,'),
      0xc9,
      0x0a,
    ]);
    expect(await importThroughEngine(open, 'l.csv', new Blob([latin1]))).toBeNull();
    expect(opened).toBe(0);
  });
});

describe('a large Parquet file read in slices, identical rows grouped', () => {
  it('gives the figures and report of reading every row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rutas-parquet-'));
    try {
      const file = path.join(dir, 'cases.parquet');
      const conn = await (await DuckDBInstance.create(':memory:')).connect();
      await conn.run(`COPY (
        SELECT (2015 + i % 5)::INTEGER AS year, ['BOL', 'PER', 'Atlantis'][1 + i % 3] AS origin,
               CASE WHEN i % 4 = 0 THEN ['COL', 'ECU'] ELSE [] END AS transit, 'ARG' AS destination,
               ['mining', 'agriculture'][1 + i % 2] AS sector, 'female' AS sex, 'adult' AS age_group,
               (1 + i % 2)::INTEGER AS victims
        FROM range(3000) t(i)) TO '${file}' (FORMAT parquet)`);
      conn.closeSync();
      const bytes = new Uint8Array(readFileSync(file));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const grouped = await readParquetTable(buffer, { groupFrom: 100, sliceRows: 700 });
      expect(grouped.weights).toBeDefined();
      expect(grouped.rows.length).toBeLessThan(200);
      expect(grouped.weights!.reduce((a, b) => a + b, 0)).toBe(3000 + 1);
      const fromGroups = importTable('cases.parquet', { format: 'Parquet', ...grouped });
      const everyRow = await importFile('cases.parquet', bytes);
      expect(everyRow.report.format).toBe('Parquet');
      expect(counts(fromGroups.report)).toEqual(counts(everyRow.report));
      expect(fromGroups.report.notUnderstood['origin "Atlantis"']).toBe(1000);
      expect(byShape(fromGroups.rows)).toEqual(byShape(everyRow.rows));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
