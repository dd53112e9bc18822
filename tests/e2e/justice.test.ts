/**
 * The Justice view on a GLOTIP-shaped file (tests/fixtures/glotip-justice.csv): absent on the
 * demo, offered once the file is loaded, its figures published (none of 1 … k − 1, "<5" never a
 * number), by sex where given, the selected country's years, and a link that names the tab.
 * It goes when another dataset is shown. `RUTAS_SCREENSHOTS=<folder>` saves the view at
 * 1280×800 there, to look at.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { suiteSession, waitForDrawn } from './support/browser';
import { GLOTIP_ROWS, glotipShapedCsv, glotipShapedRows } from '../support/glotip-shaped';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/glotip-justice.csv');

/** A published count as read: a number of k or more, "≥ n", "< 10" or "withheld". */
const PUBLISHED = /^(< 10|≥ \d[\d,]*|\d[\d,]*|withheld)$/;

describe('the Justice view', () => {
  const s = suiteSession(inject('baseUrl'));

  it('is not offered for the demo, which has no criminal-justice figures', async () => {
    await expect(s.page.getByRole('tab', { name: 'Table' })).toBeDefined();
    expect(await s.page.getByRole('tab', { name: 'Justice' }).count()).toBe(0);
  });

  it('shows a GLOTIP-shaped file’s published figures by country, sex and year', async () => {
    const { page } = s;
    await page.getByLabel('Load data').setInputFiles(FIXTURE);
    await page
      .getByRole('status')
      .filter({ hasText: /Loaded glotip-justice\.csv: 57 rows read/ })
      .waitFor({ timeout: 60_000 });
    await waitForDrawn(page);
    const report = (await page.locator('ul[aria-label="Load report"]').textContent()) ?? '';
    expect(report).toContain('30 of the rows used are criminal-justice figures');
    expect(report).toContain('justice figure by age (the Justice view shows totals and sex)');

    await page.getByRole('tab', { name: 'Justice' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Justice' });
    const table = panel.getByRole('table', { name: 'Criminal-justice response' });
    await table.waitFor();
    await page.waitForURL(/view=justice/);
    const rows = await table.locator('tbody tr th').allTextContents();
    expect(new Set(rows)).toEqual(new Set(['Colombia', 'Chile', 'Ecuador']));

    const cells = await table.locator('td[data-indicator]').evaluateAll((tds) =>
      tds.map((td) => ({
        row: td.closest('tr')!.querySelector('th')!.textContent,
        indicator: td.getAttribute('data-indicator'),
        total: td.firstChild?.nodeType === Node.TEXT_NODE ? td.firstChild.textContent : '',
        bySex: td.querySelector('small')?.textContent ?? '',
      })),
    );
    const figures = cells.flatMap((c) => [
      c.total ?? '',
      ...c.bySex.split(' · ').map((part) => part.replace(/^\D+? (?=[<≥\d]|withheld)/, '')),
    ]);
    for (const text of figures.filter((f) => f !== '')) {
      expect(text).toMatch(PUBLISHED);
      if (/^\d/.test(text)) expect(Number(text.replace(/,/g, ''))).toBeGreaterThanOrEqual(10);
    }
    const cell = (row: string, indicator: string) =>
      cells.find((c) => c.row === row && c.indicator === indicator)!;
    // Colombia's 1,514 + 1,270 people brought into formal contact, within the noise's ±7.
    const formal = Number(cell('Colombia', 'formal_contact').total!.replace(/,/g, ''));
    expect(Math.abs(formal - 2784)).toBeLessThanOrEqual(7);
    expect(cell('Colombia', 'prosecuted').bySex).toMatch(/^Female \d+ · Male \d+$/);
    // Chile's convictions are 7 and a "<5": hidden, or a lower bound.
    expect(cell('Chile', 'convicted').total).toMatch(/^(< 10|≥ \d+)$/);
    expect(cell('Chile', 'prosecuted').bySex).toContain('Other < 10');

    await table.getByRole('button', { name: 'Select Colombia' }).click();
    const years = panel.getByRole('table', { name: 'Colombia, year by year' });
    await years.waitFor();
    expect(await years.locator('tbody th').allTextContents()).toEqual(['2019', '2020']);
    await page.waitForURL(/country=COL/);
    if (process.env.RUTAS_SCREENSHOTS) {
      await page.screenshot({ path: path.join(process.env.RUTAS_SCREENSHOTS, 'justice.png') });
    }
    expect(s.errors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });

  it('goes with the dataset: back on the demo the tab is gone and the map is shown', async () => {
    const demo = s.page.getByRole('radio', { name: /Synthetic demo data/ });
    await demo.click();
    await expect.poll(() => demo.isChecked(), { timeout: 30_000 }).toBe(true);
    await waitForDrawn(s.page);
    expect(await s.page.getByRole('tab', { name: 'Justice' }).count()).toBe(0);
    expect(await s.page.getByRole('tabpanel', { name: 'Justice' }).count()).toBe(0);
    await expect
      .poll(() => s.page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(s.errors).toEqual([]);
  });

  it('lists the 199 countries of a file shaped like the complete database', async () => {
    const { page } = s;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rutas-justice-')), 'glotip-full.csv');
    writeFileSync(file, glotipShapedCsv(glotipShapedRows()));
    await page.getByLabel('Load data').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({
        hasText: new RegExp(`Loaded glotip-full\\.csv: ${GLOTIP_ROWS.toLocaleString('en')} rows`),
      })
      .waitFor({ timeout: 120_000 });
    await waitForDrawn(page);
    const start = Date.now();
    await page.getByRole('tab', { name: 'Justice' }).click();
    const table = page.getByRole('table', { name: 'Criminal-justice response' });
    await table.waitFor({ timeout: 60_000 });
    console.log(
      `Justice view of ${GLOTIP_ROWS} GLOTIP-shaped rows shown in ${Date.now() - start} ms`,
    );
    expect(await table.locator('tbody tr').count()).toBe(199);
    for (const text of await table.locator('td[data-indicator]').allTextContents()) {
      if (/^\d/.test(text)) expect(Number(text.replace(/,/g, ''))).toBeGreaterThanOrEqual(10);
    }
    expect(s.errors).toEqual([]);
  });
});
