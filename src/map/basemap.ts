/**
 * The offline basemap: country polygons from world-atlas (Natural Earth), prepared at build time
 * (basemap-build.ts, `npm run basemap-data`, data/basemap.json), a MapLibre style with no glyphs,
 * sprites or remote tiles — so MapLibre makes no request — and a label point per country where
 * flows start and end.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
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

/** The basemap as data/basemap.json holds it: names are added when it is read. */
export interface BasemapFile {
  countries: FeatureCollection<Polygon | MultiPolygon, Omit<CountryProps, 'name'>>;
  anchors: [Iso3, number, number][];
}

/** The basemap from its prepared file. */
export function readBasemap(file: BasemapFile): Basemap {
  const features = file.countries.features.map((f): CountryFeature => ({
    ...f,
    properties: { ...f.properties, name: countryName(f.properties.iso3) },
  }));
  return {
    countries: { type: 'FeatureCollection', features },
    anchors: new Map(file.anchors.map(([iso3, lon, lat]) => [iso3, [lon, lat]])),
  };
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
