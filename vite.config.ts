import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The content-security policy of the built app: nothing may be loaded from, or sent to, any origin
 * but the page's own. 'wasm-unsafe-eval' lets duckdb-wasm compile its module; blob: workers are
 * how MapLibre starts its own. In the built page's `<meta>`, and sent as a header with every
 * response of `npm start` and the dev server (see securityHeaders): a worker loaded from its own
 * URL follows the policy of its response, not the page's.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rutas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * Headers for every response of the app (page, scripts, workers, wasm, data): the policy, no MIME
 * sniffing, no referrer, a browsing context of its own, and no reading of its files by pages of
 * other origins. The README's "Deploying" gives the same for a static host.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The dev server's policy for an HTML page: the built page's, plus the hash of each inline script
 * in it (Vite's dev client and React's refresh preamble are inline there), nothing more.
 */
export function devPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self' 'wasm-unsafe-eval'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
  );
}

/** Sets the headers on a response; in dev, an HTML page's policy gets its inline scripts' hashes. */
function withHeaders(dev: boolean): Connect.NextHandleFunction {
  return (_req, res: ServerResponse, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (dev) {
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        const [chunk] = args;
        const type = String(res.getHeader('Content-Type') ?? '');
        if (!res.headersSent && type.startsWith('text/html') && chunk !== undefined) {
          const html =
            typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
          res.setHeader('Content-Security-Policy', devPolicy(html));
        }
        return end(...args);
      }) as ServerResponse['end'];
    }
    next();
  };
}

/**
 * The first view's data (the basemap, and the demo's view published ahead of time) is fetched
 * as soon as the page is parsed, beside the scripts, not once they have run (a second later on a
 * busy machine): a preload link for each, which the app's own fetch then takes up.
 */
export const FIRST_VIEW_ASSETS = [/^basemap-[\w-]+\.json$/, /^demo-view-[\w-]+\.json$/];

function preloadFirstView(): Plugin {
  let base = '/';
  return {
    name: 'rutas-preload-first-view',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.values(ctx.bundle ?? {})
          .filter((f) => FIRST_VIEW_ASSETS.some((re) => re.test(path.basename(f.fileName))))
          .map((f) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: base + f.fileName,
              as: 'fetch',
              crossorigin: '',
              fetchpriority: 'low',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

function securityHeaders(): Plugin {
  return {
    name: 'rutas-security-headers',
    // Before Vite's own middlewares, so that every response has them.
    configureServer: (server) => void server.middlewares.use(withHeaders(true)),
    configurePreviewServer: (server) => void server.middlewares.use(withHeaders(false)),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadFirstView(), securityHeaders()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  assetsInclude: ['**/*.parquet'],
  build: { chunkSizeWarningLimit: 2500, sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/sql/**/*.test.ts'],
          // flowmap.gl's ESM imports folders, which Node refuses: Vite resolves them instead.
          server: { deps: { inline: [/@flowmap\.gl\//] } },
          testTimeout: 30_000,
          // Filling an engine with the 41,122 demo cases takes seconds on two busy cores.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A browser on two cores shared with the unit tests can take seconds to settle.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
