/**
 * Published figures for chart and formatting tests: "< k" below k, otherwise `value` rounded down
 * to a step of 5 from k (round figures, as the golden SVGs were drawn with).
 */
import type { Disclosed } from '../../src/domain/disclosure';

export function figure(value: number, k = 10): Disclosed {
  if (value < k) return { kind: 'suppressed', k };
  return { kind: 'shown', value: k + Math.floor((value - k) / 5) * 5 };
}
