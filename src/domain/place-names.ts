/**
 * Reads a place inside a country as people write it: an ISO 3166-2 code (`BO-L`, `br-sp`), a
 * gazetteer id (`BO-L.el-alto`), "Place, Country" or "Place (ISO2)" in any case, with or without
 * accents, in Spanish, Portuguese or English ("São Paulo, Brasil", "Asuncion, Paraguay", "Cusco,
 * Perú", "La Paz Department, Bolivia"). The country part is read by the country resolver
 * (country-names.ts); the place part against the gazetteer's names of that country only.
 *
 * A name that a subdivision and a city share is the subdivision ("Cochabamba": the department,
 * whose point is its seat, the city): the coarser reading, so one file's "BO-C" and "Cochabamba"
 * are one place. Two subdivisions of one name are told apart by the city of that name ("Lima":
 * Lima Metropolitana, not Lima region). A bare name with no country ("Florida") is not read as a
 * place: too many places in the world share names.
 */
import countries from 'i18n-iso-countries';
import { distance } from 'fastest-levenshtein';
import { normalizeCountry, normalizeName, repairMojibake } from './country-names';
import { gazetteerPlace, gazetteerPlaces, type PlaceId } from './gazetteer';
import type { Iso3 } from './types';

export type PlaceMatch =
  /** `fuzzy`: the place part was read as the nearest spelling; the report says so. */
  | { kind: 'place'; iso3: Iso3; place: PlaceId; fuzzy?: true }
  /** It names a place inside a country that the gazetteer lacks (`iso3` null: nor the country). */
  | { kind: 'unresolved'; iso3: Iso3 | null }
  /** Not written as a place inside a country: read it as a country. */
  | { kind: 'none' };

/** Words that say what kind of place it is, around its name ("departamento de", "region"). */
const KIND_BEFORE =
  /^(departamento|provincia|estado|region|regiao|distrito|municipio|municipalidad|department|province|state|region of|district)( (de|del|do|da|of))? /;
const KIND_AFTER = / (department|departamento|province|provincia|state|estado|region|district)$/;

/** A normalised name and, if it differs, the name without the kind of place around it. */
function keys(name: string): string[] {
  const key = normalizeName(name);
  const bare = key.replace(KIND_BEFORE, '').replace(KIND_AFTER, '').trim();
  return bare && bare !== key ? [key, bare] : [key];
}

let byCountry: Map<Iso3, Map<string, Set<PlaceId>>> | null = null;

function index(): Map<Iso3, Map<string, Set<PlaceId>>> {
  if (byCountry) return byCountry;
  byCountry = new Map();
  for (const p of gazetteerPlaces()) {
    const names = byCountry.get(p.country) ?? new Map<string, Set<PlaceId>>();
    byCountry.set(p.country, names);
    const all = [p.names.local, p.names.en, p.names.es, p.names.pt, ...p.variants];
    for (const name of all) {
      if (!name) continue;
      for (const key of keys(name)) names.set(key, (names.get(key) ?? new Set()).add(p.id));
    }
  }
  return byCountry;
}

/** The one place a set of candidates means, by the rules above; undefined if none or several. */
function choose(ids: Set<PlaceId>): PlaceId | undefined {
  const places = [...ids].map((id) => gazetteerPlace(id)!);
  const subdivisions = places.filter((p) => p.kind === 'subdivision');
  const cities = places.filter((p) => p.kind === 'city');
  if (subdivisions.length === 1) return subdivisions[0]!.id;
  if (subdivisions.length > 1) {
    const holding = subdivisions.filter((s) => cities.some((c) => c.in === s.id));
    return holding.length === 1 ? holding[0]!.id : undefined;
  }
  return cities.length === 1 ? cities[0]!.id : undefined;
}

/** A place's name within one country: exactly, else within one or two letters. */
function inCountry(text: string, iso3: Iso3): { place: PlaceId; fuzzy?: true } | undefined {
  const names = index().get(iso3);
  if (!names) return undefined;
  const wanted = keys(text);
  for (const key of wanted) {
    const hit = names.get(key);
    if (hit) {
      const place = choose(hit);
      if (place) return { place };
    }
  }
  const key = wanted.at(-1)!;
  if (key.length < 6) return undefined;
  const max = key.length >= 11 ? 2 : 1;
  let best = max + 1;
  let found = new Set<PlaceId>();
  for (const [name, ids] of names) {
    if (Math.abs(name.length - key.length) > max) continue;
    const d = distance(name, key);
    if (d < best) [best, found] = [d, new Set()];
    if (d === best) ids.forEach((id) => found.add(id));
  }
  const place = best <= max ? choose(found) : undefined;
  return place ? { place, fuzzy: true } : undefined;
}

const CODE = /^([A-Z]{2})-([A-Z0-9]{1,3})(\.[a-z0-9-]+)?$/;

const memo = new Map<string, PlaceMatch>();
const MEMO_SIZE = 50_000;

/** What a place cell names. Call it before reading the cell as a country. */
export function resolvePlace(raw: string): PlaceMatch {
  const known = memo.get(raw);
  if (known) return known;
  const match = read(repairMojibake(raw.trim()));
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(raw, match);
  return match;
}

function read(text: string): PlaceMatch {
  const code = CODE.exec(text.replace(/^[a-z]{2}-[a-z0-9]{1,3}/, (c) => c.toUpperCase()));
  if (code) {
    const id = code[1] === 'GF' || text.toUpperCase() === 'FR-GF' ? 'FR-973' : code[0];
    const known = gazetteerPlace(id);
    if (known) return { kind: 'place', iso3: known.country, place: known.id };
    const iso3 = countries.alpha2ToAlpha3(code[1]!);
    return iso3 ? { kind: 'unresolved', iso3 } : { kind: 'none' };
  }
  const paren = /^(.+?)\s*\(\s*([A-Za-z]{2})\s*\)$/.exec(text);
  const comma = text.lastIndexOf(',');
  let name: string;
  let iso3: Iso3 | undefined;
  if (paren && countries.isValid(paren[2]!.toUpperCase())) {
    name = paren[1]!;
    iso3 = countries.alpha2ToAlpha3(paren[2]!.toUpperCase());
  } else if (comma > 0) {
    name = text.slice(0, comma);
    const country = normalizeCountry(text.slice(comma + 1));
    if (country.kind !== 'country') return { kind: 'none' };
    iso3 = country.iso3;
  } else return { kind: 'none' };
  if (!iso3) return { kind: 'none' };
  // "El Alto, La Paz, Bolivia": the whole part before the country, else its first part.
  const found = inCountry(name, iso3) ?? inCountry(name.split(',')[0]!, iso3);
  return found ? { kind: 'place', iso3, ...found } : { kind: 'unresolved', iso3 };
}
