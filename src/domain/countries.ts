/**
 * Country codes and names. Places are ISO 3166-1 alpha-3 codes throughout; names come from
 * i18n-iso-countries so every language the UI speaks has them.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import type { Iso3 } from './types';

countries.registerLocale(en);

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

/** Short display names where the standard name is long. */
const SHORT_NAMES: Record<string, string> = {
  FLK: 'Falkland Islands',
  USA: 'United States',
};

/** English display name of a country, or the code itself if unknown. */
export function countryName(iso3: Iso3): string {
  return SHORT_NAMES[iso3] ?? countries.getName(iso3, 'en') ?? iso3;
}

/** ISO alpha-3 for an ISO numeric code such as "068" or 68; undefined if unknown. */
export function numericToIso3(numeric: string | number): Iso3 | undefined {
  return countries.numericToAlpha3(String(numeric).padStart(3, '0'));
}
