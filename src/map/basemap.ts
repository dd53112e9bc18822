/**
 * The offline basemap: country polygons from world-atlas (Natural Earth, bundled), a MapLibre
 * style with no glyphs, sprites or remote tiles — so MapLibre makes no request — and a label point
 * per country where flows start and end.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
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
import { countryName } from '../i18n/country-text';
import type { Iso3 } from '../domain/types';

export interface CountryProps {
  iso3: Iso3;
  name: string;
  /** In the South American focus (drawn strong) or a neighbour (faded). */
  focus: boolean;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  /** Where a country's label, circle and flow ends sit: [lon, lat]. */
  anchors: Map<Iso3, [number, number]>;
}

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

function inGuianaBox(ring: Position[]): boolean {
  const [w, s, e, n] = bbox(polygon([ring]));
  return (
    w >= GUIANA_BOX.west && e <= GUIANA_BOX.east && s >= GUIANA_BOX.south && n <= GUIANA_BOX.north
  );
}

/** Splits French Guiana out of France so it is a country of its own on the map. */
export function cutFrenchGuiana(features: CountryFeature[]): CountryFeature[] {
  const out: CountryFeature[] = [];
  for (const f of features) {
    if (f.properties.iso3 !== 'FRA' || f.geometry.type !== 'MultiPolygon') {
      out.push(f);
      continue;
    }
    const guiana = f.geometry.coordinates.filter((p) => inGuianaBox(p[0]!));
    const rest = f.geometry.coordinates.filter((p) => !inGuianaBox(p[0]!));
    out.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: rest } });
    if (guiana.length > 0) {
      out.push({
        type: 'Feature',
        properties: { iso3: 'GUF', name: countryName('GUF'), focus: true },
        geometry: { type: 'MultiPolygon', coordinates: guiana },
      });
    }
  }
  return out;
}

/** The label point of a country: its largest polygon's centre of mass, kept inside the shape. */
export function anchorOf(f: CountryFeature): [number, number] {
  const override = ANCHOR_OVERRIDES[f.properties.iso3];
  if (override) return override;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
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
function dropWrappingParts(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = parts.filter((p) => {
    const lons = p[0]!.map((pos) => pos[0]!);
    return Math.max(...lons) - Math.min(...lons) < 180;
  });
  if (kept.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: kept };
}

/** Builds the basemap from world-atlas TopoJSON. */
export function buildBasemap(topology: Topology): Basemap {
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: CountryFeature[] = [];
  for (const f of collection.features) {
    const iso3 = f.id === undefined ? undefined : numericToIso3(f.id);
    // Antarctica is off the map and its rings run along the map's edges.
    if (!iso3 || !f.geometry || iso3 === 'ATA') continue;
    const geometry = dropWrappingParts(f.geometry);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      id: f.id,
      geometry,
      properties: { iso3, name: countryName(iso3), focus: isSouthAmerica(iso3) },
    });
  }
  const withGuiana = cutFrenchGuiana(features);
  const anchors = new Map<Iso3, [number, number]>();
  for (const f of withGuiana) anchors.set(f.properties.iso3, anchorOf(f));
  return { countries: { type: 'FeatureCollection', features: withGuiana }, anchors };
}

export const MAP_COLORS = {
  sea: '#dfe8ef',
  land: '#f6f3ec',
  neighbour: '#ebe8e2',
  border: '#a9a397',
  neighbourBorder: '#cfcac0',
  selected: '#fde7b0',
};

/** The dark theme's basemap: dark land and sea, still lighter land than sea. */
export const MAP_COLORS_DARK: typeof MAP_COLORS = {
  sea: '#1b2630',
  land: '#3b3f45',
  neighbour: '#2c3036',
  border: '#80786b',
  neighbourBorder: '#4d4a45',
  selected: '#6b5a2a',
};

export const mapColors = (dark: boolean) => (dark ? MAP_COLORS_DARK : MAP_COLORS);

/**
 * The paint of the basemap's layers, by theme (set again when the theme changes). Every colour
 * that depends on the theme is a constant of its layer, never inside a data-driven expression:
 * MapLibre re-tiles a source in its worker when a data-driven paint changes, but applies a
 * constant on the next frame, so the image export can paint the map light and back within one
 * task (map/snapshot).
 */
export function basemapPaint(dark: boolean) {
  const c = mapColors(dark);
  return {
    sea: { 'background-color': c.sea },
    'land-focus': { 'fill-color': c.land },
    'land-neighbour': { 'fill-color': c.neighbour },
    land: { 'fill-color': c.selected },
    'borders-focus': { 'line-color': c.border },
    'borders-neighbour': { 'line-color': c.neighbourBorder },
  } as const satisfies Record<string, Record<string, unknown>>;
}

/** Paints the basemap of `map` in a theme. */
export function applyBasemapPaint(map: MapLibreMap, dark: boolean): void {
  for (const [layer, paint] of Object.entries(basemapPaint(dark))) {
    for (const [property, value] of Object.entries(paint)) {
      map.setPaintProperty(layer, property, value);
    }
  }
}

const FOCUS = ['==', ['get', 'focus'], true];
const NEIGHBOUR = ['!=', ['get', 'focus'], true];

/**
 * The MapLibre style: no glyphs, no sprite, one GeoJSON source. The focus region and its
 * neighbours are layers of their own; over them, a choropleth's colours (feature state `shade`)
 * and then the selected country (feature state `selected`, in the layer `land`, which covers
 * every country and is the one clicks are read from). Paint changes apply at once (no
 * transition).
 */
export function basemapStyle(basemap: Basemap, dark = false): StyleSpecification {
  const paint = basemapPaint(dark);
  const source = 'countries';
  return {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: { countries: { type: 'geojson', data: basemap.countries, promoteId: 'iso3' } },
    layers: [
      { id: 'sea', type: 'background', paint: paint.sea },
      { id: 'land-focus', type: 'fill', source, filter: FOCUS, paint: paint['land-focus'] },
      {
        id: 'land-neighbour',
        type: 'fill',
        source,
        filter: NEIGHBOUR,
        paint: paint['land-neighbour'],
      },
      {
        id: 'shade',
        type: 'fill',
        source,
        paint: {
          'fill-color': [
            'case',
            ['==', ['typeof', ['feature-state', 'shade']], 'string'],
            ['to-color', ['feature-state', 'shade']],
            'rgba(0, 0, 0, 0)',
          ],
        },
      },
      {
        id: 'land',
        type: 'fill',
        source,
        paint: {
          ...paint.land,
          'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
        },
      },
      {
        id: 'borders-focus',
        type: 'line',
        source,
        filter: FOCUS,
        paint: { ...paint['borders-focus'], 'line-width': 0.9 },
      },
      {
        id: 'borders-neighbour',
        type: 'line',
        source,
        filter: NEIGHBOUR,
        paint: { ...paint['borders-neighbour'], 'line-width': 0.5 },
      },
    ],
  } as StyleSpecification;
}

/** The view that frames South America, with Panama and the Caribbean to Hispaniola and Cuba. */
export const SOUTH_AMERICA_BOUNDS: [[number, number], [number, number]] = [
  [-88, -56],
  [-30, 23.5],
];
