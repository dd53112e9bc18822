/**
 * Country labels that would overlap at a zoom, left out by priority: the label of the larger
 * place (its circle's published total) is drawn, the smaller one's is not. Positions are Web
 * Mercator pixels at the zoom (MapLibre's 512-pixel world), so the result holds wherever the map
 * is panned; the width of a label is estimated from its length. Pure.
 */
export interface LabelCandidate<Id> {
  id: Id;
  /** [lon, lat] of its anchor. */
  position: [number, number];
  /** Pixels from the anchor to the label's centre. */
  offsetPx: [number, number];
  text: string;
  sizePx: number;
  /** Higher is kept first. */
  priority: number;
}

/** Web Mercator pixels of a [lon, lat] at `zoom` (a 512-pixel world at zoom 0). */
export function worldPx([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
  return [(size * (lon + 180)) / 360, size * y];
}

/** An estimate of a bold sans-serif label's width: about 0.6 of its size a character. */
const widthPx = (text: string, sizePx: number) => text.length * sizePx * 0.6;

/** The ids of the labels left out at `zoom`, with `marginPx` kept between the labels drawn. */
export function collidingLabels<Id>(
  labels: readonly LabelCandidate<Id>[],
  zoom: number,
  marginPx = 2,
): Set<Id> {
  const kept: { left: number; right: number; top: number; bottom: number }[] = [];
  const hidden = new Set<Id>();
  const order = [...labels].sort((a, b) => b.priority - a.priority);
  for (const l of order) {
    const [x, y] = worldPx(l.position, zoom);
    const cx = x + l.offsetPx[0];
    const cy = y + l.offsetPx[1];
    const half = widthPx(l.text, l.sizePx) / 2 + marginPx;
    const box = {
      left: cx - half,
      right: cx + half,
      top: cy - l.sizePx / 2 - marginPx,
      bottom: cy + l.sizePx / 2 + marginPx,
    };
    const overlaps = kept.some(
      (k) => box.left < k.right && k.left < box.right && box.top < k.bottom && k.top < box.bottom,
    );
    if (overlaps) hidden.add(l.id);
    else kept.push(box);
  }
  return hidden;
}
