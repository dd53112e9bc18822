/**
 * A file shaped like the complete UNODC GLOTIP database (58,769 rows; tests/support/glotip-shaped),
 * as the xlsx download (title and date rows above the header) and as its CSV: both load whole in
 * the page, read the same rows, and list what they did not understand. The load times are
 * printed, not asserted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { suiteSession, waitForDrawn, type Session } from './support/browser';
import { GLOTIP_ROWS, glotipShapedCsv, glotipShapedRows } from '../support/glotip-shaped';

const dir = mkdtempSync(path.join(tmpdir(), 'rutas-glotip-'));
const csv = path.join(dir, 'glotip-full.csv');
const xlsx = path.join(dir, 'glotip-full.xlsx');

/** Records, in the page, the largest value any progress bar reaches from now on. */
async function watchProgress(s: Session): Promise<() => Promise<number>> {
  await s.page.evaluate(() => {
    const w = window as unknown as { rutasMaxProgress: number };
    w.rutasMaxProgress = 0;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('progress, [role="progressbar"]')) {
        const v = Number(bar.getAttribute('value') ?? bar.getAttribute('aria-valuenow') ?? 0);
        w.rutasMaxProgress = Math.max(w.rutasMaxProgress, v);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () =>
    s.page.evaluate(() => (window as unknown as { rutasMaxProgress: number }).rutasMaxProgress);
}

async function load(s: Session, file: string): Promise<number> {
  await s.page.getByLabel('Load data').setInputFiles(file);
  const name = path.basename(file).replace('.', '\\.');
  await s.page
    .getByRole('status')
    .filter({ hasText: new RegExp(`Loaded ${name}: 58,769 rows read`) })
    .waitFor({ timeout: 120_000 });
  await waitForDrawn(s.page);
  return s.page.evaluate(
    () => performance.getEntriesByName('rutas:load', 'measure').at(-1)!.duration,
  );
}

describe('the complete GLOTIP database, as xlsx and as CSV', () => {
  const s = suiteSession(inject('baseUrl'));

  it('loads both whole, with the same report', async () => {
    const rows = glotipShapedRows();
    expect(rows.length).toBe(GLOTIP_ROWS + 1);
    writeFileSync(csv, glotipShapedCsv(rows));
    const sheet = [
      [{ value: 'UNODC' }],
      [{ value: '14/04/2025' }],
      ...rows.map((r) => r.map((value) => ({ value }))),
    ];
    writeFileSync(xlsx, await writeXlsxFile(sheet).toBuffer());

    const progress = await watchProgress(s);
    const xlsxMs = await load(s, xlsx);
    // The reader says how far it has got: the bar filled as the sheet was read.
    expect(await progress()).toBeGreaterThan(0);
    const report = async () =>
      (await s.page.locator('ul[aria-label="Load report"]').textContent()) ?? '';
    const fromXlsx = await report();
    expect(fromXlsx).toContain('Read as: XLSX, UNODC GLOTIP');
    expect(fromXlsx).toContain('Not a country, Category "West Africa" (a region');
    expect(fromXlsx).toContain('Not understood, Category "Congolese"');
    const csvMs = await load(s, csv);
    const fromCsv = await report();
    expect(fromCsv).toContain("Read as: CSV (UTF-8, ','), UNODC GLOTIP");
    const used = (text: string) => /Rows used: ([\d,]+)/.exec(text)?.[1];
    expect(used(fromCsv)).toBe(used(fromXlsx));
    // The whole world: by default the map shows the flows that touch South America.
    await expect(s.page.getByLabel('Show').inputValue()).resolves.toBe('region');
    await s.page.screenshot({ path: 'test-results/screenshots/glotip-world-region.png' });
    console.log(
      `GLOTIP-shaped ${GLOTIP_ROWS} rows: xlsx loaded and drawn in ${Math.round(xlsxMs)} ms, ` +
        `CSV in ${Math.round(csvMs)} ms (rutas:load)`,
    );
  }, 300_000);

  it('shows a progress bar for the xlsx load, and cancels it keeping what was shown', async () => {
    await s.page.getByLabel('Load data').setInputFiles(xlsx);
    const cancel = s.page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 30_000 });
    await expect(s.page.getByRole('progressbar').count()).resolves.toBe(1);
    // At once: waiting for the bar to fill first let the load finish before Cancel on a busy
    // machine (the bar's filling is checked in the test above).
    await cancel.click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loading glotip-full\.xlsx was cancelled/ })
      .waitFor();
    await expect(s.page.getByRole('radio', { name: 'glotip-full.csv' }).isChecked()).resolves.toBe(
      true,
    );
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
