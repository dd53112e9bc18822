import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, kept up to date. */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** The phone layout (styles/phone.css switches at the same width). */
export const PHONE = '(max-width: 700px)';
