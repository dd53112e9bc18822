/**
 * Padding for framing South America clear of the controls laid over the map (the tabs, the
 * shading and export box at its top left): the frame keeps to the right of them or below them,
 * whichever leaves South America larger. Pure: rectangles in, padding out.
 */
import { SOUTH_AMERICA_BOUNDS } from './basemap';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Web Mercator's y of a latitude, in radians of the equator. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

const [[WEST, SOUTH], [EAST, NORTH]] = SOUTH_AMERICA_BOUNDS;
const SPAN_X = ((EAST - WEST) * Math.PI) / 180;
const SPAN_Y = mercatorY(NORTH) - mercatorY(SOUTH);

/** Overlays this tall or less are strips (a row of tabs). */
const STRIP_PX = 48;

/** The scale South America is drawn at in a box (larger is better). */
const scaleIn = (width: number, height: number) =>
  Math.max(0, Math.min(width / SPAN_X, height / SPAN_Y));

/**
 * The padding that keeps South America clear of `overlays` (screen rectangles) in the map's
 * rectangle: `base` all round, and on the left or at the top as much as the overlays in the
 * map's top-left quarter reach into it: each box cleared beside or below, whichever way leaves
 * South America largest, a strip no taller than STRIP_PX below. Overlays elsewhere, or of no size
 * (hidden), are ignored.
 */
export function framePadding(map: Rect, overlays: readonly Rect[], base = 10): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const inCorner = overlays.filter(
    (o) =>
      o.right > o.left &&
      o.bottom > o.top &&
      o.left < map.left + width / 2 &&
      o.top < map.top + height / 2 &&
      o.right > map.left &&
      o.bottom > map.top,
  );
  const plain = { top: base, right: base, bottom: base, left: base };
  // A strip (the tabs) is always cleared below: beside it would push South America to one side.
  const strips = inCorner.filter((o) => o.bottom - o.top <= STRIP_PX);
  const boxes = inCorner.filter((o) => o.bottom - o.top > STRIP_PX);
  let best = { padding: plain, scale: -1 };
  // Each box cleared beside (its bit set) or below: at most a few, so every way is tried.
  for (let way = 0; way < 2 ** boxes.length; way++) {
    const beside = boxes.filter((_, i) => way & (1 << i));
    const below = [...strips, ...boxes.filter((_, i) => !(way & (1 << i)))];
    const left = Math.max(base, ...beside.map((o) => o.right - map.left + base));
    const top = Math.max(base, ...below.map((o) => o.bottom - map.top + base));
    const scale = scaleIn(width - left - base, height - top - base);
    if (scale > best.scale) best = { padding: { ...plain, left, top }, scale };
  }
  return best.padding;
}

/** The controls laid over the map, in the main area around it (ui/MapArea). */
const OVERLAYS = '.view-tabs, .shade-control';

/** Padding that keeps South America clear of the controls over the map `el`. */
export function clearOfControls(el: HTMLElement): Padding {
  const area = el.closest('.map-area') ?? el.parentElement;
  const overlays = [...(area?.querySelectorAll(OVERLAYS) ?? [])].map((o) =>
    o.getBoundingClientRect(),
  );
  return framePadding(el.getBoundingClientRect(), overlays);
}
