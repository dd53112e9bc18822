/**
 * A world-wide file (tests/fixtures/world-flows.csv: flows inside South America, from it to
 * Europe, and between other continents) shows by default only the flows that touch South
 * America; places outside the region can be grouped into world regions, each one node; "Every
 * flow" shows the rest. The Table follows the same choice, and the link keeps it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { drawnFlows, suiteSession, waitForDrawn } from './support/browser';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const FIXTURE = path.join(import.meta.dirname, '../fixtures/world-flows.csv');

describe('a world-wide dataset, around South America', () => {
  const s = suiteSession(inject('baseUrl'));
  const table = () => s.page.getByRole('tabpanel', { name: 'Table' });
  const tableText = async () => {
    await s.page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => table().textContent()).toContain('Flow legs');
    const text = (await table().textContent()) ?? '';
    await s.page.getByRole('tab', { name: 'Map' }).click();
    return text;
  };

  it('shows by default only the flows that touch South America', async () => {
    await s.page.getByLabel('Load data').setInputFiles(FIXTURE);
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded world-flows\.csv: 10 rows read/ })
      .waitFor({ timeout: 60_000 });
    await waitForDrawn(s.page);
    await expect(s.page.getByLabel('Show').inputValue()).resolves.toBe('region');
    const text = await tableText();
    expect(text).toContain('Spain');
    expect(text).toContain('Venezuela');
    // Flows between other continents are left out, and so are those countries in the lists.
    expect(text).not.toContain('Nigeria');
    expect(text).not.toContain('Japan');
    await s.page.screenshot({ path: `${SHOTS}/world-focus-region.png` });
  });

  it('groups places outside the region into world regions, each one node', async () => {
    await s.page.getByLabel('Places outside South America by world region').check();
    await waitForDrawn(s.page);
    await expect.poll(() => s.page.evaluate(() => location.search)).toContain('regions=1');
    const text = await tableText();
    expect(text).toContain('Europe');
    expect(text).not.toContain('Spain');
    expect(text).not.toContain('Portugal');
    expect(await drawnFlows(s.page)).toBeGreaterThan(0);
    await s.page.screenshot({ path: `${SHOTS}/world-focus-regions.png` });
  });

  it('shows every flow when asked, and the link keeps the choice', async () => {
    await s.page.getByLabel('Show').selectOption('world');
    await waitForDrawn(s.page);
    await expect.poll(() => s.page.evaluate(() => location.search)).toContain('scope=world');
    const text = await tableText();
    expect(text).toContain('Nigeria');
    expect(text).toContain('Spain');
    // The grouping applies around South America only.
    expect(text).not.toContain('Europe');
  });

  it('shows the demo, which does not span the world, with no such choice', async () => {
    const demo = s.page.getByRole('radio', { name: /Synthetic demo data/ });
    await demo.click();
    await expect.poll(() => demo.isChecked(), { timeout: 30_000 }).toBe(true);
    await waitForDrawn(s.page);
    await expect(s.page.getByLabel('Show').count()).resolves.toBe(0);
  });
});
