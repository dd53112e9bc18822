/**
 * Fuzzing the readers and importers (fast-check): random bytes behind each format's magic, and
 * delimited text of random structure, encoding and header. Each input gives a clean load or a
 * LoadError with a message; no other exception escapes, and a load that fails leaves the engine's
 * tables exactly as they were (nothing half-stored). FUZZ_RUNS runs per property (fewer in CI).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { createNodeConnector } from '../../src/data/node-connector';
import { importThroughEngine } from '../../src/data/ingest/engine-import';
import { canonicalCsv, importFile, type ImportOutcome } from '../../src/data/ingest/import-file';
import { LoadError } from '../../src/data/ingest/report';
import { SECTORS } from '../../src/domain/sectors';
import { activateDataset, datasetTable, removeDataset, storeDataset } from '../../src/data/schema';
import { makeZip } from '../support/zip';
import { csvBytes, csvShape, FUZZ_RUNS, randomFile, randomFileBytes } from '../support/fuzz-inputs';

/** The outcome of a load: rows and report, or a LoadError; anything else fails the property. */
async function outcome(run: () => Promise<ImportOutcome>): Promise<ImportOutcome | LoadError> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof LoadError && e.message.trim() !== '') return e;
    throw e;
  }
}

/** A clean load: canonical rows only, counted in a consistent report. */
function expectClean(result: ImportOutcome): void {
  const { rows, report } = result;
  expect(rows.length).toBeGreaterThan(0);
  expect(report.rowsUsed).toBe(rows.length);
  expect(report.rowsUsed).toBeLessThanOrEqual(report.rowsRead);
  for (const r of rows) {
    expect(Number.isInteger(r.year) && r.year >= 1900 && r.year <= 2100).toBe(true);
    for (const place of [r.origin, r.destination, ...r.transit])
      expect(place === null || /^[A-Z]{3}$/.test(place)).toBe(true);
    expect(typeof r.victims === 'number' ? r.victims >= 0 : /^<\d+$/.test(r.victims)).toBe(true);
    // Only vocabulary reaches the tables: no text from the file is shown or exported as data.
    for (const sector of r.sectors) expect(SECTORS).toContain(sector);
    expect(['female', 'male', 'other', 'unknown']).toContain(r.sex);
    expect(['adult', 'minor', 'unknown']).toContain(r.age_group);
  }
}

const tables = async (db: DbConnector) =>
  (await db.query('SELECT table_name FROM duckdb_tables() ORDER BY table_name')).map((r) =>
    String(r.table_name),
  );

const counts = { clean: 0, refused: 0, stored: 0 };

describe('fuzzing the readers and importers', () => {
  afterAll(() => {
    console.log(
      `fuzz: ${FUZZ_RUNS} runs per property; of the importer runs, ${counts.clean} loaded and ` +
        `${counts.refused} were refused with a message; ${counts.stored} stored in the engine`,
    );
  });

  it('random bytes behind any format magic: a clean load or a LoadError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(randomFile, async (f) => {
        const result = await outcome(() => importFile(f.name, randomFileBytes(f)));
        if (!(result instanceof LoadError)) expectClean(result);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('random CSV structure, encoding and header: a clean load or a LoadError', async () => {
    await fc.assert(
      fc.asyncProperty(csvShape, async (shape) => {
        const result = await outcome(() => importFile('fuzz.csv', csvBytes(shape)));
        if (result instanceof LoadError) counts.refused++;
        else {
          counts.clean++;
          expectClean(result);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('random zips of XLSX-named parts and random JSON: a clean load or a LoadError', async () => {
    const part = fc.record({
      name: fc.constantFrom(
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
      ),
      data: fc.oneof(
        fc.uint8Array({ maxLength: 500 }),
        fc
          .string({ maxLength: 200 })
          .map((x) => new TextEncoder().encode(`<?xml version="1.0"?>${x}`)),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(part, { maxLength: 5 }),
        fc.json({ maxDepth: 6 }),
        fc.array(fc.json({ maxDepth: 3 }), { maxLength: 5 }),
        async (parts, json, lines) => {
          for (const [name, bytes] of [
            ['fuzz.xlsx', makeZip(parts)],
            ['fuzz.json', new TextEncoder().encode(json)],
            ['fuzz.ndjson', new TextEncoder().encode(lines.join('\n'))],
          ] as const) {
            const result = await outcome(() => importFile(name, bytes));
            if (!(result instanceof LoadError)) expectClean(result);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  describe('in the engine', () => {
    let db: DbConnector;
    let before: string[];
    let seq = 0;
    beforeAll(async () => {
      db = await createNodeConnector();
      const kept = await importFile(
        'kept.csv',
        new TextEncoder().encode('year,origin,destination\n2020,BOL,ARG\n'),
      );
      await storeDataset(db, 'kept', canonicalCsv(kept.rows));
      // The tables the views read exist too: a value such as "'); DROP TABLE cases; --" is tried.
      await activateDataset(db, 'kept');
      before = await tables(db);
      expect(before).toEqual(expect.arrayContaining(['cases', 'dataset_kept', 'legs']));
    });

    it('stores a clean load as one table of its own and leaves nothing behind a failed one', async () => {
      await fc.assert(
        fc.asyncProperty(csvShape, async (shape) => {
          const id = `fuzz${++seq}`;
          const bytes = csvBytes(shape);
          let stored = false;
          try {
            // As the page does: the engine's reader for large Rutas files, else the JavaScript one.
            const engine = await importThroughEngine(
              async () => db,
              'fuzz.csv',
              new Blob([bytes as BlobPart]),
            );
            const csv = engine?.csv ?? canonicalCsv((await importFile('fuzz.csv', bytes)).rows);
            await storeDataset(db, id, csv);
            stored = true;
            counts.stored++;
          } catch (e) {
            if (!(e instanceof LoadError)) throw e;
          }
          const after = await tables(db);
          expect(after).toEqual(stored ? [...before, datasetTable(id)].sort() : before);
          if (stored) await removeDataset(db, id);
        }),
        { numRuns: FUZZ_RUNS },
      );
      expect(await tables(db)).toEqual(before);
    });

    it('refuses random text given to the store, leaving every table as it was', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 300, unit: 'grapheme' }),
          fc.constantFrom('year,origin,destination\n', 'year,origin\n', ''),
          async (body, head) => {
            const id = `junk${++seq}`;
            const stored = await storeDataset(db, id, head + body).then(
              () => true,
              () => false,
            );
            expect(await tables(db)).toEqual(
              stored ? [...before, datasetTable(id)].sort() : before,
            );
            if (stored) await removeDataset(db, id);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
});
