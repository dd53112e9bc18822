import { useEffect, useRef } from 'react';
import { countryName } from '../i18n/country-text';
import type { Dashboard } from './use-dashboard';
import type { Language } from '../i18n';
import { writeUrlState, type MapBounds, type UrlShade, type UrlTab } from './url-state';

/** A code the link may select: a country Rutas can name. */
export const isKnownCountry = (iso3: string) => countryName(iso3) !== iso3;

/** The query string without the map's bounds and the language. */
const withoutMapOrLanguage = (search: string) => {
  const p = new URLSearchParams(search);
  p.delete('map');
  p.delete('lang');
  return p.toString();
};

/**
 * Keeps the URL on the view (a new history entry once a change has settled for 300 ms; panning,
 * zooming and a change of language only replace the entry, so back steps through the views, not
 * every move, and the language stays as chosen) and follows back/forward: `applyView` shows the
 * view of a query string (as a slide does).
 */
export function useUrlSync(
  d: Dashboard,
  tab: UrlTab,
  shade: UrlShade,
  applyView: (search: string) => void,
  extra: { lang: Language; bounds: MapBounds | null },
): void {
  const { lang, bounds } = extra;
  const { dataset, filter, urlApplied } = d;
  // The first write only tidies the link the page was opened with: it replaces that entry.
  const written = useRef(false);
  useEffect(() => {
    if (!dataset || !urlApplied) return;
    const timer = window.setTimeout(() => {
      const current = window.location.search;
      const next = writeUrlState(current, filter, dataset.extent, tab, shade, { lang, bounds });
      if (next !== current) {
        const url = `${window.location.pathname}${next}`;
        if (written.current && withoutMapOrLanguage(next) !== withoutMapOrLanguage(current)) {
          window.history.pushState(null, '', url);
        } else window.history.replaceState(null, '', url);
      }
      written.current = true;
    }, 300);
    return () => window.clearTimeout(timer);
  }, [dataset, urlApplied, filter, tab, shade, lang, bounds]);
  useEffect(() => {
    const onPopState = () => applyView(window.location.search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [applyView]);
}
