/**
 * Files past the input limits, picked as an analyst would (sparse files: no disk used, but the
 * browser sees their size): a message naming the limit, soon, and the tab keeps what it showed.
 * The time from pick to message is printed, not asserted.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { drawnFlows, suiteSession } from './support/browser';

describe('files past the input limits', () => {
  const baseUrl = inject('baseUrl');
  const s = suiteSession(baseUrl);

  it('refuses sparse 3 GiB and 5 GiB files from their size at once, keeping what was shown', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rutas-huge-'));
    try {
      const checked = () =>
        s.page
          .getByRole('radio', { checked: true })
          .evaluate((el) => el.closest('label')!.textContent!.trim());
      const shown = await checked();
      const datasets = await s.page.getByRole('radio').count();
      for (const [gib, mib] of [
        [3, '3,072'],
        [5, '5,120'],
      ] as const) {
        // Sparse: no disk is used, but the browser sees a file of that size.
        const file = path.join(dir, `cases-${gib}g.csv`);
        writeFileSync(file, '');
        truncateSync(file, gib * 2 ** 30);
        const started = Date.now();
        await s.page.getByLabel('Load data').setInputFiles(file);
        const alert = s.page.getByRole('alert').filter({ hasText: `cases-${gib}g.csv` });
        await alert.waitFor();
        console.log(`${gib} GiB file refused ${Date.now() - started} ms after it was picked`);
        const message = await alert.textContent();
        expect(message).toContain(
          `cases-${gib}g.csv is ${mib} MiB; the largest file Rutas loads in the browser is 512 MiB`,
        );
        expect(message).toContain('npm run cube');
        expect(message).not.toMatch(/could not be read|permission/);
      }
      await expect(s.page.getByRole('radio').count()).resolves.toBe(datasets);
      await expect(checked()).resolves.toBe(shown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses 300 MB lines with the line limit, read by the worker or by the engine', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rutas-long-'));
    try {
      const datasets = await s.page.getByRole('radio').count();
      for (const [name, head, message] of [
        // No line break at all: read in the worker, refused before the text is decoded.
        [
          'no-breaks.csv',
          '',
          /no-breaks\.csv, line 1: a line of 307,200 KiB; Rutas reads lines of at most 1,024 KiB/,
        ],
        // A Rutas header, then one enormous line: read by the engine, which stops at the limit.
        [
          'long-line.csv',
          'year,origin,destination\n2020,BOL,',
          /long-line\.csv has a line of [\d,]+ KiB; Rutas reads lines of at most 1,024 KiB/,
        ],
      ] as const) {
        const file = path.join(dir, name);
        writeFileSync(file, head);
        truncateSync(file, 300 * 2 ** 20);
        const started = Date.now();
        await s.page.getByLabel('Load data').setInputFiles(file);
        const alert = s.page.getByRole('alert').filter({ hasText: name });
        await alert.waitFor({ timeout: 60_000 });
        console.log(`${name} (300 MiB) refused ${Date.now() - started} ms after it was picked`);
        expect(await alert.textContent()).toMatch(message);
      }
      await expect(s.page.getByRole('radio').count()).resolves.toBe(datasets);
      expect(await drawnFlows(s.page)).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
