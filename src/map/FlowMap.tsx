import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import { applyBasemapPaint, basemapStyle } from './basemap';
import type { MapBounds } from '../domain/bounds';
import { buildLayers, type MapHover } from './layers';
import { EMPTY_MAP_DATA, type MapData, type MapPlace } from './map-data';
import { atLevel, showsPlaces } from './place-zoom';
import {
  boundsOf,
  layerInputs,
  markerBounds,
  toLngLat,
  tooltipHtml,
  type FlowMapProps,
} from './flow-map-inputs';
import { clearOfControls } from './frame-padding';
import { nameMapControls } from './control-names';
import { patchFlowmapPicking } from './flowmap-picking';
import { flowLines, type FlowLines } from './flow-lines';
import { edgeMarkerIds } from './edge-markers';
import { softwareWebGL } from './renderer';
import { afterNextPaint } from './after-next-paint';
import { useCountryStates } from './use-country-states';

patchFlowmapPicking();
// MapLibre's tiling worker starts with the page, not once the first map is made (a second on a
// busy machine before its first tile).
maplibregl.prewarm();

export type { FlowMapProps };

/**
 * MapLibre basemap with deck.gl layers drawn into its WebGL context. The container carries the
 * testing contract: data-ready and data-flows.
 */
export function FlowMap(props: FlowMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  // The map's event handlers are bound once; they read the latest props through this ref.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const pending = useRef<number | null>(null);
  const layersRef = useRef<Layer[]>([]);
  const drawnData = useRef<MapData>(EMPTY_MAP_DATA);
  const staleLines = useRef<FlowLines | undefined>(undefined);
  const linesSeen = useRef<FlowLines | undefined>(undefined);
  const painted = useRef(false);
  // Labels join once the first view is drawn: their font atlas and program are not in its way.
  const [textShown, setTextShown] = useState(false);
  const [hover, setHover] = useState<MapHover | null>(null);
  // Labels give way by zoom; zoomed in far enough, places inside countries separate (place-zoom);
  // legs leaving the view end in a marker at its edge.
  const [view, setView] = useState<{ zoom: number; bounds: MapBounds; inner: MapBounds }>();
  const zoom = view?.zoom;
  const detail = zoom !== undefined && showsPlaces(zoom);
  const { t, i18n } = useTranslation();

  useEffect(() => {
    const el = container.current!;
    const map = new maplibregl.Map({
      container: el,
      style: basemapStyle(props.basemap, props.dark ?? false),
      bounds: toLngLat(props.frame?.bounds ?? null),
      fitBoundsOptions: { padding: props.frame?.bounds ? 0 : clearOfControls(el) },
      attributionControl: false,
      // Image exports read the canvas in the task that draws it (snapshot.ts): no buffer kept.
      canvasContextAttributes: { preserveDrawingBuffer: false, antialias: !softwareWebGL() },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // Ready once the map has drawn and deck.gl has drawn the current layers with their data.
    const checkDrawn = () => {
      // The first flows on screen, whatever their source (User Timing, for the benchmark).
      if (!painted.current && map.loaded() && (flowLines(layersRef.current)?.length ?? 0) > 0) {
        painted.current = true;
        performance.mark('rutas:first-paint');
        setTextShown(true);
      }
      const version = pending.current;
      if (version === null || !map.loaded()) return;
      if (!layersRef.current.every((l) => l.isLoaded)) return;
      // flowmap.gl computes its lines asynchronously: wait for the ones made from this data.
      const lines = flowLines(layersRef.current);
      if (!lines || lines === staleLines.current) return;
      // The frame that computed the lines may not have drawn them yet: wait for one more.
      if (linesSeen.current !== lines) {
        linesSeen.current = lines;
        map.triggerRepaint();
        return;
      }
      pending.current = null;
      // flowmap.gl draws the legs with at least one end in view: those are the ones counted.
      el.dataset.flows = String(lines.length);
      el.dataset.ready = 'true';
      setTextShown(true);
      latest.current.onDrawn(version);
    };
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      onAfterRender: checkDrawn,
    });
    map.addControl(overlay);
    map.on('idle', checkDrawn);
    map.on('click', (e) => {
      // A selection is an update: not ready until it is drawn (React renders it a tick later).
      el.dataset.ready = 'false';
      const picked = overlay.pickObject({
        x: e.point.x,
        y: e.point.y,
        radius: 2,
        layerIds: ['places'],
      });
      const place = (picked?.object as MapPlace | undefined)?.place;
      if (place) return latest.current.onSelect(place);
      const land = map.queryRenderedFeatures(e.point, { layers: ['land'] })[0];
      const iso3 = land?.properties?.iso3 as string | undefined;
      latest.current.onSelect(iso3 && iso3 !== latest.current.selected ? iso3 : null);
    });
    map.on('load', () => map.triggerRepaint());
    const level = () =>
      setView({ zoom: map.getZoom(), bounds: boundsOf(map), inner: markerBounds(map, el) });
    map.on('load', level);
    map.on('moveend', (e) => {
      level();
      // Only a viewer's pans and zooms (mouse, keys, buttons) are told.
      if (e.originalEvent) latest.current.onViewChange?.(boundsOf(map));
    });
    mapRef.current = map;
    const layersIn = (dark: boolean) => {
      const flows = layersRef.current.find((l) => l.id === 'flows');
      layersRef.current = buildLayers({
        ...layerInputs(latest.current, i18n.language),
        data: drawnData.current,
        zoom: map.getZoom(),
        bounds: boundsOf(map),
        markerBounds: markerBounds(map, el),
        dark,
        onScaleChange: latest.current.onScaleChange,
        onHover: setHover,
      }).map((l) => (l.id === 'flows' && flows ? flows : l));
      return layersRef.current;
    };
    latest.current.onMap?.({ map, overlay, dark: () => latest.current.dark ?? false, layersIn });
    overlayRef.current = overlay;
    return () => {
      map.remove();
      mapRef.current = null;
      latest.current.onMap?.(null);
      overlayRef.current = null;
    };
    // Made once per basemap, framed and coloured as first asked; the effects below follow changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.basemap]);

  // Frame the bounds a link or a slide asks for (not on the first render: the map opens there).
  const framed = useRef(props.frame);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.frame || props.frame === framed.current) return;
    framed.current = props.frame;
    // The layout may have changed with the frame (a presentation starting): measure first.
    map.resize();
    map.fitBounds(toLngLat(props.frame.bounds), {
      padding: props.frame.bounds ? 0 : clearOfControls(container.current!),
      animate: false,
    });
  }, [props.frame]);

  // The basemap's colours follow the theme.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => applyBasemapPaint(map, props.dark ?? false);
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  }, [props.dark, props.basemap]);

  // The map's own controls speak the language shown.
  useEffect(() => {
    if (container.current) nameMapControls(container.current);
  }, [t, i18n.language, props.basemap]);

  // Redraw layers whenever data or selection change.
  useEffect(() => {
    const overlay = overlayRef.current;
    const el = container.current;
    if (!overlay || !el) return;
    if (props.covered) {
      // Under a panel: nothing to draw here; the view is on screen once the panel is painted.
      pending.current = null;
      if (props.busy || !props.data) return;
      el.dataset.ready = 'false';
      const version = props.version;
      return afterNextPaint(() => {
        el.dataset.ready = 'true';
        latest.current.onDrawn(version);
      });
    }
    const data = atLevel(props.data ?? EMPTY_MAP_DATA, detail);
    drawnData.current = data;
    el.dataset.ready = 'false';
    staleLines.current = flowLines(layersRef.current);
    // While an update is in flight this draw shows the previous data: not the current state.
    pending.current = props.busy || !props.data ? null : props.version;
    layersRef.current = buildLayers({
      ...layerInputs(props, i18n.language),
      data,
      zoom,
      bounds: view?.bounds,
      markerBounds: view?.inner,
      onScaleChange: props.onScaleChange,
      onHover: setHover,
      withoutText: !textShown,
    });
    el.dataset.edges = edgeMarkerIds(layersRef.current);
    overlay.setProps({ layers: layersRef.current });
    mapRef.current?.triggerRepaint();
  }, [
    props.data,
    props.selected,
    props.busy,
    props.version,
    props.basemap,
    props.onScaleChange,
    props.dark,
    props.scale,
    props.large,
    i18n.language,
    zoom,
    view,
    detail,
    props.covered,
    textShown,
  ]);

  // Say "not ready" as soon as an input is taken, before its queries return.
  useLayoutEffect(() => {
    if (props.busy && container.current) container.current.dataset.ready = 'false';
  }, [props.busy]);
  // Uncovered, the map draws what it skipped: not ready until it has.
  useLayoutEffect(() => {
    if (!props.covered && container.current) container.current.dataset.ready = 'false';
  }, [props.covered]);

  useCountryStates(mapRef, props.selected, props.shading, props.covered);

  return (
    <>
      <div
        ref={container}
        className="map"
        data-testid="map"
        data-ready="false"
        data-flows="0"
        role="region"
        aria-label={t('map.label')}
      />
      {hover && (
        <div
          className="map-tooltip"
          role="tooltip"
          style={{ left: hover.x + 12, top: hover.y + 12 }}
          // Built from published figures only, with every text escaped (map/tooltip.ts).
          dangerouslySetInnerHTML={{ __html: tooltipHtml(hover) }}
        />
      )}
    </>
  );
}
