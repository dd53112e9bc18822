/**
 * Offline by construction, as the browser meets it: the pages and the workers are served with the
 * policy as HTTP headers (a worker follows its own response's policy, not the page's `<meta>`),
 * and queries an analyst might paste in the SQL panel that would reach another origin are refused
 * by the engine, in words, with no request made at all.
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devPolicy, SECURITY_HEADERS } from '../../vite.config';
import { ATTACKS, OFF } from '../support/sql-attacks';
import { drawnFlows, suiteSession, waitForDrawn } from './support/browser';

function expectSecurityHeaders(headers: Headers, what: string, policy = CONTENT_SECURITY_POLICY) {
  expect(headers.get('content-security-policy'), what).toBe(policy);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy'), what).toBe('same-origin');
}

describe('the policy as HTTP headers', () => {
  const baseUrl = inject('baseUrl');

  it('sends them with the page, each worker script and the wasm of `npm start`', async () => {
    const assets = readdirSync('dist/assets');
    const workers = assets.filter((f) => /\.worker-[\w-]+\.js$/.test(f));
    // duckdb-wasm's two workers and the import worker.
    expect(workers.length).toBeGreaterThanOrEqual(3);
    const wasm = assets.filter((f) => f.endsWith('.wasm'));
    expect(wasm.length).toBe(2);
    for (const path of ['', '?embed=1', ...[...workers, ...wasm].map((f) => `assets/${f}`)]) {
      const response = await fetch(new URL(path, baseUrl));
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response.headers, path || 'the page');
      if (path.endsWith('.wasm')) {
        expect(response.headers.get('content-type')).toBe('application/wasm');
      }
      await response.body?.cancel();
    }
  });

  it('sends them from the dev server, allowing only the inline scripts it serves', async () => {
    const server = await createServer({
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    try {
      await server.listen();
      const url = server.resolvedUrls!.local[0]!;
      const page = await fetch(url);
      const html = await page.text();
      // React's refresh preamble is inline in dev; its hash is the only addition to the policy.
      expect(html).toMatch(/<script type="module">import \{ injectIntoGlobalHook \}/);
      const policy = devPolicy(html);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[\w+/]+=*';/);
      expect(policy.replace(/ 'sha256-[\w+/]+=*'/g, '')).toBe(CONTENT_SECURITY_POLICY);
      expectSecurityHeaders(page.headers, 'the dev page', policy);
      const client = await fetch(new URL('@vite/client', url));
      expectSecurityHeaders(client.headers, 'a dev module');
      await client.body?.cancel();
    } finally {
      await server.close();
    }
  });

  it('names the same headers as vite.config exports', () => {
    expect(Object.keys(SECURITY_HEADERS).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
  });
});

describe('the SQL panel cannot reach outside the page', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);

  it('refuses each query that would, in words, and makes no request', async () => {
    const flows = await drawnFlows(s.page);
    await s.page.getByLabel('Hide counts below').fill('1');
    await s.page.getByRole('tab', { name: 'SQL' }).click();
    const panel = s.page.getByRole('tabpanel', { name: 'SQL' });
    const editor = panel.getByLabel('Query (DuckDB SQL, read-only)');
    const alert = panel.getByRole('alert');
    const run = async (sql: string) => {
      await editor.fill(sql);
      await panel.getByRole('button', { name: 'Run query' }).click();
    };
    // A query that works first: the engine answers through the panel.
    await run('SELECT count(*)::INTEGER AS n FROM cases');
    await expect.poll(() => panel.getByRole('row').nth(1).textContent()).toMatch(/^\d+$/);

    const requests: string[] = [];
    s.context.on('request', (r) => requests.push(r.url()));
    for (const attack of [
      ...ATTACKS,
      // Under the one directory the engine may read, a name not registered is no request either.
      { sql: "FROM read_csv('/rutas-files/z.csv')", message: /No files found/ },
    ]) {
      await run(attack.sql);
      await expect
        .poll(() => alert.locator('p').textContent(), { message: attack.sql })
        .toMatch(attack.message);
      // The next attack's message must be its own, not this one's.
      await run('SELECT 1 AS ok');
      await expect.poll(() => alert.count(), { message: attack.sql }).toBe(0);
    }
    expect(requests).toEqual([]);
    expect(s.offOrigin.filter((u) => u.includes(OFF))).toEqual([]);

    await s.page.getByRole('button', { name: 'Back to 10' }).click();
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(flows);
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
