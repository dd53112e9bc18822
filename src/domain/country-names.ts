/**
 * Country normalisation, in one place: turns whatever a file calls a country into an ISO 3166-1
 * alpha-3 code, or says what else it is (a total, an unknown, own nationals, a region, a people,
 * a former state, a code…), or that it is not understood.
 *
 * Understood: alpha-2, alpha-3 and numeric codes; names in English, Spanish, Portuguese and French
 * (i18n-iso-countries, world-countries), in any case, with or without accents or punctuation; UN
 * long forms ("Bolivia (Plurinational State of)"), former names ("Zaire", "Burma") and short forms
 * ("Dominican rep"); demonyms in the four languages, in every gender and number ("Boliviana",
 * "Nigerians", "Moldaves"); misspellings within one or two letters ("Ukraineans"); text with
 * U+FFFD replacement characters or Latin-1 read as UTF-8 ("PerÃº"). What is not a country is
 * never matched to one (not-countries.ts); nor is a demonym two countries share ("Congolese").
 */
import countries from 'i18n-iso-countries';
import { exactCountry, fuzzyCountry, normalizeName } from './country-index';
import { notACountry, type NotCountry } from './not-countries';
import type { Iso3 } from './types';

export { inflect, normalizeName } from './country-index';
export type { NotCountry } from './not-countries';

export type CountryMatch =
  /** `fuzzy`: read as the nearest spelling of a country's name; the report says so. */
  | { kind: 'country'; iso3: Iso3; fuzzy?: true }
  /** Not a place: a total, an unknown, own nationals (the reporting country), a region, … */
  | { kind: 'aggregate'; aggregate: NotCountry }
  | { kind: 'not-understood' };

/** Repairs UTF-8 text that was decoded as Latin-1 ("PerÃº" → "Perú"); other text is unchanged. */
export function repairMojibake(text: string): string {
  if (!/[ÃÂ][\u0080-\u00BF]/.test(text)) return text;
  const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
  const repaired = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return repaired.includes('\uFFFD') ? text : repaired;
}

export interface NormalizeOptions {
  /** Read two-letter values as ISO alpha-2 (CTDC 2020). Default true. */
  alpha2?: boolean;
}

/** Words around a demonym or a name that say only "people of": "Nigerian nationals". */
const PEOPLE_OF =
  /^(?:the |citizens? of |nationals? of |ciudadan[oa]s? (?:de )?|nacionales de |cidadaos (?:d[eoa]s? )?|ressortissants d[eu]s? |victims? from |victimas de |personas de |from )+|(?: nationals?| citizens?| nationality| ciudadan[oa]s?| nacionales| cidadaos| ressortissants| victims?)+$/g;

/** The country named by a normalised label, with words around it or a part in brackets. */
function named(key: string, raw: string): CountryMatch | null {
  const exact = exactCountry(key);
  if (exact) return { kind: 'country', iso3: exact };
  const bare = key.replace(PEOPLE_OF, '').trim();
  if (bare !== key && bare !== '') {
    const hit = exactCountry(bare);
    if (hit) return { kind: 'country', iso3: hit };
  }
  // "Congolese (DRC)", "Korea (Republic of)": the part in brackets, or the part before, if one of
  // them names one country and the other names no other.
  const parts = /^(.*?)\s*\((.*)\)\s*$/.exec(raw);
  if (parts) {
    const found = new Set(
      [parts[1]!, parts[2]!].map((p) => exactCountry(normalizeName(p))).filter(Boolean),
    );
    if (found.size === 1) return { kind: 'country', iso3: [...found][0]! };
  }
  return null;
}

const memo = new Map<string, CountryMatch>();
const MEMO_SIZE = 50_000;

/** What a country cell means. Empty and missing values are `unknown` aggregates. */
export function normalizeCountry(raw: unknown, options: NormalizeOptions = {}): CountryMatch {
  const text = String(raw ?? '').trim();
  const memoKey = `${options.alpha2 === false ? 3 : 2}${text}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const match = classify(repairMojibake(text), options);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(memoKey, match);
  return match;
}

function classify(text: string, options: NormalizeOptions): CountryMatch {
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
  // A name first: "South Africa" is a country, though "Southern Africa" is a region.
  const exact = exactCountry(key);
  if (exact) return { kind: 'country', iso3: exact };
  const what = notACountry(key, text);
  if (what) return { kind: 'aggregate', aggregate: what };
  const found = named(key, text);
  if (found) return found;
  const fuzzy = fuzzyCountry(key);
  return fuzzy ? { kind: 'country', iso3: fuzzy, fuzzy: true } : { kind: 'not-understood' };
}
