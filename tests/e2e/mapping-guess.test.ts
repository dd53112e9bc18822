/**
 * The mapping dialog guesses: a ministry's own export (`anio;pais_origen;pais_destino;victimas`,
 * `;`-separated, Windows-1252) opens the dialog with its four columns chosen, says what it
 * recognised, and loads with one click.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { drawnFlows, suiteSession, waitForDrawn } from './support/browser';

const SHOTS = 'test-results/screenshots';

describe('the mapping dialog', () => {
  const s = suiteSession(inject('baseUrl'));

  it('guesses the four main columns of a Spanish ministry export', async () => {
    const file = path.join(import.meta.dirname, '../fixtures/ministerio-anio.csv');
    await s.page.getByLabel('Load data').setInputFiles(file);
    const dialog = s.page.getByRole('dialog', { name: /Which column is which in ministerio-anio/ });
    await dialog.waitFor();
    const chosen = async (label: RegExp) => dialog.getByLabel(label).inputValue();
    await expect(chosen(/^Year/)).resolves.toBe('anio');
    await expect(chosen(/^Origin country/)).resolves.toBe('pais_origen');
    await expect(chosen(/^Destination country/)).resolves.toBe('pais_destino');
    await expect(chosen(/^Count of victims/)).resolves.toBe('victimas');
    await expect(chosen(/^Transit countries/)).resolves.toBe('');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Line 1 reads anio, pais_origen, pais_destino, victimas');
    expect(text).not.toContain('No recognisable header');
    await expect(
      dialog.getByRole('list', { name: 'What was recognised' }).textContent(),
    ).resolves.toBe(
      'Recognised from their names and values: Year ← anio, Origin country ← pais_origen, ' +
        'Destination country ← pais_destino, Count of victims ← victimas.',
    );
    // Perú, Haití, República Dominicana: read as Windows-1252.
    await expect(
      dialog.getByRole('table', { name: 'Preview of the file' }).textContent(),
    ).resolves.toContain('República Dominicana');
    await s.page.screenshot({ path: `${SHOTS}/mapping-guessed.png` });
    await dialog.getByRole('button', { name: 'Load with this mapping' }).click();
    await s.page
      .getByRole('status')
      .filter({ hasText: /Loaded ministerio-anio\.csv: 6 rows read/ })
      .waitFor();
    await waitForDrawn(s.page);
    expect(await drawnFlows(s.page)).toBeGreaterThan(0);
  });

  it('made no request off its origin and logged no error', () => {
    expect(s.offOrigin).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
