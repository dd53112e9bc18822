/**
 * The map on screen read as an image at a chosen pixel ratio and in the light theme, within one
 * task: drawn so, read, then drawn back as it was before the browser paints, so the screen never
 * shows it. No second WebGL context: in software WebGL a hidden twin of the map compiled every
 * program again and took 4–10 s an export on 2 cores (0.5–1 s this way).
 *
 * deck.gl draws into MapLibre's canvas and keeps the drawing-buffer size it last saw (deck.gl
 * issues 10509, 10703): it is told the new size here, through its canvas context, and told back.
 */
import type maplibregl from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { applyBasemapPaint } from './basemap';
import type { MapView } from './map-view';

/** What of deck.gl's insides this reads (deck.gl 9.4, luma.gl 9). */
interface DeckInsides {
  /** The canvas it shares with MapLibre, whose drawing-buffer size it keeps. */
  buffer: { setDrawingBufferSize(width: number, height: number): void };
  /** Takes the layers last given now (deck.gl takes them on its next animation frame). */
  layerManager: { updateLayers(): void };
}

function insides(overlay: MapboxOverlay): DeckInsides | undefined {
  const deck = (
    overlay as unknown as {
      _deck?: {
        device?: { getDefaultCanvasContext?: () => DeckInsides['buffer'] };
        layerManager?: DeckInsides['layerManager'];
      };
    }
  )._deck;
  const buffer = deck?.device?.getDefaultCanvasContext?.();
  const layerManager = deck?.layerManager;
  return typeof buffer?.setDrawingBufferSize === 'function' &&
    typeof layerManager?.updateLayers === 'function'
    ? { buffer, layerManager }
    : undefined;
}

/**
 * Draws the view at `pixelRatio` in the light theme, runs `read` on its map (synchronously,
 * while the drawing is there: the canvas keeps no drawing buffer), then draws it as it was.
 * Throws if deck.gl does not expose its canvas (a version this was not written for).
 */
export function snapshot<T>(
  view: MapView,
  pixelRatio: number,
  read: (map: maplibregl.Map) => T,
): T {
  const { map, overlay } = view;
  const deck = insides(overlay);
  if (!deck) throw new Error('snapshot: deck.gl has no canvas context or layer manager');
  const canvas = map.getCanvas();
  const setRatio = (ratio: number | null) => {
    // @ts-expect-error MapLibre documents null as "follow devicePixelRatio again"; typed number.
    map.setPixelRatio(ratio);
    deck.buffer.setDrawingBufferSize(canvas.width, canvas.height);
  };
  const dark = view.dark();
  const theme = (asDark: boolean) => {
    applyBasemapPaint(map, asDark);
    overlay.setProps({ layers: view.layersIn(asDark) });
    deck.layerManager.updateLayers();
  };
  try {
    if (dark) theme(false);
    setRatio(pixelRatio);
    map.redraw();
    return read(map);
  } finally {
    setRatio(null);
    if (dark) theme(true);
    map.redraw();
  }
}
