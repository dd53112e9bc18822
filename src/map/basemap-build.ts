/**
 * Prepares the offline basemap at build time (scripts/make-basemap.ts → data/basemap.json), so
 * that the page neither decodes TopoJSON nor places anchors, and MapLibre's worker tiles fewer
 * vertices before the first frame. Natural Earth through world-atlas: South and Central America,
 * the Caribbean and the United States at 1:50m, where flows are read up close; the rest of the
 * world at 1:110m, where it is seen whole (at the zooms it shows, the two differ by under a
 * pixel). A country that 1:110m leaves out keeps its 1:50m shape. Anchors are placed on the 1:50m
 * shapes.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  area,
  bbox,
  booleanPointInPolygon,
  centerOfMass,
  pointOnFeature,
  polygon,
} from '@turf/turf';
import { isSouthAmerica, numericToIso3 } from '../domain/countries';
import type { Iso3 } from '../domain/types';
import { worldRegionOf } from '../domain/world-regions';
import type { BasemapFile } from './basemap';

type Shape = { iso3: Iso3; geometry: Polygon | MultiPolygon };
type FileFeature = BasemapFile['countries']['features'][number];

/** French Guiana lies inside France's MultiPolygon in world-atlas; this box picks it out. */
const GUIANA_BOX = { west: -54.7, south: 2.0, east: -51.5, north: 5.9 };

/** Hand-placed anchors where the polygon's centre of mass reads badly (long or curved shapes). */
const ANCHOR_OVERRIDES: Partial<Record<Iso3, [number, number]>> = {
  CHL: [-70.9, -30.5],
  FRA: [2.4, 46.6],
  USA: [-98.5, 39.5],
  NOR: [9.5, 61.5],
  PER: [-75.0, -9.8],
  ECU: [-78.4, -1.4],
};

/** Decimal places kept: 0.001° is about 110 m, finer than world-atlas's own quantisation. */
const DECIMALS = 3;

/** Drawn at 1:50m: where flows are read up close. */
export function drawnInDetail(iso3: Iso3): boolean {
  const region = worldRegionOf(iso3);
  return (
    isSouthAmerica(iso3) || iso3 === 'USA' || region === 'central-america' || region === 'caribbean'
  );
}

function inGuianaBox(ring: Position[]): boolean {
  const [w, s, e, n] = bbox(polygon([ring]));
  return (
    w >= GUIANA_BOX.west && e <= GUIANA_BOX.east && s >= GUIANA_BOX.south && n <= GUIANA_BOX.north
  );
}

/** Splits French Guiana out of France so it is a country of its own on the map. */
export function cutFrenchGuiana(shapes: Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const s of shapes) {
    if (s.iso3 !== 'FRA' || s.geometry.type !== 'MultiPolygon') {
      out.push(s);
      continue;
    }
    const guiana = s.geometry.coordinates.filter((p) => inGuianaBox(p[0]!));
    const rest = s.geometry.coordinates.filter((p) => !inGuianaBox(p[0]!));
    out.push({ iso3: 'FRA', geometry: { type: 'MultiPolygon', coordinates: rest } });
    if (guiana.length > 0) {
      out.push({ iso3: 'GUF', geometry: { type: 'MultiPolygon', coordinates: guiana } });
    }
  }
  return out;
}

/** The label point of a country: its largest polygon's centre of mass, kept inside the shape. */
export function anchorOf({ iso3, geometry }: Shape): [number, number] {
  const override = ANCHOR_OVERRIDES[iso3];
  if (override) return override;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygon(polys[0]!);
  for (const p of polys.slice(1)) {
    const candidate = polygon(p);
    if (area(candidate) > area(largest)) largest = candidate;
  }
  const c = centerOfMass(largest);
  const point = booleanPointInPolygon(c, largest) ? c : pointOnFeature(largest);
  const [lon, lat] = point.geometry.coordinates;
  return [lon!, lat!];
}

/**
 * Drops polygon parts that span more than half the globe: parts cut at the antimeridian (Fiji,
 * Chukotka) would otherwise draw as a line across the whole map.
 */
function dropWrappingParts(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = parts.filter((p) => {
    const lons = p[0]!.map((pos) => pos[0]!);
    return Math.max(...lons) - Math.min(...lons) < 180;
  });
  if (kept.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: kept };
}

/** A world-atlas topology's countries, French Guiana cut out, without Antarctica. */
export function countryShapes(topology: Topology): Shape[] {
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
  // A code can have more than one feature (Australia's 036 is Ashmore and Cartier Islands too):
  // they are one country, its anchor on its largest part.
  const parts = new Map<Iso3, MultiPolygon['coordinates']>();
  for (const f of collection.features) {
    const iso3 = f.id === undefined ? undefined : numericToIso3(f.id);
    // Antarctica is off the map and its rings run along the map's edges.
    if (!iso3 || !f.geometry || iso3 === 'ATA') continue;
    const geometry = dropWrappingParts(f.geometry);
    if (geometry) parts.set(iso3, [...(parts.get(iso3) ?? []), ...geometry.coordinates]);
  }
  const shapes = [...parts].map(([iso3, coordinates]): Shape => ({
    iso3,
    geometry: { type: 'MultiPolygon', coordinates },
  }));
  return cutFrenchGuiana(shapes);
}

/** A ring's positions rounded, with repeats the rounding made dropped (a ring stays closed). */
function roundRing(ring: Position[]): Position[] {
  const f = 10 ** DECIMALS;
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const p = [Math.round(lon! * f) / f, Math.round(lat! * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function rounded(geometry: MultiPolygon): MultiPolygon {
  const coordinates = geometry.coordinates
    .map((poly) => poly.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
  return { type: 'MultiPolygon', coordinates };
}

/** The basemap's file from world-atlas's 1:50m and 1:110m country topologies. */
export function buildBasemapFile(detailed: Topology, coarse: Topology): BasemapFile {
  const fine = countryShapes(detailed);
  const simple = new Map(countryShapes(coarse).map((s) => [s.iso3, s.geometry]));
  const features: FileFeature[] = fine.map((s) => {
    const geometry = (!drawnInDetail(s.iso3) && simple.get(s.iso3)) || s.geometry;
    return {
      type: 'Feature',
      properties: { iso3: s.iso3, focus: isSouthAmerica(s.iso3) },
      geometry: rounded(geometry as MultiPolygon),
    };
  });
  const anchors = fine.map((s): [Iso3, number, number] => {
    const [lon, lat] = anchorOf(s);
    return [s.iso3, lon, lat];
  });
  return { countries: { type: 'FeatureCollection', features }, anchors };
}
