import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { countColourPixels, countMapPixels } from './support/pixels';
import {
  countsText,
  drawnFlows,
  flowsOnMap,
  openSession,
  suiteSession,
  waitForDrawn,
  type Session,
} from './support/browser';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Every number printed in the sidebar and tooltip, as written, but for years and the rule itself. */
async function numbersOnScreen(session: Session): Promise<string[]> {
  const text = await countsText(session.page, '.sidebar, .map-tooltip');
  return text.match(/(<\s*)?\d[\d,]*/g) ?? [];
}

describe('the dashboard with the demo data', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);

  it('announces the load with the rows read and says the data is synthetic', async () => {
    await expect.poll(() => s.page.getByRole('status').textContent()).toMatch(/41,122 rows read/);
    await expect(
      s.page.getByText('Synthetic demo data — not real cases').isVisible(),
    ).resolves.toBe(true);
  });

  it('draws the basemap and the flows (pixels, not just DOM)', async () => {
    expect(await drawnFlows(s.page)).toBeGreaterThan(10);
    // A layout change (the charts beside the map arriving) can resize the canvas after it is
    // drawn; it repaints on the next frame.
    await expect
      .poll(async () => (await countMapPixels(s.page)).flow, { timeout: 10_000 })
      .toBeGreaterThan(2000);
    const px = await countMapPixels(s.page);
    // South America, framed clear of the controls with the Caribbean, fills some 9% of the map.
    expect(px.land / px.total).toBeGreaterThan(0.07);
    expect(px.colours).toBeGreaterThan(50);
    await s.page.screenshot({ path: `${SHOTS}/map-1280x800.png` });
  });

  it('measures the load and uses a content-security policy', async () => {
    const measures = await s.page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => m.name),
    );
    expect(measures).toContain('rutas:load');
    const csp = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
  });

  it('fetches the first view’s data once, beside its scripts, not after them', async () => {
    const fetched = (await s.page.evaluate(`performance.getEntriesByType('resource').map((r) => ({
      name: new URL(r.name).pathname, initiator: r.initiatorType, start: r.startTime,
      end: r.responseEnd }))`)) as {
      name: string;
      initiator: string;
      start: number;
      end: number;
    }[];
    const firstView = fetched.filter((r) => /\/(basemap|demo-view)-[\w-]+\.json$/.test(r.name));
    // One request each, made by the page's preload links: the app's own fetch took them up.
    expect(firstView.map((r) => r.initiator)).toEqual(['link', 'link']);
    const script = fetched.find((r) => /\/index-[\w-]+\.js$/.test(r.name))!;
    for (const r of firstView) expect(r.start).toBeLessThan(script.end);
  });

  it('redraws when the year range changes', async () => {
    const before = await drawnFlows(s.page);
    const pxBefore = await countMapPixels(s.page);
    const from = s.page.getByRole('slider', { name: /Year from/ });
    const to = s.page.getByRole('slider', { name: /Year to/ });
    await to.fill('2012');
    await waitForDrawn(s.page);
    await from.fill('2011');
    await waitForDrawn(s.page);
    const after = await drawnFlows(s.page);
    const pxAfter = await countMapPixels(s.page);
    expect(after).toBeGreaterThan(0);
    expect(after).not.toBe(before);
    expect(pxAfter.flow).not.toBe(pxBefore.flow);
    await expect(s.page.locator('legend', { hasText: 'Years' }).textContent()).resolves.toContain(
      '2011–2012',
    );
    await s.page.screenshot({ path: `${SHOTS}/years-2011-2012.png` });
    const updates = await s.page.evaluate(
      () => performance.getEntriesByName('rutas:update', 'measure').length,
    );
    expect(updates).toBeGreaterThanOrEqual(2);
    await to.fill('2023');
    await waitForDrawn(s.page);
    await from.fill('2010');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(before);
  });

  it('filters by sector', async () => {
    const all = await drawnFlows(s.page);
    await s.page.getByRole('checkbox', { name: 'Mining' }).check();
    await waitForDrawn(s.page);
    const mining = await drawnFlows(s.page);
    expect(mining).toBeGreaterThan(0);
    expect(mining).toBeLessThan(all);
    await s.page.screenshot({ path: `${SHOTS}/sector-mining.png` });
    await s.page.getByRole('checkbox', { name: 'All sectors' }).check();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
  });

  it('brushes years on the histogram, which changes the map and the sector chart', async () => {
    const all = await drawnFlows(s.page);
    const mining = s.page.getByRole('button', { name: /^Mining: / });
    const miningBefore = await mining.getAttribute('aria-label');
    const brush = (await s.page.getByTestId('year-brush').boundingBox())!;
    await s.page.mouse.move(brush.x + 2, brush.y + brush.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(brush.x + brush.width * 0.3, brush.y + brush.height / 2, { steps: 5 });
    await s.page.mouse.up();
    await waitForDrawn(s.page);
    const legend = await s.page.locator('legend', { hasText: 'Years' }).textContent();
    expect(legend).toMatch(/Years 2010–201[2-4]/);
    expect(await drawnFlows(s.page)).not.toBe(all);
    await expect.poll(() => mining.getAttribute('aria-label')).not.toBe(miningBefore);
    await s.page.screenshot({ path: `${SHOTS}/brushed-years.png` });
    // Play steps one year at a time from the start of the range.
    await s.page.getByRole('button', { name: 'Play years' }).click();
    await expect
      .poll(() => s.page.locator('legend', { hasText: 'Years' }).textContent(), { timeout: 10_000 })
      .toBe('Years 2011');
    await s.page.getByRole('button', { name: 'Stop' }).click();
    await waitForDrawn(s.page);
    await s.page.getByRole('slider', { name: /Year from/ }).fill('2010');
    await waitForDrawn(s.page);
    await s.page.getByRole('slider', { name: /Year to/ }).fill('2023');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
  });

  it('filters from the sector chart, and by sex and age group', async () => {
    const all = await drawnFlows(s.page);
    const summary = () => s.page.locator('.summary strong').textContent();
    const total = await summary();
    const mining = s.page.getByRole('button', { name: /^Mining: / });
    await mining.click();
    await waitForDrawn(s.page);
    await expect(mining.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(s.page.getByRole('checkbox', { name: 'Mining' }).isChecked()).resolves.toBe(true);
    expect(await drawnFlows(s.page)).toBeLessThan(all);
    // The chart keeps showing every sector: it does not filter itself.
    await expect(s.page.getByRole('button', { name: /^Agriculture: \d/ }).count()).resolves.toBe(1);
    await mining.press('Enter');
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
    await s.page.getByRole('checkbox', { name: 'Minors' }).check();
    await waitForDrawn(s.page);
    expect(await summary()).not.toBe(total);
    expect(await drawnFlows(s.page)).toBeLessThanOrEqual(all);
    await s.page.screenshot({ path: `${SHOTS}/minors.png` });
    await s.page.getByRole('checkbox', { name: 'All ages' }).check();
    await waitForDrawn(s.page);
    expect(await summary()).toBe(total);
  });

  it('compares countries, per 100,000 people too, and selects one from the chart', async () => {
    const all = await drawnFlows(s.page);
    await s.page.getByRole('tab', { name: 'Compare countries' }).click();
    const chart = s.page.getByRole('group', { name: /Countries by victims as destination/ });
    const first = chart.getByRole('button').first();
    const absolute = await first.getAttribute('aria-label');
    expect(absolute).toMatch(/^[A-Z][\w ]+: [\d,]+$/);
    await s.page.getByLabel(/per 100,000 people per year/).check();
    await expect.poll(() => first.getAttribute('aria-label')).toMatch(/: \d+\.\d+$/);
    await s.page.screenshot({ path: `${SHOTS}/compare-per-100k.png` });
    const argentina = chart.getByRole('button', { name: /^Argentina: / });
    await argentina.click();
    await waitForDrawn(s.page);
    await expect(argentina.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(s.page.locator('.place-panel h2').textContent()).resolves.toBe('Argentina');
    await expect(
      s.page.getByRole('list', { name: 'Main partners' }).getByRole('listitem').count(),
    ).resolves.toBeGreaterThan(0);
    expect(await flowsOnMap(s.page)).toBeLessThan(all);
    // The small multiples (rates now) and the country's trend, per year: published counts only.
    const multiples = s.page.locator('.compare-view .year-multiples svg');
    await expect(multiples.count()).resolves.toBeGreaterThanOrEqual(2);
    const trend = s.page.locator('.place-panel .year-multiples svg');
    await expect(trend.first().getAttribute('aria-label')).resolves.toMatch(
      /^Moved \w+, victims by year: 2010 /,
    );
    const read = [
      ...(await multiples.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))),
      ...(await trend.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))),
    ].join('; ');
    const counts = read.match(/(?<=\d{4} )[\d,]+(?=;|$)/g) ?? [];
    expect(counts.length).toBeGreaterThan(10);
    for (const n of counts) expect(Number(n.replace(/,/g, ''))).toBeGreaterThanOrEqual(10);
    await s.page.screenshot({ path: `${SHOTS}/compare-selected.png` });
    // Narrowing the years changes the ranking but not the multiples' years (they show them all).
    const ranking = await chart.getByRole('button').allTextContents();
    await s.page.getByRole('slider', { name: /Year to/ }).fill('2013');
    await waitForDrawn(s.page);
    await expect.poll(() => chart.getByRole('button').allTextContents()).not.toEqual(ranking);
    await expect(trend.first().getAttribute('aria-label')).resolves.toMatch(/2023 [^;]+$/);
    await s.page.getByRole('slider', { name: /Year to/ }).fill('2023');
    await waitForDrawn(s.page);
    await argentina.click();
    await waitForDrawn(s.page);
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
  });

  it('draws origin → sector → destination, which filters by sector and follows the years', async () => {
    const all = await drawnFlows(s.page);
    await s.page.getByRole('tab', { name: 'Routes by sector' }).click();
    const chart = s.page.getByRole('group', {
      name: 'Victims from origin to sector to destination',
    });
    const titles = () => chart.locator('path.link title').allTextContents();
    const before = await titles();
    expect(before.length).toBeGreaterThan(20);
    for (const t of before) {
      const n = Number(/: ([\d,]+) victims$/.exec(t)![1]!.replace(/,/g, ''));
      expect(n, t).toBeGreaterThanOrEqual(10);
    }
    // Named with its published total, as its label reads: "Mining: 1,234: filter by this sector".
    const mining = chart.getByRole('button', { name: /^Mining: .*filter by this sector$/ });
    await mining.click();
    await waitForDrawn(s.page);
    await expect(mining.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await flowsOnMap(s.page)).toBeLessThan(all);
    await expect(
      s.page.getByRole('button', { name: 'Remove filter: Mining' }).count(),
    ).resolves.toBe(1);
    expect(await chart.locator('path.link-off').count()).toBeGreaterThan(0);
    await s.page.screenshot({ path: `${SHOTS}/routes-by-sector.png` });
    await mining.press('Enter');
    await waitForDrawn(s.page);
    expect(await flowsOnMap(s.page)).toBe(all);
    // The year range filters the chart too.
    await s.page.getByRole('slider', { name: /Year to/ }).fill('2012');
    await waitForDrawn(s.page);
    await expect.poll(titles).not.toEqual(before);
    await s.page.getByRole('slider', { name: /Year to/ }).fill('2023');
    await waitForDrawn(s.page);
    await expect.poll(titles).toEqual(before);
    await s.page.getByRole('tab', { name: 'Map' }).click();
  });

  it('saves a chart as SVG and PNG, with published figures and the rule', async () => {
    await s.page.getByRole('tab', { name: 'Routes by sector' }).click();
    const save = async (format: 'SVG' | 'PNG') => {
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page.getByRole('button', { name: `Download Routes by sector as ${format}` }).click(),
      ]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const svg = await save('SVG');
    expect(svg.name).toBe('rutas-routes-by-sector-2010-2023.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('Counts below 10 are hidden');
    expect(text).toContain('>Mining<');
    const figures = [...text.matchAll(/: ([\d,]+) victims</g)].map((m) =>
      Number(m[1]!.replace(/,/g, '')),
    );
    expect(figures.length).toBeGreaterThan(20);
    expect(Math.min(...figures)).toBeGreaterThanOrEqual(10);
    const png = await save('PNG');
    expect(png.name).toBe('rutas-routes-by-sector-2010-2023.png');
    const size = await s.page.evaluate(async (b64) => {
      const image = await createImageBitmap(
        await (await fetch(`data:image/png;base64,${b64}`)).blob(),
      );
      return [image.width, image.height];
    }, png.bytes.toString('base64'));
    const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(text)!;
    expect(size).toEqual([2 * Number(viewBox[1]), 2 * Number(viewBox[2])]);
    await s.page.getByRole('tab', { name: 'Map' }).click();
  });

  it('shades countries by a role, absolute or per 100,000 people, with a legend', async () => {
    // The two darkest shading classes (d3's schemeBlues[5]).
    const darkBlue = () => countColourPixels(s.page, ['#3182bd', '#08519c']);
    expect(await darkBlue()).toBeLessThan(100);
    await s.page.getByLabel('Shade countries by').selectOption('incoming');
    await expect.poll(darkBlue, { timeout: 10_000 }).toBeGreaterThan(2000);
    const legend = s.page.getByLabel(/^Country shading: victims as destination$/);
    await expect(legend.locator('.legend-row').count()).resolves.toBe(5);
    await s.page.getByLabel('per 100,000 people', { exact: true }).check();
    await expect
      .poll(() => s.page.locator('.legend-shading .legend-caption').first().textContent())
      .toContain('per 100,000 people per year');
    await s.page.screenshot({ path: `${SHOTS}/shaded-per-100k.png` });
    await s.page.getByLabel('Shade countries by').selectOption('');
    await expect.poll(darkBlue, { timeout: 10_000 }).toBeLessThan(100);
  });

  it('sizes flows per 100,000 people of their origin on demand', async () => {
    const before = await countMapPixels(s.page);
    await s.page.getByLabel('Flow width').selectOption('origin');
    await waitForDrawn(s.page);
    await expect
      .poll(() => s.page.locator('.legend-widths .legend-caption').textContent())
      .toBe('Width and colour: victims per 100,000 people of the origin, per year');
    await expect.poll(async () => (await countMapPixels(s.page)).flow).not.toBe(before.flow);
    await s.page.screenshot({ path: `${SHOTS}/flows-per-100k.png` });
    await s.page.getByLabel('Flow width').selectOption('victims');
    await waitForDrawn(s.page);
    await expect
      .poll(() => s.page.locator('.legend-widths .legend-caption').textContent())
      .toBe('Width and colour: victims per leg');
  });

  it('exports the map as a PNG with its frame, not blank', async () => {
    const png = async (button: string) => {
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page.getByRole('button', { name: button }).click(),
      ]);
      const bytes = readFileSync((await download.path())!);
      // Decoded by the browser: size, and how much of it is neither white nor one flat colour.
      const decoded = await s.page.evaluate(async (b64) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        const image = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const data = ctx.getImageData(0, 0, image.width, image.height).data;
        const colours = new Set<number>();
        let flow = 0;
        for (let i = 0; i < data.length; i += 4 * 7) {
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          // Reds of the flow ramp (#e8642e, #b8330f, #7a1703 and between).
          if (data[i]! > 100 && data[i]! - data[i + 2]! > 80 && data[i + 1]! < 120) flow++;
        }
        return { width: image.width, height: image.height, colours: colours.size, flow };
      }, bytes.toString('base64'));
      return { name: download.suggestedFilename(), ...decoded };
    };
    const one = await png('Export map as PNG');
    expect(one.name).toBe('rutas-map-2010-2023.png');
    const map = (await s.page.getByTestId('map').boundingBox())!;
    expect(one.width).toBe(Math.round(map.width));
    expect(one.height).toBeGreaterThan(map.height + 60);
    expect(one.colours).toBeGreaterThan(200);
    expect(one.flow).toBeGreaterThan(200);
    // At 2×: the map drawn again at twice the pixel ratio, flows and frame alike.
    const two = await png('PNG at 2×');
    expect(two.name).toBe('rutas-map-2010-2023@2x.png');
    expect([two.width, two.height]).toEqual([2 * one.width, 2 * one.height]);
    expect(two.colours).toBeGreaterThan(one.colours);
    // Four times the pixels: as many flow pixels, in proportion, as at 1× (not a blank map).
    expect(two.flow / one.flow).toBeGreaterThan(3);
    expect(two.flow / one.flow).toBeLessThan(5);
    await waitForDrawn(s.page);
  });

  it('lists the flows the map draws in a sortable Table', async () => {
    const drawn = await drawnFlows(s.page);
    await s.page.getByRole('tab', { name: 'Table' }).click();
    const table = s.page.getByRole('table').first();
    const victims = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    // Every leg is listed; those with a number are the ones drawn, the rest read "< 10".
    expect(victims.filter((v) => /^[\d,]+$/.test(v)).length).toBe(drawn);
    expect(
      victims.filter((v) => !/^[\d,]+$/.test(v)).every((v) => v === '< 10' || v === 'withheld'),
    ).toBe(true);
    const fromHeader = table.getByRole('columnheader', { name: /From/ });
    await fromHeader.getByRole('button').click();
    await expect(fromHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const froms = await table.locator('tbody tr td:nth-child(1)').allTextContents();
    expect(froms).toEqual([...froms].sort((a, b) => a.localeCompare(b)));
    await fromHeader.getByRole('button').press('Enter');
    await expect(fromHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await s.page.screenshot({ path: `${SHOTS}/table-sorted.png` });
    await s.page.getByRole('tab', { name: 'Map' }).click();
  });

  it('shows a chip per filter in force, each removing its filter, and resets them all', async () => {
    const all = await drawnFlows(s.page);
    await s.page.getByRole('checkbox', { name: 'Mining' }).check();
    await waitForDrawn(s.page);
    await s.page.getByRole('checkbox', { name: 'Minors' }).check();
    await waitForDrawn(s.page);
    const chips = s.page.getByRole('group', { name: 'Filters in force' });
    await expect(chips.getByRole('button', { name: /^Remove filter/ }).count()).resolves.toBe(2);
    await chips.getByRole('button', { name: 'Remove filter: Minors' }).click();
    await waitForDrawn(s.page);
    await expect(s.page.getByRole('checkbox', { name: 'Minors' }).isChecked()).resolves.toBe(false);
    await s.page.getByRole('checkbox', { name: 'Female' }).check();
    await waitForDrawn(s.page);
    await chips.getByRole('button', { name: 'Reset all filters' }).click();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
    await expect(s.page.getByRole('group', { name: 'Filters in force' }).count()).resolves.toBe(0);
  });

  it('shows a tooltip with published figures when hovering a flow', async () => {
    const box = (await s.page.getByTestId('map').boundingBox())!;
    let found = '';
    // Sweep a line across the continent until a flow is under the pointer.
    for (let i = 0; i < 60 && !found; i++) {
      await s.page.mouse.move(box.x + box.width * (0.3 + i * 0.006), box.y + box.height * 0.55);
      await s.page.waitForTimeout(60);
      const tip = s.page.locator('.map-tooltip');
      if ((await tip.count()) > 0 && (await tip.textContent())?.includes('→')) {
        found = (await tip.textContent()) ?? '';
      }
    }
    expect(found).toMatch(/→.*Victims: [\d,]+/);
    for (const n of await numbersOnScreen(s)) {
      if (!n.startsWith('<')) expect(Number(n.replaceAll(',', ''))).toBeGreaterThanOrEqual(10);
    }
    await s.page.screenshot({ path: `${SHOTS}/tooltip.png` });
    await s.page.mouse.move(box.x + 5, box.y + 5);
  });

  it('selects a country on click and shows the routes through it', async () => {
    const all = await drawnFlows(s.page);
    const box = (await s.page.getByTestId('map').boundingBox())!;
    // Bolivia, in the default view (framed right of the controls at the top left).
    await s.page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.47);
    await waitForDrawn(s.page);
    const heading = await s.page.locator('.place-panel h2').textContent();
    expect(heading).toBeTruthy();
    const selected = await drawnFlows(s.page);
    expect(selected).toBeLessThan(all);
    await s.page.screenshot({ path: `${SHOTS}/selected-${heading}.png` });
    await s.page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => s.page.locator('.place-panel').count()).toBe(0);
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(all);
  });

  it('has no serious accessibility violation in any view (axe-core)', async () => {
    for (const tab of ['Map', 'Table', 'Compare countries', 'Routes by sector', 'SQL']) {
      await s.page.getByRole('tab', { name: tab }).click();
      await expect(s.page.getByRole('tabpanel').count()).resolves.toBe(tab === 'Map' ? 0 : 1);
      expect(await seriousViolations(s.page), tab).toEqual([]);
    }
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await s.page.getByRole('button', { name: 'Share' }).click();
    expect(await seriousViolations(s.page), 'Share dialog').toEqual([]);
    await s.page.keyboard.press('Escape');
  });

  it('never shows a count below the threshold as a number', async () => {
    for (const n of await numbersOnScreen(s)) {
      if (n.startsWith('<')) expect(n.replace(/\s/g, '')).toBe('<10');
      else expect(Number(n.replaceAll(',', ''))).toBeGreaterThanOrEqual(10);
    }
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe('on a phone', () => {
  it('draws the map above the controls at 390×844, and fits every view to the width', async () => {
    const baseUrl = inject('baseUrl');
    const s = await openSession(baseUrl, { width: 390, height: 844 });
    try {
      await s.page.goto(baseUrl);
      await waitForDrawn(s.page);
      expect(await drawnFlows(s.page)).toBeGreaterThan(10);
      const map = (await s.page.getByTestId('map').boundingBox())!;
      expect(map.width).toBeGreaterThan(350);
      expect(map.height).toBeGreaterThan(300);
      await s.page.screenshot({ path: `${SHOTS}/phone-390x844.png` });
      // Every view fits the phone's width (wide charts scroll inside their panel), and a
      // panel's controls are not under the tabs.
      const pageWidth = () => s.page.evaluate(() => document.documentElement.scrollWidth);
      for (const tab of ['Table', 'Compare countries', 'Routes by sector', 'SQL']) {
        await s.page.getByRole('tab', { name: tab }).click();
        const panel = s.page.getByRole('tabpanel', { name: tab });
        await expect(panel.count()).resolves.toBe(1);
        expect(await pageWidth(), tab).toBeLessThanOrEqual(390);
        const tabs = (await s.page.getByRole('tablist', { name: 'View' }).boundingBox())!;
        const first = (await panel.locator('h2, label, select').first().boundingBox())!;
        expect(first.y, tab).toBeGreaterThanOrEqual(tabs.y + tabs.height);
        await s.page.screenshot({ path: `${SHOTS}/phone-${tab.replaceAll(' ', '-')}.png` });
      }
      expect(s.offOrigin).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
