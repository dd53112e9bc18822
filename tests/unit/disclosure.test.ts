import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  disclose,
  type DisclosurePolicy,
  drawableValue,
  KEY_RANGE,
  noiseFor,
  possibleValues,
  pTableFor,
  resolvePolicy,
} from '../../src/domain/disclosure';
import { auditRelations, type AuditCell, hiddenCellRange } from '../../src/domain/audit';
import { formatDisclosed, policyNote } from '../../src/i18n/disclosure-text';
import { preimage } from '../../src/domain/ptable';

/** Keys spread over the key range, as record keys are. */
const KEYS = Array.from({ length: 64 }, (_, i) => Math.floor(((i + 0.5) / 64) * KEY_RANGE));
/** The older rule without noise (bands of 5), under which the audit's examples are worked out. */
const BANDED: DisclosurePolicy = { k: 10, base: 5, noise: null };
const EXACT: DisclosurePolicy = { k: 1, base: 1, noise: null };

describe('disclose with the cell key method', () => {
  it('never shows a count below k, and a count below k never shows as 1 … k − 1', () => {
    for (let n = 0; n < 10; n++) {
      for (const key of KEYS) {
        const d = disclose(n, key);
        if (d.kind === 'suppressed') expect(formatDisclosed(d)).toBe('< 10');
        else expect(d.kind === 'shown' && d.value).toBeGreaterThanOrEqual(10);
      }
    }
    expect(KEYS.every((key) => disclose(0, key).kind === 'suppressed')).toBe(true);
  });

  it('moves a count of k or more by at most ±D, the same way for the same key', () => {
    const { maxNoise } = noiseFor(10);
    for (const n of [10, 11, 13, 17, 40, 1234]) {
      const seen = new Set<number>();
      for (const key of KEYS) {
        const d = disclose(n, key);
        // Near the threshold a count of k or more may now and then read "< k" (see ptable.ts).
        if (n < 10 + maxNoise && d.kind === 'suppressed') continue;
        expect(d.kind).toBe('shown');
        const v = drawableValue(d);
        expect(Math.abs(v - n)).toBeLessThanOrEqual(maxNoise);
        expect(disclose(n, key)).toEqual(d);
        seen.add(v);
      }
      // Above the region where the bounds bite, keys spread the figure over several values.
      if (n >= 17) expect(seen.size).toBeGreaterThan(3);
    }
    expect(formatDisclosed(disclose(1234, KEYS[32]!))).toMatch(/^1,2\d\d$/);
  });

  it('shows exact counts when the analyst asks for k = 1', () => {
    expect(disclose(3, 12345, EXACT)).toEqual({ kind: 'shown', value: 3 });
    expect(disclose(1234, 999, EXACT)).toEqual({ kind: 'shown', value: 1234 });
  });

  it('treats non-finite input as suppressed', () => {
    expect(disclose(Number.NaN, 0).kind).toBe('suppressed');
  });
});

describe('resolvePolicy', () => {
  it('uses the default threshold and its noise when nothing asks for another', () => {
    expect(resolvePolicy()).toEqual({
      k: 10,
      base: 1,
      noise: noiseFor(10),
      floor: 10,
      lowered: false,
    });
  });

  it('lets a dataset raise the floor and a URL raise k, but never lower it', () => {
    expect(resolvePolicy({ datasetFloor: 11 }).k).toBe(11);
    expect(resolvePolicy({ datasetFloor: 11, urlK: 20 }).k).toBe(20);
    expect(resolvePolicy({ datasetFloor: 11, urlK: 3 }).k).toBe(11);
    expect(resolvePolicy({ datasetFloor: 4 }).k).toBe(10);
    expect(resolvePolicy({ urlK: Number.NaN }).k).toBe(10);
  });

  it("keeps the floor's p-table when a URL raises k: a second table would be a second draw", () => {
    expect(resolvePolicy({ urlK: 20 }).noise).toEqual(noiseFor(10));
    expect(resolvePolicy({ datasetFloor: 11, urlK: 30 }).noise).toEqual(noiseFor(11));
  });

  it('lets the analyst lower k by hand, and marks the policy lowered', () => {
    expect(resolvePolicy({ datasetFloor: 11, urlK: 20, analystK: 1 })).toEqual({
      k: 1,
      base: 1,
      noise: null,
      floor: 11,
      lowered: true,
    });
    expect(resolvePolicy({ analystK: 5 }).noise).toEqual(noiseFor(5));
    expect(resolvePolicy({ analystK: 25 }).lowered).toBe(false);
    expect(policyNote(resolvePolicy({ analystK: 3 }))).toMatch(/lowered from 10 to 3/);
    expect(policyNote(resolvePolicy())).toMatch(new RegExp(`±${noiseFor(10).maxNoise}`));
  });
});

describe('counts suppressed at source', () => {
  it('makes a total a lower bound, and never shows it below k', () => {
    const d = disclose(23, KEYS[5]!, DEFAULT_POLICY, true);
    expect(d).toMatchObject({ kind: 'shown', lowerBound: true });
    expect(formatDisclosed(d)).toMatch(/^≥ \d\d$/);
    expect(disclose(4, KEYS[5]!, BANDED, true).kind).toBe('suppressed');
    const [lo, hi] = possibleValues(d, DEFAULT_POLICY);
    expect(lo).toBeLessThanOrEqual(23);
    expect(hi).toBe(Infinity);
  });
});

describe('possibleValues', () => {
  it('holds every count that can publish a figure, and only those, whatever the key', () => {
    for (const policy of [DEFAULT_POLICY, resolvePolicy({ datasetFloor: 11 }), BANDED]) {
      const producers = new Map<string, number[]>();
      for (let n = 0; n < 120; n++) {
        for (const key of KEYS) {
          const d = disclose(n, key, policy);
          const [lo, hi] = possibleValues(d, policy);
          expect(n).toBeGreaterThanOrEqual(lo);
          expect(n).toBeLessThanOrEqual(hi);
          const id = JSON.stringify(d);
          producers.set(id, [...(producers.get(id) ?? []), n]);
        }
      }
      expect(producers.size).toBeGreaterThan(20);
    }
  });

  it('widens "< k" when a URL hides perturbed counts above the table\'s threshold', () => {
    const raised = resolvePolicy({ urlK: 20 });
    const d = noiseFor(10).maxNoise;
    // A perturbed count up to 19 comes from at most 19 + D; a perturbed 0 from a little above k.
    expect(possibleValues({ kind: 'suppressed', k: 20 }, raised)).toEqual([0, 19 + d]);
    expect(possibleValues({ kind: 'suppressed', k: 10 }, DEFAULT_POLICY)).toEqual(
      preimage(0, pTableFor(DEFAULT_POLICY.noise!)),
    );
    expect(possibleValues({ kind: 'shown', value: 10 }, DEFAULT_POLICY)).toEqual([1, 10 + d]);
  });
});

describe('auditRelations', () => {
  // Two legs of 17 (published 15 each) and a hidden leg of 9 leave a country whose origin total
  // is 43 (published 45): 45 − 2 × 17 pins the hidden leg at 9 unless the total is withheld.
  const exact = new Map<string, AuditCell>([
    ['total', { value: 65, key: 0 }],
    ...['a', 'b', 'c', 'd'].map((id): [string, AuditCell] => [id, { value: 14, key: 0 }]),
    ['hidden', { value: 9, key: 0, exists: true }],
  ]);
  const relation = { totals: ['total'], parts: ['a', 'b', 'c', 'd', 'hidden'] };
  const exists = (id: string) => id === 'hidden';

  it('finds the hidden cell pinned by plain rounding', () => {
    const plain = new Map([...exact].map(([id, c]) => [id, disclose(c.value, 0, BANDED)]));
    expect(hiddenCellRange(relation, 'hidden', plain, BANDED, exists)).toEqual([9, 9]);
  });

  it('withholds the total, after which the hidden cell could be anything below k', () => {
    const published = auditRelations(exact, [relation], BANDED);
    expect(published.get('total')).toEqual({ kind: 'withheld' });
    expect(published.get('a')).toEqual({ kind: 'shown', value: 10 });
    expect(hiddenCellRange(relation, 'hidden', published, BANDED, exists)).toEqual([1, 9]);
  });

  it('leaves a view alone when no hidden cell is pinned', () => {
    const loose = new Map(exact)
      .set('total', { value: 62, key: 0 })
      .set('hidden', { value: 6, key: 0 });
    const published = auditRelations(loose, [relation], BANDED);
    expect(published.get('total')).toEqual({ kind: 'shown', value: 60 });
  });
});
