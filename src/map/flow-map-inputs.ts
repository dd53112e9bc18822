/**
 * What FlowMap builds its layers and frames from, apart from the component: the layer inputs of
 * its props, bounds as MapLibre takes them, and the tooltip's markup.
 */
import { SOUTH_AMERICA } from '../domain/countries';
import type { Iso3 } from '../domain/types';
import type { MapBounds } from '../domain/bounds';
import { SOUTH_AMERICA_BOUNDS, type Basemap } from './basemap';
import type { LayerState, MapHover } from './layers';
import { EMPTY_MAP_DATA, type MapData } from './map-data';
import type { FixedScale } from './fixed-scale';
import { flowTooltipHtml, placeTooltipHtml } from './tooltip';

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
