/**
 * The page's own parameters in its URL, beside the view (url-state.ts): every one is read here or
 * there, nowhere else. Untrusted: a value that is not one Rutas knows reads as absent.
 */
import { isLanguage, type Language } from '../i18n';
import { THEMES, type Theme } from './theme';

/** What the page's URL asks of the page itself, beside the view. */
export interface PageParams {
  /** `?k=`: a threshold the link asks for (it can only raise the floor). */
  k: number | null;
  /** `?embed=1`: the embed layout. */
  embed: boolean;
  /** `?data=`: a path to load (data/use-datasets checks it is on the page's own origin). */
  data: string | null;
  /** `?theme=`: a theme for this page only. */
  theme: Theme | null;
  /** `?lang=`: the language for this page. */
  lang: Language | null;
  /** No parameter at all: a plain visit. */
  plain: boolean;
}

export function readPageParams(search: string): PageParams {
  const p = new URLSearchParams(search);
  const k = Number(p.get('k'));
  const theme = p.get('theme');
  const lang = p.get('lang');
  return {
    k: Number.isInteger(k) && k > 0 ? k : null,
    embed: p.get('embed') === '1',
    data: p.get('data') || null,
    theme: (THEMES as readonly (string | null)[]).includes(theme) ? (theme as Theme) : null,
    lang: isLanguage(lang) ? lang : null,
    plain: search === '' || search === '?',
  };
}
