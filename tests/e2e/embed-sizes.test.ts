/**
 * Embeds that never clip: in each view's embed, from a small ad slot to a report column, the
 * title, the source line and "Open in Rutas" are on screen and nothing lies over them (checked
 * with elementFromPoint at the centre of each); the view scrolls or scales inside.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser';

const VIEWS = ['map', 'table', 'compare', 'sectors'] as const;
const SIZES = [
  { width: 600, height: 400 },
  { width: 320, height: 250 },
];

/** For each selector: whether its element is inside the viewport and is what lies on top there. */
function uncovered(page: Session['page'], selectors: string[]) {
  return page.evaluate((sels) => {
    return sels.map((sel) => {
      const el = document.querySelector(sel);
      if (!el) return `${sel}: missing`;
      const r = el.getBoundingClientRect();
      const x = r.left + Math.min(r.width / 2, 20);
      const y = r.top + r.height / 2;
      if (r.width === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || x > innerWidth) {
        return `${sel}: outside the viewport`;
      }
      const hit = document.elementFromPoint(x, y);
      return hit && (hit === el || el.contains(hit)) ? `${sel}: ok` : `${sel}: covered`;
    });
  }, selectors);
}

describe('embeds of any size', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openSession(baseUrl, SIZES[0]);
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const view of VIEWS) {
    for (const size of SIZES) {
      it(`keeps the ${view} embed's title, source and link uncovered at ${size.width}×${size.height}`, async () => {
        await s.page.setViewportSize(size);
        await s.page.goto(`${baseUrl}?embed=1${view === 'map' ? '' : `&view=${view}`}`);
        // The dataset is there once the source line names it.
        await s.page.waitForSelector('.embed-source', { timeout: 60_000 });
        if (view === 'map') {
          await s.page.waitForSelector('[data-testid="map"][data-ready="true"]', {
            timeout: 60_000,
          });
        } else {
          await s.page.waitForSelector('[role="tabpanel"]', { timeout: 60_000 });
        }
        const selectors = ['.embed-header h1', '.embed-source', '.embed-footer a'];
        expect(await uncovered(s.page, selectors)).toEqual(selectors.map((x) => `${x}: ok`));
        // Nothing pushes the page past the frame: the view scrolls inside it instead.
        const overflow = await s.page.evaluate(() => [
          document.documentElement.scrollWidth - innerWidth,
          document.documentElement.scrollHeight - innerHeight,
        ]);
        expect(overflow).toEqual([0, 0]);
      });
    }
  }

  it('had no errors and no requests elsewhere', () => {
    expect(s.errors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });
});
