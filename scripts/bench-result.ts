/** One size's benchmark figures, and the statistics they are made of (scripts/bench.ts). */

export const ms = (t0: number) => Math.round(performance.now() - t0);

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface SizeResult {
  rows: number;
  csvMb: number;
  parquetMb: number;
  nativeReadCsvMs: number;
  nativeReadParquetMs: number;
  cubeRows: number;
  loadCsvMs: number | string;
  loadParquetMs: number | string;
  updates: number[];
  updateP50: number | null;
  updateP95: number | null;
  /** The shares of each update: input to queries answered, and publishing (the rest: drawing). */
  queryP50: number | null;
  queryP95: number | null;
  publishP50: number | null;
  publishP95: number | null;
  nativeViewP50: number | null;
  nativeViewP95: number | null;
  /** From the load's flows drawn to the view index built (data/view-index), or why not. */
  indexReadyMs: number | string | null;
  /** Year and sector changes on the Map tab, where each is drawn on the map (software WebGL). */
  mapUpdateP50: number | null;
  mapUpdateP95: number | null;
  mapUpdates: number[];
  /** The same, with the demo shown, before the load. */
  memoryBefore: { totalMb: number; rendererMb: number; pageRendererMb: number } | null;
  memory: { totalMb: number; rendererMb: number; pageRendererMb: number; jsHeapMb: number } | null;
  /** After the filter changes and a garbage collection: what the page keeps. */
  memoryRetained: {
    totalMb: number;
    rendererMb: number;
    pageRendererMb: number;
    jsHeapMb: number;
  } | null;
}
