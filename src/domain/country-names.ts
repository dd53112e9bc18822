/**
 * Country normalisation, in one place: turns whatever a file calls a country into an ISO 3166-1
 * alpha-3 code, or says it is an aggregate (a total, "unknown", own nationals) or not understood.
 *
 * Understood: alpha-2, alpha-3 and numeric codes; names in English, Spanish and Portuguese from
 * i18n-iso-countries, in any case, with or without accents or punctuation; UN long forms
 * ("Bolivia (Plurinational State of)"); Spanish and Portuguese demonyms ("Boliviana", "Peruanos",
 * "brasileiro"); text with U+FFFD replacement characters or Latin-1 read as UTF-8 ("PerÃº").
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import type { Iso3 } from './types';

for (const locale of [en, es, pt]) countries.registerLocale(locale);

export type CountryMatch =
  | { kind: 'country'; iso3: Iso3 }
  /** Not a place: a total, an unknown, or "own nationals" (the reporting country itself). */
  | { kind: 'aggregate'; aggregate: 'total' | 'unknown' | 'own-nationals' }
  | { kind: 'not-understood' };

/** Lower case, no accents, no punctuation, single spaces. U+FFFD is kept (see below). */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\uFFFD]+/g, ' ')
    .trim();
}

/** Other names and spellings met in real files (normalised by normalizeName when indexed). */
const ALIASES: Record<Iso3, string[]> = {
  BOL: ['Bolivia (Plurinational State of)', 'Estado Plurinacional de Bolivia'],
  VEN: ['Venezuela (Bolivarian Republic of)', 'República Bolivariana de Venezuela'],
  USA: [
    'United States of America',
    'Estados Unidos',
    'EEUU',
    'EE UU',
    'USA',
    'Estados Unidos da América',
  ],
  GBR: ['United Kingdom of Great Britain and Northern Ireland', 'Reino Unido', 'UK', 'Inglaterra'],
  DOM: ['R.Dominicana', 'Rep. Dominicana', 'Republica Dominicana'],
  KOR: ['Republic of Korea', 'Corea del Sur', 'Coreia do Sul', 'South Korea'],
  PRK: ['Corea del Norte', 'Coreia do Norte', 'North Korea'],
  RUS: ['Rusia', 'Russian Federation', 'Rússia'],
  ZAF: ['Sudafrica', 'Sudáfrica', 'África do Sul'],
  GHA: ['Gana'],
  IRN: ['Iran (Islamic Republic of)'],
  TZA: ['United Republic of Tanzania'],
  MDA: ['Republic of Moldova'],
  CZE: ['Czech Republic', 'Republica Checa'],
  NLD: ['Holanda', 'Holland'],
  CHN: ['China, mainland'],
  HKG: ['China, Hong Kong Special Administrative Region'],
  CIV: ["Cote d'Ivoire", 'Costa de Marfil'],
  SYR: ['Syrian Arab Republic'],
  LAO: ["Lao People's Democratic Republic"],
  VNM: ['Viet Nam'],
  TUR: ['Türkiye', 'Turquia'],
  GUF: ['Guayana Francesa', 'Guiana Francesa'],
  FLK: ['Islas Malvinas', 'Malvinas', 'Falkland Islands (Malvinas)'],
};

/**
 * Demonyms, masculine singular, in Spanish and Portuguese; feminine and plural forms are made by
 * `inflect`. Region first, then the countries whose nationals are most often met in its data.
 */
const DEMONYMS: Record<Iso3, string[]> = {
  ARG: ['argentino'],
  BOL: ['boliviano'],
  BRA: ['brasileño', 'brasilero', 'brasileiro'],
  CHL: ['chileno'],
  COL: ['colombiano'],
  ECU: ['ecuatoriano', 'equatoriano'],
  GUY: ['guyanés', 'guianense'],
  PRY: ['paraguayo', 'paraguaio'],
  PER: ['peruano'],
  SUR: ['surinamés', 'surinamense'],
  URY: ['uruguayo', 'uruguaio'],
  VEN: ['venezolano', 'venezuelano'],
  GUF: ['francoguayanés'],
  MEX: ['mexicano'],
  CUB: ['cubano'],
  HTI: ['haitiano'],
  DOM: ['dominicano'],
  PAN: ['panameño', 'panamenho'],
  CRI: ['costarricense'],
  NIC: ['nicaragüense'],
  HND: ['hondureño'],
  SLV: ['salvadoreño'],
  GTM: ['guatemalteco'],
  USA: ['estadounidense', 'norteamericano', 'estadunidense', 'americano'],
  CAN: ['canadiense', 'canadense'],
  ESP: ['español', 'espanhol'],
  PRT: ['portugués', 'português'],
  FRA: ['francés', 'francês'],
  ITA: ['italiano'],
  DEU: ['alemán', 'alemão'],
  BEL: ['belga'],
  NLD: ['holandés', 'neerlandés', 'holandês'],
  GBR: ['británico', 'inglés', 'britânico'],
  RUS: ['ruso', 'russo'],
  UKR: ['ucraniano'],
  ROU: ['rumano', 'romeno'],
  CHN: ['chino', 'chinês'],
  KOR: ['coreano', 'surcoreano', 'sul coreano'],
  JPN: ['japonés', 'japonês'],
  PHL: ['filipino'],
  IND: ['indio', 'hindú', 'indiano'],
  BGD: ['bangladesí'],
  PAK: ['paquistaní', 'pakistaní', 'paquistanês'],
  NGA: ['nigeriano'],
  GHA: ['ghanés', 'ganés', 'ganense'],
  KEN: ['keniano', 'queniano'],
  SEN: ['senegalés', 'senegalês'],
  MAR: ['marroquí', 'marroquino'],
  ZAF: ['sudafricano', 'sul africano'],
  CMR: ['camerunés', 'camaronês'],
  AGO: ['angoleño', 'angolano'],
};

/** English demonyms met in the region's files (plural with -s). */
const ENGLISH_DEMONYMS: Record<Iso3, string[]> = {
  ARG: ['Argentine', 'Argentinian'],
  BOL: ['Bolivian'],
  BRA: ['Brazilian'],
  CHL: ['Chilean'],
  COL: ['Colombian'],
  ECU: ['Ecuadorian', 'Ecuadorean'],
  GUY: ['Guyanese'],
  PRY: ['Paraguayan'],
  PER: ['Peruvian'],
  SUR: ['Surinamese'],
  URY: ['Uruguayan'],
  VEN: ['Venezuelan'],
  MEX: ['Mexican'],
  CUB: ['Cuban'],
  HTI: ['Haitian'],
  DOM: ['Dominican'],
  CHN: ['Chinese'],
  USA: ['American'],
  ESP: ['Spanish', 'Spaniard'],
};

/** Masculine singular → its feminine and plural forms (Spanish and Portuguese endings). */
export function inflect(form: string): string[] {
  const f = normalizeName(form);
  if (f.endsWith('ao')) return [f, `${f.slice(0, -1)}`, `${f.slice(0, -2)}aes`];
  if (f.endsWith('o')) {
    const stem = f.slice(0, -1);
    return [f, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (f.endsWith('es')) {
    // francés / francês → francesa, franceses, francesas
    return [f, `${f}a`, `${f}es`, `${f}as`];
  }
  if (f.endsWith('ol')) return [f, `${f}a`, `${f}es`, `${f}as`, `${f.slice(0, -1)}is`];
  if (f.endsWith('an')) return [f, `${f}a`, `${f}es`, `${f}as`];
  if (f.endsWith('i') || f.endsWith('u')) return [f, `${f}es`, `${f}s`];
  if (f.endsWith('e') || f.endsWith('a')) return [f, `${f}s`];
  return [f, `${f}s`];
}

/** Words that are not places. */
const AGGREGATES: Record<string, 'total' | 'unknown' | 'own-nationals'> = {
  total: 'total',
  todos: 'total',
  all: 'total',
  unknown: 'unknown',
  desconocido: 'unknown',
  desconocida: 'unknown',
  'sin determinar': 'unknown',
  'sin dato': 'unknown',
  'sin datos': 'unknown',
  'no especificado': 'unknown',
  'no informado': 'unknown',
  'nao informado': 'unknown',
  desconhecido: 'unknown',
  'not specified': 'unknown',
  other: 'unknown',
  others: 'unknown',
  otros: 'unknown',
  otro: 'unknown',
  outros: 'unknown',
  abroad: 'unknown',
  extranjero: 'unknown',
  'n a': 'unknown',
  na: 'unknown',
  '99': 'unknown',
  '00': 'unknown',
  'own nationals': 'own-nationals',
  nationals: 'own-nationals',
  'ciudadanos de su pais': 'own-nationals',
  nacionales: 'own-nationals',
  'cidadaos do proprio pais': 'own-nationals',
  nacionais: 'own-nationals',
};

let index: Map<string, Iso3> | null = null;

/** Every known spelling, normalised → alpha-3. Built once, on first use. */
function nameIndex(): Map<string, Iso3> {
  if (index) return index;
  const map = new Map<string, Iso3>();
  const add = (name: string, iso3: Iso3) => {
    const key = normalizeName(name);
    if (key && !map.has(key)) map.set(key, iso3);
    // "Bolivia (Plurinational State of)" is also known as "Bolivia".
    const short = normalizeName(name.replace(/\(.*\)|,.*$/g, ''));
    if (short && !map.has(short)) map.set(short, iso3);
  };
  for (const [iso3, names] of Object.entries(ALIASES)) names.forEach((n) => add(n, iso3));
  for (const lang of ['en', 'es', 'pt']) {
    for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const iso3 = countries.alpha2ToAlpha3(alpha2);
      if (iso3) names.forEach((n) => add(n, iso3));
    }
  }
  for (const [iso3, forms] of Object.entries(DEMONYMS)) {
    for (const form of forms) for (const f of inflect(form)) if (!map.has(f)) map.set(f, iso3);
  }
  for (const [iso3, forms] of Object.entries(ENGLISH_DEMONYMS)) {
    for (const form of forms) {
      const f = normalizeName(form);
      for (const key of [f, `${f}s`]) if (!map.has(key)) map.set(key, iso3);
    }
  }
  index = map;
  return map;
}

/** Repairs UTF-8 text that was decoded as Latin-1 ("PerÃº" → "Perú"); other text is unchanged. */
export function repairMojibake(text: string): string {
  if (!/[ÃÂ][\u0080-\u00BF]/.test(text)) return text;
  const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
  const repaired = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return repaired.includes('\uFFFD') ? text : repaired;
}

function lookup(key: string): Iso3 | undefined {
  const map = nameIndex();
  const hit = map.get(key);
  if (hit || !key.includes('\uFFFD')) return hit;
  // A replacement character stands for one accented letter (or two bytes of one): match any.
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD+/g, '.{0,2}');
  const pattern = new RegExp(`^${escaped}$`);
  const found = new Set<Iso3>();
  for (const [name, iso3] of map) if (pattern.test(name)) found.add(iso3);
  return found.size === 1 ? [...found][0] : undefined;
}

export interface NormalizeOptions {
  /** Read two-letter values as ISO alpha-2 (CTDC 2020). Default true. */
  alpha2?: boolean;
}

/** What a country cell means. Empty and missing values are `unknown` aggregates. */
export function normalizeCountry(raw: unknown, options: NormalizeOptions = {}): CountryMatch {
  const text = repairMojibake(String(raw ?? '').trim());
  if (text === '' || text === '-99' || text === '-1')
    return { kind: 'aggregate', aggregate: 'unknown' };
  const upper = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return { kind: 'country', iso3: upper };
  if (options.alpha2 !== false && /^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) {
    return { kind: 'country', iso3: countries.alpha2ToAlpha3(upper)! };
  }
  if (/^\d{1,3}$/.test(text) && text !== '0' && text !== '00' && text !== '99') {
    const iso3 = countries.numericToAlpha3(text.padStart(3, '0'));
    if (iso3) return { kind: 'country', iso3 };
  }
  const key = normalizeName(text);
  // Own keys only: "constructor" is no aggregate, whatever Object.prototype holds.
  const aggregate = Object.hasOwn(AGGREGATES, key) ? AGGREGATES[key] : undefined;
  if (aggregate) return { kind: 'aggregate', aggregate };
  if (/^ciudadanos de su pa.{0,2}s$/.test(key))
    return { kind: 'aggregate', aggregate: 'own-nationals' };
  const iso3 = lookup(key);
  return iso3 ? { kind: 'country', iso3 } : { kind: 'not-understood' };
}
