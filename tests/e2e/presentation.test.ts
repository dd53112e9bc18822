/**
 * Presentation mode as a trainer uses it: the demo deck loads, Present shows its slides one by
 * one (arrow keys), each slide's view is applied (the URL and the map follow), Escape ends, and a
 * deck with a slide added saves to JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { drawnFlows, suiteSession, waitForDrawn, type Session } from './support/browser';

const search = (s: Session) => s.page.evaluate(() => window.location.search);
const caption = (s: Session) => s.page.getByRole('region', { name: 'Slide' });

describe('presentation mode', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);

  it('steps through the demo deck with the arrow keys, each slide showing its view', async () => {
    const all = await drawnFlows(s.page);
    await s.page.getByRole('button', { name: 'Load the demo deck' }).click();
    const slides = s.page.getByRole('list', { name: 'Slides' }).getByRole('listitem');
    await expect.poll(() => slides.count()).toBe(5);
    await s.page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => caption(s).locator('.slide-count').textContent()).toBe('1 / 5');
    await expect(s.page.locator('.sidebar').isVisible()).resolves.toBe(false);
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => caption(s).locator('h2').textContent()).toMatch(/^Before 2013/);
    await waitForDrawn(s.page);
    await expect.poll(() => search(s)).toBe('?to=2012');
    expect(await drawnFlows(s.page)).toBeLessThan(all);
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => search(s)).toBe('?from=2016&country=VEN');
    await waitForDrawn(s.page);
    await s.page.screenshot({ path: 'test-results/screenshots/presenting.png' });
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption(s).locator('.slide-count').textContent()).toBe('2 / 5');
    await expect.poll(() => search(s)).toBe('?to=2012');
    await s.page.keyboard.press('Escape');
    await expect(caption(s).count()).resolves.toBe(0);
    await expect(s.page.locator('.sidebar').isVisible()).resolves.toBe(true);
  });

  it('adds the current view as a slide and saves the deck as JSON', async () => {
    await s.page.getByLabel('Slide title').fill('Before 2013, again');
    await s.page.getByLabel('Speaker note').fill('Ask the room what changed.');
    await s.page.getByRole('button', { name: 'Add this view as a slide' }).click();
    await expect(
      s.page.getByRole('list', { name: 'Slides' }).getByRole('listitem').count(),
    ).resolves.toBe(6);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Save deck' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rutas-deck.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.slides).toHaveLength(6);
    expect(saved.slides.at(-1)).toEqual({
      title: 'Before 2013, again',
      note: 'Ask the room what changed.',
      view: '?to=2012',
    });
    expect(s.errors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });
});
