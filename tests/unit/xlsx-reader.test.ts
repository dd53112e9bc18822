/**
 * The XLSX reader on workbooks written by hand (the XML each spreadsheet program may write) and on
 * a generated sheet of 150,000 rows, the size at which the old reader overflowed the stack.
 */
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/ingest/import-file';
import { readXlsx } from '../../src/data/ingest/xlsx-reader';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(sheetXml: string, shared?: string, target = 'worksheets/data.xml'): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} ${REL}><sheets><sheet name="Datos" sheetId="7" r:id="rId3"/>` +
        `<sheet name="Other" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Target="worksheets/other.xml"/>` +
        `<Relationship Target="${target}" Id="rId3"/></Relationships>`,
    ),
    [`xl/${target}`]: strToU8(`<worksheet ${NS}><sheetData>${sheetXml}</sheetData></worksheet>`),
    'xl/worksheets/other.xml': strToU8(`<worksheet ${NS}><sheetData/></worksheet>`),
  };
  if (shared) files['xl/sharedStrings.xml'] = strToU8(`<sst ${NS}>${shared}</sst>`);
  return zipSync(files);
}

/** A reference that compresses like real identifiers do (hardly). */
const hash = (i: number) => (Math.imul(i + 1, 2654435761) >>> 0).toString(36);

describe('readXlsx', () => {
  it('reads the first sheet listed, through its relationship, with every kind of cell', () => {
    const shared =
      '<si><t>Perú</t></si><si><r><t>Bo</t></r><r><rPr/><t xml:space="preserve">livia</t></r>' +
      '<rPh><t>ボ</t></rPh></si><si/><si><t>A &amp; B &lt;5&gt; _x000D_</t></si>';
    const rows = readXlsx(
      workbook(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
          // Row 2 is missing (an empty row); row 3 has inline, boolean, error, formula cells.
          '<row r="3"><c r="A3" t="inlineStr"><is><t>inline</t></is></c><c r="B3" t="b"><v>1</v></c>' +
          '<c r="C3" t="e"><v>#N/A</v></c><c r="D3"><f>HYPERLINK("x")</f></c></row>' +
          '<row r="4"><c r="A4"><v>2020</v></c><c r="B4" t="str"><v>&lt;5</v></c>' +
          '<c r="C4" t="s"><v>3</v></c><c r="D4" t="s"><v>2</v></c></row>' +
          '<row r="6"/>',
        shared,
      ),
    );
    expect(rows).toEqual([
      // Column D holds no value (a formula without its result, an empty string): it is dropped.
      ['Perú', null, 'Bolivia'],
      [null, null, null],
      ['inline', true, '#N/A'],
      [2020, '<5', 'A & B <5> \r'],
    ]);
  });

  it('reads cells without references and prefixed XML, and an absolute relationship target', () => {
    const rows = readXlsx(
      workbook(
        '<x:row><x:c t="inlineStr"><x:is><x:t>year</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>',
        undefined,
        'worksheets/sheet9.xml',
      ),
    );
    expect(rows).toEqual([['year', 7]]);
  });

  it('refuses a zip that holds no workbook', () => {
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('hello') }))).toThrow(/workbook/);
  });

  it('reads a generated workbook of 150,000 rows (over 10 MB) whole, through the GLOTIP importer', async () => {
    const n = 150_000;
    const title = [[{ value: 'UNODC' }], [{ value: '14/04/2025' }]];
    const columns = ['Iso3_code', 'Country', 'Region', 'Subregion', 'Indicator', 'Dimension'];
    const header = [
      ...columns,
      'Category',
      'Sex',
      'Age',
      'Year',
      'Unit',
      'txtVALUE',
      'Source',
      'Ref',
    ];
    const labels = ['Romanian', 'Nigerians', 'Boliviana', 'Brasil', 'Ukraineans', 'Other'];
    const rows: { value: string | number }[][] = [...title, header.map((value) => ({ value }))];
    for (let i = 0; i < n; i++) {
      const year = 2003 + Math.floor(i / 7500);
      rows.push(
        [
          'ARG',
          'Argentina',
          'Americas',
          'South America',
          'Detected trafficking victims',
          'by citizenship',
          `${labels[i % labels.length]}`,
          'Total',
          'Total',
          year,
          'Counts',
          i % 9 === 0 ? '<5' : String(i % 1000),
          // A note of its own per row, as real workbooks' source columns often are.
          `National authorities, report ${i}, ref ${hash(i)}${hash(i + n)}${hash(i + 2 * n)}`,
          [3, 4, 5].map((k) => hash(i + k * n)).join('-'),
        ].map((value) => ({ value })),
      );
    }
    const bytes = new Uint8Array(await writeXlsxFile(rows as never).toBuffer());
    expect(bytes.length).toBeGreaterThan(10 * 2 ** 20);
    const fractions: number[] = [];
    const sheet = readXlsx(bytes, { onProgress: (f) => fractions.push(f) });
    expect(sheet.length).toBe(n + 3);
    expect(sheet[2]![11]).toBe('txtVALUE');
    expect(sheet.at(-1)![12]).toBe(
      `National authorities, report ${n - 1}, ref ${hash(n - 1)}${hash(2 * n - 1)}${hash(3 * n - 1)}`,
    );
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);

    const { report } = await importFile('glotip-150k.xlsx', bytes);
    expect(report.format).toBe('XLSX');
    expect(report.importer).toBe('UNODC GLOTIP');
    expect(report.rowsRead).toBe(n);
  }, 120_000);
});
