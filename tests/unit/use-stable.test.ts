import { describe, expect, it } from 'vitest';
import { sameFields } from '../../src/state/use-stable';

describe('useStable keeps an object while', () => {
  const f = () => undefined;
  it('each of its fields is the same value', () => {
    expect(sameFields({ a: 1, f, list: null }, { a: 1, f, list: null })).toBe(true);
    expect(sameFields({ n: NaN }, { n: NaN })).toBe(true);
  });

  it('and not once one differs, is added or is gone', () => {
    const list: number[] = [];
    expect(sameFields({ a: 1, list }, { a: 1, list: [] })).toBe(false);
    expect(sameFields({ a: 1, f }, { a: 1, f: () => undefined })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameFields({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameFields({ z: 0 }, { z: -0 })).toBe(false);
  });
});
