/**
 * Country codes. Places are ISO 3166-1 alpha-3 codes throughout; their names, in the language
 * shown, are i18n/country-text.ts's.
 */
import countries from 'i18n-iso-countries';
import type { Iso3 } from './types';

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

/** ISO alpha-3 for an ISO numeric code such as "068" or 68; undefined if unknown. */
export function numericToIso3(numeric: string | number): Iso3 | undefined {
  return countries.numericToAlpha3(String(numeric).padStart(3, '0'));
}
