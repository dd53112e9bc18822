/**
 * The view in the URL: a link reproduces it after a reload, back and forward step through
 * changes, and a link with bad values shows the defaults with a notice saying what was not used.
 */
import { describe, expect, inject, it } from 'vitest';
import {
  drawnFlows,
  flowsOnMap,
  openSession,
  suiteSession,
  waitForDrawn,
  type Session,
} from './support/browser';

const chips = (s: Session) =>
  s.page
    .getByRole('group', { name: 'Filters in force' })
    .getByRole('button', { name: /^Remove filter:/ })
    .allTextContents();
const search = (s: Session) => s.page.evaluate(() => window.location.search);

describe('permalinks', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);
  /** The flows of the first test's last view, which the second steps back to. */
  let bolivianFlows = 0;

  it('puts each change in the URL, and a reload of it shows the same view', async () => {
    expect(await search(s)).toBe('');
    const all = await drawnFlows(s.page);
    await s.page.getByRole('slider', { name: 'Year from' }).fill('2016');
    await waitForDrawn(s.page);
    await expect.poll(() => search(s)).toBe('?from=2016');
    await s.page.getByRole('checkbox', { name: 'Mining', exact: true }).check();
    await waitForDrawn(s.page);
    // Each change becomes a history entry once it has settled (300 ms): wait for this one.
    await expect.poll(() => search(s)).toBe('?from=2016&sector=mining');
    await s.page.getByRole('tab', { name: 'Compare countries' }).click();
    const bolivia = s.page
      .getByRole('group', { name: /^Countries by victims/ })
      .getByRole('button', { name: /^Bolivia: / });
    await bolivia.press('Enter');
    await waitForDrawn(s.page);
    await expect.poll(() => search(s)).toBe('?from=2016&sector=mining&country=BOL&view=compare');
    // The panel covers the map, which draws nothing new: count its flows on the Map tab, and
    // come back to the link's view by the history.
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await waitForDrawn(s.page);
    await expect.poll(() => search(s)).toBe('?from=2016&sector=mining&country=BOL');
    const flows = await drawnFlows(s.page);
    expect(flows).toBeLessThan(all);
    bolivianFlows = flows;
    await s.page.goBack();
    await expect.poll(() => search(s)).toBe('?from=2016&sector=mining&country=BOL&view=compare');
    const inForce = await chips(s);
    expect(inForce.length).toBe(3);

    const link = `${baseUrl}${await search(s)}`;
    const other = await openSession(baseUrl);
    try {
      await other.page.goto(link);
      await waitForDrawn(other.page);
      await expect.poll(() => chips(other)).toEqual(inForce);
      await waitForDrawn(other.page);
      await expect(
        other.page.getByRole('tab', { name: 'Compare countries' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      await expect(other.page.locator('.place-panel h2').textContent()).resolves.toBe('Bolivia');
      expect(await flowsOnMap(other.page)).toBe(flows);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('steps back and forward through the changes', async () => {
    const flows = bolivianFlows;
    await s.page.goBack();
    await expect.poll(() => search(s)).toBe('?from=2016&sector=mining');
    await waitForDrawn(s.page);
    await expect.poll(() => chips(s)).toHaveLength(2);
    await expect(s.page.locator('.place-panel').count()).resolves.toBe(0);
    await s.page.goBack();
    await expect.poll(() => search(s)).toBe('?from=2016');
    await waitForDrawn(s.page);
    await expect.poll(() => chips(s)).toHaveLength(1);
    await s.page.goForward();
    await s.page.goForward();
    await expect.poll(() => search(s)).toBe('?from=2016&sector=mining&country=BOL&view=compare');
    await waitForDrawn(s.page);
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await waitForDrawn(s.page);
    await expect.poll(() => drawnFlows(s.page)).toBe(flows);
  });

  it('shows the defaults with a notice for a link with bad values', async () => {
    const other = await openSession(baseUrl);
    try {
      await other.page.goto(`${baseUrl}?sector=bogus&country=ZZZ&from=1066&view=x`);
      await waitForDrawn(other.page);
      const notice = other.page.getByRole('note', { name: 'About the link' });
      await expect(notice.textContent()).resolves.toMatch(
        /sector="bogus" is not a sector Rutas knows.*country="ZZZ".*view="x".*from=1066 is outside this dataset's years/,
      );
      await expect.poll(() => chips(other)).toEqual([]);
      await other.page.screenshot({ path: 'test-results/screenshots/link-with-bad-values.png' });
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice.count()).resolves.toBe(0);
      expect(other.offOrigin).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('shares the view: the link and an iframe snippet', async () => {
    await s.page.getByRole('button', { name: 'Share' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Share this view' });
    const href = await s.page.evaluate(() => window.location.href);
    // The shared link names the language shown, so that it opens in it for anyone.
    const expected = new URL(href);
    expected.searchParams.set('lang', 'en');
    await expect(dialog.getByLabel('Link to this view').inputValue()).resolves.toBe(
      expected.toString(),
    );
    const snippet = await dialog.getByLabel('Embed in a web page or report').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1" title="Rutas: Victims /,
    );
    await s.page.screenshot({ path: 'test-results/screenshots/share-dialog.png' });
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => dialog.textContent())
      .toMatch(/Link copied\.|select the link and copy it/);
    await s.page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
  });
});

describe('the map in the link', () => {
  it('keeps the part of the map in view, moved by keyboard, and opens there', async () => {
    const baseUrl = inject('baseUrl');
    const s = await openSession(baseUrl);
    try {
      await s.page.goto(baseUrl);
      await waitForDrawn(s.page);
      const all = await drawnFlows(s.page);
      const entries = await s.page.evaluate(() => history.length);
      // The map's canvas takes the keyboard: the arrows pan, + zooms in.
      const width = async () => {
        const map = new URLSearchParams(await search(s)).get('map');
        const [west, , east] = (map ?? '').split(',').map(Number);
        return east! - west!;
      };
      await s.page.locator('.maplibregl-canvas').focus();
      await s.page.keyboard.press('ArrowLeft');
      await expect.poll(() => search(s), { timeout: 10_000 }).toMatch(/^\?map=[-\d.,]+$/);
      const before = await width();
      await s.page.keyboard.press('Equal');
      await expect.poll(width, { timeout: 10_000 }).toBeLessThan(before * 0.75);
      // Moving the map replaces the history entry: back still steps through views.
      await expect(s.page.evaluate(() => history.length)).resolves.toBe(entries);

      // A link to Argentina and Chile opens framed on them: fewer legs have an end in view.
      await s.page.goto(`${baseUrl}?map=-76,-45,-60,-30`);
      await waitForDrawn(s.page);
      expect(await drawnFlows(s.page)).toBeLessThan(all);
      expect(await drawnFlows(s.page)).toBeGreaterThan(0);
      await s.page.screenshot({ path: 'test-results/screenshots/map-in-link.png' });
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('embedding', () => {
  it('shows one view in a 600×400 iframe, with its legend and source, without scrollbars', async () => {
    const baseUrl = inject('baseUrl');
    const s = await openSession(baseUrl, { width: 800, height: 600 });
    try {
      const src = `${baseUrl}?from=2015&sector=mining&embed=1`;
      await s.page.setContent(
        `<iframe id="embed" src="${src}" width="600" height="400" style="border:0"></iframe>`,
      );
      const frame = s.page.frameLocator('#embed');
      await frame.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
      const inner = s.page.frames().find((f) => f.url().includes('embed=1'))!;
      const size = await inner.evaluate(() => {
        const d = document.documentElement;
        return [d.scrollWidth, d.clientWidth, d.scrollHeight, d.clientHeight];
      });
      expect(size).toEqual([600, 600, 400, 400]);
      await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Victims 2015–2023 · Mining',
      );
      const legend = (await frame.locator('.embed-legend').boundingBox())!;
      expect(legend.height).toBeGreaterThan(50);
      expect(legend.y + legend.height).toBeLessThanOrEqual(400);
      await expect(frame.getByRole('tablist').count()).resolves.toBe(0);
      await expect(frame.locator('.embed-footer').textContent()).resolves.toMatch(
        /^Source: Synthetic demo data\. Counts below 10 are hidden/,
      );
      const full = await frame.getByRole('link', { name: 'Open in Rutas' }).getAttribute('href');
      expect(full).toBe(`${baseUrl}?from=2015&sector=mining`);
      expect(Number(await frame.getByTestId('map').getAttribute('data-flows'))).toBeGreaterThan(0);
      await s.page.screenshot({ path: 'test-results/screenshots/embed-600x400.png' });
      expect(s.offOrigin).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
