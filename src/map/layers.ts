/**
 * All deck.gl layers of the map, from state and data, as a pure function with stable ids.
 */
import { FLOW_COLORS } from './flow-colors';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { FlowmapLayer } from '@flowmap.gl/layers';
import type { Layer } from '@deck.gl/core';
import { countryName, placeName } from '../i18n/country-text';
import { placePosition } from '../domain/gazetteer';
import { drawableValue } from '../domain/disclosure';
import type { Iso3 } from '../domain/types';
import { FLOW_LINE_SCALE, type FixedScale } from './fixed-scale';
import { collidingLabels } from './label-collision';
import { edgeMarkerAnchor, edgeMarkers, type EdgeMarker } from './edge-markers';
import type { MapBounds } from '../domain/bounds';
import type { MapData, MapFlow, MapLocation, MapPlace } from './map-data';

export { FLOW_COLORS };
const CIRCLE_FILL: [number, number, number, number] = [58, 96, 134, 70];
const CIRCLE_LINE: [number, number, number, number] = [40, 70, 100, 200];
const CIRCLE_FILL_DARK: [number, number, number, number] = [120, 170, 220, 80];
const CIRCLE_LINE_DARK: [number, number, number, number] = [150, 190, 230, 220];
/**
 * Labels placed off the usual spot above the country's point, where neighbours' labels would
 * overlap at the regional zoom: the three Guianas side by side.
 */
const LABEL_OFFSETS: Partial<Record<Iso3, [number, number]>> = {
  GUY: [-10, -14],
  SUR: [0, 14],
  GUF: [14, -14],
};
const SELECTED_LINE: [number, number, number, number] = [200, 120, 0, 255];

type Rgba = [number, number, number, number];
/** A colour at a third of its opacity: what a selection leaves in the background. */
export const fade = ([r, g, b, a]: Rgba): Rgba => [r, g, b, Math.round(a / 3)];

/** Circle radius in pixels for a published total; area grows with the count. */
export function circleRadiusPx(total: number, maxTotal: number): number {
  if (total <= 0 || maxTotal <= 0) return 0;
  return 3 + 22 * Math.sqrt(Math.min(1, total / maxTotal));
}

export interface LayerState {
  data: MapData;
  selected: Iso3 | null;
  /** Countries that always get a label (the focus region). */
  labelled: readonly Iso3[];
  anchors: ReadonlyMap<Iso3, [number, number]>;
  onScaleChange?: (scale: unknown) => void;
  /** Hover on a flow leg or a country circle; null when the pointer leaves it. */
  onHover?: (hover: MapHover | null) => void;
  /** The dark theme: light labels with a dark halo, lighter circles. */
  dark?: boolean;
  /** The language of the labels (they are redrawn when it changes). */
  language?: string;
  /** Domains fixed for the dataset; null or absent: fit to the flows in view. */
  scale?: FixedScale | null;
  /** Labels this many times their usual size (2 while presenting). */
  labelScale?: number;
  /** Text waits: the first flows are drawn without labels (their font atlas and program). */
  withoutText?: boolean;
  /** The map's zoom: labels that would overlap there are left out (none are when absent). */
  zoom?: number;
  /** The part of the map in view: legs leaving it end in a marker naming the place (none when absent). */
  bounds?: MapBounds;
  /** Where in the view those markers may sit (clear of the controls); the whole view if absent. */
  markerBounds?: MapBounds;
}

export type MapHover =
  | { kind: 'flow'; flow: MapFlow; x: number; y: number }
  | { kind: 'place'; place: MapPlace; x: number; y: number };

/** What flowmap.gl hands to onHover: its own flow object, with our locations at both ends. */
interface FlowPickInfo {
  x: number;
  y: number;
  object?: { type?: string; origin?: { id?: Iso3 }; dest?: { id?: Iso3 } };
}

const TEXT_LAYERS = new Set(['labels', 'edge-dots', 'edge-markers']);

export function buildLayers(state: LayerState): Layer[] {
  const { data, selected } = state;
  const fixed = state.scale ?? null;
  const maxTotal =
    fixed?.circleMax ?? Math.max(0, ...data.places.map((p) => drawableValue(p.involved)));
  // A figure above the fixed domain is drawn at its top (not in flowmap.gl's out-of-scale red).
  const magnitude = (f: MapFlow) => {
    const m = f.magnitude ?? f.victims.value;
    return fixed ? Math.min(m, fixed.flowMax) : m;
  };
  const flowsByKey = new Map(data.flows.map((f) => [`${f.from}>${f.to}`, f]));
  // With a country selected, the places off its routes are faded: its own stand out.
  const onRoutes = new Set<Iso3>(data.flows.flatMap((f) => [f.from, f.to]));
  const faded = (id: Iso3) => selected !== null && id !== selected && !onRoutes.has(id);
  const circleFill = state.dark ? CIRCLE_FILL_DARK : CIRCLE_FILL;
  const labelColor: Rgba = state.dark ? [230, 230, 230, 255] : [45, 45, 45, 255];
  const labelIds = new Set<Iso3>([...state.labelled, ...data.places.map((p) => p.place)]);
  const placed = [...labelIds].flatMap((id) => {
    // Places inside countries (drawn closer in: map/place-zoom) by their own name.
    const position = state.anchors.get(id) ?? placePosition(id);
    return position ? [{ id, position, name: placeName(id) ?? countryName(id) }] : [];
  });
  const scale = state.labelScale ?? 1;
  const sizePx = (id: Iso3) => (id === selected ? 14 : 12) * scale;
  const offsetPx = (id: Iso3): [number, number] => {
    const [x, y] = LABEL_OFFSETS[id] ?? [0, -14];
    return [x * scale, y * scale];
  };
  // Labels that would overlap at this zoom give way to the larger place's (the selection first).
  const totals = new Map(data.places.map((p) => [p.place, drawableValue(p.involved)]));
  const crowded =
    state.zoom === undefined
      ? new Set<Iso3>()
      : collidingLabels(
          placed.map((l) => ({
            id: l.id,
            position: l.position,
            offsetPx: offsetPx(l.id),
            text: l.name,
            sizePx: sizePx(l.id),
            priority: l.id === selected ? Infinity : (totals.get(l.id) ?? 0),
          })),
          state.zoom,
        );
  const labels = placed.filter((l) => !crowded.has(l.id));
  const edges = state.bounds
    ? edgeMarkers(data.flows, data.locations, state.bounds, state.markerBounds)
    : [];
  const inner = state.markerBounds ?? state.bounds!;
  const textStyle = {
    fontFamily: '"Liberation Sans", Arial, Helvetica, sans-serif',
    fontWeight: 600,
    fontSettings: { sdf: true },
    outlineWidth: 4,
    outlineColor: (state.dark ? [22, 27, 34, 230] : [255, 255, 255, 230]) as Rgba,
    characterSet: 'auto' as const,
  };
  const layers = [
    new ScatterplotLayer<MapPlace>({
      id: 'places',
      data: data.places,
      pickable: true,
      radiusUnits: 'pixels',
      getPosition: (p) => p.position,
      getRadius: (p) => circleRadiusPx(drawableValue(p.involved), maxTotal),
      getFillColor: (p) => (faded(p.place) ? fade(circleFill) : circleFill),
      getLineColor: (p) =>
        p.place === selected ? SELECTED_LINE : state.dark ? CIRCLE_LINE_DARK : CIRCLE_LINE,
      getLineWidth: (p) => (p.place === selected ? 2.5 : 1),
      lineWidthUnits: 'pixels',
      stroked: true,
      updateTriggers: {
        getRadius: maxTotal,
        getFillColor: [state.dark, selected],
        getLineColor: [selected, state.dark],
        getLineWidth: selected,
      },
      onHover: (info) =>
        state.onHover?.(
          info.object ? { kind: 'place', place: info.object, x: info.x, y: info.y } : null,
        ),
    }) as unknown as Layer,
    new FlowmapLayer<MapLocation, MapFlow>({
      id: 'flows',
      data: { locations: data.locations, flows: data.flows },
      pickable: true,
      locationsEnabled: false,
      locationTotalsEnabled: false,
      locationLabelsEnabled: false,
      clusteringEnabled: false,
      // "Fit to view": the scale follows the flows in view, as FlowmapBlue's adaptive scales do.
      adaptiveScalesEnabled: !fixed,
      scaleLock: fixed
        ? { enabled: true, domains: { flowMagnitude: [0, fixed.flowMax] } }
        : { enabled: false },
      fadeEnabled: false,
      flowLinesRenderingMode: 'straight',
      flowLineThicknessScale: FLOW_LINE_SCALE,
      colorScheme: FLOW_COLORS,
      highlightColor: '#1d6fa5',
      maxTopFlowsDisplayNum: 100_000,
      getLocationId: (l) => l.id,
      getLocationLat: (l) => l.lat,
      getLocationLon: (l) => l.lon,
      getFlowOriginId: (f) => f.from,
      getFlowDestId: (f) => f.to,
      getFlowMagnitude: magnitude,
      onScaleChange: state.onScaleChange,
      // flowmap.gl resolves what was picked asynchronously and hands it over here.
      onHover: (picked: unknown) => {
        const info = picked as FlowPickInfo | undefined;
        const o = info?.object;
        const flow =
          o?.type === 'flow' ? flowsByKey.get(`${o.origin?.id}>${o.dest?.id}`) : undefined;
        state.onHover?.(flow && info ? { kind: 'flow', flow, x: info.x, y: info.y } : null);
      },
    }) as unknown as Layer,
    new TextLayer<{ id: Iso3; position: [number, number]; name: string }>({
      id: 'labels',
      data: labels,
      getPosition: (d) => d.position,
      getText: (d) => d.name,
      getSize: (d) => sizePx(d.id),
      getColor: (d) => (faded(d.id) ? fade(labelColor) : labelColor),
      getPixelOffset: (d) => offsetPx(d.id),
      ...textStyle,
      updateTriggers: {
        getSize: [selected, state.labelScale],
        getPixelOffset: state.labelScale,
        getText: state.language,
        getColor: [state.dark, selected],
      },
    }) as unknown as Layer,
    new ScatterplotLayer<EdgeMarker>({
      id: 'edge-dots',
      data: edges,
      radiusUnits: 'pixels',
      getPosition: (d) => d.position,
      getRadius: 4 * scale,
      getFillColor: labelColor,
      updateTriggers: { getRadius: state.labelScale, getFillColor: state.dark },
    }) as unknown as Layer,
    new TextLayer<EdgeMarker>({
      id: 'edge-markers',
      data: edges,
      getPosition: (d) => d.position,
      getText: (d) => placeName(d.id) ?? countryName(d.id),
      getSize: 12 * scale,
      getColor: labelColor,
      // Beside its dot, towards the inside of the view.
      getTextAnchor: (d) => edgeMarkerAnchor(d, inner).text,
      getAlignmentBaseline: (d) => edgeMarkerAnchor(d, inner).baseline,
      getPixelOffset: (d) => {
        const { text, baseline } = edgeMarkerAnchor(d, inner);
        const dx = text === 'end' ? -8 : text === 'start' ? 8 : 0;
        const dy =
          baseline === 'top' ? 8 : baseline === 'bottom' ? -8 : text === 'middle' ? -10 : 0;
        return [dx * scale, dy * scale];
      },
      ...textStyle,
      updateTriggers: {
        getText: state.language,
        getSize: state.labelScale,
        getTextAnchor: state.bounds,
        getAlignmentBaseline: state.bounds,
        getPixelOffset: [state.bounds, state.labelScale],
      },
    }) as unknown as Layer,
  ];
  return state.withoutText ? layers.filter((l) => !TEXT_LAYERS.has(l.id)) : layers;
}
