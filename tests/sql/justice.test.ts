/**
 * GLOTIP's criminal-justice figures: the importer's justice rows on a GLOTIP-shaped fixture
 * (tests/fixtures/glotip-justice.csv: totals, sexes, "<5", a thousands separator, breakdowns by
 * age and form, a duplicate, a rate, a bad count and code, an unknown indicator) and on the real
 * excerpt; their table with record keys; the queries' sums and keys; and their publication:
 * never a figure of 1 … k − 1, a hidden one never recoverable from the relations a viewer knows,
 * ratios only from published figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbConnector } from '../../src/data/connector';
import { canonicalCsv, importFile } from '../../src/data/ingest/import-file';
import { justiceCsv } from '../../src/data/ingest/justice-rows';
import { activateJustice, justiceTable, storeJustice } from '../../src/data/justice-store';
import { queryJustice } from '../../src/data/queries/justice';
import { activateDataset, storeDataset } from '../../src/data/schema';
import {
  DEFAULT_POLICY,
  KEY_RANGE,
  type Disclosed,
  type DisclosurePolicy,
} from '../../src/domain/disclosure';
import type { JusticeFigures } from '../../src/domain/justice';
import { POPULATION } from '../../src/domain/population';
import { publishJustice, type PublishedJustice } from '../../src/domain/publish/justice';
import type { Filter } from '../../src/domain/types';
import { dbWithCases } from '../support/db';
import { SHARED_DATA } from '../support/shared';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/glotip-justice.csv');
const bytes = (file: string) => new Uint8Array(readFileSync(file));
const ALL: Filter = { yearFrom: 2000, yearTo: 2030, sectors: [], place: null };
const EXACT: DisclosurePolicy = { k: 1, base: 1, noise: null };
/** The threshold without the noise: what is hidden does not depend on the keys. */
const NO_NOISE: DisclosurePolicy = { k: 10, base: 1, noise: null };

/** Every figure a publication shows. */
function everyFigure(p: PublishedJustice): Disclosed[] {
  return [
    ...p.countries.flatMap((c) => [
      ...(c.victims ? [c.victims] : []),
      ...Object.values(c.figures).flatMap((f) => [
        ...(f.total ? [f.total] : []),
        ...f.bySex.map((s) => s.persons),
      ]),
    ]),
    ...p.years.flatMap((y) => Object.values(y.figures)),
  ];
}

describe('the GLOTIP importer’s justice rows', () => {
  it('keeps totals and sexes, "<5" as suppressed at source, and says what it sets aside', async () => {
    const { rows, justice, report } = await importFile('glotip-justice.csv', bytes(FIXTURE));
    expect(justice).toContainEqual({
      year: 2019,
      country: 'COL',
      indicator: 'formal_contact',
      sex: 'total',
      persons: 1514,
    });
    expect(justice).toContainEqual({
      year: 2019,
      country: 'COL',
      indicator: 'prosecuted',
      sex: 'female',
      persons: 40,
    });
    expect(justice).toContainEqual({
      year: 2020,
      country: 'CHL',
      indicator: 'convicted',
      sex: 'total',
      persons: '<5',
    });
    expect(justice).toContainEqual(
      expect.objectContaining({ country: 'CHL', sex: 'other', persons: '<5' }),
    );
    // The first of two figures for Ecuador's 2020 convictions is kept.
    expect(justice.filter((j) => j.country === 'ECU' && j.indicator === 'convicted')).toEqual([
      { year: 2020, country: 'ECU', indicator: 'convicted', sex: 'total', persons: 18 },
    ]);
    expect(justice).toHaveLength(30);
    expect(report.rowsRead).toBe(57);
    expect(report.rowsUsed).toBe(rows.length + justice.length);
    expect(report.notes).toContain(
      '30 of the rows used are criminal-justice figures (persons prosecuted, convicted, brought ' +
        'into formal contact, or offences): see the Justice view.',
    );
    const aside = Object.fromEntries(Object.entries(report.setAside).map(([k, v]) => [k, v.rows]));
    expect(aside).toMatchObject({
      'justice figure by age (the Justice view shows totals and sex)': 2,
      'justice figure by form of exploitation (the Justice view shows totals and sex)': 2,
      'second justice figure for the same country, year, indicator and sex (the first is used)': 1,
      'justice figure that is not a count': 1,
      'txtVALUE is not a count': 1,
      'Iso3_code is not a country': 1,
      'indicator Rutas does not read (neither detected victims nor a justice figure)': 1,
    });
    expect(report.notUnderstood).toMatchObject({ 'txtVALUE "n/a"': 1, 'Iso3_code "XXX"': 1 });
  });

  it('reads the real excerpt’s figures by sex, with its own totals', async () => {
    const { justice } = await importFile(
      'glotip.csv',
      bytes(`${SHARED_DATA}/glotip/glotip-sample.csv`),
    );
    const bol2018 = justice.filter(
      (j) => j.country === 'BOL' && j.year === 2018 && j.indicator === 'prosecuted',
    );
    expect(bol2018.map((j) => [j.sex, j.persons])).toEqual([
      ['total', 104],
      ['female', 67],
      ['male', 37],
    ]);
    expect(
      justice.some((j) => j.country === 'PER' && j.sex === 'other' && j.persons === '<5'),
    ).toBe(true);
    // Argentina has convictions by form of exploitation only: none are used.
    expect(justice.some((j) => j.country === 'ARG')).toBe(false);
  });
});

describe('justice figures in the engine', () => {
  let db: DbConnector;
  beforeAll(async () => {
    const { rows, justice } = await importFile('glotip-justice.csv', bytes(FIXTURE));
    db = await dbWithCases([]);
    await storeDataset(db, 'g', canonicalCsv(rows));
    await activateDataset(db, 'g');
    await storeJustice(db, 'g', justiceCsv(justice));
    await activateJustice(db, 'g');
  });

  it('stores each row with a record key, the same whatever the order of the rows', async () => {
    const { justice } = await importFile('glotip-justice.csv', bytes(FIXTURE));
    await storeJustice(db, 'reversed', justiceCsv([...justice].reverse()));
    const keys = async (table: string) =>
      db.query(
        `SELECT year, country, indicator, sex, persons, source_suppressed, key_sum
         FROM ${table} ORDER BY ALL`,
      );
    const stored = await keys(justiceTable('g'));
    expect(stored).toHaveLength(30);
    expect(await keys(justiceTable('reversed'))).toEqual(stored);
    expect(new Set(stored.map((r) => r.key_sum)).size).toBe(30);
    for (const r of stored) {
      expect(Number(r.key_sum)).toBeGreaterThanOrEqual(0);
      expect(Number(r.key_sum)).toBeLessThan(KEY_RANGE);
    }
    const chl = stored.find(
      (r) => r.country === 'CHL' && r.year === 2020 && r.indicator === 'convicted',
    );
    expect([chl?.persons, chl?.source_suppressed]).toEqual([0, true]);
  });

  it('sums over the years in force with the key of the rows summed, and marks "<5"', async () => {
    const f = await queryJustice(db, ALL);
    const rowKeys = await db.query(
      `SELECT sum(key_sum) % ${KEY_RANGE} AS k FROM justice
       WHERE country = 'COL' AND indicator = 'prosecuted' AND sex = 'total'`,
    );
    expect(f.totals).toContainEqual({
      country: 'COL',
      indicator: 'prosecuted',
      sex: 'total',
      persons: 102 + 105,
      key: Number(rowKeys[0]!.k),
      partial: false,
      years: [2019, 2020],
    });
    // Each year's figures are for a selected country only (the view shows no others).
    expect(f.years).toEqual([]);
    expect(f.totals).toContainEqual(
      expect.objectContaining({
        country: 'CHL',
        indicator: 'convicted',
        persons: 7,
        partial: true,
      }),
    );
    const onlyChile2019 = await queryJustice(db, {
      ...ALL,
      yearFrom: 2019,
      yearTo: 2019,
      place: 'CHL',
    });
    expect(new Set(onlyChile2019.totals.map((t) => t.country))).toEqual(new Set(['CHL']));
    expect(onlyChile2019.years.every((y) => y.year === 2019)).toBe(true);
    // Victims detected in Colombia (by citizenship, one a "<5"): over the years in force, and
    // in the years with each indicator.
    const col = f.victims.filter((v) => v.country === 'COL');
    expect(col.map((v) => [v.indicator, v.victims, v.partial])).toEqual([
      [null, 215 + 140, true],
      ['convicted', 215 + 140, true],
      ['formal_contact', 215 + 140, true],
      ['offences', 215 + 140, true],
      ['prosecuted', 215 + 140, true],
    ]);
    // Ecuador has justice figures for 2020 only: the ratio's base is 2020's victims.
    const ecu = f.victims.filter((v) => v.country === 'ECU');
    expect(ecu.find((v) => v.indicator === 'convicted')?.victims).toBe(41 + 19);
    expect(ecu.find((v) => v.indicator === null)?.victims).toBe(30 + 26 + 41 + 19);
  });

  it('publishes no figure of 1 … k − 1, "<5" as hidden or a lower bound, ratios from published ones', async () => {
    const p = publishJustice(await queryJustice(db, ALL), DEFAULT_POLICY, POPULATION);
    const colombiaYears = publishJustice(
      await queryJustice(db, { ...ALL, place: 'COL' }),
      DEFAULT_POLICY,
      POPULATION,
    );
    expect(colombiaYears.years.map((y) => y.year)).toEqual([2019, 2020]);
    const figures = [...everyFigure(p), ...everyFigure(colombiaYears)];
    expect(figures.length).toBe(40);
    for (const d of figures) {
      if (d.kind === 'shown') expect(d.value).toBeGreaterThanOrEqual(DEFAULT_POLICY.k);
    }
    // Chile's 7 convictions and a "<5": a lower bound if the noise lifts it to k, else hidden.
    const chile = p.countries.find((c) => c.country === 'CHL')!.figures.convicted!.total!;
    expect(chile.kind === 'suppressed' || (chile.kind === 'shown' && chile.lowerBound)).toBe(true);
    const withoutNoise = publishJustice(await queryJustice(db, ALL), NO_NOISE, POPULATION);
    const chileExact = withoutNoise.countries.find((c) => c.country === 'CHL')!;
    expect(chileExact.figures.convicted?.total?.kind).toBe('suppressed');
    expect(chileExact.per100Victims.convicted).toEqual({ kind: 'not-shown', reason: 'hidden' });
    const colombia = p.countries.find((c) => c.country === 'COL')!;
    const convicted = colombia.figures.convicted!.total!;
    const victims = p.countries.find((c) => c.country === 'COL')!.victims!;
    expect(convicted.kind).toBe('shown');
    expect(victims).toMatchObject({ kind: 'shown', lowerBound: true });
    // Colombia's victims include a "<5": their ratio's base is a lower bound, so no ratio.
    expect(colombia.per100Victims.convicted).toEqual({ kind: 'not-shown', reason: 'partial-base' });
    const ecuador = p.countries.find((c) => c.country === 'ECU')!;
    const [ecuConvicted, ecuBase] = [ecuador.figures.convicted!.total!, ecuador.victims!];
    expect([ecuConvicted.kind, ecuBase.kind]).toEqual(['shown', 'shown']);
    // The ratio is over 2020's published victims (its only year), published in the same audit.
    const ratio = ecuador.per100Victims.convicted!;
    expect(ratio.kind).toBe('ratio');
    if (ratio.kind === 'ratio' && ecuConvicted.kind === 'shown') {
      expect(ratio.value).toBeGreaterThan(ecuConvicted.value); // fewer than 100 victims
      expect(ratio.value).toBeLessThan(100);
    }
    const rate = ecuador.per100k.convicted!;
    expect(rate.kind).toBe('rate');
    if (rate.kind === 'rate' && ecuConvicted.kind === 'shown') {
      const population = POPULATION.values.ECU![2020 - POPULATION.firstYear]!;
      expect(rate.value).toBeCloseTo((ecuConvicted.value / population) * 100_000, 9);
    }
  });
});

describe('publishJustice', () => {
  const cell = (persons: number, key = 1, partial = false) => ({ persons, key, partial });
  const range = (persons: number) => ({ ...cell(persons), years: [2019, 2020] });
  const figures = (male: number): JusticeFigures => ({
    totals: [
      { country: 'PER', indicator: 'convicted', sex: 'total', ...range(30 + male) },
      { country: 'PER', indicator: 'convicted', sex: 'female', ...range(30) },
      { country: 'PER', indicator: 'convicted', sex: 'male', ...range(male) },
    ],
    years: [
      { country: 'PER', indicator: 'convicted', year: 2019, ...cell(20) },
      { country: 'PER', indicator: 'convicted', year: 2020, ...cell(10 + male) },
    ],
    victims: [],
  });

  it('withholds a figure that would let a hidden sex be worked out from the total', () => {
    const p = publishJustice(figures(4), NO_NOISE, POPULATION);
    const f = p.countries[0]!.figures.convicted!;
    // Total 34 − female 30 would give the 4 men: the total is withheld.
    expect(f.bySex.find((s) => s.sex === 'male')!.persons.kind).toBe('suppressed');
    expect(f.total).toEqual({ kind: 'withheld' });
    expect(p.countries[0]!.per100k.convicted).toEqual({ kind: 'not-shown', reason: 'withheld' });
  });

  it('shows every figure of k or more when nothing can be worked out, exactly at k = 1', () => {
    const p = publishJustice(figures(12), NO_NOISE, POPULATION);
    const f = p.countries[0]!.figures.convicted!;
    expect(f.total).toEqual({ kind: 'shown', value: 42 });
    expect(p.years.map((y) => y.figures.convicted)).toEqual([
      { kind: 'shown', value: 20 },
      { kind: 'shown', value: 22 },
    ]);
    const exact = publishJustice(figures(4), EXACT, POPULATION);
    expect(exact.countries[0]!.figures.convicted!.bySex.map((s) => s.persons)).toEqual([
      { kind: 'shown', value: 30 },
      { kind: 'shown', value: 4 },
    ]);
  });
});
