import { useLayoutEffect, useState, type RefObject } from 'react';

/** The width of an element's content box in CSS pixels, kept up to date as it resizes. */
export function useWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || initial);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width) || initial);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, initial]);
  return width;
}
