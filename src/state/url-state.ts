/**
 * The view in the page's URL, so that a link reproduces it and back/forward step through changes:
 * years, sectors, sex, age group, the selected country, the panel shown, the map's shading, the
 * part of the map in view and the language.
 * The URL is untrusted input: every value is checked against what Rutas knows, a bad one is
 * dropped with a problem said in words, and values only ever reach SQL as the typed, checked
 * filter (see data/queries/filter.ts). The page's own parameters (`data`, `k`, `embed`, `theme`,
 * `lang`) are read beside it (page-params.ts) and kept as they are when a view is written; an
 * analyst's lowered threshold is never written (a link cannot show more than the default).
 */
import { isKnownPlace } from '../domain/gazetteer';
import { isSector, type Sector } from '../domain/sectors';
import {
  AGE_GROUPS,
  SEXES,
  type AgeGroup,
  type Filter,
  type Iso3,
  type Sex,
} from '../domain/types';
import { isLanguage, t, type Language } from '../i18n';
import { formatYears } from '../i18n/format';
import { countryName } from '../i18n/country-text';
import { THEMES } from './theme';
import type { MapBounds } from '../domain/bounds';

/** The figures the map can be shaded by (see ui/ShadeControl). */
export const SHADE_ROLES = ['incoming', 'outgoing', 'transit', 'involved'] as const;
export type ShadeRole = (typeof SHADE_ROLES)[number];

export const URL_TABS = ['map', 'table', 'compare', 'sectors', 'justice'] as const;
export type UrlTab = (typeof URL_TABS)[number];

export interface UrlShade {
  role: ShadeRole | null;
  perCapita: boolean;
  flows: 'victims' | 'origin' | 'destination';
  /** Widths, colours and classes fit to the view instead of fixed for the dataset. */
  fit?: boolean;
}

/**
 * Which flows a world-wide dataset shows: those that touch South America (`region`), every flow
 * (`world`), or whichever suits the dataset (`auto`: the region's for a world-wide one).
 * `regions`: with the region's flows, places outside it grouped as their world region.
 */
export interface UrlFocus {
  scope: 'auto' | 'region' | 'world';
  regions: boolean;
}

export const DEFAULT_FOCUS: UrlFocus = { scope: 'auto', regions: false };

export interface UrlState {
  yearFrom?: number;
  yearTo?: number;
  sectors: Sector[];
  sexes: Sex[];
  ageGroups: AgeGroup[];
  place: Iso3 | null;
  tab: UrlTab;
  shade: UrlShade;
  focus: UrlFocus;
  /** The language asked for, if any. */
  lang?: Language;
  /** The part of the map in view, if not the default: west, south, east, north. */
  bounds?: MapBounds;
}

export type { MapBounds };

/** A code the link may select: a country Rutas can name. */
export const isKnownCountry = (iso3: string) => countryName(iso3) !== iso3;

/** Bounds as the link writes them: 2 decimals (about 1 km), enough to frame a view. */
export function boundsText(b: MapBounds): string {
  return b.map((v) => String(Math.round(v * 100) / 100)).join(',');
}

function readBounds(text: string): MapBounds | null {
  const parts = text.split(',');
  if (parts.length !== 4 || parts.some((p) => !/^-?\d{1,3}(\.\d+)?$/.test(p))) return null;
  const [w, s, e, n] = parts.map(Number) as MapBounds;
  const lon = (v: number) => v >= -540 && v <= 540;
  const lat = (v: number) => v >= -90 && v <= 90;
  return lon(w) && lon(e) && lat(s) && lat(n) && w < e && s < n ? [w, s, e, n] : null;
}

export const DEFAULT_SHADE: UrlShade = { role: null, perCapita: false, flows: 'victims' };

/** The parameters this module owns, in the order they are written. */
const OWN = [
  'from',
  'to',
  'sector',
  'sex',
  'age',
  'country',
  'view',
  'shade',
  'per100k',
  'width',
  'scale',
  'scope',
  'regions',
  'map',
  'lang',
];

const list = (p: URLSearchParams, key: string) =>
  (p.get(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Reads the view from a query string. `isPlace` says whether a code is a country Rutas can show.
 * Returns the state (defaults where a value is absent or bad) and the problems, in words.
 */
export function readUrlState(
  search: string,
  isPlace: (iso3: string) => boolean,
): { state: UrlState; problems: string[] } {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const bad = (key: string, value: string, what: string) =>
    problems.push(t('url.bad', { key, value: JSON.stringify(value.slice(0, 40)), what }));
  const year = (key: 'from' | 'to') => {
    const v = p.get(key);
    if (v === null) return undefined;
    if (/^\d{4}$/.test(v)) return Number(v);
    bad(key, v, t('url.aYear'));
    return undefined;
  };
  const choices = <T extends string>(key: string, known: readonly string[], what: string): T[] => {
    const out: T[] = [];
    for (const v of list(p, key)) {
      if (known.includes(v) && !out.includes(v as T)) out.push(v as T);
      else if (!known.includes(v)) bad(key, v, what);
    }
    return out;
  };
  const sectors: Sector[] = [];
  for (const v of list(p, 'sector')) {
    if (isSector(v)) {
      if (!sectors.includes(v)) sectors.push(v);
    } else bad('sector', v, t('url.aSector'));
  }
  let place: Iso3 | null = null;
  const country = p.get('country');
  if (country !== null) {
    // A country's code, in any case, or a place inside a country (an ISO 3166-2 code, a city).
    const code = /^[a-z]{3}$/i.test(country) ? country.toUpperCase() : country;
    if ((/^[A-Z]{3}$/.test(code) && isPlace(code)) || isKnownPlace(code)) place = code;
    else bad('country', country, t('url.aCountry'));
  }
  let tab: UrlTab = 'map';
  const view = p.get('view');
  if (view !== null) {
    if ((URL_TABS as readonly string[]).includes(view)) tab = view as UrlTab;
    else bad('view', view, t('url.oneOf', { values: URL_TABS.join(', ') }));
  }
  const shade = { ...DEFAULT_SHADE };
  const role = p.get('shade');
  if (role !== null) {
    if ((SHADE_ROLES as readonly string[]).includes(role)) shade.role = role as ShadeRole;
    else bad('shade', role, t('url.oneOf', { values: SHADE_ROLES.join(', ') }));
  }
  const per = p.get('per100k');
  if (per !== null) {
    if (per === '1' || per === '0') shade.perCapita = per === '1';
    else bad('per100k', per, t('url.oneOrZero'));
  }
  const width = p.get('width');
  if (width !== null) {
    if (width === 'origin' || width === 'destination') shade.flows = width;
    else bad('width', width, t('url.aWidth'));
  }
  const scale = p.get('scale');
  if (scale !== null) {
    if (scale === 'fit' || scale === 'fixed') shade.fit = scale === 'fit';
    else bad('scale', scale, t('url.oneOf', { values: 'fixed, fit' }));
  }
  const focus = { ...DEFAULT_FOCUS };
  const scope = p.get('scope');
  if (scope !== null) {
    if (scope === 'region' || scope === 'world') focus.scope = scope;
    else bad('scope', scope, t('url.oneOf', { values: 'region, world' }));
  }
  const regions = p.get('regions');
  if (regions !== null) {
    if (regions === '1' || regions === '0') focus.regions = regions === '1';
    else bad('regions', regions, t('url.oneOrZero'));
  }
  const langText = p.get('lang');
  const lang = isLanguage(langText) ? langText : undefined;
  if (langText !== null && !lang) bad('lang', langText, t('url.aLanguage'));
  // The theme is read by state/theme.ts; here it is only checked, like every value.
  const theme = p.get('theme');
  if (theme !== null && !(THEMES as readonly string[]).includes(theme)) {
    bad('theme', theme, t('url.oneOf', { values: THEMES.join(', ') }));
  }
  const mapText = p.get('map');
  const bounds = mapText === null ? undefined : (readBounds(mapText) ?? undefined);
  if (mapText !== null && !bounds) bad('map', mapText, t('url.aMapView'));
  return {
    state: {
      yearFrom: year('from'),
      yearTo: year('to'),
      sectors,
      sexes: choices<Sex>('sex', SEXES, t('url.aSex')),
      ageGroups: choices<AgeGroup>('age', AGE_GROUPS, t('url.anAge')),
      place,
      tab,
      shade,
      focus,
      ...(lang ? { lang } : {}),
      ...(bounds ? { bounds } : {}),
    },
    problems,
  };
}

/**
 * The query string for a view: the parameters this module does not own (`data`, `k`, …) kept
 * from `current`, then the view's, defaults left out. The same view always gives the same text.
 */
export function writeUrlState(
  current: string,
  filter: Filter,
  extent: { yearMin: number; yearMax: number },
  tab: UrlTab,
  shade: UrlShade,
  extra: { lang?: Language; bounds?: MapBounds | null; focus?: UrlFocus } = {},
): string {
  const p = new URLSearchParams(current);
  for (const key of OWN) p.delete(key);
  if (filter.yearFrom !== extent.yearMin) p.set('from', String(filter.yearFrom));
  if (filter.yearTo !== extent.yearMax) p.set('to', String(filter.yearTo));
  if (filter.sectors.length > 0) p.set('sector', [...filter.sectors].sort().join(','));
  if ((filter.sexes ?? []).length > 0) p.set('sex', [...filter.sexes!].sort().join(','));
  if ((filter.ageGroups ?? []).length > 0) p.set('age', [...filter.ageGroups!].sort().join(','));
  if (filter.place) p.set('country', filter.place);
  if (tab !== 'map') p.set('view', tab);
  if (shade.role) p.set('shade', shade.role);
  if (shade.perCapita) p.set('per100k', '1');
  if (shade.flows !== 'victims') p.set('width', shade.flows);
  if (shade.fit) p.set('scale', 'fit');
  if (extra.focus && extra.focus.scope !== 'auto') p.set('scope', extra.focus.scope);
  if (extra.focus?.regions) p.set('regions', '1');
  if (extra.bounds) p.set('map', boundsText(extra.bounds));
  // English is the default: a plain link stays plain (the Share dialog always names the language).
  if (extra.lang && extra.lang !== 'en') p.set('lang', extra.lang);
  const text = p.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/**
 * The filter a URL state asks for over a dataset's years (years outside them are brought inside,
 * with a problem said).
 */
export function urlFilter(
  state: UrlState,
  extent: { yearMin: number; yearMax: number },
  problems: string[],
): Filter {
  const clamp = (y: number | undefined, fallback: number, key: string) => {
    if (y === undefined) return fallback;
    if (y < extent.yearMin || y > extent.yearMax) {
      problems.push(
        t('url.outside', { key, value: y, years: formatYears(extent.yearMin, extent.yearMax) }),
      );
      return Math.min(extent.yearMax, Math.max(extent.yearMin, y));
    }
    return y;
  };
  const from = clamp(state.yearFrom, extent.yearMin, 'from');
  const to = clamp(state.yearTo, extent.yearMax, 'to');
  return {
    yearFrom: Math.min(from, to),
    yearTo: Math.max(from, to),
    sectors: state.sectors,
    sexes: state.sexes,
    ageGroups: state.ageGroups,
    place: state.place,
  };
}
