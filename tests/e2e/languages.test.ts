/**
 * Spanish and Portuguese as a trainer uses them: `?lang=` opens the page in the language, with
 * no English string of the catalogue left on any view, numbers and country names as the language
 * writes them; the switcher changes the language in place and the link follows.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n';
import { englishFragments, flatten } from '../support/catalogue';
import { seriousViolations } from './support/axe';
import { openSession, suiteSession, waitForDrawn } from './support/browser';

/** Every text a reader or a screen reader meets: visible text, names, titles, options. */
function pageTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      // The language switcher names each language in itself.
      if (el.closest('[lang]:not(html)')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(name);
        if (v) texts.push(v);
      }
    }
    for (const el of document.querySelectorAll('svg title, option:not([lang])')) {
      texts.push(el.textContent ?? '');
    }
    return texts.join('\n');
  });
}

/** The English catalogue's strings that differ in `lng`, as fragments to look for. */
function englishOnly(lng: 'es' | 'pt'): string[] {
  const other = new Map(flatten(CATALOGUES[lng]));
  const fragments = new Set<string>();
  for (const [key, text] of flatten(CATALOGUES.en)) {
    const translated = other.get(key)!;
    if (translated === text) continue;
    for (const f of englishFragments(text)) if (!translated.includes(f)) fragments.add(f);
  }
  return [...fragments];
}

function englishIn(text: string, fragments: string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return fragments.filter((f) =>
    new RegExp(`(^|[^\\p{L}])${escape(f)}($|[^\\p{L}])`, 'u').test(text),
  );
}

for (const lng of ['es', 'pt'] as const) {
  describe(`?lang=${lng}`, () => {
    it('shows no English string of the catalogue on any view', async () => {
      const baseUrl = inject('baseUrl');
      const s = await openSession(baseUrl);
      try {
        await s.page.goto(`${baseUrl}?lang=${lng}&from=2015`);
        await waitForDrawn(s.page);
        const fragments = englishOnly(lng);
        expect(fragments.length).toBeGreaterThan(200);
        await expect(s.page.evaluate(() => document.documentElement.lang)).resolves.toBe(lng);
        // A count as the language writes it: 41.120, not 41,120.
        const summary = await s.page.locator('.summary strong').textContent();
        expect(summary).toMatch(/^\d{1,3}(\.\d{3})+$/);

        const seen: string[] = [await pageTexts(s.page)];
        await s.page.screenshot({ path: `test-results/screenshots/lang-${lng}.png` });
        // A country selected (its panel and trend), then each view in turn, then Share.
        await s.page.locator('.place-select select').selectOption('BOL');
        await waitForDrawn(s.page);
        await expect
          .poll(() => s.page.locator('.place-panel h2').textContent())
          .toBe(lng === 'es' ? 'Bolivia' : 'Bolívia');
        seen.push(await pageTexts(s.page));
        const tabs = s.page.getByRole('tab');
        for (let i = 1; i < (await tabs.count()); i++) {
          await tabs.nth(i).click();
          await s.page.waitForTimeout(300);
          seen.push(await pageTexts(s.page));
        }
        await tabs.nth(0).click();
        await waitForDrawn(s.page);
        await expect(seriousViolations(s.page)).resolves.toEqual([]);
        await s.page.locator('.share-button').click();
        seen.push(await pageTexts(s.page));
        await s.page.screenshot({ path: `test-results/screenshots/lang-${lng}-share.png` });
        await s.page.keyboard.press('Escape');

        const text = seen.join('\n');
        expect(text).toContain(lng === 'es' ? 'Brasil' : 'Colômbia');
        expect(englishIn(text, fragments)).toEqual([]);
        expect(s.offOrigin).toEqual([]);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
}

describe('the language switcher', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);

  it('changes the language in place, and the link names it', async () => {
    const tagline = s.page.locator('.tagline');
    const search = () => s.page.evaluate(() => window.location.search);
    const entries = () => s.page.evaluate(() => history.length);
    await expect(tagline.textContent()).resolves.toBe(CATALOGUES.en.app.tagline);
    const before = await entries();
    await s.page.getByLabel('Language').selectOption('pt');
    await expect.poll(() => tagline.textContent()).toBe(CATALOGUES.pt.app.tagline);
    await expect.poll(search).toBe('?lang=pt');
    await expect(s.page.evaluate(() => document.documentElement.lang)).resolves.toBe('pt');
    await expect(s.page.getByRole('tab', { name: 'Tabela' }).count()).resolves.toBe(1);
    // A language is a choice, not a view: it replaces the history entry, and Back keeps it.
    expect(await entries()).toBe(before);
    await s.page.getByRole('checkbox', { name: 'Mineração', exact: true }).check();
    await expect.poll(search).toBe('?sector=mining&lang=pt');
    await waitForDrawn(s.page);
    await s.page.goBack();
    await expect.poll(search).toBe('?lang=pt');
    await expect(tagline.textContent()).resolves.toBe(CATALOGUES.pt.app.tagline);
    await waitForDrawn(s.page);
    await s.page.getByLabel('Idioma').selectOption('en');
    await expect.poll(() => tagline.textContent()).toBe(CATALOGUES.en.app.tagline);
    await expect.poll(() => s.page.evaluate(() => window.location.search)).toBe('');
  });

  it('switches to the dark theme: page and basemap', async () => {
    await s.page.getByLabel('Theme').selectOption('dark');
    await expect
      .poll(() => s.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    const background = await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 27, 34)');
    await waitForDrawn(s.page);
    await s.page.screenshot({ path: 'test-results/screenshots/theme-dark.png' });
    // AA contrast and the rest hold in the dark theme too.
    await expect(seriousViolations(s.page)).resolves.toEqual([]);
    // The charts' text takes the dark theme's ink on screen; a chart saved as SVG is printed on
    // white, in the light theme's.
    await s.page.getByRole('tab', { name: 'Compare countries' }).click();
    const label = s.page.locator('.ranked-bars text').first();
    await expect(label.evaluate((el) => getComputedStyle(el).fill)).resolves.toBe(
      'rgb(230, 237, 243)',
    );
    await s.page.screenshot({ path: 'test-results/screenshots/theme-dark-compare.png' });
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download Countries compared as SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('fill:rgb(31, 35, 40)');
    expect(svg).not.toContain('fill:rgb(230, 237, 243)');
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await s.page.getByLabel('Theme').selectOption('light');
    await expect
      .poll(() => s.page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(255, 255, 255)');
  });
});
