/**
 * The interface's languages (i18next with react-i18next). The language comes from `?lang=` (main.tsx
 * calls showLanguage with it), else the one chosen last in this browser, else the browser's own if
 * Rutas speaks it, else English. It is set before the first render, so that every string, number and country name of the first
 * paint is already in it; modules outside React use `t` from here (React components get the same
 * instance through I18nextProvider, in main.tsx). Nothing here needs React or the DOM: the import
 * worker and Node tests use it too.
 */
import i18next from 'i18next';
import { en } from './en';
import { es } from './es';
import { pt } from './pt';
import { rememberTranslations } from './remembered-t';

export const LANGUAGES = ['en', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
};

export const CATALOGUES = { en, es, pt } as const;

const STORAGE_KEY = 'rutas:lang';

export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/** The language a page opens in (see above); `asked` is the link's `?lang=` (state/url-state). */
export function initialLanguage(
  asked: string | null,
  stored: string | null,
  browser: readonly string[],
): Language {
  if (isLanguage(asked)) return asked;
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

const inBrowser = typeof window !== 'undefined';

void i18next.init({
  resources: { en: { translation: en }, es: { translation: es }, pt: { translation: pt } },
  lng: inBrowser ? initialLanguage(null, storedLanguage(), navigator.languages ?? []) : 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // React escapes what it renders; the map's tooltip escapes its own HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
if (inBrowser) document.documentElement.lang = i18next.language;
rememberTranslations(i18next);

export const i18n = i18next;
export const t = i18next.t.bind(i18next);

/** The language shown now. */
export function language(): Language {
  const lng = i18next.language;
  return isLanguage(lng) ? lng : 'en';
}

/** Shows the interface in `lng` for this page (a link's language), without remembering it. */
export function showLanguage(lng: Language): void {
  void i18next.changeLanguage(lng);
  if (inBrowser) document.documentElement.lang = lng;
}

/** Shows the interface in `lng` and remembers the choice in this browser. */
export async function setLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  if (!inBrowser) return;
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Storage refused (private mode): the choice lasts for this page.
  }
}
