/**
 * Writes data/country-labels.json, the names and demonyms that country-names.ts reads, from
 * two maintained packages: world-countries (ODbL 1.0: names, other spellings, names in Spanish,
 * Portuguese and French, English and French demonyms in both genders) and i18n-nationality (MIT:
 * demonyms in English, Spanish and French). Usage: npm run country-labels-data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import countries from 'i18n-iso-countries';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const json = (id: string) => JSON.parse(readFileSync(require.resolve(id), 'utf8')) as unknown;
const version = (pkg: string) => (json(`${pkg}/package.json`) as { version: string }).version;

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
  independent?: boolean;
  region: string;
  subregion: string;
  unMember?: boolean;
}

type Entry = {
  sovereign: boolean;
  /** UN M49 region and subregion, as world-countries gives them. */
  region: string;
  subregion: string;
  names: Set<string>;
  en: Set<string>;
  fr: Set<string>;
  es: Set<string>;
};
const table = new Map<string, Entry>();
const entry = (iso3: string) => {
  let e = table.get(iso3);
  if (!e)
    table.set(
      iso3,
      (e = {
        sovereign: false,
        region: '',
        subregion: '',
        names: new Set(),
        en: new Set(),
        fr: new Set(),
        es: new Set(),
      }),
    );
  return e;
};

for (const c of json('world-countries/countries.json') as WorldCountry[]) {
  if (!countries.isValid(c.cca3)) continue;
  const e = entry(c.cca3);
  e.sovereign = !!(c.independent || c.unMember);
  e.region = c.region;
  e.subregion = c.subregion;
  // Two- and three-letter spellings are codes, which country-names.ts reads on its own.
  for (const n of [c.name.common, c.name.official, ...c.altSpellings])
    if (n.length > 3) e.names.add(n);
  for (const lang of ['spa', 'por', 'fra']) {
    const t = c.translations[lang];
    if (t) [t.common, t.official].forEach((n) => e.names.add(n));
  }
  for (const [lang, key] of [
    ['eng', 'en'],
    ['fra', 'fr'],
  ] as const) {
    const d = c.demonyms?.[lang];
    if (d) [d.m, d.f].filter(Boolean).forEach((n) => e[key].add(n));
  }
}
for (const lang of ['en', 'es', 'fr'] as const) {
  const { nationalities } = json(`i18n-nationality/langs/${lang}.json`) as {
    nationalities: Record<string, string>;
  };
  for (const [alpha2, demonym] of Object.entries(nationalities)) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (iso3) entry(iso3)[lang].add(demonym);
  }
}

const out = {
  source:
    `world-countries ${version('world-countries')} (ODbL 1.0, https://github.com/mledoze/countries); ` +
    `i18n-nationality ${version('i18n-nationality')} (MIT)`,
  countries: Object.fromEntries(
    [...table.keys()].sort().map((iso3) => {
      const e = table.get(iso3)!;
      const sorted = (s: Set<string>) => [...s].sort();
      return [
        iso3,
        {
          sovereign: e.sovereign,
          region: e.region,
          subregion: e.subregion,
          names: sorted(e.names),
          en: sorted(e.en),
          fr: sorted(e.fr),
          es: sorted(e.es),
        },
      ];
    }),
  ),
};
writeFileSync(path.join(root, 'data/country-labels.json'), JSON.stringify(out));
console.log(`${table.size} countries`);
