/**
 * Places inside countries in files no importer knows: the mapping dialog's guesses know columns
 * of places and coordinates, a file read with such a mapping carries its places, and per-capita
 * widths rate a place's legs by its country's population.
 */
import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../src/data/ingest/column-guess';
import { importFile } from '../../src/data/ingest/import-file';
import { NeedsMapping } from '../../src/data/ingest/importers';
import type { Disclosed } from '../../src/domain/disclosure';
import type { PopulationTable } from '../../src/domain/rates';
import { EMPTY_MAP_DATA, type MapData, type MapFlow } from '../../src/map/map-data';
import { flowsPerCapita } from '../../src/map/per-capita';

const HEADER = [
  'anio',
  'pais_origen',
  'departamento_origen',
  'lat_origen',
  'lon_origen',
  'pais_destino',
  'ciudad_destino',
  'victimas',
];
const ROWS = [
  ['2021', 'Bolivia', 'Cochabamba', '', '', 'Argentina', 'Buenos Aires', '12'],
  ['2021', 'Bolivia', 'Villa Tunari', '-16.9728', '-65.4203', 'Brasil', 'São Paulo', '4'],
  ['2022', 'Paraguay', 'PY-10', '', '', 'Brasil', 'Sao Paulo', '7'],
];
const csv = [HEADER, ...ROWS].map((r) => r.join(',')).join('\n');
const bytes = new TextEncoder().encode(csv);

describe('place columns in a file mapped by hand', () => {
  it('guesses the columns of places and coordinates from their names and values', async () => {
    const guess = guessColumns(HEADER, ROWS);
    expect(guess.mapping).toEqual({
      year: 'anio',
      origin: 'pais_origen',
      origin_place: 'departamento_origen',
      origin_lat: 'lat_origen',
      origin_lon: 'lon_origen',
      destination: 'pais_destino',
      destination_place: 'ciudad_destino',
      victims: 'victimas',
    });
    const offered = await importFile('ministerio.csv', bytes).catch((e: unknown) => e);
    expect(offered).toBeInstanceOf(NeedsMapping);
    expect((offered as NeedsMapping).guess?.mapping.origin_place).toBe('departamento_origen');
  });

  it('reads the places of a mapped file, a point for one the gazetteer lacks', async () => {
    const { rows, report } = await importFile('ministerio.csv', bytes, {
      mapping: guessColumns(HEADER, ROWS).mapping,
    });
    expect(
      rows.map((r) => [r.origin, r.origin_place, r.destination, r.destination_place, r.victims]),
    ).toEqual([
      ['BOL', 'BO-C', 'ARG', 'AR-C', 12],
      ['BOL', 'pt:-16.97:-65.42:BOL', 'BRA', 'BR-SP', 4],
      ['PRY', 'PY-10', 'BRA', 'BR-SP', 7],
    ]);
    expect(report.placesNotFound).toBeUndefined();
    expect(report.notUnderstood).toEqual({});
  });
});

describe('per-capita widths at the place level', () => {
  const shown = (value: number): Extract<Disclosed, { kind: 'shown' }> => ({
    kind: 'shown',
    value,
  });
  const flow = (from: string, to: string, victims: number): MapFlow => ({
    from,
    to,
    victims: shown(victims),
    sectors: [],
  });
  const population: PopulationTable = {
    source: 'test',
    firstYear: 2020,
    values: { BOL: [1_000_000, 1_000_000], ARG: [2_000_000, 2_000_000] },
  };

  it('rates a place leg by its country, like the country legs', () => {
    const data: MapData = {
      ...EMPTY_MAP_DATA,
      flows: [flow('BOL', 'ARG', 20)],
      placeLevel: {
        locations: [],
        flows: [flow('BO-L', 'AR-C', 10), flow('BOL', 'AR-C', 10)],
        places: [],
        hiddenLegs: 0,
      },
    };
    const rated = flowsPerCapita(data, 'origin', population, 2020, 2020);
    expect(rated.flows.map((f) => f.magnitude)).toEqual([2]);
    expect(rated.placeLevel?.flows.map((f) => f.magnitude)).toEqual([1, 1]);
  });
});
