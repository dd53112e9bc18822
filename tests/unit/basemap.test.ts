import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { SOUTH_AMERICA } from '../../src/domain/countries';
import { buildBasemap, SOUTH_AMERICA_BOUNDS } from '../../src/map/basemap';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const basemap = buildBasemap(topology);
const byIso = new Map(basemap.countries.features.map((f) => [f.properties.iso3, f]));

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
});
