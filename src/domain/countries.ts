/**
 * Country codes and names. Places are ISO 3166-1 alpha-3 codes throughout; names come from
 * i18n-iso-countries so every language the UI speaks has them.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { language, type Language } from '../i18n';
import type { Iso3 } from './types';

for (const locale of [en, es, pt]) countries.registerLocale(locale);

/** South America as the map focuses it (GUF and FLK are included when the data has them). */
export const SOUTH_AMERICA: readonly Iso3[] = [
  'ARG',
  'BOL',
  'BRA',
  'CHL',
  'COL',
  'ECU',
  'GUY',
  'PRY',
  'PER',
  'SUR',
  'URY',
  'VEN',
  'GUF',
  'FLK',
];

export function isSouthAmerica(iso3: Iso3): boolean {
  return SOUTH_AMERICA.includes(iso3);
}

/** Short display names where the standard English one is long. */
const SHORT_NAMES: Partial<Record<Language, Record<string, string>>> = {
  en: { FLK: 'Falkland Islands', USA: 'United States', CHN: 'China' },
};

/** A country's name in the language shown (or `lng`), or the code itself if unknown. */
export function countryName(iso3: Iso3, lng: Language = language()): string {
  return SHORT_NAMES[lng]?.[iso3] ?? countries.getName(iso3, lng) ?? iso3;
}

/** ISO alpha-3 for an ISO numeric code such as "068" or 68; undefined if unknown. */
export function numericToIso3(numeric: string | number): Iso3 | undefined {
  return countries.numericToAlpha3(String(numeric).padStart(3, '0'));
}
