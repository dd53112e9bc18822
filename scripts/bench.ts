/**
 * npm run bench [-- --rows 1000000,10000000]: how Rutas does at national scale, against native
 * DuckDB (@duckdb/node-api, 2 threads) on the same files in the same run. It builds the app,
 * serves it, generates datasets in the generic format (CSV and Parquet, scripts/bench-data.ts),
 * drives headless Chromium (the browser tests' launcher) through loads and a scripted sequence of
 * filter changes, and prints a table with the targets beside the figures (also written as JSON to
 * bench-results/bench.json). A benchmark, not a test: nothing here fails on a missed target.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { queryView } from '../src/data/queries/view';
import type { Filter } from '../src/domain/types';
import { filterReducer } from '../src/state/filters';
import { openSession, waitForDrawn } from '../tests/e2e/support/browser';
import { writeBenchData, type BenchFiles } from './bench-data';
import { nativeCanonical, nativeConnector } from './bench-native';
import {
  browserMemory,
  entries,
  indexesBuilt,
  indexReady,
  initialJsGzip,
  loadFile,
  measured,
  ROOT,
} from './bench-page';
import { printTable } from './bench-report';
import { ms, percentile, type SizeResult } from './bench-result';
import { filterSteps } from './bench-steps';

const OUT = path.join(ROOT, 'bench-results');

const argRows = process.argv.indexOf('--rows');
const SIZES = (argRows > 0 ? process.argv[argRows + 1]! : '1000000,10000000')
  .split(',')
  .map(Number);

async function benchSize(
  conn: DuckDBConnection,
  files: BenchFiles,
  baseUrl: string,
): Promise<SizeResult> {
  let t = performance.now();
  await conn.run(`CREATE OR REPLACE TABLE plain AS SELECT * FROM read_csv('${files.csv}')`);
  const nativeReadCsvMs = ms(t);
  t = performance.now();
  await conn.run(`CREATE OR REPLACE TABLE plain AS SELECT * FROM read_parquet('${files.parquet}')`);
  const nativeReadParquetMs = ms(t);
  await conn.run('DROP TABLE plain');
  await nativeCanonical(conn, files.csv);
  const cubeRows = Number(
    (await conn.runAndReadAll('SELECT count(*) FROM cases')).getRows()[0]![0],
  );
  const extent = (await conn.runAndReadAll('SELECT min(year), max(year) FROM raw')).getRows()[0]!;
  const [yearMin, yearMax] = extent.map(Number) as [number, number];

  const result: SizeResult = {
    rows: files.rows,
    csvMb: Math.round(statSync(files.csv).size / 1e6),
    parquetMb: Math.round(statSync(files.parquet).size / 1e6),
    nativeReadCsvMs,
    nativeReadParquetMs,
    cubeRows,
    loadCsvMs: 'not run',
    loadParquetMs: 'not run',
    updates: [],
    updateP50: null,
    updateP95: null,
    queryP50: null,
    queryP95: null,
    publishP50: null,
    publishP95: null,
    nativeViewP50: null,
    nativeViewP95: null,
    indexReadyMs: null,
    mapUpdateP50: null,
    mapUpdateP95: null,
    mapUpdates: [],
    memoryBefore: null,
    memory: null,
    memoryRetained: null,
  };

  const session = await openSession(baseUrl);
  try {
    const { page } = session;
    await page.goto(baseUrl);
    await waitForDrawn(page, 120_000);
    const indexes = await indexesBuilt(page);
    result.memoryBefore = browserMemory(session);
    result.loadCsvMs = await loadFile(page, files.csv);
    console.log(`  ${files.rows} rows, CSV loaded: ${result.loadCsvMs}`);
    if (typeof result.loadCsvMs === 'number') {
      // The filter changes are timed once the dataset's view index is built (or known not to be).
      result.indexReadyMs = await indexReady(page, indexes);
      console.log(`  view index: ${result.indexReadyMs} ms after the flows were drawn`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      result.memory = { ...browserMemory(session), jsHeapMb: Math.round(heap / 1e6) };
      // The scripted filter changes, input to drawn, with the native time of the same views.
      await page.getByRole('tab', { name: 'Compare countries' }).click();
      let filter: Filter = { yearFrom: yearMin, yearTo: yearMax, sectors: [], place: null };
      const native: number[] = [];
      const db = nativeConnector(conn);
      for (const step of filterSteps(yearMin, yearMax)) {
        result.updates.push(await measured(page, 'rutas:update', () => step.run(page), 120_000));
        filter = filterReducer(filter, step.action);
        t = performance.now();
        await queryView(db, filter);
        native.push(performance.now() - t);
      }
      result.updateP50 = percentile(result.updates, 50);
      result.updateP95 = percentile(result.updates, 95);
      // Each update's own query and publish measures (those of views replaced before drawn too).
      const share = async (name: string) =>
        (await entries(page, name)).slice(-result.updates.length).map(Math.round);
      const queries = await share('rutas:update-query');
      const publishes = await share('rutas:update-publish');
      result.queryP50 = percentile(queries, 50);
      result.queryP95 = percentile(queries, 95);
      result.publishP50 = percentile(publishes, 50);
      result.publishP95 = percentile(publishes, 95);
      result.nativeViewP50 = Math.round(percentile(native, 50)!);
      result.nativeViewP95 = Math.round(percentile(native, 95)!);
      console.log(
        `  ${result.updates.length} filter changes: p50 ${result.updateP50} ms, p95 ${result.updateP95} ms`,
      );
      // The same kind of changes where the map shows (selections are made on the Compare tab).
      await page.getByRole('tab', { name: 'Map', exact: true }).click();
      await waitForDrawn(page, 120_000);
      for (const step of filterSteps(yearMin, yearMax).filter((s) => s.action.type !== 'select')) {
        result.mapUpdates.push(await measured(page, 'rutas:update', () => step.run(page), 120_000));
      }
      result.mapUpdateP50 = percentile(result.mapUpdates, 50);
      result.mapUpdateP95 = percentile(result.mapUpdates, 95);
      // What the page keeps: after all the changes, once its garbage is collected (measured
      // last, so that the collection cannot spare the timed changes one).
      await cdp.send('HeapProfiler.collectGarbage');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const kept = (await cdp.send('Performance.getMetrics')).metrics;
      const keptHeap = kept.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      result.memoryRetained = { ...browserMemory(session), jsHeapMb: Math.round(keptHeap / 1e6) };
    }
  } finally {
    await session.close();
  }
  // Parquet on a fresh page, so that neither load pays for the other's memory.
  const second = await openSession(baseUrl);
  try {
    await second.page.goto(baseUrl);
    await waitForDrawn(second.page, 120_000);
    result.loadParquetMs = await loadFile(second.page, files.parquet);
    console.log(`  ${files.rows} rows, Parquet loaded: ${result.loadParquetMs}`);
  } finally {
    await second.close();
  }
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: 'dist' } });
  const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
  const baseUrl = server.resolvedUrls!.local[0]!;
  const dataDir = path.join(tmpdir(), 'rutas-bench');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    // The demo: engine start and first map paint, on a fresh page.
    const session = await openSession(baseUrl);
    let demo: { engineReadyMs: number; firstPaintMs: number };
    try {
      await session.page.goto(baseUrl);
      await waitForDrawn(session.page, 120_000);
      demo = await session.page.evaluate(() => {
        const paint = performance.getEntriesByName('rutas:first-paint')[0]!;
        const engine = performance.getEntriesByName('rutas:engine-ready')[0]!;
        return {
          engineReadyMs: Math.round(engine.startTime),
          firstPaintMs: Math.round(paint.startTime),
        };
      });
    } finally {
      await session.close();
    }
    console.log(
      `Demo: engine ready at ${demo.engineReadyMs} ms, first map paint at ${demo.firstPaintMs} ms`,
    );
    const sizes: SizeResult[] = [];
    for (const rows of SIZES) {
      const t = performance.now();
      const files = await writeBenchData(conn, rows, dataDir);
      console.log(`Generated ${rows} rows in ${ms(t)} ms`);
      sizes.push(await benchSize(conn, files, baseUrl));
      rmSync(files.csv, { force: true });
      rmSync(files.parquet, { force: true });
    }
    const report = {
      date: new Date().toISOString(),
      machine: `${(await import('node:os')).cpus().length} cores, software WebGL (SwiftShader)`,
      initialJsGzipKb: Math.round(initialJsGzip() / 1024),
      demo,
      sizes,
      totalSeconds: Math.round(ms(started) / 1000),
    };
    writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(report, null, 2));
    printTable(report);
  } finally {
    conn.closeSync();
    await server.close();
  }
}

await main();
