/**
 * Inputs past the limits of src/data/ingest/limits.ts get a message naming the limit, checked
 * before the work it bounds: files of several GiB (refused from their size, never read), a line or
 * a cell that would fill memory, JSON nested thousands deep, an XLSX that would expand hugely. The
 * large inputs are made here, in memory; none is committed.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { createNodeConnector } from '../../src/data/node-connector';
import { importThroughEngine } from '../../src/data/ingest/engine-import';
import { importFile } from '../../src/data/ingest/import-file';
import { NeedsMapping } from '../../src/data/ingest/importers';
import { fileBytes, MAX_CELL_CHARS, MAX_LINE_BYTES } from '../../src/data/ingest/limits';
import { readParquetTable } from '../../src/data/ingest/parquet';
import { LoadError } from '../../src/data/ingest/report';
import { MAX_XLSX_EXPANDED_BYTES, zipEntries } from '../../src/data/ingest/zip-limits';
import { makeZip } from '../support/zip';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const text = (s: string) => new TextEncoder().encode(s);

/** A file of `size` bytes that fails the test if anything tries to read it. */
function unreadableFile(name: string, size: number): File {
  const fail = () => {
    throw new Error(`${name} was read`);
  };
  return {
    name,
    size,
    slice: fail,
    arrayBuffer: fail,
    stream: fail,
    text: fail,
  } as unknown as File;
}

/** An engine that fails the test if it is used. */
/** An engine opener that fails the test if the file is given to an engine at all. */
const untouchable = async (): Promise<DbConnector> => {
  throw new Error('an engine was opened to read the file');
};

async function loadError(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return (error as Error).message;
}

/** Bytes of `head` followed by `fill` repeated to `size` bytes, then `tail`. */
function filled(head: string, fill: number, size: number, tail = '\n'): Uint8Array {
  const h = text(head);
  const t = text(tail);
  const bytes = new Uint8Array(h.length + size + t.length).fill(fill);
  bytes.set(h, 0);
  bytes.set(t, h.length + size);
  return bytes;
}

describe('files over the size limit', () => {
  for (const [label, size, shown] of [
    ['600 MiB', 600 * MiB, '600'],
    ['3 GiB', 3 * GiB, '3,072'],
    ['5 GiB', 5 * GiB, '5,120'],
  ] as const) {
    it(`refuses ${label} from its size, before a byte is read, naming the limit and the way on`, async () => {
      const file = unreadableFile(`cases-${label}.csv`, size);
      for (const message of [
        await loadError(() => importThroughEngine(untouchable, file.name, file)),
        await loadError(() => fileBytes(file)),
      ]) {
        expect(message).toContain(`cases-${label}.csv is ${shown} MiB`);
        expect(message).toContain('the largest file Rutas loads in the browser is 512 MiB');
        expect(message).toContain('npm run cube');
      }
    });
  }

  it('reads a file within the limit', async () => {
    const bytes = text('year,origin,destination\n2020,BOL,ARG\n');
    const file = new File([bytes], 'small.csv');
    expect(new Uint8Array(await fileBytes(file))).toEqual(bytes);
  });
});

describe('inputs that would expand past memory', () => {
  it('refuses a CSV with a 300 MB cell (no line break) on its line, before decoding it', async () => {
    const bytes = filled('year,origin,destination,notes\n2020,BOL,ARG,', 0x61, 300 * MiB);
    const message = await loadError(() => importFile('one-cell.csv', bytes));
    expect(message).toMatch(/^one-cell\.csv, line 2: a line of 307,2\d\d KiB/);
    expect(message).toContain('Rutas reads lines of at most 1,024 KiB');
  });

  it('refuses an enormous line in a file the engine reads (a Rutas header, then a 3 MB line)', async () => {
    const db = await createNodeConnector();
    const bytes = filled('year,origin,destination\n2020,BOL,ARG\n2020,BOL,', 0x61, 3 * MiB);
    const message = await loadError(() =>
      importThroughEngine(async () => db, 'engine.csv', new Blob([bytes as BlobPart])),
    );
    expect(message).toBe(
      'engine.csv has a line of 3,073 KiB; Rutas reads lines of at most 1,024 KiB. Is it a table ' +
        'with one row per line?',
    );
  });

  it('refuses a file that is one 300 MB line from the start', async () => {
    const message = await loadError(() => importFile('blob.txt', filled('', 0x30, 300 * MiB, '')));
    expect(message).toMatch(/^blob\.txt, line 1: a line of/);
  });

  it('counts lines ending in \\r alone, and takes long files of short lines', async () => {
    const row = '2020,BOL,ARG\r';
    const rows = row.repeat(Math.ceil((2 * MAX_LINE_BYTES) / row.length));
    const ok = await importFile('cr.csv', text(`year,origin,destination\r${rows}`));
    expect(ok.report.rowsRead).toBe(rows.length / row.length);
    const long = `year,origin,destination\r2020,BOL,ARG,${'x'.repeat(MAX_LINE_BYTES + 1)}\r`;
    expect(await loadError(() => importFile('cr-long.csv', text(long)))).toMatch(
      /^cr-long\.csv, line 2: a line of 1,025 KiB/,
    );
  });

  it('refuses a cell that swallowed the rest of the file (an unclosed quote), naming row and column', async () => {
    const lines = 'a short line of the file\n'.repeat(Math.ceil((2 * MAX_CELL_CHARS) / 25));
    const csv = `year,origin,destination\n2020,BOL,ARG\n2021,"PER,CHL\n${lines}`;
    const message = await loadError(() => importFile('quote.csv', text(csv)));
    expect(message).toMatch(/^quote\.csv, row 3, column 2: a cell of 1\d\d KiB/);
    expect(message).toContain('Rutas reads cells of at most 64 KiB (an unclosed quote?)');
  });

  it('refuses a header of 100,000 columns, which no mapping dialog could offer', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    expect(await loadError(() => importFile('wide.csv', text(`${header}\n1,2\n`)))).toBe(
      'wide.csv, row 1: 100,000 cells; Rutas reads rows of at most 1,024 columns.',
    );
    // CTDC's 63 columns and more are fine.
    const wide = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const csv = `year,origin,destination,${wide.join(',')}\n2020,BOL,ARG,${wide.join(',')}\n`;
    expect((await importFile('ok.csv', text(csv))).report.rowsUsed).toBe(1);
  });

  it('stops reading a file of more cells than a tab can hold, in every format read in JavaScript', async () => {
    const expected = (name: string) =>
      `${name} holds more than 100 cells (rows × columns), more than a browser tab can hold. ` +
      'Aggregate it first with `npm run cube`, or keep only the columns Rutas reads.';
    const rows = Array.from({ length: 40 }, (_, i) => `${2000 + i},BOL,ARG`);
    const csv = ['year,origin,destination', ...rows].join('\n');
    const json = JSON.stringify(
      rows.map((r) => {
        const [year, origin, destination] = r.split(',');
        return { year, origin, destination };
      }),
    );
    const arrow = tableToIPC(
      tableFromArrays({
        year: Int32Array.from(rows, (_, i) => 2000 + i),
        origin: rows.map(() => 'BOL'),
        destination: rows.map(() => 'ARG'),
      }),
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'rutas-cells-'));
    try {
      const file = path.join(dir, 'many.parquet');
      const conn = await (await DuckDBInstance.create(':memory:')).connect();
      await conn.run(
        `COPY (SELECT 2000 + i AS year, 'BOL' AS origin, 'ARG' AS destination FROM range(40) t(i)) TO '${file}' (FORMAT parquet)`,
      );
      conn.closeSync();
      const parquet = new Uint8Array(readFileSync(file));
      for (const [name, bytes] of [
        ['many.csv', text(csv)],
        ['many.json', text(json)],
        ['many.arrow', arrow],
        ['many.parquet', parquet],
      ] as const) {
        expect(await loadError(() => importFile(name, bytes, { maxCells: 100 }))).toBe(
          expected(name),
        );
        // Within the limit, each loads.
        expect((await importFile(name, bytes, { maxCells: 200 })).report.rowsRead, name).toBe(40);
      }
      // Read in slices, identical rows grouped: as many distinct rows cannot be held either.
      const grouped = readParquetTable(parquet.slice().buffer, {
        groupFrom: 10,
        sliceRows: 10,
        tooMany: (cells) => (cells > 60 ? new LoadError('too many') : null),
      });
      await expect(grouped).rejects.toThrow('too many');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers for mapping only a header a dialog can show, and previews long cells cut short', async () => {
    const long = 'x'.repeat(5000);
    const ok = await importFile('long.csv', text(`a,b\n${long},1\n`)).catch((e: unknown) => e);
    expect(ok).toBeInstanceOf(NeedsMapping);
    expect((ok as NeedsMapping).preview).toEqual([[`${'x'.repeat(200)}…`, '1']]);
    expect((ok as NeedsMapping).message).toMatch(/^Line 1 reads a, b: /);
    const wide = Array.from({ length: 100 }, (_, i) => `${i}${'y'.repeat(1000)}`).join(',');
    const error = await importFile('wide.csv', text(`${wide}\n1,2\n`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).not.toBeInstanceOf(NeedsMapping);
    expect((error as Error).message).toMatch(/^No recognisable header in the first 30 lines/);
  });

  it('refuses JSON and NDJSON nested thousands deep before parsing them', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const json = `[{"year": 2020, "origin": ${deep}, "destination": "ARG"}]`;
    expect(await loadError(() => importFile('deep.json', text(json)))).toBe(
      'deep.json, line 1: the JSON is nested more than 64 levels deep; Rutas reads a list of records.',
    );
    const ndjson = `{"year": 2020, "origin": "BOL", "destination": "ARG"}\n{"origin": ${deep}}\n`;
    expect(await loadError(() => importFile('deep.ndjson', text(ndjson)))).toMatch(
      /^deep\.ndjson, line 2: the JSON is nested more than 64/,
    );
    // Brackets inside strings are text, and lists in records are fine.
    const fine = `[{"year": 2020, "origin": "${'['.repeat(100)}", "destination": "ARG", "transit": ["PER"]}]`;
    expect((await importFile('fine.json', text(fine))).report.rowsRead).toBe(1);
  });

  it('refuses an XLSX whose parts would expand past the limit, from its central directory', async () => {
    // 300 MiB of XML in a zip of a few hundred KiB.
    const sheet = new Uint8Array(300 * MiB).fill(0x20);
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    expect(bomb.length).toBeLessThan(2 * MiB);
    expect(zipEntries(bomb)).toEqual([
      { name: '[Content_Types].xml', size: 8 },
      { name: 'xl/worksheets/sheet1.xml', size: 300 * MiB },
    ]);
    const message = await loadError(() => importFile('bomb.xlsx', bomb));
    expect(message).toBe(
      'bomb.xlsx would expand to 300 MiB of XML (most of it in xl/worksheets/sheet1.xml); Rutas ' +
        'reads XLSX workbooks of at most 256 MiB expanded. Save the sheet as CSV, or aggregate it ' +
        'first with `npm run cube`.',
    );
    expect(MAX_XLSX_EXPANDED_BYTES).toBe(256 * MiB);
  });

  it('refuses a zip declaring 3 GiB or a ZIP64 size it does not give, and gives a message for one declaring less than it holds', async () => {
    for (const [declaredSize, shown] of [
      [3 * GiB, '3,072'],
      [0xffffffff, '> 4,096'],
    ] as const) {
      const claims = makeZip([
        { name: 'xl/worksheets/sheet1.xml', data: text('<x/>'), declaredSize },
      ]);
      expect(await loadError(() => importFile('claims.xlsx', claims))).toMatch(
        new RegExp(`^claims\\.xlsx would expand to ${shown} MiB of XML`),
      );
    }
    // The unzipper writes no more than the declared size: the XML is cut short, and says so.
    const under = makeZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        data: new Uint8Array(8 * MiB).fill(0x20),
        declaredSize: 64,
      },
    ]);
    expect(await loadError(() => importFile('under.xlsx', under))).toMatch(
      /^under\.xlsx is a zip but not a readable XLSX workbook/,
    );
  });
});
