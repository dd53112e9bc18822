/**
 * The column guesses of the mapping dialog: names in English, Spanish and Portuguese, confirmed by
 * the values; and a ministry's own export (`;`, Windows-1252) offered with its four columns guessed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../src/data/ingest/column-guess';
import { importFile } from '../../src/data/ingest/import-file';
import { NeedsMapping } from '../../src/data/ingest/importers';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

describe('guessColumns', () => {
  it('reads column names in English, Spanish and Portuguese, confirmed by their values', () => {
    const header = ['ano', 'nacionalidade', 'país de destino', 'forma de exploração', 'sexo'];
    const header2 = ['idade', 'vítimas', 'observações'];
    const rows = [
      ['2020', 'Boliviana', 'Brasil', 'trabalho doméstico', 'mulher', 'adulto', '3', 'x'],
      ['2021', 'Peruanos', 'Argentina', 'exploração sexual', 'homem', 'menor', '12', 'y'],
    ];
    const guess = guessColumns([...header, ...header2], rows);
    expect(guess.mapping).toEqual({
      year: 'ano',
      origin: 'nacionalidade',
      destination: 'país de destino',
      sector: 'forma de exploração',
      sex: 'sexo',
      age_group: 'idade',
      victims: 'vítimas',
    });
    expect(guess.unrecognised).toEqual(['observações']);
    expect(guess.doubtful).toEqual([]);
  });

  it('does not guess a column whose values are not what its name says', () => {
    const guess = guessColumns(
      ['year', 'origin', 'cantidad'],
      [
        ['last year', 'Bolivia', 'many'],
        ['this year', 'Perú', 'few'],
      ],
    );
    expect(guess.mapping).toEqual({ origin: 'origin' });
    expect(guess.doubtful).toEqual([
      { field: 'year', column: 'year' },
      { field: 'victims', column: 'cantidad' },
    ]);
  });
});

describe('a ministry export', () => {
  it('offers anio;pais_origen;pais_destino;victimas (Windows-1252) with its four columns guessed', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'ministerio-anio.csv')));
    const error = await importFile('ministerio-anio.csv', bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NeedsMapping);
    const { message, header, guess } = error as NeedsMapping;
    expect(message).toBe(
      'Line 1 reads anio, pais_origen, pais_destino, victimas: columns that no format Rutas ' +
        'reads by itself has (the Rutas format, CTDC, UNODC GLOTIP). Say which column is which.',
    );
    expect(header).toEqual(['anio', 'pais_origen', 'pais_destino', 'victimas']);
    expect(guess?.mapping).toEqual({
      year: 'anio',
      origin: 'pais_origen',
      destination: 'pais_destino',
      victims: 'victimas',
    });
    const { rows } = await importFile('ministerio-anio.csv', bytes, { mapping: guess!.mapping });
    expect(rows.map((r) => [r.origin, r.destination, r.victims])).toEqual([
      ['VEN', 'PER', 34],
      ['BOL', 'ARG', 22],
      ['DOM', 'ARG', 15],
      ['HTI', 'CHL', 12],
      ['PRY', 'BRA', 11],
      ['COL', 'ECU', '<5'],
    ]);
  });
});
