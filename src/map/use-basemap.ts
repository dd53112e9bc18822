import { useEffect, useState } from 'react';
import basemapUrl from '../../data/basemap.json?url';
import { readBasemap, type Basemap, type BasemapFile } from './basemap';

/** The bundled basemap (prepared at build time: data/basemap.json), once fetched. */
export function useBasemap(): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(basemapUrl)
      .then((r) => r.json() as Promise<BasemapFile>)
      .then((file) => {
        if (!cancelled) setBasemap(readBasemap(file));
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return basemap;
}
