/**
 * A picture that holds still: with the default scale the legend's samples are the same for the
 * whole and for one year, and "Fit scales to the view" changes them; the legend is on the map,
 * and large while presenting; on a phone the header is one row, every tab is in view, nothing
 * covers the middle of the map and the Sankey fits its panel.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, waitForDrawn, type Session } from './support/browser';

const legend = (s: Session) => s.page.getByRole('region', { name: /^Legend/ });
const samples = (s: Session) => legend(s).locator('.legend-widths li').allTextContents();

/** Whether the element's centre lies inside `outer` and is the element (or in it) on top there. */
async function onTop(s: Session, selector: string, outer: string) {
  return s.page.evaluate(
    ([sel, out]) => {
      const el = document.querySelector(sel!)!;
      const r = el.getBoundingClientRect();
      const o = document.querySelector(out!)!.getBoundingClientRect();
      const inside =
        r.left >= o.left && r.right <= o.right && r.top >= o.top && r.bottom <= o.bottom;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return inside && !!hit && el.contains(hit);
    },
    [selector, outer],
  );
}

describe('scales and legend', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openSession(baseUrl);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps the legend samples of the whole for 2023 alone, unless fitted to the view', async () => {
    await s.page.goto(baseUrl);
    await waitForDrawn(s.page);
    await expect
      .poll(() => legend(s).locator('.legend-scale').textContent(), { timeout: 30_000 })
      .toBe('scale fixed for the dataset');
    const whole = await samples(s);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    await s.page.goto(`${baseUrl}?from=2023&to=2023`);
    await waitForDrawn(s.page);
    await expect
      .poll(() => legend(s).locator('.legend-scale').textContent(), { timeout: 30_000 })
      .toBe('scale fixed for the dataset');
    expect(await samples(s)).toEqual(whole);
    await s.page.getByLabel('Fit scales to the view').check();
    await waitForDrawn(s.page);
    await expect
      .poll(() => legend(s).locator('.legend-scale').textContent())
      .toBe('scale fitted to the view');
    await expect.poll(() => samples(s)).not.toEqual(whole);
    await expect.poll(() => s.page.evaluate(() => location.search)).toContain('scale=fit');
  });

  it('shows the legend over the map at 1280×800, uncovered, and folds it', async () => {
    await s.page.goto(baseUrl);
    await waitForDrawn(s.page);
    await expect(legend(s).isVisible()).resolves.toBe(true);
    expect(await onTop(s, '.map-legend h2', '[data-testid="map"]')).toBe(true);
    expect(await onTop(s, '.legend-widths li', '[data-testid="map"]')).toBe(true);
    await legend(s).getByRole('button', { name: 'Hide' }).click();
    await expect(legend(s).locator('.legend-widths').count()).resolves.toBe(0);
    await legend(s).getByRole('button', { name: 'Show' }).click();
    await expect(legend(s).locator('.legend-widths').count()).resolves.toBe(1);
  });

  it('ends the legs that leave the view in a marker naming the place, until it is in view', async () => {
    await s.page.goto(baseUrl);
    await waitForDrawn(s.page);
    const edges = async () =>
      ((await s.page.getByTestId('map').getAttribute('data-edges')) ?? '').split(',');
    // The demo's legs to Spain leave South America's frame to the north-east.
    await expect.poll(edges, { timeout: 30_000 }).toContain('ESP');
    // Framed to take in Spain as well, its legs end on the map: no marker for it.
    await s.page.goto(`${baseUrl}?map=-100,-58,15,48`);
    await waitForDrawn(s.page);
    await expect.poll(edges, { timeout: 30_000 }).not.toContain('ESP');
  });

  it('shows only the slide while presenting, the legend in twice the type', async () => {
    const fontPx = () =>
      s.page.$eval('.map-legend', (el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await fontPx();
    await s.page.getByRole('button', { name: 'Load the demo deck' }).click();
    await expect
      .poll(() => s.page.getByRole('list', { name: 'Slides' }).getByRole('listitem').count())
      .toBe(5);
    await s.page.getByRole('button', { name: 'Present' }).click();
    await waitForDrawn(s.page);
    await expect(legend(s).isVisible()).resolves.toBe(true);
    expect(await onTop(s, '.map-legend h2', '[data-testid="map"]')).toBe(true);
    expect(await fontPx()).toBeGreaterThanOrEqual(2 * normal);
    for (const hidden of ['.view-tabs', '.shade-control', '.maplibregl-ctrl-zoom-in', '.status']) {
      await expect(s.page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    }
    await expect(
      s.page.getByRole('progressbar', { name: 'Slide 1 of 5' }).isVisible(),
    ).resolves.toBe(true);
    await s.page.keyboard.press('PageDown');
    await expect(s.page.getByRole('progressbar', { name: 'Slide 2 of 5' }).count()).resolves.toBe(
      1,
    );
    await s.page.keyboard.press('PageUp');
    await expect(s.page.getByRole('progressbar', { name: 'Slide 1 of 5' }).count()).resolves.toBe(
      1,
    );
    await s.page.keyboard.press('Escape');
    expect(s.errors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });
});

describe('on a phone (390×844)', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openSession(baseUrl, { width: 390, height: 844 });
    await s.page.goto(baseUrl);
    await waitForDrawn(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('has a one-row header, every tab in view and nothing over the middle of the map', async () => {
    const header = (await s.page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    const tabs = s.page.getByRole('tab');
    expect(await tabs.count()).toBeGreaterThanOrEqual(4);
    for (const tab of await tabs.all()) {
      const box = (await tab.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const name = await tab.textContent();
      const hit = await s.page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.textContent ?? null,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe(name);
    }
    const middle = await s.page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const hit = document.elementFromPoint(map.left + map.width / 2, map.top + map.height / 2);
      return hit?.tagName === 'CANVAS' && !!hit.closest('[data-testid="map"]');
    });
    expect(middle).toBe(true);
  });

  it('lays the Sankey out for the phone, no wider than its panel', async () => {
    await s.page.getByRole('tab', { name: 'Routes by sector' }).click();
    const svg = s.page.locator('.sector-sankey svg');
    await svg.waitFor();
    const widths = await svg.evaluate((el) => [
      el.getBoundingClientRect().width,
      el.closest('[role="tabpanel"]')!.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(s.errors).toEqual([]);
  });
});
