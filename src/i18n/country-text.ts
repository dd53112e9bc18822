/**
 * Country names in the language shown, from i18n-iso-countries so every language the UI speaks
 * has them, and the names of places inside countries (domain/gazetteer) in the same language, so
 * that every view naming a route's places (tooltips, the Table, exports) names both alike. Codes
 * and regions stay in domain/countries.ts, which speaks no language.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import { gazetteerPlace, placeCountry, pointLabel } from '../domain/gazetteer';
import type { Iso3 } from '../domain/types';
import { language, type Language } from './index';
import { regionName } from './region-text';

for (const locale of [en, es, pt]) countries.registerLocale(locale);

/** Short display names where the standard English one is long. */
const SHORT_NAMES: Partial<Record<Language, Record<string, string>>> = {
  en: { FLK: 'Falkland Islands', USA: 'United States', CHN: 'China' },
};

/** A place inside a country by itself ("La Paz", "El Alto"), or undefined if `id` is none. */
export function placeName(id: string, lng: Language = language()): string | undefined {
  const place = gazetteerPlace(id);
  if (place) return place.names[lng] ?? place.names.local;
  return pointLabel(id);
}

/**
 * A country's name in the language shown (or `lng`), or the code itself if unknown; for a place
 * inside a country, its name with its country's: "Cochabamba, Bolivia", "-16.97, -65.42, Bolivia".
 */
export function countryName(iso3: Iso3, lng: Language = language()): string {
  const region = regionName(iso3);
  if (region !== undefined) return region;
  const inside = placeName(iso3, lng);
  if (inside !== undefined) return `${inside}, ${countryName(placeCountry(iso3)!, lng)}`;
  return SHORT_NAMES[lng]?.[iso3] ?? countries.getName(iso3, lng) ?? iso3;
}
