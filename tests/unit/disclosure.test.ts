import { describe, expect, it } from 'vitest';
import {
  auditRelations,
  bandBase,
  DEFAULT_POLICY,
  disclose,
  drawableValue,
  formatDisclosed,
  hiddenCellRange,
  policyNote,
  possibleValues,
  resolvePolicy,
} from '../../src/domain/disclosure';

describe('disclose', () => {
  it('hides every count below k', () => {
    for (let v = 0; v < 10; v++) {
      expect(disclose(v)).toEqual({ kind: 'suppressed', k: 10 });
      expect(formatDisclosed(disclose(v))).toBe('< 10');
    }
  });

  it('rounds shown counts down to their band: k, k + base, k + 2 × base, …', () => {
    expect(disclose(10)).toEqual({ kind: 'shown', value: 10 });
    expect(disclose(14)).toEqual({ kind: 'shown', value: 10 });
    expect(disclose(15)).toEqual({ kind: 'shown', value: 15 });
    expect(disclose(1234)).toEqual({ kind: 'shown', value: 1230 });
    expect(disclose(11, { k: 11, base: 5 })).toEqual({ kind: 'shown', value: 11 });
    expect(disclose(16, { k: 11, base: 5 })).toEqual({ kind: 'shown', value: 16 });
    expect(formatDisclosed(disclose(1234))).toBe('1,230');
  });

  it('picks a band width that does not divide k − 2', () => {
    expect([1, 2, 3, 10, 11, 12, 17, 32].map(bandBase)).toEqual([1, 1, 5, 5, 5, 6, 6, 7]);
  });

  it('draws suppressed cells as nothing', () => {
    expect(drawableValue(disclose(3))).toBe(0);
    expect(drawableValue(disclose(48))).toBe(45);
  });

  it('treats non-finite input as suppressed', () => {
    expect(disclose(Number.NaN).kind).toBe('suppressed');
  });
});

describe('resolvePolicy', () => {
  it('uses the default threshold when nothing asks for another', () => {
    expect(resolvePolicy()).toEqual({ k: 10, base: 5, floor: 10, lowered: false });
  });

  it('lets a dataset raise the floor and a URL raise k, but never lower it', () => {
    expect(resolvePolicy({ datasetFloor: 11 }).k).toBe(11);
    expect(resolvePolicy({ datasetFloor: 11, urlK: 20 }).k).toBe(20);
    expect(resolvePolicy({ datasetFloor: 11, urlK: 3 }).k).toBe(11);
    expect(resolvePolicy({ datasetFloor: 4 }).k).toBe(10);
    expect(resolvePolicy({ urlK: Number.NaN }).k).toBe(10);
  });

  it('lets the analyst lower k by hand, and marks the policy lowered', () => {
    expect(resolvePolicy({ datasetFloor: 11, urlK: 20, analystK: 1 })).toEqual({
      k: 1,
      base: 1,
      floor: 11,
      lowered: true,
    });
    expect(resolvePolicy({ analystK: 25 }).lowered).toBe(false);
    expect(policyNote(resolvePolicy({ analystK: 3 }))).toMatch(/lowered from 10 to 3/);
  });
});

describe('counts suppressed at source', () => {
  it('makes a total a lower bound, rounded down, and never shows it below k', () => {
    expect(disclose(23, DEFAULT_POLICY, true)).toEqual({
      kind: 'shown',
      value: 20,
      lowerBound: true,
    });
    expect(formatDisclosed(disclose(23, DEFAULT_POLICY, true))).toBe('≥ 20');
    expect(disclose(4, DEFAULT_POLICY, true).kind).toBe('suppressed');
    expect(possibleValues(disclose(23, DEFAULT_POLICY, true), DEFAULT_POLICY)).toEqual([
      20,
      Infinity,
    ]);
  });
});

describe('possibleValues', () => {
  it('inverts the rounding exactly: every value in the range publishes the same figure', () => {
    for (const policy of [
      DEFAULT_POLICY,
      { k: 11, base: 5 },
      { k: 10, base: 10 },
      { k: 3, base: 1 },
    ]) {
      for (let v = 0; v < 300; v++) {
        const d = disclose(v, policy);
        const [lo, hi] = possibleValues(d, policy);
        if (d.kind === 'suppressed') {
          expect([lo, hi]).toEqual([0, policy.k - 1]);
          continue;
        }
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
        expect(disclose(lo, policy)).toEqual(d);
        expect(disclose(hi, policy)).toEqual(d);
        expect(disclose(lo - 1, policy)).not.toEqual(d);
        expect(disclose(hi + 1, policy)).not.toEqual(d);
      }
    }
  });
});

describe('auditRelations', () => {
  // Two legs of 17 (published 15 each) and a hidden leg of 9 leave a country whose origin total
  // is 43 (published 45): 45 − 2 × 17 pins the hidden leg at 9 unless the total is withheld.
  const exact = new Map<string, { value: number; exists?: boolean }>([
    ['total', { value: 65 }],
    ...['a', 'b', 'c', 'd'].map((id): [string, { value: number }] => [id, { value: 14 }]),
    ['hidden', { value: 9, exists: true }],
  ]);
  const relation = { totals: ['total'], parts: ['a', 'b', 'c', 'd', 'hidden'] };
  const exists = (id: string) => id === 'hidden';

  it('finds the hidden cell pinned by plain rounding', () => {
    const plain = new Map([...exact].map(([id, c]) => [id, disclose(c.value)]));
    expect(hiddenCellRange(relation, 'hidden', plain, DEFAULT_POLICY, exists)).toEqual([9, 9]);
  });

  it('withholds the total, after which the hidden cell could be anything below k', () => {
    const published = auditRelations(exact, [relation], DEFAULT_POLICY);
    expect(published.get('total')).toEqual({ kind: 'withheld' });
    expect(published.get('a')).toEqual({ kind: 'shown', value: 10 });
    expect(hiddenCellRange(relation, 'hidden', published, DEFAULT_POLICY, exists)).toEqual([1, 9]);
  });

  it('leaves a view alone when no hidden cell is pinned', () => {
    const loose = new Map(exact).set('total', { value: 62 }).set('hidden', { value: 6 });
    const published = auditRelations(loose, [relation], DEFAULT_POLICY);
    expect(published.get('total')).toEqual({ kind: 'shown', value: 60 });
  });
});

describe('bands against differencing across filter states', () => {
  it('never let two published figures pin the hidden difference between them (k = 3 to 40)', () => {
    for (let k = 3; k <= 40; k++) {
      const policy = { k, base: bandBase(k) };
      for (let outer = k; outer < k + 12 * policy.base; outer++) {
        const [oLo, oHi] = possibleValues(disclose(outer, policy), policy);
        for (let inner = Math.max(0, outer - k + 1); inner < outer; inner++) {
          const [iLo, iHi] = possibleValues(disclose(inner, policy), policy);
          const lo = Math.max(oLo - iHi, 0);
          const hi = Math.min(oHi - iLo, k - 1);
          expect(lo === hi, `k=${k}: ${outer} − ${inner}`).toBe(false);
        }
      }
    }
  });

  it('would be pinned with a band width that divides k − 2', () => {
    // k = 12, bands of 5: 22 (band 22–26) minus a hidden 11 leaves 11, and nothing else fits.
    const policy = { k: 12, base: 5 };
    const [oLo] = possibleValues(disclose(22, policy), policy);
    const [, iHi] = possibleValues(disclose(11, policy), policy);
    expect(oLo - iHi).toBe(policy.k - 1);
  });
});
