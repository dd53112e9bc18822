/**
 * Every spelling of every country, normalised → alpha-3, built once on first use, and the lookups
 * over it: exact, with U+FFFD standing for an accented letter, and fuzzy (misspellings) with a
 * conservative threshold. A spelling two countries share ("Congolese") is ambiguous and matches
 * neither, unless our own tables say which is meant.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { distance } from 'fastest-levenshtein';
import labels from '../../data/country-labels.json';
import { ALIASES, DEMONYMS, ENGLISH_DEMONYMS } from './country-aliases';
import { notACountry } from './not-countries';
import type { Iso3 } from './types';

/** Lower case, no accents, no punctuation, single spaces. U+FFFD is kept (see lookup). */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\uFFFD]+/g, ' ')
    .trim();
}

/** Masculine singular → its feminine and plural forms (Spanish and Portuguese endings). */
export function inflect(form: string): string[] {
  const f = normalizeName(form);
  if (f.endsWith('ao')) return [f, `${f.slice(0, -1)}`, `${f.slice(0, -2)}aes`];
  if (f.endsWith('o')) {
    const stem = f.slice(0, -1);
    return [f, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (f.endsWith('es')) return [f, `${f}a`, `${f}es`, `${f}as`];
  if (f.endsWith('ol')) return [f, `${f}a`, `${f}es`, `${f}as`, `${f.slice(0, -1)}is`];
  if (f.endsWith('an')) return [f, `${f}a`, `${f}es`, `${f}as`];
  if (f.endsWith('i') || f.endsWith('u')) return [f, `${f}es`, `${f}s`];
  if (f.endsWith('e') || f.endsWith('a')) return [f, `${f}s`];
  return [f, `${f}s`];
}

/** French masculine → feminine and plurals ("bolivien" → "bolivienne", "boliviens", …). */
function inflectFrench(form: string): string[] {
  const m = normalizeName(form);
  const f = /(ien|en)$/.test(m)
    ? `${m}ne`
    : /(on)$/.test(m)
      ? `${m}ne`
      : m.endsWith('e')
        ? m
        : `${m}e`;
  const plural = (w: string) => (/[sxz]$/.test(w) ? w : `${w}s`);
  return [m, f, plural(m), plural(f)];
}

/** English demonym → it and its plural. */
const inflectEnglish = (form: string) => [normalizeName(form), `${normalizeName(form)}s`];

const AMBIGUOUS = '?';
let built: Map<string, Iso3> | null = null;

/** The index: our tables first, then names from i18n-iso-countries, then the packages' labels. */
function index(): Map<string, Iso3> {
  if (built) return built;
  const map = new Map<string, Iso3>();
  const deferred: [string, Iso3][] = [];
  const add = (name: string, iso3: Iso3) => {
    const key = normalizeName(name);
    if (key && !map.has(key)) map.set(key, iso3);
    // "Bolivia (Plurinational State of)" is also "Bolivia", once every full name is in.
    const short = normalizeName(name.replace(/\(.*\)|,.*$/g, ''));
    if (short && short !== key) deferred.push([short, iso3]);
  };
  for (const [iso3, names] of Object.entries(ALIASES)) names.forEach((n) => add(n, iso3));
  for (const [iso3, forms] of Object.entries(DEMONYMS))
    for (const f of forms.flatMap(inflect)) if (!map.has(f)) map.set(f, iso3);
  for (const [iso3, forms] of Object.entries(ENGLISH_DEMONYMS))
    for (const f of forms.flatMap(inflectEnglish)) if (!map.has(f)) map.set(f, iso3);
  // Read from the locales themselves: registering them would change the package for everyone.
  for (const locale of [en, es, pt, fr]) {
    for (const [alpha2, names] of Object.entries(locale.countries)) {
      const iso3 = countries.alpha2ToAlpha3(alpha2);
      if (iso3) [names].flat().forEach((n) => add(n, iso3));
    }
  }
  type Labels = Record<'names' | 'en' | 'fr' | 'es', string[]> & { sovereign: boolean };
  const table = labels.countries as Record<string, Labels>;
  for (const [iso3, l] of Object.entries(table)) l.names.forEach((n) => add(n, iso3));
  // Demonyms from the packages: a form that several countries share is the sovereign state's
  // ("French": France, not French Southern Territories), or ambiguous if several are sovereign.
  const fromPackages = new Map<string, Set<Iso3>>();
  const demonym = (key: string, iso3: Iso3) => {
    // A package's demonym that is also a region's ("caribeño"), or a people's, is no country's.
    if (!key || map.has(key) || notACountry(key, key)) return;
    fromPackages.set(key, (fromPackages.get(key) ?? new Set()).add(iso3));
  };
  const bare = (form: string) => form.replace(/\(.*$/, '');
  for (const [iso3, l] of Object.entries(table)) {
    l.en.flatMap((f) => inflectEnglish(bare(f))).forEach((k) => demonym(k, iso3));
    l.fr.flatMap((f) => inflectFrench(bare(f))).forEach((k) => demonym(k, iso3));
    l.es.flatMap((f) => inflect(bare(f))).forEach((k) => demonym(k, iso3));
  }
  for (const [key, set] of fromPackages) {
    const states = set.size === 1 ? [...set] : [...set].filter((c) => table[c]?.sovereign);
    map.set(key, states.length === 1 ? states[0]! : AMBIGUOUS);
  }
  for (const [key, iso3] of deferred) if (!map.has(key)) map.set(key, iso3);
  built = map;
  return map;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The country a normalised spelling names, exactly (U+FFFD standing for any accented letter). */
export function exactCountry(key: string): Iso3 | undefined {
  const map = index();
  const hit = map.get(key);
  if (hit) return hit === AMBIGUOUS ? undefined : hit;
  if (!key.includes('\uFFFD')) return undefined;
  const pattern = new RegExp(`^${escape(key).replace(/\uFFFD+/g, '.{0,2}')}$`);
  const found = new Set<Iso3>();
  for (const [name, iso3] of map) if (pattern.test(name)) found.add(iso3);
  return found.size === 1 && !found.has(AMBIGUOUS) ? [...found][0] : undefined;
}

/** Whether a normalised spelling is one that several countries share. */
export const isAmbiguous = (key: string) => index().get(key) === AMBIGUOUS;

/** The shortest label read fuzzily, and the edits allowed by length: one, two from 11 letters. */
export const FUZZY_MIN_LENGTH = 7;
const allowedEdits = (length: number) => (length >= 11 ? 2 : 1);

/**
 * The country a misspelling means: the one spelling within the allowed edits (same first letter,
 * since first letters are rarely mistyped), if all the nearest spellings name that one country.
 */
export function fuzzyCountry(key: string): Iso3 | undefined {
  if (key.length < FUZZY_MIN_LENGTH || /\d|\uFFFD/.test(key)) return undefined;
  const max = allowedEdits(key.length);
  let best = max + 1;
  const at = new Set<Iso3>();
  for (const [name, iso3] of index()) {
    if (name[0] !== key[0] || Math.abs(name.length - key.length) > max) continue;
    if (name.length < FUZZY_MIN_LENGTH - 1) continue;
    const d = distance(name, key);
    if (d < best) {
      best = d;
      at.clear();
    }
    if (d === best) at.add(iso3);
  }
  return best <= max && at.size === 1 && !at.has(AMBIGUOUS) ? [...at][0] : undefined;
}
