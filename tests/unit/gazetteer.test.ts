/**
 * The bundled gazetteer (data/places.json) against the ISO 3166-2 list of first-level
 * subdivisions of the 12 South American states and French Guiana (tests/fixtures, from ISO
 * 3166-2 as the iso-3166 package lists it), and the reading of place names against it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  gazetteerPlace,
  gazetteerPlaces,
  isKnownPlace,
  placeCountry,
  placePosition,
  pointId,
} from '../../src/domain/gazetteer';
import { resolvePlace } from '../../src/domain/place-names';

const LIST = path.join(import.meta.dirname, '../fixtures/subdivisions-south-america.csv');
const codes = readFileSync(LIST, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0]!);

/** Rough boxes around each country (lon/lat), to catch a point in the wrong country. */
const BOXES: Record<string, [number, number, number, number]> = {
  ARG: [-74, -56, -53, -21],
  BOL: [-70, -23, -57, -9],
  BRA: [-74, -34, -34, 6],
  CHL: [-110, -56, -66, -17],
  COL: [-82, -5, -66, 14],
  ECU: [-92, -5.1, -75, 2],
  GUY: [-62, 1, -56, 9],
  PRY: [-63, -28, -54, -19],
  PER: [-82, -19, -68, 0],
  SUR: [-59, 1, -53, 7],
  URY: [-59, -35.5, -53, -30],
  VEN: [-74, 0, -59, 16],
  GUF: [-55, 2, -51, 6],
};

describe('gazetteer coverage', () => {
  it('lists the 241 subdivisions of the 12 states and French Guiana', () => {
    expect(codes).toHaveLength(242);
    expect(codes).toContain('CL-NB');
    expect(codes).toContain('FR-973');
  });

  it.each(codes)('%s is there, with its country, a name and a point in that country', (code) => {
    const place = gazetteerPlace(code);
    expect(place?.kind).toBe('subdivision');
    expect(place!.names.local.length).toBeGreaterThan(1);
    const box = BOXES[place!.country];
    expect(box, place!.country).toBeDefined();
    const [w, s, e, n] = box!;
    expect(place!.lon).toBeGreaterThanOrEqual(w);
    expect(place!.lon).toBeLessThanOrEqual(e);
    expect(place!.lat).toBeGreaterThanOrEqual(s);
    expect(place!.lat).toBeLessThanOrEqual(n);
  });

  it('has no subdivision outside the list, and main cities inside their subdivisions', () => {
    const subdivisions = gazetteerPlaces().filter((p) => p.kind === 'subdivision');
    expect(subdivisions.map((p) => p.id).sort()).toEqual([...codes].sort());
    const cities = gazetteerPlaces().filter((p) => p.kind === 'city');
    expect(cities.length).toBeGreaterThan(300);
    for (const c of cities) expect(gazetteerPlace(c.in!)?.country).toBe(c.country);
    for (const id of ['BO-L.el-alto', 'CO-NSA.cucuta', 'PY-10.ciudad-del-este', 'PE-MDD'])
      expect(isKnownPlace(id), id).toBe(true);
  });

  it('knows points by coordinates, kept to two decimals', () => {
    const id = pointId(-16.50012, -68.15, 'BOL')!;
    expect(id).toBe('pt:-16.50:-68.15:BOL');
    expect(isKnownPlace(id)).toBe(true);
    expect(placeCountry(id)).toBe('BOL');
    expect(placePosition(id)).toEqual([-68.15, -16.5]);
    expect(pointId(Number.NaN, 1, 'BOL')).toBeNull();
    expect(isKnownPlace('pt:99.00:1.00:BOL')).toBe(false);
    expect(isKnownPlace('BOL')).toBe(false);
    expect(isKnownPlace('BO-Q')).toBe(false);
  });
});

describe('reading place names', () => {
  it.each([
    ['BO-L', 'BO-L', 'BOL'],
    ['br-sp', 'BR-SP', 'BRA'],
    ['AR-C', 'AR-C', 'ARG'],
    ['Cochabamba, Bolivia', 'BO-C', 'BOL'],
    ['São Paulo, Brasil', 'BR-SP', 'BRA'],
    ['Sao Paulo, Brazil', 'BR-SP', 'BRA'],
    ['Asuncion, Paraguay', 'PY-ASU', 'PRY'],
    ['Cusco, Perú', 'PE-CUS', 'PER'],
    ['Cuzco, Peru', 'PE-CUS', 'PER'],
    ['CUSCO , PERU', 'PE-CUS', 'PER'],
    ['Cochabamba (BO)', 'BO-C', 'BOL'],
    ['Departamento de La Paz, Bolivia', 'BO-L', 'BOL'],
    ['La Paz Department, Bolivia', 'BO-L', 'BOL'],
    ['El Alto, Bolivia', 'BO-L.el-alto', 'BOL'],
    ['El Alto, La Paz, Bolivia', 'BO-L.el-alto', 'BOL'],
    ['Cúcuta, Colombia', 'CO-NSA.cucuta', 'COL'],
    ['Ciudad del Este, Paraguay', 'PY-10.ciudad-del-este', 'PRY'],
    ['Madre de Dios, Perú', 'PE-MDD', 'PER'],
    ['Buenos Aires, Argentina', 'AR-C', 'ARG'],
    ['Provincia de Buenos Aires, Argentina', 'AR-B', 'ARG'],
    ['Lima, Perú', 'PE-LMA', 'PER'],
    ['Ñuble, Chile', 'CL-NB', 'CHL'],
    ['Cayenne, Guyane', 'FR-973.cayenne', 'GUF'],
    ['Cochabamb, Bolivia', 'BO-C', 'BOL'],
    ['Potosi (bo)', 'BO-P', 'BOL'],
  ])('%s is %s in %s', (text, place, iso3) => {
    const m = resolvePlace(text);
    expect(m).toMatchObject({ kind: 'place', place, iso3 });
  });

  it('says when a place is misspelt, and which country an unknown place is in', () => {
    expect(resolvePlace('Cochabamb, Bolivia')).toMatchObject({ fuzzy: true });
    expect(resolvePlace('Cochabamba, Bolivia')).not.toHaveProperty('fuzzy');
    expect(resolvePlace('Villa Nowhere, Bolivia')).toEqual({ kind: 'unresolved', iso3: 'BOL' });
    expect(resolvePlace('BO-Q')).toEqual({ kind: 'unresolved', iso3: 'BOL' });
    expect(resolvePlace('US-FL')).toEqual({ kind: 'unresolved', iso3: 'USA' });
  });

  it('leaves countries, bare names and shared names to the country reading', () => {
    for (const text of ['Bolivia', 'BOL', 'Florida', 'Cusco', '', 'Korea, Republic of'])
      expect(resolvePlace(text), text).toEqual({ kind: 'none' });
    // Santa Cruz is a department of Bolivia and a province of Argentina: the country decides.
    expect(resolvePlace('Santa Cruz, Bolivia')).toMatchObject({ place: 'BO-S' });
    expect(resolvePlace('Santa Cruz, Argentina')).toMatchObject({ place: 'AR-Z' });
  });
});
