import { describe, expect, it } from 'vitest';
import { noiseFor } from '../../src/domain/disclosure';
import { buildPTable, perturb, preimage } from '../../src/domain/ptable';

describe('the p-table', () => {
  for (const k of [2, 5, 10, 11, 20]) {
    const table = buildPTable(noiseFor(k));
    const { maxNoise } = table.params;

    it(`k = ${k}: every row is a distribution with mean n, within its bounds`, () => {
      table.rows.forEach((row, n) => {
        const p = row.cumulative.map((c, i) => c - (row.cumulative[i - 1] ?? 0));
        expect(p.every((x) => x >= -1e-12)).toBe(true);
        expect(row.cumulative.at(-1)).toBe(1);
        const mean = row.values.reduce((s, v, i) => s + v * p[i]!, 0);
        expect(mean).toBeCloseTo(n, 6);
        for (const v of row.values) {
          expect(v === 0 || v >= k, `n=${n} → ${v}`).toBe(true);
          if (n >= k + maxNoise) expect(Math.abs(v - n)).toBeLessThanOrEqual(maxNoise);
          else expect(v).toBeLessThanOrEqual(Math.max(n, k) + maxNoise);
        }
      });
      expect(table.rows[0]).toEqual({ values: [0], cumulative: [1] });
    });

    it(`k = ${k}: larger counts get the last row's symmetric noise, and preimage holds them`, () => {
      for (let n = 0; n < 4 * k + 40; n++) {
        for (let u = 0; u < 1; u += 1 / 97) {
          const v = perturb(n, u, table);
          const [lo, hi] = preimage(v, table);
          expect(n).toBeGreaterThanOrEqual(lo);
          expect(n).toBeLessThanOrEqual(hi);
          if (n > table.rows.length) {
            expect(v - n).toBe(perturb(table.rows.length - 1, u, table) - (table.rows.length - 1));
          }
        }
      }
    });
  }

  it('reads the preimage of a figure exactly from the supports of the rows', () => {
    const table = buildPTable(noiseFor(10));
    // Every value a key can pick for n: a row's values, or beyond the table the last row's, shifted.
    const last = table.rows.length - 1;
    const supports = (n: number) =>
      n <= last ? table.rows[n]!.values : table.rows[last]!.values.map((v) => v + n - last);
    for (const n of [0, 5, 10, 30]) {
      for (let u = 0; u < 1; u += 1e-3) expect(supports(n)).toContain(perturb(n, u, table));
    }
    const from = new Map<number, number[]>();
    for (let n = 0; n < 60; n++) {
      for (const v of supports(n)) from.set(v, [...(from.get(v) ?? []), n]);
    }
    for (const [v, ns] of from) {
      if (v > 50) continue;
      expect(preimage(v, table), `v=${v}`).toEqual([Math.min(...ns), Math.max(...ns)]);
    }
  });

  it('spreads large counts evenly around their value (no bias)', () => {
    const table = buildPTable(noiseFor(10));
    let sum = 0;
    const steps = 10_000;
    for (let i = 0; i < steps; i++) sum += perturb(500, (i + 0.5) / steps, table) - 500;
    expect(Math.abs(sum / steps)).toBeLessThan(0.01);
  });
});
