/**
 * The three catalogues: the same keys (the compiler checks that too), the same placeholders, no
 * empty text; numbers, counts, rates and country names as each language writes them; and the
 * language a page opens in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/country-text';
import { DEFAULT_POLICY } from '../../src/domain/disclosure';
import { formatDisclosed, policyNote } from '../../src/i18n/disclosure-text';
import { formatRate } from '../../src/i18n/rate-text';
import { normalizeSector } from '../../src/domain/sectors';
import { interfaceSectorVocabulary } from '../../src/i18n/sector-text';
import { importFile } from '../../src/data/ingest/import-file';
import { reportLines } from '../../src/data/ingest/report';
import { CATALOGUES, initialLanguage, setLanguage, t } from '../../src/i18n';
import { formatNumber } from '../../src/i18n/format';
import { flatten, placeholders } from '../support/catalogue';

const english = new Map(flatten(CATALOGUES.en));

describe('catalogues', () => {
  for (const lng of ['es', 'pt'] as const) {
    const messages = flatten(CATALOGUES[lng]);

    it(`${lng} has every English key and no other`, () => {
      expect(messages.map(([k]) => k).sort()).toEqual([...english.keys()].sort());
    });

    it(`${lng} keeps each message's placeholders and leaves none empty`, () => {
      for (const [key, text] of messages) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
      }
    });

    it(`${lng} translates the interface (at most the names that read the same)`, () => {
      const same = messages.filter(([key, text]) => text === english.get(key));
      // Words the three languages share: "SQL", "Sector", "Chile"-like cognates, placeholders.
      expect(same.length).toBeLessThan(messages.length * 0.05);
    });
  }
});

describe('in each language', () => {
  afterEach(() => setLanguage('en'));

  it('writes numbers, counts and rates as the language does', async () => {
    const count = { kind: 'shown', value: 12345 } as const;
    const rate = { kind: 'rate', value: 1234.56 } as const;
    expect(formatDisclosed(count)).toBe('12,345');
    expect(formatRate(rate)).toBe('1,234.6');
    await setLanguage('pt');
    expect(formatDisclosed(count)).toBe('12.345');
    expect(formatRate(rate)).toBe('1.234,6');
    expect(formatDisclosed({ kind: 'withheld' })).toBe('reservado');
    await setLanguage('es');
    expect(formatDisclosed(count)).toBe('12.345');
    expect(formatNumber(12345.5, { maximumFractionDigits: 1 })).toBe('12.345,5');
    expect(formatDisclosed({ kind: 'suppressed', k: 10 })).toBe('< 10');
    expect(formatRate({ kind: 'not-shown', reason: 'suppressed', k: 10 })).toBe('< 10 víctimas');
  });

  it('names countries in the language', async () => {
    expect(['BRA', 'PER', 'GUF', 'USA'].map((c) => countryName(c))).toEqual([
      'Brazil',
      'Peru',
      'French Guiana',
      'United States',
    ]);
    await setLanguage('es');
    expect(['BRA', 'PER', 'GUF'].map((c) => countryName(c))).toEqual([
      'Brasil',
      'Perú',
      'Guayana Francesa',
    ]);
    await setLanguage('pt');
    expect(['COL', 'PRY', 'GUF'].map((c) => countryName(c))).toEqual([
      'Colômbia',
      'Paraguai',
      'Guiana Francesa',
    ]);
  });

  it('states the disclosure rule in the language', async () => {
    await setLanguage('es');
    expect(policyNote(DEFAULT_POLICY)).toMatch(/^Las cifras menores que 10 se ocultan/);
    expect(t('load.loaded', { count: 1, name: 'a', rows: '1', used: '', years: '2020' })).toBe(
      'Cargado a: 1 fila leída, 2020.',
    );
    expect(t('load.loaded', { count: 2, name: 'a', rows: '2', used: '', years: '2020' })).toMatch(
      /2 filas leídas/,
    );
  });

  it('says what is wrong with a file, and reports a load, in the language', async () => {
    await setLanguage('es');
    await expect(importFile('vacío.csv', new Uint8Array())).rejects.toThrow(
      'vacío.csv está vacío.',
    );
    await setLanguage('pt');
    const csv = 'year,origin,destination,victims\n2020,BOL,ARG,12\nx,BOL,ARG,3\n';
    const { report } = await importFile('a.csv', new TextEncoder().encode(csv));
    expect(reportLines(report)).toEqual([
      'Arquivo: a.csv',
      expect.stringMatching(/^Lido como: CSV .*, formato Rutas$/),
      'Linhas lidas: 2',
      'Linhas usadas: 1',
      'Separada, year não é um ano: 1 linha (a primeira na linha 3)',
    ]);
  });

  it('reads sector names written in any of its languages back', () => {
    expect(normalizeSector('Minería', interfaceSectorVocabulary())).toBe('mining');
    expect(normalizeSector('Mendicância', interfaceSectorVocabulary())).toBe('begging');
    expect(normalizeSector('Pesca / transporte marítimo', interfaceSectorVocabulary())).toBe(
      'fishing_marine',
    );
  });
});

describe('the language a page opens in', () => {
  it('is ?lang=, else the one chosen before, else the browser’s, else English', () => {
    expect(initialLanguage('pt', 'es', ['es-AR'])).toBe('pt');
    expect(initialLanguage('xx', 'es', ['pt-BR'])).toBe('es');
    expect(initialLanguage(null, null, ['fr-FR', 'pt-BR'])).toBe('pt');
    expect(initialLanguage(null, 'klingon', ['de'])).toBe('en');
  });
});
