/**
 * Light and dark themes. "auto" follows the system (prefers-color-scheme). The choice is kept in
 * this browser; `?theme=light|dark` (read by url-state.ts) sets it for one page (an embed
 * matching its report).
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'rutas:theme';

const isTheme = (v: string | null): v is Theme =>
  (THEMES as readonly (string | null)[]).includes(v);

function initialTheme(asked: Theme | null): Theme {
  if (asked) return asked;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isTheme(stored)) return stored;
  } catch {
    // No storage: the system's.
  }
  return 'auto';
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/**
 * The theme chosen, a setter that remembers it, and whether the page is dark now; the page's
 * `data-theme` attribute follows (styles/theme.css reads it).
 */
export function useTheme(asked: Theme | null): {
  theme: Theme;
  setTheme: (t: Theme) => void;
  dark: boolean;
} {
  const [theme, setThemeState] = useState<Theme>(() => initialTheme(asked));
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const dark = theme === 'dark' || (theme === 'auto' && systemDark);
  // Before the browser paints, so that a dark page never flashes light.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  const setTheme = useCallback((next: Theme) => {
    setThemeState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // The choice lasts for this page.
    }
  }, []);
  return { theme, setTheme, dark };
}
