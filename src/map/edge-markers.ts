/**
 * Where a leg leaves the map's view, a marker at the edge names the place it goes to (or comes
 * from): "Spain →". Worked out in Web Mercator, where the map draws legs as straight lines; one
 * marker a place, on its largest leg (the map data lists legs largest first).
 */
import type { Layer } from '@deck.gl/core';
import type { MapBounds } from '../domain/bounds';
import type { Iso3 } from '../domain/types';
import type { MapFlow, MapLocation } from './map-data';

export interface EdgeMarker {
  /** The place outside the view. */
  id: Iso3;
  /** Just inside the view's edge, on the leg: [lon, lat]. */
  position: [number, number];
  /** Which edge: where the text reads from, so that it stays inside the view. */
  edge: 'east' | 'west' | 'north' | 'south';
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** How far inside the edge a marker sits, as a share of the view's width. */
const INSET = 0.015;

/**
 * The markers for the legs with one end in view and the other outside it (`view`: west, south,
 * east, north), each where its leg crosses `inner` (the part of the view clear of the controls
 * over the map; the whole view if not given).
 */
export function edgeMarkers(
  flows: readonly MapFlow[],
  locations: readonly MapLocation[],
  view: MapBounds,
  inner: MapBounds = view,
): EdgeMarker[] {
  const within = ([w, s, e, n]: MapBounds) => {
    const [south, north] = [mercY(s), mercY(n)];
    return ([x, y]: readonly [number, number]) => x >= w && x <= e && y >= south && y <= north;
  };
  const inside = within(view);
  const [w, s, e, n] = inner;
  const [south, north] = [mercY(s), mercY(n)];
  const at = new Map(locations.map((l) => [l.id, [l.lon, mercY(l.lat)] as const]));
  const markers = new Map<Iso3, EdgeMarker>();
  for (const f of flows) {
    const a = at.get(f.from);
    const b = at.get(f.to);
    if (!a || !b || inside(a) === inside(b)) continue;
    const [from, to, id] = inside(a) ? [a, b, f.to] : [b, a, f.from];
    if (markers.has(id)) continue;
    // The share of the way from the end in view to the edge it crosses, and which edge.
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const crossings: [number, EdgeMarker['edge']][] = [
      [dx > 0 ? (e - from[0]) / dx : Infinity, 'east'],
      [dx < 0 ? (w - from[0]) / dx : Infinity, 'west'],
      [dy > 0 ? (north - from[1]) / dy : Infinity, 'north'],
      [dy < 0 ? (south - from[1]) / dy : Infinity, 'south'],
    ];
    const [share, edge] = crossings.reduce((best, c) => (c[0] < best[0] ? c : best));
    const length = Math.hypot(dx, dy);
    const t = Math.max(0, share - (INSET * (e - w)) / length);
    markers.set(id, {
      id,
      position: [from[0] + t * dx, latOf(from[1] + t * dy)],
      edge,
    });
  }
  return [...markers.values()];
}

/** Where a marker's name reads from, so that it stays inside the view beside its dot. */
export function edgeMarkerAnchor(
  marker: EdgeMarker,
  bounds: MapBounds,
): { text: 'start' | 'middle' | 'end'; baseline: 'top' | 'center' | 'bottom' } {
  const [w, s, e, n] = bounds;
  const [x, y] = [
    (marker.position[0] - w) / (e - w),
    (mercY(marker.position[1]) - mercY(s)) / (mercY(n) - mercY(s)),
  ];
  return {
    text: x > 0.8 ? 'end' : x < 0.2 ? 'start' : 'middle',
    baseline: y > 0.85 ? 'top' : y < 0.15 ? 'bottom' : 'center',
  };
}

/** The ids of the places the drawn markers name (the map's data-edges attribute). */
export function edgeMarkerIds(layers: readonly Layer[]): string {
  const layer = layers.find((l) => l.id === 'edge-markers');
  return ((layer?.props.data ?? []) as EdgeMarker[]).map((m) => m.id).join(',');
}
