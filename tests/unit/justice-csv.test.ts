/**
 * The Justice view's CSV: the comment lines every export opens with, then one line per
 * country, indicator and sex with the published figure (never the exact count) and, beside a
 * total, its ratio per 100 detected victims and rate per 100,000.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/domain/disclosure';
import type { JusticeFigures } from '../../src/domain/justice';
import { POPULATION } from '../../src/domain/population';
import { publishJustice } from '../../src/domain/publish/justice';
import { justiceCsv } from '../../src/export/justice-csv';

const cell = (persons: number, years = [2019]) => ({ persons, key: 7, partial: false, years });
const FIGURES: JusticeFigures = {
  totals: [
    { country: 'BOL', indicator: 'convicted', sex: 'total', ...cell(40) },
    { country: 'BOL', indicator: 'convicted', sex: 'female', ...cell(36) },
    { country: 'BOL', indicator: 'convicted', sex: 'male', ...cell(4) },
    { country: 'BOL', indicator: 'prosecuted', sex: 'total', ...cell(200) },
  ],
  years: [],
  victims: [
    { country: 'BOL', indicator: null, victims: 400, key: 3, partial: false },
    { country: 'BOL', indicator: 'convicted', victims: 400, key: 3, partial: false },
    { country: 'BOL', indicator: 'prosecuted', victims: 400, key: 3, partial: false },
  ],
};

describe('justiceCsv', () => {
  it('writes the published figures with their ratios after the preamble', () => {
    const policy = resolvePolicy();
    const text = justiceCsv(publishJustice(FIGURES, { ...policy, noise: null }, POPULATION), {
      datasetLabel: 'glotip.csv',
      filter: { yearFrom: 2019, yearTo: 2019, sectors: [], place: null },
      policy: { ...policy, noise: null },
    });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# .*glotip\.csv/);
    const header = lines.findIndex((l) => !l.startsWith('#'));
    expect(lines.slice(header)).toEqual([
      'country,iso3,indicator,sex,persons,per_100_victims,per_100k',
      // 36 women and 4 men of 40: the 4 would follow from 40 − 36, so the total is withheld.
      'Bolivia,BOL,prosecuted,total,200,50.00,1.71',
      'Bolivia,BOL,convicted,total,withheld,,',
      'Bolivia,BOL,convicted,female,36,,',
      'Bolivia,BOL,convicted,male,< 10,,',
    ]);
  });
});
