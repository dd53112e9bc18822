import { useEffect, useMemo, useState } from 'react';
import type { DemoView } from '../data/demo-view';
import { resolvePolicy } from '../domain/disclosure';
import type { Basemap } from '../map/basemap';
import { toMapData } from '../map/map-data';
import type { View } from './view-pipeline';

/**
 * The demo's first view, published ahead of time (data/demo-view.json), once fetched (at once,
 * beside the basemap) and the basemap is there: the map draws it while the engine starts. Null
 * if none was asked for, or it failed.
 */
export function useEarlyView(url: string | null, basemap: Basemap | null): View | null {
  const [fetched, setFetched] = useState<DemoView | null>(null);
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    fetch(url)
      .then((r) => r.json() as Promise<DemoView>)
      .then((v) => !cancelled && setFetched(v))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [url]);
  return useMemo(() => {
    if (!fetched || !basemap) return null;
    const { published, filter } = fetched;
    const map = toMapData(published, basemap.anchors);
    return { published, map, filter, policy: resolvePolicy(), version: 0 };
  }, [fetched, basemap]);
}
