/**
 * Headless Debian Chromium driven by playwright-core, locked to the page's own origin: any
 * request elsewhere fails (host resolver rules) and is recorded, as are console errors, page
 * errors and failed responses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.RUTAS_CHROMIUM ?? '/usr/lib/chromium/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Session {
  context: BrowserContext;
  /** The profile directory, unique to this session (it names its processes). */
  userDataDir: string;
  page: Page;
  /** Requests to any origin but the app's. */
  offOrigin: string[];
  /** Console errors, page errors and responses ≥ 400. */
  errors: string[];
  close(): Promise<void>;
}

export async function openSession(
  baseUrl: string,
  viewport = { width: 1280, height: 800 },
): Promise<Session> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rutas-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
  });
  const origin = new URL(baseUrl).origin;
  const offOrigin: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) offOrigin.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (process.env.DEBUG_CONSOLE) console.log(msg.text());
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return {
    context,
    userDataDir: dir,
    page,
    offOrigin,
    errors,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the map reports the current state drawn. */
export async function waitForDrawn(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout });
}

/**
 * The flow legs the map draws for the view in force, counted on the Map tab: another tab's panel
 * covers the map, which then draws nothing new. Goes back to the tab that was open.
 */
export async function flowsOnMap(page: Page): Promise<number> {
  const open = (await page.getByRole('tab', { selected: true }).textContent()) ?? 'Map';
  if (open !== 'Map') await page.getByRole('tab', { name: 'Map', exact: true }).click();
  await waitForDrawn(page);
  const flows = await drawnFlows(page);
  if (open !== 'Map') {
    await page.getByRole('tab', { name: open, exact: true }).click();
    await waitForDrawn(page);
  }
  return flows;
}

/** Number of flow legs the map says it draws. */
export async function drawnFlows(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="map"]', 'data-flows'));
}

/**
 * The text of the elements matching `selector`, without what is marked data-not-a-count (the
 * rule itself, input values): the counts a reader sees.
 */
export async function countsText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)]
        .map((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-not-a-count]').forEach((n) => n.remove());
          // Text node by text node: an SVG's texts and titles have no space between them.
          const texts: string[] = [];
          const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
          return texts.join(' ');
        })
        .join('\n'),
    selector,
  );
}

/**
 * One session for a describe block: opened on the app and drawn before its tests, closed after
 * them. The session is made in beforeAll, so what is returned stands for it until then.
 */
export function suiteSession(baseUrl: string): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await openSession(baseUrl);
    await current.page.goto(baseUrl);
    await waitForDrawn(current.page);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Session, {
    get(_, key) {
      if (!current) throw new Error('The suite session opens in beforeAll.');
      return current[key as keyof Session];
    },
  });
}
