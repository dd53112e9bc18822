/**
 * The map as a PNG for a report: a drawn map (MapLibre and deck.gl share one canvas, read in the
 * task that drew it: map/snapshot.ts) under a title, with its legend, source, date and the
 * disclosure rule burned in below, at the map's pixel ratio. Only published figures are on the
 * map, so only they reach the image.
 */
import { t } from '../i18n';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LegendEntry {
  /** A colour swatch (a line for flows, a square otherwise). */
  color: string;
  kind: 'line' | 'square' | 'circle';
  label: string;
  /** A line's width or a circle's radius, in pixels, as on the map (a sample of its scale). */
  sizePx?: number;
}

/** The swatch's width in the legend row. */
const swatchPx = (e: LegendEntry) => (e.kind === 'circle' ? 2 * (e.sizePx ?? 6) + 4 : 26);
/** A row's height: room for its largest swatch. */
const rowPx = (row: LegendEntry[]) =>
  Math.ceil(
    Math.max(
      LINE,
      ...row.map((e) => (e.kind === 'circle' ? 2 * (e.sizePx ?? 6) + 4 : (e.sizePx ?? 4) + 4)),
    ),
  );

export interface ImageFrame {
  title: string;
  legend: LegendEntry[];
  /** e.g. "Source: Synthetic demo data · Rutas · 30 November 2026". */
  source: string;
  /** The disclosure rule in force (and its warning, if the threshold was lowered). */
  note: string;
}

const FONT = 'Liberation Sans, Arial, sans-serif';
const PAD = 12;
const LINE = 16;

/** Lines of `text` that fit `width` pixels in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The map with its frame drawn into a new canvas, at the map's size on screen. Synchronous: the
 * map's canvas keeps no drawing buffer, so it is read in the task that drew it; encode the result
 * with `canvasPng` after.
 */
export function mapCanvas(map: MapLibreMap, frame: ImageFrame): HTMLCanvasElement {
  const scale = map.getPixelRatio();
  const source = map.getCanvas();
  const width = source.width / scale;
  const mapHeight = source.height / scale;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  // Measure the footer first: the legend in rows, then the source and note, wrapped.
  ctx.font = `12px ${FONT}`;
  const inner = width - 2 * PAD;
  const legendRows: LegendEntry[][] = [[]];
  let x = 0;
  for (const entry of frame.legend) {
    const w = swatchPx(entry) + ctx.measureText(entry.label).width + 16;
    if (x + w > inner && legendRows.at(-1)!.length > 0) {
      legendRows.push([]);
      x = 0;
    }
    legendRows.at(-1)!.push(entry);
    x += w;
  }
  const text = [...wrap(ctx, frame.source, inner), ...wrap(ctx, frame.note, inner)];
  const header = 36;
  const legendPx = legendRows.reduce((sum, row) => sum + rowPx(row), 0);
  const footer = PAD + legendPx + text.length * LINE + PAD;
  canvas.width = width * scale;
  canvas.height = (header + mapHeight + footer) * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, header + mapHeight + footer);
  ctx.fillStyle = '#1b1f24';
  ctx.font = `bold 16px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(frame.title, PAD, header / 2, inner);
  ctx.drawImage(source, 0, header, width, mapHeight);
  ctx.font = `12px ${FONT}`;
  let y = header + mapHeight + PAD;
  for (const row of legendRows) {
    y += rowPx(row) / 2;
    let lx = PAD;
    for (const entry of row) {
      ctx.fillStyle = entry.color;
      ctx.strokeStyle = entry.color;
      if (entry.kind === 'line') {
        ctx.lineWidth = entry.sizePx ?? 4;
        ctx.beginPath();
        ctx.moveTo(lx, y);
        ctx.lineTo(lx + 20, y);
        ctx.stroke();
      } else if (entry.kind === 'circle') {
        const r = entry.sizePx ?? 6;
        ctx.beginPath();
        ctx.arc(lx + r + 2, y, r, 0, 2 * Math.PI);
        ctx.fill();
      } else ctx.fillRect(lx + 4, y - 6, 12, 12);
      ctx.fillStyle = '#1b1f24';
      ctx.fillText(entry.label, lx + swatchPx(entry), y);
      lx += swatchPx(entry) + ctx.measureText(entry.label).width + 16;
    }
    y += rowPx(row) / 2;
  }
  y += LINE / 2;
  ctx.fillStyle = '#4a5360';
  for (const line of text) {
    ctx.fillText(line, PAD, y);
    y += LINE;
  }
  return canvas;
}

/** A canvas as a PNG file. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error(t('chartExport.failed')))),
      'image/png',
    ),
  );
}
