/**
 * The map as the image export sees it (map/snapshot.ts): the MapLibre map, the deck.gl overlay
 * drawing into its canvas, and its layers in either theme.
 */
import type maplibregl from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';

export interface MapView {
  map: maplibregl.Map;
  overlay: MapboxOverlay;
  /** Whether the map on screen is in the dark theme (images are printed in the light one). */
  dark: () => boolean;
  /**
   * The layers of the view in a theme, made afresh, but the flows layer kept as drawn (its lines
   * are computed asynchronously, and are the same in both themes); the map takes them as its own.
   */
  layersIn: (dark: boolean) => Layer[];
}
