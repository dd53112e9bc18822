/**
 * Importers on real files (the excerpts in tests/fixtures) and on the bad-input corpus (tests/fixtures): what each
 * load reads, uses, sets aside and does not understand, and that what it makes loads into DuckDB.
 */
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { canonicalCsv, importFile } from '../../src/data/ingest/import-file';
import { NeedsMapping } from '../../src/data/ingest/importers';
import { LoadError } from '../../src/data/ingest/report';
import { queryFlowLegs } from '../../src/data/queries/flows';
import { queryFilterSummary } from '../../src/data/queries/summary';
import { activateDataset, storeDataset } from '../../src/data/schema';
import type { Filter } from '../../src/domain/types';
import { caseRow, DEMO_PARQUET, dbWithCases } from '../support/db';
import { SHARED_DATA as SHARED } from '../support/shared';
import { withoutKeys } from '../support/keys';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const fixture = (name: string) => bytesOf(path.join(FIXTURES, name));
const text = (s: string) => new TextEncoder().encode(s);
const ALL: Filter = { yearFrom: 1900, yearTo: 2100, sectors: [], place: null };

async function loadError(name: string, bytes: Uint8Array, maxBytes?: number): Promise<string> {
  const error = await importFile(name, bytes, { maxBytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, name).toBeInstanceOf(LoadError);
  return (error as Error).message;
}

describe('UNODC GLOTIP', () => {
  it('reads the xlsx download (title rows before the header) and its CSV alike', async () => {
    const xlsx = await importFile('glotip.xlsx', bytesOf(`${SHARED}/glotip/glotip-sample.xlsx`));
    const csv = await importFile('glotip.csv', bytesOf(`${SHARED}/glotip/glotip-sample.csv`));
    expect(xlsx.report.format).toBe('XLSX');
    expect(csv.report.format).toBe("CSV (UTF-8, ',')");
    for (const { report } of [xlsx, csv]) {
      expect(report.importer).toBe('UNODC GLOTIP');
      expect(report.rowsRead).toBe(453);
      // 89 rows of detected victims and 47 criminal-justice figures (totals and by sex).
      expect(report.rowsUsed).toBe(89 + 47);
      expect(report.notUnderstood).toEqual({});
      expect(
        Object.fromEntries(Object.entries(report.setAside).map(([k, v]) => [k, v.rows])),
      ).toEqual({
        'breakdown by sex or age (its total is used)': 99,
        'country total (its breakdown by citizenship is used)': 8,
        'by country of repatriation (the breakdown by citizenship is used)': 13,
        'by form of exploitation (not joined to flows)': 130,
        'justice figure by age (the Justice view shows totals and sex)': 57,
        'justice figure by form of exploitation (the Justice view shows totals and sex)': 6,
        'a total of the breakdown': 2,
        "impossible value: more than the country's total": 2,
      });
    }
    // Lines are the file's own: the xlsx has two title rows before the header.
    const first = (r: typeof xlsx.report) => r.setAside['a total of the breakdown']!.firstLine;
    expect(first(xlsx.report) - first(csv.report)).toBe(2);
    expect(xlsx.rows).toEqual(csv.rows);
    expect(xlsx.justice).toEqual(csv.justice);
  });

  it('makes citizenship flows, keeps "<5" suppressed at source and own nationals internal', async () => {
    const { rows } = await importFile('glotip.csv', bytesOf(`${SHARED}/glotip/glotip-sample.csv`));
    expect(rows).toContainEqual(
      expect.objectContaining({ year: 2018, origin: 'BOL', destination: 'ARG', victims: 531 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ origin: 'BRA', destination: 'ARG', victims: '<5' }),
    );
    // "Ciudadanos de su pa�s" (own nationals) in Argentina's table: Argentina → Argentina.
    expect(
      rows.filter((r) => r.origin === 'ARG' && r.destination === 'ARG').length,
    ).toBeGreaterThan(0);
    expect(rows.some((r) => typeof r.victims === 'number' && r.victims > 100_000)).toBe(false);
  });

  it('uses, per country and year, citizenship, else repatriation, else the total (unknown origin)', async () => {
    const head = 'Iso3_code,Country,Indicator,Dimension,Category,Sex,Age,Year,txtVALUE\n';
    const csv =
      head +
      'CHL,Chile,Detected trafficking victims,Total,Total,Total,Total,2019,"1,204"\n' +
      'CHL,Chile,Detected trafficking victims,by country of repatriation,Peruano,Total,Total,2019,40\n' +
      'CHL,Chile,Detected trafficking victims,Total,Total,Total,Total,2020,57\n' +
      'CHL,Chile,Detected trafficking victims,by form of exploitation,Forced labour,Total,Total,2020,30\n' +
      'CHL,Chile,Detected trafficking victims,by citizenship,Boliviano,Total,Total,2021,12\n' +
      'CHL,Chile,Detected trafficking victims,by country of repatriation,Boliviano,Total,Total,2021,12\n' +
      'CHL,Chile,Detected trafficking victims,by citizenship,Haitiano,Total,Total,2021,"61,102,019"\n' +
      'CHL,Chile,Detected trafficking victims,Total,Total,Total,Total,2021,20\n';
    const { rows, report } = await importFile('glotip-chile.csv', text(csv));
    expect(rows.map((r) => [r.year, r.origin, r.destination, r.victims])).toEqual([
      [2019, 'PER', 'CHL', 40],
      [2020, null, 'CHL', 57],
      [2021, 'BOL', 'CHL', 12],
    ]);
    expect(report.setAside).toMatchObject({
      'country total (its breakdown by citizenship is used)': { rows: 2, firstLine: 2 },
      'by form of exploitation (not joined to flows)': { rows: 1, firstLine: 5 },
      'by country of repatriation (the breakdown by citizenship is used)': {
        rows: 1,
        firstLine: 7,
      },
      "impossible value: more than the country's total": { rows: 1, firstLine: 8 },
    });
  });

  it('loads into the engine with "<5" as a lower bound', async () => {
    const { rows } = await importFile('glotip.csv', bytesOf(`${SHARED}/glotip/glotip-sample.csv`));
    const db = await dbWithCases([]);
    await storeDataset(db, 'glotip', canonicalCsv(rows));
    await activateDataset(db, 'glotip');
    const legs = await queryFlowLegs(db, ALL);
    expect(legs.find((l) => l.from === 'BRA' && l.to === 'ARG')?.partial).toBe(true);
    expect((await queryFilterSummary(db, ALL)).partial).toBe(true);
  });
});

describe('CTDC', () => {
  it('reads the 2020 k-anonymized schema: ISO alpha-2 (SA is not South America), -99 missing', async () => {
    const { rows, report } = await importFile(
      'ctdc.csv',
      bytesOf(`${SHARED}/ctdc/ctdc-2020-header-excerpt.csv`),
    );
    expect(report).toMatchObject({
      importer: 'CTDC (IOM)',
      rowsRead: 3,
      rowsUsed: 3,
      notUnderstood: {},
    });
    expect(report.notes).toContain('CTDC countries read as ISO alpha-2.');
    expect(rows.map((r) => [r.year, r.origin, r.sex, r.age_group, r.sectors])).toEqual([
      [2002, 'COL', 'female', 'adult', ['sexual_exploitation']],
      [2002, 'MDA', 'female', 'adult', ['unknown']],
      [2002, 'MDA', 'female', 'adult', ['sexual_exploitation']],
    ]);
  });

  it('reads the synthetic dataset: ISO alpha-3, empty cells missing', async () => {
    const { rows, report } = await importFile(
      'synthetic.csv',
      fixture('ctdc-synthetic-sample.csv'),
    );
    expect(report).toMatchObject({ rowsRead: 6, rowsUsed: 6, notUnderstood: {} });
    expect(report.notes).toContain('CTDC countries read as ISO alpha-3.');
    expect(
      rows.map((r) => [r.origin, r.destination, r.sectors.join(';'), r.sex, r.age_group]),
    ).toEqual([
      ['VEN', 'COL', 'sexual_exploitation', 'female', 'adult'],
      ['VEN', 'PER', 'domestic_work', 'female', 'minor'],
      ['BOL', 'ARG', 'agriculture', 'male', 'adult'],
      ['PRY', null, 'construction', 'male', 'unknown'],
      [null, 'BRA', 'sexual_exploitation', 'unknown', 'adult'],
      ['COL', 'ECU', 'sexual_exploitation', 'other', 'adult'],
    ]);
  });
});

describe('the Rutas format', () => {
  it('normalises Spanish names, demonyms and sectors, and reports what it sets aside', async () => {
    const { rows, report } = await importFile('es.csv', fixture('spanish-names.csv'));
    expect(report.rowsRead).toBe(5);
    expect(report.rowsUsed).toBe(4);
    expect(report.setAside).toEqual({ 'a total, not cases': { rows: 1, firstLine: 6 } });
    expect(rows[0]).toMatchObject({
      origin: 'BOL',
      transit: ['PER'],
      destination: 'ARG',
      sectors: ['manufacturing_textiles'],
      sex: 'female',
      age_group: 'minor',
    });
    expect(rows.map((r) => r.origin)).toEqual(['BOL', 'VEN', 'PRY', null]);
    expect(rows[2]!.victims).toBe('<5');
  });

  it('reads Windows-1252 text', async () => {
    const { rows, report } = await importFile('latin1.csv', fixture('latin1.csv'));
    expect(report.format).toBe("CSV (Windows-1252, ',')");
    expect(rows.map((r) => [r.origin, r.destination, r.sectors[0]])).toEqual([
      ['PER', 'BRA', 'mining'],
      ['BOL', 'PER', 'sexual_exploitation'],
      ['PRY', 'ESP', 'domestic_work'],
    ]);
  });

  it('reads a BOM, ";" and a declared disclosure floor', async () => {
    const { rows, report } = await importFile('bom.csv', fixture('bom-semicolon.csv'));
    expect(report.format).toBe("CSV (UTF-8, ';')");
    expect(report.disclosureFloor).toBe(11);
    expect(rows.map((r) => r.victims)).toEqual([12, '<5']);
  });

  it('reads a file of 300,000 rows (rows are not spread into one call)', async () => {
    const lines = ['year,origin,destination,sector,victims'];
    for (let i = 0; i < 300_000; i++)
      lines.push(`${2010 + (i % 10)},BOL,ARG,mining,${1 + (i % 3)}`);
    const { rows, report } = await importFile('large.csv', text(lines.join('\n')));
    expect(report.rowsRead).toBe(300_000);
    expect(rows).toHaveLength(300_000);
    expect(rows.reduce((n, r) => n + Number(r.victims), 0)).toBe(600_000);
  });

  it('reads Parquet, JSON, NDJSON and Arrow IPC', async () => {
    const parquet = await importFile('demo.parquet', bytesOf(DEMO_PARQUET));
    expect(parquet.report).toMatchObject({
      format: 'Parquet',
      importer: 'Rutas format',
      rowsRead: 41_122,
    });
    expect(parquet.report.rowsUsed).toBe(41_122);
    const records = [
      { year: 2019, origin: 'PER', destination: 'ARG', sector: 'mining', victims: 12 },
      { year: 2020, origin: 'Bolivia', destination: 'Brasil', sector: 'agricultura', victims: 3 },
    ];
    const json = await importFile('a.json', text(JSON.stringify(records)));
    const ndjson = await importFile(
      'a.ndjson',
      text(records.map((r) => JSON.stringify(r)).join('\n')),
    );
    const arrow = await importFile(
      'a.arrow',
      tableToIPC(
        tableFromArrays({
          year: Int32Array.from([2019, 2020]),
          origin: ['PER', 'Bolivia'],
          destination: ['ARG', 'Brasil'],
          sector: ['mining', 'agricultura'],
          victims: Int32Array.from([12, 3]),
        }),
        'file',
      ),
    );
    for (const r of [json, ndjson, arrow]) {
      expect(r.rows.map((x) => [x.origin, x.destination, x.sectors[0], x.victims])).toEqual([
        ['PER', 'ARG', 'mining', 12],
        ['BOL', 'BRA', 'agriculture', 3],
      ]);
    }
    expect([json, ndjson, arrow].map((r) => r.report.format)).toEqual([
      'JSON',
      'NDJSON',
      'Arrow IPC',
    ]);
  });
});

describe('a file no importer knows', () => {
  it('asks for a column mapping, with the header and a preview, and reads the file with it', async () => {
    const error = await importFile('ministerio.csv', fixture('ministerio.csv')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NeedsMapping);
    const { header, preview } = error as NeedsMapping;
    expect(header).toEqual([
      'año',
      'país de origen',
      'país de tránsito',
      'país de destino',
      'finalidad',
      'víctimas',
    ]);
    expect(preview[0]).toEqual([
      '2021',
      'Venezuela',
      'Colombia',
      'Perú',
      'Explotación sexual',
      '34',
    ]);
    const { rows, report } = await importFile('ministerio.csv', fixture('ministerio.csv'), {
      mapping: {
        year: 'año',
        origin: 'país de origen',
        transit: 'país de tránsito',
        destination: 'país de destino',
        sector: 'finalidad',
        victims: 'víctimas',
      },
    });
    expect(report).toMatchObject({ importer: 'columns mapped by hand', rowsRead: 3, rowsUsed: 3 });
    expect(
      rows.map((r) => [r.origin, r.transit.join(), r.destination, r.sectors[0], r.victims]),
    ).toEqual([
      ['VEN', 'COL', 'PER', 'sexual_exploitation', 34],
      ['BOL', '', 'ARG', 'other', 22],
      ['PRY', '', 'ARG', 'domestic_work', 15],
    ]);
    await expect(
      importFile('ministerio.csv', fixture('ministerio.csv'), { mapping: { year: 'año' } }),
    ).rejects.toThrow(/The mapping leaves out origin, destination/);
  });
});

describe('bad input', () => {
  it('names the problem, and the line or column where it applies', async () => {
    expect(await loadError('empty.csv', fixture('empty.csv'))).toMatch(/empty/);
    expect(await loadError('header-only.csv', fixture('header-only.csv'))).toMatch(
      /has a header but no rows/,
    );
    expect(await loadError('garbage.csv', fixture('garbage.csv'))).toMatch(/not a text file/);
    expect(await loadError('csv-named.xlsx', fixture('csv-named.xlsx'))).toMatch(
      /named like a spreadsheet but is not an XLSX workbook/,
    );
    expect(await loadError('dup.csv', fixture('duplicate-headers.csv'))).toMatch(
      /Line 1: the column "origin" appears twice \(columns 2 and 4\)/,
    );
    expect(await loadError('unknown.csv', fixture('unknown-countries.csv'))).toMatch(
      /No row of unknown\.csv names a country Rutas understands: origin "Atlantis" \(2 rows\)/,
    );
    expect(await loadError('big.csv', fixture('planted-small-cells.csv'), 100)).toMatch(
      /big\.csv is 0 MiB; the largest file Rutas loads in the browser is 0 MiB/,
    );
    const noHeader = await writeXlsxFile([
      [{ value: 'Informe anual' }],
      [{ value: 'Región' }, { value: 'Casos' }],
      [{ value: 'Norte' }, { value: 12 }],
    ]).toBuffer();
    expect(await loadError('informe.xlsx', new Uint8Array(noHeader))).toMatch(
      /^Line 2 reads Región, Casos: columns that no format Rutas reads by itself has/,
    );
  });

  it('reads UTF-16 text with its byte-order mark (Excel\'s "Unicode text"), either byte order', async () => {
    const tsv = 'year\torigin\tdestination\tvictims\n2020\tPerú\tBrasil\t3\n';
    const units = [0xfeff, ...Array.from(tsv, (c) => c.charCodeAt(0))];
    for (const [encoding, hi] of [
      ['UTF-16LE', 1],
      ['UTF-16BE', 0],
    ] as const) {
      const bytes = new Uint8Array(units.length * 2);
      units.forEach((u, i) => {
        bytes[2 * i + hi] = u >> 8;
        bytes[2 * i + 1 - hi] = u & 0xff;
      });
      const { rows, report } = await importFile('unicode.txt', bytes);
      expect(report.format).toBe(`CSV (${encoding}, tab)`);
      expect(rows).toEqual([
        expect.objectContaining({ origin: 'PER', destination: 'BRA', victims: 3 }),
      ]);
    }
  });

  it('sets aside bad rows with their reason and first line, and loads the rest', async () => {
    const counts = await importFile('bad-counts.csv', fixture('bad-counts.csv'));
    expect(counts.report.setAside).toEqual({
      'victims is not a count': { rows: 2, firstLine: 3 },
      'year is not a year': { rows: 1, firstLine: 5 },
    });
    expect(counts.report.rowsUsed).toBe(1);
    const ragged = await importFile('ragged.csv', fixture('ragged.csv'));
    expect(ragged.report.setAside).toEqual({
      'more cells than the header has columns': { rows: 1, firstLine: 4 },
    });
    // Rows of the analyst's own file are counted exactly.
    expect(ragged.report.notes).toContain(
      '1 row has fewer cells than the header: the missing cells read as empty.',
    );
    expect(ragged.rows.map((r) => [r.origin, r.destination])).toEqual([
      ['PER', 'ARG'],
      ['BOL', 'ARG'],
    ]);
  });

  it('keeps what was loaded before when a load fails', async () => {
    const db = await dbWithCases([caseRow({ origin: 'BOL', destination: 'ARG', victims: 30 })]);
    await expect(
      storeDataset(db, 'broken', 'year,origin\nnot,a,valid\n"unterminated'),
    ).rejects.toThrow();
    expect(withoutKeys(await queryFilterSummary(db, ALL))).toEqual({
      victims: 30,
      unplaced: 0,
      partial: false,
    });
  });
});
