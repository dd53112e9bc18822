/**
 * Country labels as real files write them (tests/fixtures/country-labels.csv: each with the code
 * it must give) and the near-misses and non-countries that must stay unresolved
 * (country-label-misses.csv: each with what it must be classified as).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { normalizeCountry } from '../../src/domain/country-names';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const table = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(FIXTURES, name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

const outcome = (label: string) => {
  const m = normalizeCountry(label, { alpha2: false });
  return m.kind === 'country' ? m.iso3 : m.kind === 'aggregate' ? m.aggregate : 'not-understood';
};

describe('country labels as the real world writes them', () => {
  const labels = table('country-labels.csv');
  const misses = table('country-label-misses.csv');

  it('holds at least 300 variants and 100 near-misses and non-countries', () => {
    expect(labels.length).toBeGreaterThanOrEqual(300);
    expect(misses.length).toBeGreaterThanOrEqual(100);
  });

  it('reads every variant as the country it names', () => {
    const wrong = labels
      .map(({ label, iso3 }) => ({ label: label!, want: iso3!, got: outcome(label!) }))
      .filter((r) => r.got !== r.want);
    expect(wrong).toEqual([]);
  });

  it('matches no near-miss to a country, and classifies what is not a country', () => {
    const wrong = misses
      .map(({ label, expected }) => ({ label: label!, want: expected!, got: outcome(label!) }))
      .filter((r) => r.got !== r.want);
    expect(wrong).toEqual([]);
  });

  it('says which countries were read from a misspelling', () => {
    expect(normalizeCountry('Ukraineans')).toEqual({ kind: 'country', iso3: 'UKR' });
    expect(normalizeCountry('chiness')).toEqual({ kind: 'country', iso3: 'CHN', fuzzy: true });
    expect(normalizeCountry('Vietnamise')).toEqual({ kind: 'country', iso3: 'VNM', fuzzy: true });
  });
});
