import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { SOUTH_AMERICA } from '../../src/domain/countries';
import { readBasemap, SOUTH_AMERICA_BOUNDS, type BasemapFile } from '../../src/map/basemap';
import { buildBasemapFile, countryShapes, drawnInDetail } from '../../src/map/basemap-build';

const require = createRequire(import.meta.url);
const topology = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
const detailed = topology('countries-50m.json');
const file = buildBasemapFile(detailed, topology('countries-110m.json'));
const basemap = readBasemap(file);
const byIso = new Map(basemap.countries.features.map((f) => [f.properties.iso3, f]));
const points = (iso3: string) => byIso.get(iso3)!.geometry.coordinates.flat(2).length;

describe('the offline basemap', () => {
  it('cuts French Guiana out of France', () => {
    const guf = byIso.get('GUF');
    const fra = byIso.get('FRA');
    expect(guf?.properties.focus).toBe(true);
    expect(booleanPointInPolygon(point([-53.1, 4.0]), guf!)).toBe(true);
    expect(booleanPointInPolygon(point([-53.1, 4.0]), fra!)).toBe(false);
    expect(booleanPointInPolygon(point(basemap.anchors.get('FRA')!), fra!)).toBe(true);
  });

  it('puts every South American anchor inside its country and the focus box', () => {
    const [[west, south], [east, north]] = SOUTH_AMERICA_BOUNDS;
    for (const iso3 of SOUTH_AMERICA) {
      const anchor = basemap.anchors.get(iso3);
      expect(anchor, iso3).toBeDefined();
      const [lon, lat] = anchor!;
      expect(lon > west && lon < east && lat > south && lat < north, iso3).toBe(true);
      if (iso3 !== 'FLK')
        expect(booleanPointInPolygon(point(anchor!), byIso.get(iso3)!), iso3).toBe(true);
    }
  });

  it('fades neighbours, drops Antarctica and parts that wrap the antimeridian', () => {
    expect(byIso.get('PAN')?.properties.focus).toBe(false);
    expect(byIso.has('ATA')).toBe(false);
    for (const f of basemap.countries.features) {
      const parts =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const part of parts) {
        const lons = part[0]!.map((p) => p[0]!);
        expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(180);
      }
    }
  });

  it('draws South America and its neighbours at 1:50m, the far world at 1:110m', () => {
    const fine = new Map(countryShapes(detailed).map((s) => [s.iso3, s.geometry]));
    // A 1:50m shape loses at most the points the rounding merged.
    for (const iso3 of ['BRA', 'CHL', 'PAN', 'DOM', 'USA', 'GUF']) {
      expect(drawnInDetail(iso3), iso3).toBe(true);
      expect(points(iso3), iso3).toBeGreaterThan(0.9 * fine.get(iso3)!.coordinates.flat(2).length);
    }
    for (const iso3 of ['RUS', 'CAN', 'CHN', 'AUS']) {
      expect(drawnInDetail(iso3), iso3).toBe(false);
      expect(points(iso3), iso3).toBeLessThan(0.5 * fine.get(iso3)!.coordinates.flat(2).length);
    }
    // One feature per country: Australia's anchor is on its mainland, not on its islets.
    expect(new Set(byIso.keys()).size).toBe(basemap.countries.features.length);
    expect(booleanPointInPolygon(point(basemap.anchors.get('AUS')!), byIso.get('AUS')!)).toBe(true);
    const [lon, lat] = basemap.anchors.get('AUS')!;
    expect(lon > 125 && lon < 145 && lat < -20).toBe(true);
    // Countries that 1:110m leaves out keep their 1:50m shape, and every one has an anchor.
    expect(byIso.has('MLT') && byIso.has('SGP')).toBe(true);
    expect([...byIso.keys()].every((iso3) => basemap.anchors.has(iso3))).toBe(true);
  });

  it('ships the file npm run basemap-data writes', () => {
    const shipped = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../data/basemap.json'), 'utf8'),
    ) as BasemapFile;
    expect(shipped).toEqual(file);
  });
});
