/**
 * The SQL panel's queries cannot take the dashboard with them: they run on a connection of their
 * own, in steps, so the views answer while one runs; Cancel stops one; and a query that needs
 * more memory than the engine has is stopped by DuckDB, said in the panel and in the status
 * line, and leaves the map, the filters and the loaded datasets working. An engine that dies
 * is restarted, with the loaded datasets stored again and the view as it was.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { drawnFlows, suiteSession, waitForDrawn } from './support/browser';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

describe('the engine under an analyst’s heavy queries', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);
  const panel = () => s.page.getByRole('tabpanel', { name: 'SQL' });
  const run = async (sql: string) => {
    await panel().getByLabel('Query (DuckDB SQL, read-only)').fill(sql);
    await panel().getByRole('button', { name: 'Run query' }).click();
  };
  const from = () => s.page.getByRole('slider', { name: /Year from/ });
  const status = () => s.page.locator('p.status').textContent();
  /** Legs the demo draws over all its years (2010–2023) at threshold 10, before any query. */
  let reference = 0;

  it('keeps the views answering while a long query runs, and cancels it', async () => {
    await s.page.getByLabel('Load data').setInputFiles(path.join(FIXTURES, 'spanish-names.csv'));
    await expect
      .poll(() => s.page.getByRole('radio', { name: 'spanish-names.csv' }).isChecked())
      .toBe(true);
    await s.page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    // Showing a dataset puts the threshold back to its floor: lower it once the demo is shown.
    await expect.poll(status).toMatch(/^Loaded Synthetic demo data/);
    await waitForDrawn(s.page);
    reference = await drawnFlows(s.page);
    expect(reference).toBeGreaterThan(10);
    await s.page.getByLabel('Hide counts below').fill('1');
    await s.page.getByRole('tab', { name: 'SQL' }).click();
    // Ten billion rows: minutes of work, and no memory to speak of.
    await run('SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b');
    const cancel = panel().getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    // While it runs, a filter change is queried and drawn.
    await from().fill('2018');
    await waitForDrawn(s.page);
    expect(await cancel.isVisible()).toBe(true);
    await cancel.click();
    await expect
      .poll(() => panel().getByRole('alert').textContent())
      .toBe('The query was cancelled.');
    await run('SELECT 42 AS answer');
    await expect.poll(() => panel().getByRole('row').nth(1).textContent()).toBe('42');
  });

  it('survives a query that exhausts the engine’s memory, and says so', async () => {
    // A hash join that wants 4 GiB for its table: more than the engine may take.
    await run(
      'SELECT count(*) FROM range(200000000) a JOIN range(200000000) b ON a.range = b.range',
    );
    const outOfMemory = /^The query needed more memory than the engine has, so DuckDB stopped it/;
    await expect.poll(() => panel().getByRole('alert').textContent()).toMatch(outOfMemory);
    await expect.poll(status).toMatch(outOfMemory);
    // The panel, the map, the filters and the loaded datasets work as before.
    await run('SELECT count(*)::INTEGER AS n FROM cases');
    await expect.poll(() => panel().getByRole('row').nth(1).textContent()).toMatch(/^\d+$/);
    await s.page.getByRole('button', { name: 'Back to 10' }).click();
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await waitForDrawn(s.page);
    // The years from 2018 drawn again; then all the years, as drawn before any query.
    expect(await drawnFlows(s.page)).toBeGreaterThan(0);
    await from().fill('2010');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(reference);
    await s.page.getByRole('radio', { name: 'spanish-names.csv' }).click();
    await expect.poll(status).toMatch(/^Loaded spanish-names\.csv/);
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBeGreaterThan(0);
    await s.page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    await expect.poll(status).toMatch(/^Loaded Synthetic demo data/);
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(reference);
  });

  it('restarts an engine that dies, with the loaded datasets and the view as they were', async () => {
    await from().fill('2015');
    await waitForDrawn(s.page);
    const before = await drawnFlows(s.page);
    // The engine's worker fails as a trap would leave it: an error thrown out of it.
    const worker = s.page.workers().find((w) => /duckdb-browser-\w+\.worker/.test(w.url()));
    expect(worker, 'the engine worker').toBeDefined();
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash of the engine');
      });
    });
    await expect
      .poll(status)
      .toMatch(
        /^The DuckDB engine stopped working \(.*simulated crash of the engine\) and was restarted: 2 loaded datasets stored again from memory, and the view restored\.$/,
      );
    // A new worker, the old one gone.
    await expect.poll(() => s.page.workers().includes(worker!)).toBe(false);
    // The view as it was (years from 2015), then the filters and the datasets at work.
    await expect(from().inputValue()).resolves.toBe('2015');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(before);
    await from().fill('2010');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(reference);
    await s.page.getByRole('radio', { name: 'spanish-names.csv' }).click();
    await expect.poll(status).toMatch(/^Loaded spanish-names\.csv/);
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBeGreaterThan(0);
    await s.page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    await expect.poll(status).toMatch(/^Loaded Synthetic demo data/);
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(reference);
    // And the SQL panel, on the new engine.
    await s.page.getByLabel('Hide counts below').fill('1');
    await s.page.getByRole('tab', { name: 'SQL' }).click();
    await run('SELECT 42 AS answer');
    await expect.poll(() => panel().getByRole('row').nth(1).textContent()).toBe('42');
    await s.page.getByRole('button', { name: 'Back to 10' }).click();
    await s.page.getByRole('tab', { name: 'Map' }).click();
  });

  it('restarts an engine whose reply is a wasm trap', async () => {
    await from().fill('2016');
    await waitForDrawn(s.page);
    const at2016 = await drawnFlows(s.page);
    const worker = s.page.workers().find((w) => /duckdb-browser-\w+\.worker/.test(w.url()));
    // The next query's answer is what the worker sends when the wasm traps.
    await worker!.evaluate(() => {
      const scope = globalThis as unknown as {
        postMessage: (
          message: { type?: string; messageId?: number; requestId?: number; data?: unknown },
          transfer?: unknown,
        ) => void;
      };
      const post = scope.postMessage.bind(scope);
      let trapped = false;
      scope.postMessage = (message, transfer) => {
        if (!trapped && message.type === 'QUERY_RESULT') {
          trapped = true;
          post(
            {
              messageId: message.messageId,
              requestId: message.requestId,
              type: 'ERROR',
              data: { name: 'RuntimeError', message: 'unreachable' },
            },
            [],
          );
          return;
        }
        post(message, transfer);
      };
    });
    // Another dataset shown, so that queries reach the engine (filter changes are answered by
    // the view index, in the page).
    await s.page.getByRole('radio', { name: 'spanish-names.csv' }).click();
    await expect
      .poll(status)
      .toMatch(
        /^The DuckDB engine stopped working \(RuntimeError: unreachable\) and was restarted: 2 loaded datasets/,
      );
    await expect.poll(() => s.page.workers().includes(worker!)).toBe(false);
    // The datasets and the filters work on the new engine.
    await s.page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    await expect(from().inputValue()).resolves.toBe('2016');
    await waitForDrawn(s.page);
    await from().fill('2017');
    await waitForDrawn(s.page);
    await from().fill('2016');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(at2016);
  });

  it('made no request off its origin and logged no error but the simulated crash', () => {
    expect(s.offOrigin).toEqual([]);
    // duckdb-wasm logs a failing worker's event, and its message.
    const crash = /^console: (ErrorEvent$|error in duckdb worker: .*simulated crash of the engine)/;
    expect(s.errors.filter((e) => crash.test(e)).length).toBeGreaterThan(0);
    expect(s.errors.filter((e) => !crash.test(e))).toEqual([]);
  });
});
