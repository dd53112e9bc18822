/**
 * npm run bench [-- --rows 1000000,10000000]: how Rutas does at national scale, against native
 * DuckDB (@duckdb/node-api, 2 threads) on the same files in the same run. It builds the app,
 * serves it, generates datasets in the generic format (CSV and Parquet, scripts/bench-data.ts),
 * drives headless Chromium (the browser tests' launcher) through loads and a scripted sequence of
 * filter changes, and prints a table with the targets beside the figures (also written as JSON to
 * bench-results/bench.json). A benchmark, not a test: nothing here fails on a missed target.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { DbConnector, Row } from '../src/data/connector';
import { queryView } from '../src/data/queries/view';
import { viewTablesSql } from '../src/data/schema';
import { countryName } from '../src/i18n/country-text';
import type { Sector } from '../src/domain/sectors';
import { sectorLabel } from '../src/i18n/labels';
import type { Filter } from '../src/domain/types';
import { filterReducer, type FilterAction } from '../src/state/filters';
import { openSession, waitForDrawn, type Session } from '../tests/e2e/support/browser';
import { writeBenchData, type BenchFiles } from './bench-data';
import { printTable } from './bench-report';

const ROOT = path.join(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench-results');
/** The longest a load in the browser may take before it is reported as not finished. */
const LOAD_TIMEOUT_MS = 240_000;

const argRows = process.argv.indexOf('--rows');
const SIZES = (argRows > 0 ? process.argv[argRows + 1]! : '1000000,10000000')
  .split(',')
  .map(Number);

const ms = (t0: number) => Math.round(performance.now() - t0);

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** queryView's DbConnector over native DuckDB, to time the same SQL outside the browser. */
function nativeConnector(conn: DuckDBConnection): DbConnector {
  const refuse = () => Promise.reject(new Error('not used by the benchmark'));
  return {
    async query(sql: string): Promise<Row[]> {
      return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
    },
    async exec(sql: string): Promise<void> {
      await conn.run(sql);
    },
    queryPrepared: refuse,
    registerFile: refuse,
    dropFile: refuse,
    registerBlob: refuse,
  };
}

/** The canonical `cases` (as a cube) and `legs` of a generic-format CSV, natively. */
async function nativeCanonical(conn: DuckDBConnection, csv: string): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE raw AS
    SELECT year::SMALLINT AS year, nullif(origin, '') AS origin,
           coalesce(string_split(nullif(transit, ''), ';'), []::VARCHAR[]) AS transit,
           nullif(destination, '') AS destination, string_split(sector, ';') AS sectors,
           sex, age_group, victims::INTEGER AS victims, false AS source_suppressed
    FROM read_csv('${csv}', all_varchar = true)`);
  for (const sql of viewTablesSql('raw')) await conn.run(sql);
}

/** Initial JS: the scripts index.html loads or preloads, gzipped (wasm and workers excluded). */
function initialJsGzip(): number {
  const html = readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
  const srcs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return srcs.reduce(
    (n, src) => n + gzipSync(readFileSync(path.join(ROOT, 'dist', src))).length,
    0,
  );
}

/** Resident memory of the browser's processes for one session (renderer, GPU, browser). */
function browserMemory(session: Session): { totalMb: number; rendererMb: number } {
  let total = 0;
  let renderer = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(session.userDataDir)) continue;
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      total += rss;
      if (cmd.includes('--type=renderer')) renderer += rss;
    } catch {
      // The process ended while being read.
    }
  }
  return { totalMb: Math.round(total / 1024), rendererMb: Math.round(renderer / 1024) };
}

const entries = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

/** Runs `act` and waits for one more `name` measure; returns its duration. */
async function measured(page: Page, name: string, act: () => Promise<void>, timeout: number) {
  const before = (await entries(page, name)).length;
  await act();
  await page.waitForFunction(
    ([n, count]) => performance.getEntriesByName(n as string).length > (count as number),
    [name, before] as const,
    { timeout, polling: 50 },
  );
  return Math.round((await entries(page, name)).at(-1)!);
}

/** Picks a file through the Load data input; the time from choosing it to flows drawn. */
async function loadFile(page: Page, file: string): Promise<number | string> {
  try {
    return await measured(
      page,
      'rutas:load',
      () => page.getByLabel('Load data').setInputFiles(file),
      LOAD_TIMEOUT_MS,
    );
  } catch (e) {
    const alert = await page
      .getByRole('alert')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    if (/crashed/i.test((e as Error).message)) return 'the page crashed (out of memory)';
    return alert ?? `not finished in ${LOAD_TIMEOUT_MS / 1000} s`;
  }
}

interface Step {
  action: FilterAction;
  run: (page: Page) => Promise<void>;
}

/** ≥ 50 filter changes over years, sectors and a selected country, as a user makes them. */
function filterSteps(yearMin: number, yearMax: number): Step[] {
  const sectors: Sector[] = ['sexual_exploitation', 'domestic_work', 'agriculture', 'mining'];
  const countries = ['ARG', 'PER', 'CHL', 'BRA', 'BOL', 'COL'];
  const slider = (page: Page, which: 'from' | 'to', year: number) =>
    page
      .getByRole('slider', { name: which === 'from' ? 'Year from' : 'Year to' })
      .fill(String(year));
  const sector = (s: Sector): Step => ({
    action: { type: 'toggleSector', sector: s },
    run: (page) => page.getByRole('checkbox', { name: sectorLabel(s), exact: true }).click(),
  });
  const country = (iso3: string, place: string | null): Step => ({
    action: { type: 'select', place },
    run: (page) =>
      page
        .getByRole('group', { name: /^Countries by victims/ })
        .getByRole('button', { name: new RegExp(`^${countryName(iso3)}: `) })
        // By keyboard: a short bar leaves most of its row to the chart behind it.
        .press('Enter'),
  });
  const steps: Step[] = [];
  let to = yearMax;
  for (let r = 0; r < 6; r++) {
    const a = sectors[r % sectors.length]!;
    const b = sectors[(r + 1) % sectors.length]!;
    const c = countries[r]!;
    const newFrom = yearMin + 2 * (r + 1);
    const newTo = yearMax - r - 1;
    steps.push(
      {
        action: { type: 'years', yearFrom: newFrom, yearTo: to },
        run: (p) => slider(p, 'from', newFrom),
      },
      {
        action: { type: 'years', yearFrom: newFrom, yearTo: newTo },
        run: (p) => slider(p, 'to', newTo),
      },
      sector(a),
      sector(b),
      country(c, c),
      sector(a),
      country(c, null),
      sector(b),
      {
        action: { type: 'years', yearFrom: yearMin, yearTo: newTo },
        run: (p) => slider(p, 'from', yearMin),
      },
    );
    to = newTo;
  }
  return steps;
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
  memory: { totalMb: number; rendererMb: number; jsHeapMb: number } | null;
}

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
    memory: null,
  };

  const session = await openSession(baseUrl);
  try {
    const { page } = session;
    await page.goto(baseUrl);
    await waitForDrawn(page, 120_000);
    result.loadCsvMs = await loadFile(page, files.csv);
    console.log(`  ${files.rows} rows, CSV loaded: ${result.loadCsvMs}`);
    if (typeof result.loadCsvMs === 'number') {
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
