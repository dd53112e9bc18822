/**
 * A second, hidden copy of the map for an image export: in the light theme's colours (images are
 * printed on white), at a chosen pixel ratio, with antialiasing and a kept drawing buffer. The
 * map on screen has neither, to draw fast, and cannot change its pixel ratio: deck.gl draws into
 * MapLibre's canvas and keeps the ratio the canvas was made with (deck.gl issues 10509, 10703); a
 * map made with `pixelRatio` from the start is drawn at it by both. The twin has the same size in
 * CSS pixels, view, style, feature states (selection, shading) and layers (made afresh), and is
 * removed once read.
 */
import maplibregl from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import { basemapPaint } from './basemap';
import { flowLines } from './flow-lines';

export interface MapView {
  map: maplibregl.Map;
  /** The deck.gl layers of the view as printed (light theme), made afresh for the twin. */
  printLayers: () => Layer[];
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Runs `read` on a twin of `view` drawn at `pixelRatio`, then removes the twin. */
export async function withTwin<T>(
  view: MapView,
  pixelRatio: number,
  read: (map: maplibregl.Map) => Promise<T>,
): Promise<T> {
  const source = view.map;
  const { clientWidth, clientHeight } = source.getContainer();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${clientWidth}px`,
    height: `${clientHeight}px`,
  });
  document.body.append(container);
  const twin = new maplibregl.Map({
    container,
    style: source.getStyle(),
    center: source.getCenter(),
    zoom: source.getZoom(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  const layers = view.printLayers();
  const overlay = new MapboxOverlay({ interleaved: true, layers });
  try {
    await twin.once('load');
    // The selected and shaded countries are feature state, not style. Set before the paint
    // below: set after it, the selection was lost (the country drawn unselected).
    for (const f of source.querySourceFeatures('countries')) {
      if (f.id === undefined) continue;
      const state = source.getFeatureState({ source: 'countries', id: f.id });
      if (Object.keys(state).length > 0)
        twin.setFeatureState({ source: 'countries', id: f.id }, state);
    }
    // Printed on white whatever the theme on screen: the light basemap.
    for (const [layer, paint] of Object.entries(basemapPaint(false))) {
      for (const [property, value] of Object.entries(paint)) {
        twin.setPaintProperty(layer, property, value);
      }
    }
    twin.addControl(overlay);
    // Drawn once the map is idle and the flows layer has computed its lines (asynchronously).
    for (let i = 0; i < 600; i++) {
      twin.triggerRepaint();
      await nextFrame();
      if (twin.loaded() && layers.every((l) => l.isLoaded) && flowLines(layers) !== undefined) {
        break;
      }
    }
    twin.triggerRepaint();
    await twin.once('idle');
    return await read(twin);
  } finally {
    twin.remove();
    container.remove();
  }
}
