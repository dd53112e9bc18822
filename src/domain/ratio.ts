/**
 * A ratio of two published counts, per 100 (convictions per 100 detected victims): worked out
 * from the published figures only, so it never says more than they do. A hidden or withheld
 * count gives no ratio; a numerator that is a lower bound gives one; a denominator that is a
 * lower bound gives none (the true ratio could be anything below).
 */
import type { Disclosed } from './disclosure';

export type Ratio =
  | { kind: 'ratio'; value: number; lowerBound?: true }
  | { kind: 'not-shown'; reason: 'hidden' | 'no-base' | 'partial-base' };

export function ratioPer100(numerator: Disclosed, denominator: Disclosed | null): Ratio {
  if (numerator.kind !== 'shown') return { kind: 'not-shown', reason: 'hidden' };
  if (!denominator || denominator.kind !== 'shown' || denominator.value === 0) {
    return { kind: 'not-shown', reason: 'no-base' };
  }
  if (denominator.lowerBound) return { kind: 'not-shown', reason: 'partial-base' };
  const value = (numerator.value / denominator.value) * 100;
  return numerator.lowerBound
    ? { kind: 'ratio', value, lowerBound: true }
    : { kind: 'ratio', value };
}
