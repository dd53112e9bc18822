import { describe, expect, it } from 'vitest';
import { disclose, formatDisclosed, drawableValue } from '../../src/domain/disclosure';

describe('disclose', () => {
  it('hides every count below k', () => {
    for (let v = 0; v < 10; v++) {
      expect(disclose(v)).toEqual({ kind: 'suppressed', k: 10 });
      expect(formatDisclosed(disclose(v))).toBe('< 10');
    }
  });

  it('rounds shown counts to the base and never below k', () => {
    expect(disclose(10)).toEqual({ kind: 'shown', value: 10 });
    expect(disclose(12)).toEqual({ kind: 'shown', value: 10 });
    expect(disclose(13)).toEqual({ kind: 'shown', value: 15 });
    expect(disclose(1234)).toEqual({ kind: 'shown', value: 1235 });
    expect(disclose(11, { k: 11, base: 5 })).toEqual({ kind: 'shown', value: 15 });
    expect(formatDisclosed(disclose(1234))).toBe('1,235');
  });

  it('draws suppressed cells as nothing', () => {
    expect(drawableValue(disclose(3))).toBe(0);
    expect(drawableValue(disclose(48))).toBe(50);
  });

  it('treats non-finite input as suppressed', () => {
    expect(disclose(Number.NaN).kind).toBe('suppressed');
  });
});
