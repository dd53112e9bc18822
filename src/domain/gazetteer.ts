/**
 * The places inside countries that Rutas knows (data/places.json, built by
 * scripts/make-gazetteer.ts): every first-level subdivision of South America (its ISO 3166-2
 * code: `BO-L`) and French Guiana (`FR-973`), their main cities (`BO-L.el-alto`: the
 * subdivision's code and the city's name), and points a file gives by coordinates
 * (`pt:-16.50:-68.15`). A place id never looks like a country's alpha-3 code, so the two can
 * share a column. Names here are data; i18n/country-text.ts chooses the one in the language shown.
 */
import countries from 'i18n-iso-countries';
import table from '../../data/places.json';
import type { Iso3 } from './types';

/** A place id: an ISO 3166-2 code, a city id or a point id (see above). */
export type PlaceId = string;

export interface PlaceNames {
  local: string;
  en?: string;
  es?: string;
  pt?: string;
}

export interface GazetteerPlace {
  id: PlaceId;
  /** Its country, ISO 3166-1 alpha-3. */
  country: Iso3;
  kind: 'subdivision' | 'city';
  /** A city's subdivision. */
  in?: PlaceId;
  names: PlaceNames;
  /** Other spellings, as written in the sources. */
  variants: string[];
  lon: number;
  lat: number;
}

type Row = [string, string, string, string, PlaceNames, string[], number, number];

let byId: Map<PlaceId, GazetteerPlace> | null = null;

function index(): Map<PlaceId, GazetteerPlace> {
  if (byId) return byId;
  byId = new Map();
  for (const [id, parent, kind, within, names, variants, lon, lat] of table.places as Row[]) {
    byId.set(id, {
      id,
      country: countries.alpha2ToAlpha3(parent) ?? parent,
      kind: kind === 's' ? 'subdivision' : 'city',
      ...(within ? { in: within } : {}),
      names,
      variants,
      lon,
      lat,
    });
  }
  return byId;
}

/** Every place of the gazetteer (points excluded). */
export function gazetteerPlaces(): GazetteerPlace[] {
  return [...index().values()];
}

/** A place of the gazetteer by id. */
export function gazetteerPlace(id: PlaceId): GazetteerPlace | undefined {
  return index().get(id);
}

/** Points are kept to two decimals (about a kilometre): enough for a map, no address. */
const POINT = /^pt:(-?\d{1,2}\.\d{2}):(-?\d{1,3}\.\d{2}):([A-Z]{3})$/;

/** The id of a point given by coordinates, in a country; null when they are not coordinates. */
export function pointId(lat: number, lon: number, country: Iso3): PlaceId | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return `pt:${lat.toFixed(2)}:${lon.toFixed(2)}:${country}`;
}

function parsePoint(id: string): { lat: number; lon: number; country: Iso3 } | null {
  const m = POINT.exec(id);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || !countries.isValid(m[3]!)) return null;
  return { lat, lon, country: m[3]! };
}

/** Whether an id names a place inside a country: one of the gazetteer, or a well-formed point. */
export function isKnownPlace(id: string): boolean {
  return index().has(id) || parsePoint(id) !== null;
}

/** The country a place is in, or undefined if the id is no place. */
export function placeCountry(id: string): Iso3 | undefined {
  return index().get(id)?.country ?? parsePoint(id)?.country;
}

/** Where a place is drawn, [lon, lat], or undefined if the id is no place. */
export function placePosition(id: string): [number, number] | undefined {
  const p = index().get(id);
  if (p) return [p.lon, p.lat];
  const point = parsePoint(id);
  return point ? [point.lon, point.lat] : undefined;
}

/** A point's coordinates as its name reads them ("-16.50, -68.15"); undefined for other ids. */
export function pointLabel(id: string): string | undefined {
  const point = parsePoint(id);
  return point ? `${point.lat.toFixed(2)}, ${point.lon.toFixed(2)}` : undefined;
}
