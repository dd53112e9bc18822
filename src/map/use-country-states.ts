import { useEffect, useRef, type RefObject } from 'react';
import type maplibregl from 'maplibre-gl';
import type { Iso3 } from '../domain/types';

/**
 * The basemap's countries follow the view: the selected one highlighted (feature state
 * `selected`), the choropleth's colours (feature state `shade`). Not while the map is covered.
 */
export function useCountryStates(
  mapRef: RefObject<maplibregl.Map | null>,
  selected: Iso3 | null,
  shading: Record<Iso3, string> | null | undefined,
  covered: boolean | undefined,
): void {
  // Highlight the selected country's polygon.
  const lastSelected = useRef<Iso3 | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || covered) return;
    const apply = () => {
      if (lastSelected.current) {
        map.setFeatureState({ source: 'countries', id: lastSelected.current }, { selected: false });
      }
      if (selected) map.setFeatureState({ source: 'countries', id: selected }, { selected: true });
      lastSelected.current = selected;
    };
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  }, [mapRef, selected, covered]);

  // Shade countries for the choropleth.
  const shaded = useRef<Iso3[]>([]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || covered) return;
    const colors = shading ?? {};
    const apply = () => {
      for (const id of shaded.current) {
        map.setFeatureState({ source: 'countries', id }, { shade: null });
      }
      for (const [id, color] of Object.entries(colors)) {
        map.setFeatureState({ source: 'countries', id }, { shade: color });
      }
      shaded.current = Object.keys(colors);
    };
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  }, [mapRef, shading, covered]);
}
