/**
 * Places inside countries, from file to figures: a place-level file (tests/fixtures/places.csv:
 * ISO 3166-2 codes, "Place, Country" names, a point by coordinates, an unknown place) gives the
 * same country figures as the same cases written at country level (places-countries.csv), its
 * legs join places and add up to the country legs (victims and cell keys), and a place can be
 * selected like a country.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { canonicalCsv, importFile } from '../../src/data/ingest/import-file';
import { queryFlowLegs } from '../../src/data/queries/flows';
import { queryPlaceLegs, queryPlacePointTotals } from '../../src/data/queries/place-figures';
import { queryPlaceTotals } from '../../src/data/queries/places';
import { queryView, type ViewAggregates } from '../../src/data/queries/view';
import { activateDataset, storeDataset } from '../../src/data/schema';
import { addKeys } from '../../src/domain/disclosure';
import type { Filter } from '../../src/domain/types';
import { dbWithCases } from '../support/db';
import { withoutKeys } from '../support/keys';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const ALL: Filter = { yearFrom: 1900, yearTo: 2100, sectors: [], place: null };
const load = (name: string) =>
  importFile(name, new Uint8Array(readFileSync(`${FIXTURES}/${name}`)));

/** A view's country figures: all but the places inside countries. */
function countryPart(view: ViewAggregates) {
  const { placeLegs, placePoints, ...charts } = view.charts;
  expect(placeLegs && placePoints).toBeDefined();
  return { ...view, charts };
}

describe('a place-level file', () => {
  let db: DbConnector;
  beforeAll(async () => {
    db = await dbWithCases([]);
    for (const name of ['places.csv', 'places-countries.csv']) {
      await storeDataset(db, name.replace('.csv', ''), canonicalCsv((await load(name)).rows));
    }
  });

  it('reads codes, names and points, and reports the place it cannot find', async () => {
    const { rows, report } = await load('places.csv');
    expect(report.importer).toBe('Rutas format');
    expect(report.rowsUsed).toBe(21);
    const first = rows[0]!;
    expect([first.origin, first.origin_place, first.destination, first.destination_place]).toEqual([
      'BOL',
      'BO-C',
      'BRA',
      'BR-SP',
    ]);
    const cucuta = rows.find((r) => r.origin_place === 'CO-NSA.cucuta')!;
    expect([cucuta.transit, cucuta.transit_places, cucuta.destination_place]).toEqual([
      ['ECU'],
      ['EC-P'],
      'PE-LMA',
    ]);
    expect(rows.find((r) => r.origin_place?.startsWith('pt:'))?.origin_place).toBe(
      'pt:-16.97:-65.42:BOL',
    );
    expect(report.placesNotFound).toEqual({ 'origin "Villa Nowhere, Bolivia"': 2 });
    expect(Object.keys(report.notUnderstood)).toEqual([]);
  });

  it('gives exactly the country figures of the same cases written at country level', async () => {
    await activateDataset(db, 'places');
    const placed = await queryView(db, ALL);
    const selected = await queryView(db, { ...ALL, place: 'BOL', yearFrom: 2022 });
    await activateDataset(db, 'places-countries');
    const countries = await queryView(db, ALL);
    expect(withoutKeys(countryPart(placed))).toEqual(withoutKeys(countryPart(countries)));
    expect([countries.charts.placeLegs, countries.charts.placePoints]).toEqual([[], []]);
    expect(countries.legs.length).toBeGreaterThan(5);
    expect(placed.charts.placeLegs!.length).toBeGreaterThan(countries.legs.length);
    expect(placed.charts.placePoints!.length).toBeGreaterThan(10);
    const twin = await queryView(db, { ...ALL, place: 'BOL', yearFrom: 2022 });
    expect(withoutKeys(countryPart(selected))).toEqual(withoutKeys(countryPart(twin)));
  });

  it('joins places with its legs, which add up to the country legs, keys too', async () => {
    await activateDataset(db, 'places');
    const legs = await queryPlaceLegs(db, ALL);
    const byId = Object.fromEntries(legs.map((l) => [`${l.from}>${l.to}`, l.victims]));
    expect(byId).toEqual({
      'BO-C>BR-SP': 40,
      'BO-L>AR-C': 36,
      'PE-CUS>PE-MDD': 32,
      'PY-ASU>AR-C': 30,
      'BO-L.el-alto>AR-C': 24,
      'CO-NSA.cucuta>EC-P': 22,
      'EC-P>PE-LMA': 22,
      'PY-10.ciudad-del-este>BR-SP': 22,
      'BOL>CHL': 16,
      'pt:-16.97:-65.42:BOL>BO-S': 14,
      'BOL>AR-C': 12,
      'BO-P>AR-C': 3,
    });
    for (const country of await queryFlowLegs(db, ALL)) {
      const parts = legs.filter(
        (l) => l.fromCountry === country.from && l.toCountry === country.to,
      );
      expect(parts.reduce((n, l) => n + l.victims, 0)).toBe(country.victims);
      expect(parts.reduce((k, l) => addKeys(k, l.key), 0)).toBe(country.key);
    }
    expect(legs.find((l) => l.from === 'BO-C')?.sectors.map((s) => s.sector)).toEqual([
      'manufacturing_textiles',
    ]);
  });

  it('selects a place like a country: its routes, its totals by role', async () => {
    await activateDataset(db, 'places');
    const via = { ...ALL, place: 'AR-C' };
    const countryLegs = Object.fromEntries(
      (await queryFlowLegs(db, via)).map((l) => [`${l.from}>${l.to}`, l.victims]),
    );
    expect(countryLegs).toEqual({ 'BOL>ARG': 75, 'PRY>ARG': 30 });
    const points = await queryPlacePointTotals(db, via);
    const arC = points.find((p) => p.place === 'AR-C');
    expect([arC?.incoming, arC?.outgoing, arC?.involved]).toEqual([105, 0, 105]);
    expect(points.map((p) => p.place).sort()).toEqual(
      ['AR-C', 'BO-L', 'BO-L.el-alto', 'BO-P', 'PY-ASU'].sort(),
    );
    const internal = (await queryPlacePointTotals(db, ALL)).find((p) => p.place === 'PE-CUS');
    expect([internal?.outgoing, internal?.internal]).toEqual([32, 0]);
    // Every query of the view honours the place: 105 victims on routes into AR-C.
    const view = await queryView(db, via);
    expect(view.summary.victims).toBe(105);
    expect(view.charts.years.reduce((n, y) => n + y.victims, 0)).toBe(105);
    expect(view.charts.placeLegs?.every((l) => l.from === 'AR-C' || l.to === 'AR-C')).toBe(true);
    // Countries stay countries: Argentina's totals are those of every route into it.
    const arg = (await queryPlaceTotals(db, ALL)).find((p) => p.place === 'ARG');
    expect(arg?.incoming).toBe(105);
  });
});
