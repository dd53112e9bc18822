/**
 * Country names in the language shown, from i18n-iso-countries so every language the UI speaks
 * has them. Codes and regions stay in domain/countries.ts, which speaks no language.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import type { Iso3 } from '../domain/types';
import { language, type Language } from './index';

for (const locale of [en, es, pt]) countries.registerLocale(locale);

/** Short display names where the standard English one is long. */
const SHORT_NAMES: Partial<Record<Language, Record<string, string>>> = {
  en: { FLK: 'Falkland Islands', USA: 'United States', CHN: 'China' },
};

/** A country's name in the language shown (or `lng`), or the code itself if unknown. */
export function countryName(iso3: Iso3, lng: Language = language()): string {
  return SHORT_NAMES[lng]?.[iso3] ?? countries.getName(iso3, lng) ?? iso3;
}
