/** What the benchmark reads from the built app and the browser: sizes, memory, measures, loads. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Session } from '../tests/e2e/support/browser';

export const ROOT = path.join(import.meta.dirname, '..');
/** The longest a load in the browser may take before it is reported as not finished. */
const LOAD_TIMEOUT_MS = 240_000;

/** Initial JS: the scripts index.html loads or preloads, gzipped (wasm and workers excluded). */
export function initialJsGzip(): number {
  const html = readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
  const srcs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return srcs.reduce(
    (n, src) => n + gzipSync(readFileSync(path.join(ROOT, 'dist', src))).length,
    0,
  );
}

/**
 * Resident memory of the browser's processes for one session: all of them (renderers, GPU,
 * browser), the renderers together, and the page's own renderer (the largest: Chromium keeps a
 * spare renderer or two beside it).
 */
export function browserMemory(session: Session): {
  totalMb: number;
  rendererMb: number;
  pageRendererMb: number;
} {
  let total = 0;
  let renderer = 0;
  let page = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(session.userDataDir)) continue;
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      total += rss;
      if (cmd.includes('--type=renderer')) {
        renderer += rss;
        page = Math.max(page, rss);
      }
    } catch {
      // The process ended while being read.
    }
  }
  const mb = (kb: number) => Math.round(kb / 1024);
  return { totalMb: mb(total), rendererMb: mb(renderer), pageRendererMb: mb(page) };
}

export const entries = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

/** Runs `act` and waits for one more `name` measure; returns its duration. */
export async function measured(
  page: Page,
  name: string,
  act: () => Promise<void>,
  timeout: number,
) {
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
export async function loadFile(page: Page, file: string): Promise<number | string> {
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

/**
 * How many view indexes the page has built (the `rutas:view-index` marks), once the dataset shown
 * has its own: the demo's is built once its view is drawn and the page idle, which may be after
 * the page says it is ready.
 */
export async function indexesBuilt(page: Page): Promise<number> {
  await indexReady(page, 0);
  return page.evaluate(() => performance.getEntriesByName('rutas:view-index').length);
}

/**
 * Waits for one more view index than `before` (the loaded dataset's); the time from the last
 * load's flows drawn to it, or why there is none.
 */
export async function indexReady(page: Page, before: number): Promise<number | string> {
  try {
    await page.waitForFunction(
      (n) => performance.getEntriesByName('rutas:view-index').length > n,
      before,
      { timeout: 60_000, polling: 100 },
    );
  } catch {
    return 'not built in 60 s (the engine answers each view)';
  }
  return page.evaluate(() => {
    const index = performance.getEntriesByName('rutas:view-index').at(-1)!;
    const load = performance.getEntriesByName('rutas:load').at(-1)!;
    return Math.round(index.startTime - (load.startTime + load.duration));
  });
}
