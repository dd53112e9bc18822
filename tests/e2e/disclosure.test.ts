/**
 * Disclosure control as a user meets it: a file with small cells planted on routes that have no
 * other cases (1 victim Uruguay → Suriname, 3 Chile → Guyana, 7 Paraguay → Ecuador) is loaded
 * through the file input, and neither the map, its tooltips, the Table nor the CSV exports give
 * those counts away, directly or as a country total minus its visible flows. Under the cell key
 * method a planted leg reads "< 10" or, perturbed, some figure of 10 or more: never its count. Lowering the
 * threshold by hand shows them (so the file really holds them), with a warning that the exports
 * carry too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { possibleValues, resolvePolicy } from '../../src/domain/disclosure';
import { countsText, drawnFlows, openSession, waitForDrawn, type Session } from './support/browser';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const PLANTED = [
  { from: 'Uruguay', to: 'Suriname', victims: 1 },
  { from: 'Chile', to: 'Guyana', victims: 3 },
  { from: 'Paraguay', to: 'Ecuador', victims: 7 },
];

async function loadFixture(s: Session, name: string): Promise<void> {
  await s.page.getByLabel('Load data').setInputFiles(path.join(FIXTURES, name));
}

/** Counts written in a text: numbers with their "<" or "≥" sign, years left out. */
function counts(text: string): string[] {
  return (text.match(/([<≥]\s*)?\b\d[\d,]*\b/g) ?? []).filter(
    (n) => !/^(19|20)\d\d$/.test(n) && !/^\d{4}–/.test(n),
  );
}

/** Every count a figure's text can stand for, as the attacker reads it (the public p-table). */
function range(figure: string, knownToExist: boolean): [number, number] {
  const t = figure.trim();
  const policy = resolvePolicy();
  if (t.startsWith('<')) return possibleValues({ kind: 'suppressed', k: 10 }, policy, knownToExist);
  if (t === 'withheld' || t === '') return [knownToExist ? 1 : 0, Infinity];
  const value = Number(t.replaceAll(',', ''));
  return possibleValues({ kind: 'shown', value }, policy, knownToExist);
}

/** A planted leg's figure: hidden, or perturbed to 10 or more. */
function expectPlantedFigure(text: string | null): void {
  if (text === '< 10') return;
  expect(Number(text?.replaceAll(',', '')), `planted leg reads ${text}`).toBeGreaterThanOrEqual(10);
}

async function downloadCsv(s: Session, button: string): Promise<string> {
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0]!.split(',');
  return lines.slice(1).map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!.replace(/^"|"$/g, '')]));
  });
}

describe('small cells planted in a loaded file', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  let flows: Record<string, string>[];
  let countries: Record<string, string>[];

  beforeAll(async () => {
    s = await openSession(baseUrl);
    await s.page.goto(baseUrl);
    await waitForDrawn(s.page);
    await loadFixture(s, 'planted-small-cells.csv');
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded planted-small-cells\.csv: 12 rows read/ })
      .waitFor({ timeout: 30_000 });
    await waitForDrawn(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('draws the visible flows, and hides or perturbs the planted ones', async () => {
    expect(await drawnFlows(s.page)).toBeGreaterThan(5);
    const hidden = Number(
      await s.page.locator('[data-hidden-legs]').getAttribute('data-hidden-legs'),
    );
    expect(hidden).toBeLessThanOrEqual(3);
    await s.page.screenshot({ path: `${SHOTS}/planted-map.png` });
  });

  it('shows no count below 10 in the sidebar or any tooltip over the map', async () => {
    const box = (await s.page.getByTestId('map').boundingBox())!;
    const seen = new Set<string>();
    for (let y = 0.1; y < 0.95; y += 0.07) {
      for (let x = 0.1; x < 0.95; x += 0.06) {
        await s.page.mouse.move(box.x + box.width * x, box.y + box.height * y);
        await s.page.waitForTimeout(25);
        const tip = await s.page.evaluate(
          () => document.querySelector('.map-tooltip')?.textContent ?? null,
        );
        if (tip) seen.add(tip);
      }
    }
    expect(seen.size).toBeGreaterThan(2);
    const sidebar = await countsText(s.page, '.sidebar');
    for (const n of counts([...seen, sidebar].join('\n'))) {
      if (/^[<≥]/.test(n)) expect(n.replace(/\s/g, '')).toMatch(/^(<10|≥\d{2,})$/);
      else expect(Number(n.replaceAll(',', '')), n).toBeGreaterThanOrEqual(10);
    }
    await s.page.mouse.move(box.x + 2, box.y + 2);
  });

  it('lists the planted legs in the Table as "< 10" or 10 and more, nothing smaller', async () => {
    await s.page.getByRole('tab', { name: 'Table' }).click();
    const table = s.page.getByRole('tabpanel', { name: 'Table' });
    for (const p of PLANTED) {
      const row = table.getByRole('row').filter({ hasText: `${p.from}${p.to}` });
      expectPlantedFigure(await row.getByRole('cell').nth(2).textContent());
    }
    const text = (await table.locator('td').allTextContents()).join('\n');
    for (const n of counts(text)) {
      if (n.startsWith('<')) expect(n.replace(/\s/g, '')).toBe('<10');
      else expect(Number(n.replaceAll(',', '')), n).toBeGreaterThanOrEqual(10);
    }
    await s.page.screenshot({ path: `${SHOTS}/planted-table.png` });
  });

  it('exports CSVs that say the rule and hold no count below 10', async () => {
    const flowsText = await downloadCsv(s, 'Download flows CSV');
    const countriesText = await downloadCsv(s, 'Download countries CSV');
    for (const text of [flowsText, countriesText]) {
      expect(text).toMatch(/^# Rutas export: planted-small-cells\.csv/);
      expect(text).toMatch(/# Disclosure: Counts below 10 are hidden/);
      expect(text).not.toMatch(/WARNING/);
    }
    flows = parseCsv(flowsText);
    countries = parseCsv(countriesText);
    for (const row of [...flows, ...countries]) {
      for (const [column, value] of Object.entries(row)) {
        if (
          !['victims', 'involved', 'outgoing', 'incoming', 'transit', 'internal'].includes(column)
        )
          continue;
        if (value.startsWith('<')) expect(value).toBe('< 10');
        else if (value !== 'withheld') expect(Number(value), column).toBeGreaterThanOrEqual(10);
      }
    }
    for (const p of PLANTED) {
      const row = flows.find((r) => r.from_name === p.from && r.to_name === p.to);
      expectPlantedFigure(row?.victims ?? null);
    }
  });

  it("does not give a planted count away as a country's total minus its visible flows", () => {
    const byName = new Map(countries.map((c) => [c.name!, c]));
    for (const p of PLANTED) {
      // Origin side: outgoing + transit = Σ legs out; destination side: incoming + transit = Σ legs in.
      for (const [country, total, side] of [
        [p.from, 'outgoing', 'from_name'],
        [p.to, 'incoming', 'to_name'],
      ] as const) {
        const c = byName.get(country);
        if (!c) continue; // a country not listed at all gives nothing away
        const others = flows.filter(
          (f) => f[side] === country && !(f.from_name === p.from && f.to_name === p.to),
        );
        const [tLo, tHi] = range(c[total]!, false);
        const [xLo, xHi] = range(c.transit!, false);
        let lo = tLo + xLo;
        let hi = tHi + xHi;
        for (const f of others) {
          const [a, b] = range(f.victims!, true);
          lo -= b;
          hi -= a;
        }
        const [ownLo, ownHi] = range(
          flows.find((f) => f.from_name === p.from && f.to_name === p.to)!.victims!,
          true,
        );
        lo = Math.max(lo, ownLo);
        hi = Math.min(hi, ownHi);
        expect(lo < hi, `${p.from} → ${p.to} from ${country}'s ${total}: ${lo}–${hi}`).toBe(true);
        expect(p.victims).toBeGreaterThanOrEqual(lo);
        expect(p.victims).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('shows the planted counts only when the analyst lowers the threshold, with a warning', async () => {
    await s.page.getByLabel('Hide counts below').fill('1');
    await expect.poll(() => s.page.getByRole('alert').first().textContent()).toMatch(/below this/);
    const table = s.page.getByRole('tabpanel', { name: 'Table' });
    const row = table.getByRole('row').filter({ hasText: 'ParaguayEcuador' });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('7');
    const text = await downloadCsv(s, 'Download flows CSV');
    expect(text).toMatch(/# WARNING: small counts are visible in this file \(threshold 1/);
    expect(
      parseCsv(text).find((r) => r.from_name === 'Chile' && r.to_name === 'Guyana')?.victims,
    ).toBe('3');
    await s.page.screenshot({ path: `${SHOTS}/planted-lowered.png` });
    await s.page.getByRole('button', { name: 'Back to 10' }).click();
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).not.toBe('7');
    expectPlantedFigure(await row.getByRole('cell').nth(2).textContent());
    await expect(s.page.getByRole('alert').count()).resolves.toBe(0);
    await s.page.getByRole('tab', { name: 'Map' }).click();
  });

  it('opens the read-only SQL panel only at threshold 1, over the loaded file', async () => {
    const flows = await drawnFlows(s.page);
    await s.page.getByRole('tab', { name: 'SQL' }).click();
    const panel = s.page.getByRole('tabpanel', { name: 'SQL' });
    await expect(panel.textContent()).resolves.toMatch(/opens only when small counts are shown/);
    await expect(panel.getByRole('textbox').count()).resolves.toBe(0);
    await s.page.getByLabel('Hide counts below').fill('1');
    const editor = panel.getByLabel('Query (DuckDB SQL, read-only)');
    await editor.fill(
      "SELECT origin, destination, sum(victims)::INTEGER AS victims FROM cases\nWHERE origin IN ('URY', 'CHL', 'PRY') GROUP BY ALL ORDER BY victims",
    );
    await panel.getByRole('button', { name: 'Run query' }).click();
    const cells = () => panel.getByRole('row').nth(1).getByRole('cell').allTextContents();
    await expect.poll(cells).toEqual(['URY', 'SUR', '1']);
    await expect(panel.getByRole('columnheader').allTextContents()).resolves.toEqual([
      'origin',
      'destination',
      'victims',
    ]);
    // An error names the problem and marks its place; the text cursor goes there.
    await editor.fill('SELECT origin\nFROM casez');
    await editor.press('Control+Enter');
    const alert = panel.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Table with name casez does not exist/);
    await expect(alert.getByLabel('At line 2, column 6').textContent()).resolves.toBe(
      '2 | FROM casez\n         ^',
    );
    await expect(editor.evaluate((e: HTMLTextAreaElement) => e.selectionStart)).resolves.toBe(19);
    await s.page.screenshot({ path: `${SHOTS}/sql-error.png` });
    // Read-only: a statement that would change the data is refused and the map is as it was.
    await editor.fill('DROP TABLE cases');
    await panel.getByRole('button', { name: 'Run query' }).click();
    await expect.poll(() => alert.textContent()).toMatch(/^The SQL panel is read-only/);
    await s.page.getByRole('button', { name: 'Back to 10' }).click();
    await expect.poll(() => panel.getByRole('table').count()).toBe(0);
    await expect(panel.textContent()).resolves.toMatch(/opens only when small counts are shown/);
    await s.page.getByRole('tab', { name: 'Map' }).click();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBe(flows);
  });

  it('keeps the loaded data when a bad file is picked, and says what is wrong', async () => {
    const before = await drawnFlows(s.page);
    await loadFixture(s, 'header-only.csv');
    await expect
      .poll(() => s.page.getByRole('alert').first().textContent())
      .toMatch(/header-only\.csv was not loaded: header-only\.csv has a header but no rows/);
    await loadFixture(s, 'garbage.csv');
    await expect
      .poll(() => s.page.getByRole('alert').first().textContent())
      .toMatch(/garbage\.csv was not loaded: garbage\.csv is not a text file/);
    await expect(
      s.page.getByRole('radio', { name: 'planted-small-cells.csv' }).isChecked(),
    ).resolves.toBe(true);
    expect(await drawnFlows(s.page)).toBe(before);
    await s.page.screenshot({ path: `${SHOTS}/bad-file-kept-data.png` });
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe('a threshold asked for in the URL', () => {
  it('raises k with ?k=20 but cannot lower it with ?k=3', async () => {
    const baseUrl = inject('baseUrl');
    const s = await openSession(baseUrl);
    try {
      await s.page.goto(`${baseUrl}?k=20`);
      await waitForDrawn(s.page);
      await expect(s.page.getByLabel('Hide counts below').inputValue()).resolves.toBe('20');
      await expect(s.page.locator('.legend-note[data-not-a-count]').textContent()).resolves.toMatch(
        /Counts below 20 are hidden/,
      );
      await s.page.goto(`${baseUrl}?k=3`);
      await waitForDrawn(s.page);
      await expect(s.page.getByLabel('Hide counts below').inputValue()).resolves.toBe('10');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
