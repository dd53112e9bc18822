/**
 * What FlowMap builds its layers and frames from, apart from the component: its props, the layer
 * inputs of them, bounds as MapLibre takes them, and the tooltip's markup.
 */
import type maplibregl from 'maplibre-gl';
import { clearOfControls } from './frame-padding';
import { SOUTH_AMERICA } from '../domain/countries';
import type { Iso3 } from '../domain/types';
import type { MapBounds } from '../domain/bounds';
import { SOUTH_AMERICA_BOUNDS, type Basemap } from './basemap';
import type { LayerState, MapHover } from './layers';
import { EMPTY_MAP_DATA, type MapData } from './map-data';
import type { FixedScale } from './fixed-scale';
import type { MapView } from './map-view';
import { flowTooltipHtml, placeTooltipHtml } from './tooltip';

export interface FlowMapProps {
  basemap: Basemap;
  /** Null while the first data is not there yet. */
  data: MapData | null;
  /** Changes with every update to draw; reported back through onDrawn once drawn. */
  version: number;
  selected: Iso3 | null;
  /** An update is in flight: the map is not showing the current state. */
  busy: boolean;
  onSelect: (place: Iso3 | null) => void;
  onDrawn: (version: number) => void;
  onScaleChange?: (scale: unknown) => void;
  /** Told of the map and its layers once made, and null once removed (for the image export). */
  onMap?: (view: MapView | null) => void;
  /** Countries shaded by a choropleth: fill colour by country; null shades none. */
  shading?: Record<Iso3, string> | null;
  /** Frames these bounds when it changes (null: South America), e.g. from a link or a slide. */
  frame?: { bounds: MapBounds | null };
  /** Told of the bounds in view after the viewer pans or zooms (not after `frame`). */
  onViewChange?: (bounds: MapBounds) => void;
  /** The dark theme's basemap colours. */
  dark?: boolean;
  /** Scales fixed for the dataset; null: fit to the view. */
  scale?: FixedScale | null;
  /** Presenting: labels in twice the size, for a room. */
  large?: boolean;
  /**
   * Another tab's panel covers the map: it keeps what it last drew and draws nothing new until
   * uncovered (on software WebGL a frame of the map costs 100–300 ms), and a view counts as
   * drawn once the panel showing it is painted.
   */
  covered?: boolean;
}

/** The props of FlowMap the layers depend on. */
export interface LayerProps {
  basemap: Basemap;
  data: MapData | null;
  selected: Iso3 | null;
  dark?: boolean;
  scale?: FixedScale | null;
  large?: boolean;
}

/** What the layers are built from, besides the callbacks. */
export function layerInputs(props: LayerProps, language: string): LayerState {
  return {
    data: props.data ?? EMPTY_MAP_DATA,
    selected: props.selected,
    labelled: SOUTH_AMERICA,
    anchors: props.basemap.anchors,
    dark: props.dark ?? false,
    language,
    scale: props.scale ?? null,
    labelScale: props.large ? 2 : 1,
  };
}

/** The part of a map in view, as west, south, east, north. */
export function boundsOf(map: Pick<maplibregl.Map, 'getBounds'>): MapBounds {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/**
 * The part of the map where edge markers may sit: in view, clear of the controls laid over the
 * map (the tabs and the shading box, as the frame clears them; the zoom buttons at the top right).
 */
export function markerBounds(map: maplibregl.Map, el: HTMLElement): MapBounds {
  const pad = clearOfControls(el);
  const nw = map.unproject([Math.max(pad.left, 16), Math.max(pad.top, 48)]);
  const se = map.unproject([
    el.clientWidth - Math.max(pad.right, 48),
    el.clientHeight - Math.max(pad.bottom, 16),
  ]);
  return [nw.lng, se.lat, se.lng, nw.lat];
}

/** Bounds as MapLibre takes them; null: South America. */
export const toLngLat = (b: MapBounds | null): [[number, number], [number, number]] =>
  b
    ? [
        [b[0], b[1]],
        [b[2], b[3]],
      ]
    : SOUTH_AMERICA_BOUNDS;

export function tooltipHtml(hover: MapHover): string {
  return hover.kind === 'flow' ? flowTooltipHtml(hover.flow) : placeTooltipHtml(hover.place);
}
