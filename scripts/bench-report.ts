/** The benchmark's table: every figure with its target beside it (scripts/bench.ts). */
import type { SizeResult } from './bench-result';

export function printTable(r: {
  initialJsGzipKb: number;
  demo: { engineReadyMs: number; firstPaintMs: number };
  sizes: SizeResult[];
  totalSeconds: number;
}): void {
  const fmt = (v: number | string | null, unit = 'ms') =>
    v === null ? '–' : typeof v === 'number' ? `${v.toLocaleString('en')} ${unit}` : v.slice(0, 60);
  const ratio = (a: number | string | null, b: number | null) =>
    typeof a === 'number' && b ? `${(a / b).toFixed(1)}×` : '–';
  const rows: [string, string, string][] = [
    ['Initial JS (gzip, wasm excluded)', `${r.initialJsGzipKb} KB`, '≤ 900 KB'],
    ['Engine ready (demo page)', fmt(r.demo.engineReadyMs), ''],
    ['First map paint (demo)', fmt(r.demo.firstPaintMs), '≤ 1,500 ms'],
  ];
  for (const s of r.sizes) {
    const n = `${(s.rows / 1e6).toLocaleString('en')}M`;
    const p95Target = s.rows >= 1e7 ? '≤ 100 ms' : '≤ 50 ms';
    rows.push(
      [
        `${n}: files`,
        `CSV ${s.csvMb} MB, Parquet ${s.parquetMb} MB; cube ${s.cubeRows.toLocaleString('en')} rows`,
        '',
      ],
      [
        `${n}: native read_csv / read_parquet`,
        `${fmt(s.nativeReadCsvMs)} / ${fmt(s.nativeReadParquetMs)}`,
        '',
      ],
      [
        `${n}: CSV chosen → flows drawn`,
        `${fmt(s.loadCsvMs)} (${ratio(s.loadCsvMs, s.nativeReadCsvMs)} native)`,
        s.rows <= 1e6 ? '≤ 3× native' : '',
      ],
      [
        `${n}: Parquet chosen → flows drawn`,
        `${fmt(s.loadParquetMs)} (${ratio(s.loadParquetMs, s.nativeReadParquetMs)} native)`,
        '',
      ],
      [
        `${n}: cross-filter p50 / p95 (${s.updates.length} changes)`,
        `${fmt(s.updateP50)} / ${fmt(s.updateP95)}`,
        `p95 ${p95Target}`,
      ],
      [
        `${n}:   the view index, from the flows drawn`,
        typeof s.indexReadyMs !== 'number'
          ? fmt(s.indexReadyMs)
          : s.indexReadyMs < 0
            ? `ready ${fmt(-s.indexReadyMs)} before`
            : `${fmt(s.indexReadyMs)} later`,
        '',
      ],
      [
        `${n}:   of which figures (input → figures) / publishing p50 / p95`,
        `${fmt(s.queryP50)} / ${fmt(s.queryP95)}; ${fmt(s.publishP50)} / ${fmt(s.publishP95)}`,
        '',
      ],
      [
        `${n}: same views, native DuckDB p50 / p95`,
        `${fmt(s.nativeViewP50)} / ${fmt(s.nativeViewP95)} (${ratio(s.updateP95, s.nativeViewP95)} at p95)`,
        '',
      ],
      [
        `${n}: year and sector changes on the Map tab p50 / p95 (${s.mapUpdates.length})`,
        `${fmt(s.mapUpdateP50)} / ${fmt(s.mapUpdateP95)}`,
        '',
      ],
      [
        `${n}: memory before the load (demo shown)`,
        s.memoryBefore
          ? `page's renderer ${s.memoryBefore.pageRendererMb} MB, renderers ${s.memoryBefore.rendererMb} MB`
          : '–',
        '',
      ],
      [
        `${n}: memory after load`,
        s.memory
          ? `page's renderer ${s.memory.pageRendererMb} MB (JS heap ${s.memory.jsHeapMb} MB), renderers ${s.memory.rendererMb} MB, all ${s.memory.totalMb} MB`
          : '–',
        s.rows <= 1e6 ? '≤ 600 MB' : '',
      ],
      [
        `${n}: memory kept (after the changes, garbage collected)`,
        s.memoryRetained
          ? `page's renderer ${s.memoryRetained.pageRendererMb} MB (JS heap ${s.memoryRetained.jsHeapMb} MB), renderers ${s.memoryRetained.rendererMb} MB`
          : '–',
        '',
      ],
    );
  }
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log(`\n${'Measure'.padEnd(w[0]!)} | ${'Result'.padEnd(w[1]!)} | Target`);
  console.log(`${'-'.repeat(w[0]!)}-|-${'-'.repeat(w[1]!)}-|-${'-'.repeat(w[2]!)}`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0]!)} | ${b.padEnd(w[1]!)} | ${c}`);
  console.log(`\n(${r.totalSeconds} s in all; JSON in bench-results/bench.json)`);
}
