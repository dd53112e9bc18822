/**
 * Loading an analyst's own data through the page: the real excerpts in tests/fixtures (GLOTIP,
 * CTDC), a CTDC file of the real size, drop, ?data=, switching and removing datasets, cancelling
 * a long load. After every load the testing contract holds: data-ready, data-flows, the status
 * with rows read, and a rutas:load measure.
 */
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  drawnFlows,
  openSession,
  suiteSession,
  waitForDrawn,
  type Session,
} from './support/browser';
import { ctdc2020File, largeRutasFile, manyRoutesFile } from './support/files';
import { SHARED_DATA as SHARED } from '../support/shared';

const SHOTS = 'test-results/screenshots';

async function loads(s: Session): Promise<number> {
  return s.page.evaluate(() => performance.getEntriesByName('rutas:load', 'measure').length);
}

/** Picks a file with the "Load data" input and waits until the status says it loaded and it is drawn. */
async function pick(s: Session, file: string, status: RegExp): Promise<void> {
  const before = await loads(s);
  await s.page.getByLabel('Load data').setInputFiles(file);
  await s.page.getByRole('status').filter({ hasText: status }).waitFor({ timeout: 60_000 });
  await waitForDrawn(s.page);
  await expect.poll(() => loads(s)).toBe(before + 1);
}

/** A DuckDB engine's worker (the app's own, or one reading a large file). */
const isEngine = (worker: Worker) => /duckdb-browser-\w+\.worker/.test(worker.url());
const engines = (s: Session) => s.page.workers().filter(isEngine).length;
/** The worker that reads and converts a file (or converts an engine's grouped rows). */
const isImporter = (worker: Worker) => /import\.worker/.test(worker.url());

async function reportText(s: Session): Promise<string> {
  // The report may be folded away (<details>): read it whether or not it is open.
  return (await s.page.locator('ul[aria-label="Load report"]').textContent()) ?? '';
}

describe('loading your own data', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);

  it('loads the UNODC GLOTIP xlsx download and reports what it read', async () => {
    await pick(
      s,
      `${SHARED}/glotip/glotip-sample.xlsx`,
      /Loaded glotip-sample\.xlsx: 453 rows read, 136 used/,
    );
    expect(await drawnFlows(s.page)).toBeGreaterThan(0);
    const report = await reportText(s);
    expect(report).toContain('Read as: XLSX, UNODC GLOTIP');
    // 89 rows of detected victims and 47 criminal-justice figures.
    expect(report).toContain('Rows used: 136');
    expect(report).toContain('47 of the rows used are criminal-justice figures');
    expect(report).toContain('Set aside, by form of exploitation (not joined to flows): 130 rows');
    // Rows of the analyst's own file are counted exactly, small numbers too.
    expect(report).toContain("Set aside, impossible value: more than the country's total: 2 rows");
    await s.page.screenshot({ path: `${SHOTS}/glotip-loaded.png` });
  });

  it('loads the GLOTIP CSV and the CTDC schema excerpt', async () => {
    await pick(
      s,
      `${SHARED}/glotip/glotip-sample.csv`,
      /Loaded glotip-sample\.csv: 453 rows read, 136 used/,
    );
    await pick(
      s,
      `${SHARED}/ctdc/ctdc-2020-header-excerpt.csv`,
      /Loaded ctdc-2020-header-excerpt\.csv: 3 rows read/,
    );
    expect(await reportText(s)).toContain("Read as: CSV (UTF-8, ','), CTDC (IOM)");
  });

  it('reads a Windows-1252 file, and names what is wrong in bad ones while keeping the data', async () => {
    const fixtures = path.join(import.meta.dirname, '../fixtures');
    await pick(s, `${fixtures}/latin1.csv`, /Loaded latin1\.csv: 3 rows read/);
    expect(await reportText(s)).toContain("Read as: CSV (Windows-1252, ',')");
    const flows = await drawnFlows(s.page);
    for (const [file, message] of [
      ['duplicate-headers.csv', /Line 1: the column "origin" appears twice/],
      [
        'unknown-countries.csv',
        /No row of unknown-countries\.csv names a country Rutas understands/,
      ],
      ['csv-named.xlsx', /named like a spreadsheet but is not an XLSX workbook/],
    ] as const) {
      await s.page.getByLabel('Load data').setInputFiles(`${fixtures}/${file}`);
      await expect.poll(() => s.page.getByRole('alert').first().textContent()).toMatch(message);
    }
    await expect(s.page.getByRole('radio', { name: 'latin1.csv' }).isChecked()).resolves.toBe(true);
    expect(await drawnFlows(s.page)).toBe(flows);
  });

  it('loads a CTDC file of the real size (50,000 rows, 63 columns) and draws it', async () => {
    const file = ctdc2020File(50_000);
    await pick(s, file, /Loaded ctdc-2020-50000\.csv: 50,000 rows read/);
    expect(await drawnFlows(s.page)).toBeGreaterThan(20);
    const ms = await s.page.evaluate(
      () => performance.getEntriesByName('rutas:load', 'measure').at(-1)!.duration,
    );
    console.log(`CTDC 50,000 × 63 loaded and drawn in ${Math.round(ms)} ms (rutas:load)`);
    await s.page.screenshot({ path: `${SHOTS}/ctdc-50k.png` });
  });

  it('switches between datasets and removes one; the demo stays', async () => {
    const radios = s.page.getByRole('radio');
    await expect(radios.count()).resolves.toBe(6);
    // The switch takes a moment (the engine swaps tables): click, then wait for it.
    await s.page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded Synthetic demo data/ })
      .waitFor();
    await waitForDrawn(s.page);
    await expect(
      s.page.getByText('Synthetic demo data — not real cases').isVisible(),
    ).resolves.toBe(true);
    await s.page.getByRole('button', { name: 'Remove glotip-sample.csv' }).click();
    await expect.poll(() => radios.count()).toBe(5);
    await expect(
      s.page.getByRole('button', { name: 'Remove Synthetic demo data' }).count(),
    ).resolves.toBe(0);
    await s.page.getByRole('radio', { name: 'glotip-sample.xlsx' }).click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded glotip-sample\.xlsx/ })
      .waitFor();
    await waitForDrawn(s.page);
  });

  it('loads a file dropped on the page', async () => {
    const before = await loads(s);
    await s.page.evaluate(() => {
      const csv =
        'year,origin,destination,victims\n2021,Venezuela,Colombia,40\n2021,Boliviana,Argentina,25\n';
      const data = new DataTransfer();
      data.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      const target = document.querySelector('.map-area')!;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, dataTransfer: data }));
      target.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }),
      );
    });
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded dropped\.csv: 2 rows read/ })
      .waitFor();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(2);
    await expect.poll(() => loads(s)).toBe(before + 1);
  });

  it('loads a file dropped before the engine has started, once it has', async () => {
    // A plain visit draws the demo's early view first; the engine starts after it.
    const early = await openSession(baseUrl);
    try {
      await early.page.goto(baseUrl);
      await early.page.locator('.map-area').waitFor();
      const engineWasReady = await early.page.evaluate(`(() => {
        const ready = performance.getEntriesByName('rutas:engine-ready').length > 0;
        const csv = 'year,origin,destination,victims\\n2021,Venezuela,Colombia,40\\n2021,Boliviana,Argentina,25\\n';
        const data = new DataTransfer();
        data.items.add(new File([csv], 'early.csv', { type: 'text/csv' }));
        const target = document.querySelector('.map-area');
        target.dispatchEvent(new DragEvent('dragover', { bubbles: true, dataTransfer: data }));
        target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
        return ready;
      })()`);
      expect(engineWasReady).toBe(false);
      await early.page
        .getByRole('status')
        .filter({ hasText: /early\.csv will load as soon as/ })
        .waitFor();
      await early.page
        .getByRole('status')
        .filter({ hasText: /Loaded early\.csv: 2 rows read/ })
        .waitFor({ timeout: 60_000 });
      await waitForDrawn(early.page);
      expect(await drawnFlows(early.page)).toBe(2);
      await expect(early.page.getByRole('radio', { name: 'early.csv' }).isChecked()).resolves.toBe(
        true,
      );
      expect(early.errors).toEqual([]);
    } finally {
      await early.close();
    }
  });

  it('reads a large Rutas-format file through an engine of its own, started as the picker opens', async () => {
    expect(engines(s)).toBe(1);
    const opened = s.page.waitForEvent('worker', { predicate: isEngine });
    const chooser = s.page.waitForEvent('filechooser');
    const before = await loads(s);
    await s.page.getByText('Load data', { exact: true }).click();
    // The reader's engine starts while the analyst is choosing, before any file is chosen.
    await opened;
    expect(engines(s)).toBe(2);
    const converting = s.page.waitForEvent('worker', { predicate: isImporter, timeout: 60_000 });
    // 600,000 rows, about 22 MB: above the size from which the engine reads the file itself.
    await (await chooser).setFiles(largeRutasFile(600_000));
    // Its grouped rows are converted in the import worker, which is closed once done.
    const converter = await converting;
    const converted = new Promise((resolve) => converter.once('close', resolve));
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded large-600000\.csv: 600,000 rows read/ })
      .waitFor({ timeout: 60_000 });
    await waitForDrawn(s.page);
    await expect.poll(() => loads(s)).toBe(before + 1);
    await expect.poll(() => reportText(s)).toMatch(/read by the database engine/);
    // That engine read it, and was closed once done (its memory with it), as was the converter.
    await expect.poll(() => engines(s)).toBe(1);
    await converted;
    await expect(s.page.getByRole('radio', { name: 'large-600000.csv' }).isChecked()).resolves.toBe(
      true,
    );
    expect(await drawnFlows(s.page)).toBeGreaterThan(10);
    // Back to the file shown before, for the next test.
    const dropped = s.page.getByRole('radio', { name: 'dropped.csv' });
    await dropped.click();
    await expect.poll(() => dropped.isChecked()).toBe(true);
    await waitForDrawn(s.page);
  });

  it('cancels a file an engine is reading by stopping that engine', async () => {
    const opened = s.page.waitForEvent('worker', { predicate: isEngine });
    // 2,500,000 rows, about 90 MB: seconds of reading, so that Cancel (shown after a second)
    // comes while the engine reads, however busy the machine.
    await s.page.getByLabel('Load data').setInputFiles(largeRutasFile(2_500_000));
    const reader = await opened;
    const closed = new Promise((resolve) => reader.once('close', resolve));
    await s.page.getByRole('button', { name: 'Cancel' }).click();
    await closed;
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loading large-2500000\.csv was cancelled/ })
      .waitFor();
    expect(engines(s)).toBe(1);
    await expect(s.page.getByRole('radio', { name: 'dropped.csv' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(s.page.getByRole('radio', { name: 'large-2500000.csv' }).count()).resolves.toBe(0);
    expect(await drawnFlows(s.page)).toBe(2);
  });

  it('cancels a long load and keeps what was shown', async () => {
    // Just below the size the engine reads itself: converted in the worker, which takes seconds.
    const file = largeRutasFile(440_000);
    await s.page.getByLabel('Load data').setInputFiles(file);
    const cancel = s.page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 30_000 });
    await expect(s.page.getByRole('progressbar').count()).resolves.toBe(1);
    await s.page.screenshot({ path: `${SHOTS}/load-progress.png` });
    await cancel.click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loading large-440000\.csv was cancelled/ })
      .waitFor();
    await expect(s.page.getByRole('radio', { name: 'dropped.csv' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(s.page.getByRole('radio', { name: 'large-440000.csv' }).count()).resolves.toBe(0);
    expect(await drawnFlows(s.page)).toBe(2);
  });

  it('stops offering Cancel once the file is read, while its views are prepared', async () => {
    // What the status says, each time it changes, and whether Cancel is offered then.
    await s.page.evaluate(`(() => {
      window.statusSeen = [];
      new MutationObserver(() => {
        const text = document.querySelector('p.status')?.textContent ?? '';
        const cancel = document.querySelector('.load-progress button') !== null;
        const last = window.statusSeen.at(-1);
        if (!last || last.text !== text || last.cancel !== cancel) window.statusSeen.push({ text, cancel });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await pick(s, manyRoutesFile(400_000), /Loaded many-routes-400000\.csv/);
    const seen = (await s.page.evaluate('window.statusSeen')) as {
      text: string;
      cancel: boolean;
    }[];
    const reading = seen.filter((e) => /^Loading many-routes-400000\.csv/.test(e.text));
    const preparing = seen.filter((e) =>
      /^Preparing the views of many-routes-400000\.csv/.test(e.text),
    );
    // About 18 MB, so read by an engine of its own, whose start alone takes about a second: read
    // with Cancel offered, then prepared without.
    expect(reading.some((e) => e.cancel)).toBe(true);
    expect(preparing.length).toBeGreaterThan(0);
    expect(preparing.every((e) => !e.cancel)).toBe(true);
    const dropped = s.page.getByRole('radio', { name: 'dropped.csv' });
    await dropped.click();
    await expect.poll(() => dropped.isChecked()).toBe(true);
    await waitForDrawn(s.page);
  });

  it('maps the columns of a file it does not know, and remembers the mapping', async () => {
    const file = path.join(import.meta.dirname, '../fixtures/ministerio.csv');
    await s.page.getByLabel('Load data').setInputFiles(file);
    const dialog = s.page.getByRole('dialog', { name: /Which column is which in ministerio\.csv/ });
    await dialog.waitFor();
    await expect(
      dialog.getByRole('table', { name: 'Preview of the file' }).textContent(),
    ).resolves.toContain('Explotación sexual');
    const load = dialog.getByRole('button', { name: 'Load with this mapping' });
    // Its columns are guessed from their names and values; the analyst may change them.
    await expect(dialog.getByLabel(/^Year/).inputValue()).resolves.toBe('año');
    await dialog.getByLabel(/^Year/).selectOption('año');
    await dialog.getByLabel(/^Origin country/).selectOption('país de origen');
    await dialog.getByLabel(/^Transit countries/).selectOption('país de tránsito');
    await dialog.getByLabel(/^Destination country/).selectOption('país de destino');
    await dialog.getByLabel(/^Count of victims/).selectOption('víctimas');
    await s.page.screenshot({ path: `${SHOTS}/mapping-dialog.png` });
    await load.click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded ministerio\.csv: 3 rows read/ })
      .waitFor();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(4); // VEN→COL→PER is two legs
    // The same columns again: read with the remembered mapping, no dialog.
    await s.page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded Synthetic demo data/ })
      .waitFor();
    await s.page.getByLabel('Load data').setInputFiles(file);
    await expect.poll(() => s.page.getByRole('radio', { name: 'ministerio.csv' }).count()).toBe(2);
    await expect(s.page.getByRole('dialog').count()).resolves.toBe(0);
    expect(await reportText(s)).toContain('Columns read with a mapping saved in this browser.');
    await waitForDrawn(s.page);
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe('?data= in the URL', () => {
  it('loads a file published next to the app, and refuses one elsewhere', async () => {
    const baseUrl = inject('baseUrl');
    const s = await openSession(baseUrl);
    try {
      await s.page.goto(`${baseUrl}?data=examples/rutas-example.csv`);
      await s.page
        .getByRole('status')
        .filter({ hasText: /Loaded rutas-example\.csv: 9 rows read/ })
        .waitFor({ timeout: 60_000 });
      await waitForDrawn(s.page);
      expect(await drawnFlows(s.page)).toBeGreaterThan(3);
      await expect(
        s.page.getByRole('radio', { name: 'Synthetic demo data' }).count(),
      ).resolves.toBe(1);
      await s.page.goto(`${baseUrl}?data=https://example.org/cases.csv`);
      await expect
        .poll(() => s.page.getByRole('alert').first().textContent(), { timeout: 60_000 })
        .toMatch(/may only name a file on this site/);
      expect(s.offOrigin).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
