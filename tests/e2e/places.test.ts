/**
 * Places inside countries in the browser: a place-level file (tests/fixtures/places.csv: ISO
 * 3166-2 codes, "Cochabamba, Bolivia", "São Paulo, Brasil", "Asuncion, Paraguay", "Cusco, Perú",
 * a point by coordinates, an unknown place) loaded through the file input draws its country legs
 * at the regional zoom, splits into legs between places when zoomed in and merges back when
 * zoomed out; the Table names the places, a place leg below k reads "< 10", and the load report
 * lists the place it could not find.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { drawnFlows, suiteSession, waitForDrawn, type Session } from './support/browser';
import { countMapPixels } from './support/pixels';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const FIXTURE = path.join(import.meta.dirname, '../fixtures/places.csv');

/**
 * Clicks one of the map's zoom buttons `times` times, each once the zoom before has ended (the
 * link then holds the new frame), so that each click zooms by exactly one level.
 */
async function zoom(s: Session, button: 'Zoom in' | 'Zoom out', times: number): Promise<void> {
  const search = () => s.page.evaluate(() => location.search);
  for (let i = 0; i < times; i++) {
    const before = await search();
    await s.page.getByRole('button', { name: button }).click();
    await expect.poll(search, { timeout: 10_000 }).not.toBe(before);
  }
}

describe('places inside countries', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);
  let regional = 0;

  it('loads a place-level file and draws its countries at the regional zoom', async () => {
    await s.page.getByLabel('Load data').setInputFiles(FIXTURE);
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded places\.csv: 21 rows read/ })
      .waitFor({ timeout: 60_000 });
    await waitForDrawn(s.page);
    regional = await drawnFlows(s.page);
    // Bolivia → Brazil, Argentina and Chile; Paraguay → Argentina and Brazil; Colombia → Ecuador → Peru.
    expect(regional).toBe(7);
    expect((await countMapPixels(s.page)).flow).toBeGreaterThan(200);
    await s.page.screenshot({ path: `${SHOTS}/places-regional.png` });
    const report = await s.page.locator('ul[aria-label="Load report"]').textContent();
    expect(report).toContain(
      'Place not found inside its country, origin "Villa Nowhere, Bolivia" (counted at its country): 2 rows',
    );
  });

  it('splits into legs between places when zoomed in, and merges them back zoomed out', async () => {
    await zoom(s, 'Zoom in', 2);
    // The map redraws once the zoom has crossed into places: wait for that drawing.
    await expect.poll(() => drawnFlows(s.page), { timeout: 30_000 }).toBeGreaterThan(regional);
    await waitForDrawn(s.page);
    const close = await drawnFlows(s.page);
    // Eleven legs between places reach k (Potosí → Buenos Aires, 3 victims, does not), most in view.
    expect(close).toBeGreaterThan(regional);
    expect(close).toBeLessThanOrEqual(11);
    expect((await countMapPixels(s.page)).flow).toBeGreaterThan(200);
    await s.page.screenshot({ path: `${SHOTS}/places-zoomed.png` });
    // One level out the places merge into their countries again: the country legs, of which
    // the map counts those with an end in view (at most the regional seven).
    await zoom(s, 'Zoom out', 1);
    await expect.poll(() => drawnFlows(s.page), { timeout: 30_000 }).toBeLessThan(close);
    await waitForDrawn(s.page);
    const merged = await drawnFlows(s.page);
    expect(merged).toBeLessThanOrEqual(regional);
    expect(merged).toBeGreaterThanOrEqual(regional - 2);
    await zoom(s, 'Zoom out', 1);
  });

  it('names the places in the Table, a place leg below k as "< 10"', async () => {
    await s.page.getByRole('tab', { name: 'Table' }).click();
    const table = s.page.getByRole('tabpanel', { name: 'Table' });
    await expect.poll(() => table.textContent()).toContain('Flow legs');
    const rows = (await table.locator('tr').allTextContents()).join('\n');
    for (const name of [
      'Cochabamba, Bolivia',
      'São Paulo, Brazil',
      'La Paz, Bolivia',
      'El Alto, Bolivia',
      'Ciudad de Buenos Aires, Argentina',
      'Asunción, Paraguay',
      'Cusco, Peru',
      'Madre de Dios, Peru',
    ]) {
      expect(rows, name).toContain(name);
    }
    const potosi = table.locator('tr', { hasText: 'Potosí, Bolivia' });
    await expect.poll(() => potosi.count()).toBe(1);
    expect(await potosi.textContent()).toContain('< 10');
    await s.page.screenshot({ path: `${SHOTS}/places-table.png`, fullPage: true });
    await s.page.getByRole('tab', { name: 'Map' }).click();
    expect(s.errors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });
});
