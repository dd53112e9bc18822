import { useEffect, useRef } from 'react';
import type { Language } from '../i18n';
import type { DatasetInfo } from './use-datasets';
import { viewLink, type ViewAction, type ViewState } from './view-state';

/** The query string without the map's bounds and the language. */
const withoutMapOrLanguage = (search: string) => {
  const p = new URLSearchParams(search);
  p.delete('map');
  p.delete('lang');
  return p.toString();
};

/**
 * Keeps the URL on the view state (a new history entry once a change has settled for 300 ms;
 * panning, zooming and a change of language only replace the entry, so back steps through the
 * views, not every move, and the language stays as chosen) and follows back/forward, which
 * applies the entry's link whole.
 */
export function useUrlSync(
  state: ViewState,
  dataset: DatasetInfo | null,
  lang: Language,
  dispatch: (action: ViewAction) => void,
): void {
  // The first write only tidies the link the page was opened with: it replaces that entry.
  const written = useRef(false);
  useEffect(() => {
    if (!dataset || !state.linkApplied) return;
    const timer = window.setTimeout(() => {
      const current = window.location.search;
      const next = viewLink(current, state, dataset.extent, lang);
      if (next !== current) {
        const url = `${window.location.pathname}${next}`;
        if (written.current && withoutMapOrLanguage(next) !== withoutMapOrLanguage(current)) {
          window.history.pushState(null, '', url);
        } else window.history.replaceState(null, '', url);
      }
      written.current = true;
    }, 300);
    return () => window.clearTimeout(timer);
  }, [dataset, state, lang]);
  const extent = dataset?.extent ?? null;
  useEffect(() => {
    const onPopState = () =>
      dispatch({ type: 'applyLink', search: window.location.search, extent });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [dispatch, extent]);
}
