import { describe, expect, it } from 'vitest';
import { makeTable, Table, tableFromArrays, Utf8, vectorFromArray } from 'apache-arrow';
import { plainColumn } from '../../src/data/arrow-cells';
import { arrowToColumns, arrowToRows, arrowToTable } from '../../src/data/connector';

const text = (values: (string | null)[]) => vectorFromArray(values, new Utf8());

describe('Arrow columns as plain cells', () => {
  it('reads ASCII text, with its nulls and empty strings, as Arrow does', () => {
    const values = ['BRA', null, '', 'sexual_exploitation', 'ARG', null, 'a;b'];
    const vector = text(values);
    expect(plainColumn(vector, vector.length)).toEqual(values);
    expect(plainColumn(vector, vector.length)).toEqual(vector.toArray());
  });

  it('reads text that is not ASCII, batch by batch, and batches that are', () => {
    const ascii = text(['PER', 'CHL', null]);
    const accented = text(['Perú', null, 'São Paulo', 'Ñuñoa']);
    const both = ascii.concat(accented, text(['COL']));
    expect(both.data.length).toBe(3);
    expect(plainColumn(both, both.length)).toEqual([
      'PER',
      'CHL',
      null,
      'Perú',
      null,
      'São Paulo',
      'Ñuñoa',
      'COL',
    ]);
  });

  it('reads a slice of a batch at its own offset', () => {
    const vector = text(['skip', 'BOL', null, 'ECU', 'also']).slice(1, 4);
    expect(plainColumn(vector, vector.length)).toEqual(['BOL', null, 'ECU']);
  });

  it('gives numbers, big integers and missing columns as before', () => {
    const table = tableFromArrays({
      year: Int32Array.from([2020, 2021]),
      victims: BigInt64Array.from([3n, 4n]),
    });
    expect(arrowToRows(table)).toEqual([
      { year: 2020, victims: 3 },
      { year: 2021, victims: 4 },
    ]);
    expect(plainColumn(null, 2)).toEqual([null, null]);
  });

  it('builds rows and tables from the same cells', () => {
    const table = makeTable({ n: Int32Array.from([1, 2]) });
    expect(arrowToTable(table)).toEqual({ columns: ['n'], rows: [[1], [2]] });
  });

  it('gives a table by column: numbers as typed arrays, text as strings with its nulls', () => {
    const table = makeTable({ year: Int32Array.from([2020, 2021, 2022]) }).assign(
      new Table({ place: text(['BRA', null, 'Perú']) }),
    );
    const columns = arrowToColumns(table);
    expect(columns.year).toBeInstanceOf(Int32Array);
    expect([...(columns.year as Int32Array)]).toEqual([2020, 2021, 2022]);
    expect(columns.place).toEqual(['BRA', null, 'Perú']);
  });
});
