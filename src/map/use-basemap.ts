import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { buildBasemap, type Basemap } from './basemap';

/** The bundled basemap, once fetched and built. */
export function useBasemap(): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(countriesUrl)
      .then((r) => r.json() as Promise<Topology>)
      .then((topology) => {
        if (!cancelled) setBasemap(buildBasemap(topology));
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return basemap;
}
